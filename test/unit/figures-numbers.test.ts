// The number grammar beyond plain numbers: parts of a scale (half a million), decimals in
// words, slash and mixed fractions, cents, collective counts (une centaine), negatives in
// words, abbreviated scales before a counted noun. Each case lists every figure of the text.
import { run, f, money, pct, qty, num, date, dur, ABOUT } from './figures-support';

describe('figures: parts of a scale', () => {
  run('en', [
    ['They paid half a million dollars for it.', [money('half a million dollars', 500000, 'USD')]],
    ['It cost a quarter of a billion euros.', [money('a quarter of a billion euros', 250e6, 'EUR')]],
    ['Three quarters of a million people signed.', [qty('Three quarters of a million people', 750000, 'people')]],
    ['A half million jobs were lost.', [qty('A half million jobs', 500000, 'job')]],
    ['It sold a million and a half copies.', [qty('a million and a half copies', 1.5e6, 'copy')]],
    ['Some 2 million and a half visitors came.', [qty('2 million and a half visitors', 2.5e6, 'visitor', ABOUT)]],
    ['It cost three and a half billion dollars.', [money('three and a half billion dollars', 3.5e9, 'USD')]],
    ['One and a half million people fled.', [qty('One and a half million people', 1.5e6, 'people')]],
    ['She bought half a dozen eggs.', [qty('half a dozen eggs', 6, 'egg')]],
    ['Sales fell three-quarters of a percent.', [pct('three-quarters of a percent', 0.75, { direction: 'down' })]],
    ['Rates moved half a percentage point.', [pct('half a percentage point', 0.5)]],
    ['It is worth 1 billion 200 million dollars.', [money('1 billion 200 million dollars', 1.2e9, 'USD')]],
    // Half of a whole stays a share.
    ['Half of the staff left.', [pct('Half', 50)]],
  ]);
  run('fr', [
    ["Il a coûté un demi-million d'euros.", [money("un demi-million d'euros", 500000, 'EUR')]],
    ['Un quart de milliard de dollars a été investi.', [money('Un quart de milliard de dollars', 250e6, 'USD')]],
    ["Un demi milliard d'euros manque.", [money("Un demi milliard d'euros", 500e6, 'EUR')]],
    ['Il a vendu un million et demi de livres sterling.', [money('un million et demi de livres sterling', 1.5e6, 'GBP')]],
    ["Le projet coûte trois milliards et demi d'euros.", [money("trois milliards et demi d'euros", 3.5e9, 'EUR')]],
    ['Il reste une demi-douzaine de candidats.', [qty('une demi-douzaine de candidats', 6, 'candidat')]],
    ['La Bourse a perdu un demi pour cent.', [pct('un demi pour cent', 0.5, { direction: 'down' })]],
    ["Le budget atteint 1 milliard 200 millions d'euros.", [money("1 milliard 200 millions d'euros", 1.2e9, 'EUR')]],
    ['Le déficit est de 2 milliards 500 millions.', [num('2 milliards 500 millions', 2.5e9)]],
    // A larger second scale is no part of the first (a list, not one amount).
    ['Il y a 2 millions, 3 milliards.', [num('2 millions', 2e6), num('3 milliards', 3e9)]],
    // The share convention is unchanged.
    ['Les trois quarts des salariés ont voté.', [pct('trois quarts', 75)]],
  ]);
});

describe('figures: decimals in words', () => {
  run('en', [
    ['Revenue was two point five billion dollars.', [money('two point five billion dollars', 2.5e9, 'USD')]],
    ['Growth was one point two five percent.', [pct('one point two five percent', 1.25)]],
    ['The index stood at three point seven.', [num('three point seven', 3.7)]],
    // "point" after a number that ends the phrase is a noun.
    ['At one point the talks stalled.', []],
  ]);
  run('fr', [
    ["Le chiffre est de deux virgule cinq milliards d'euros.", [money("deux virgule cinq milliards d'euros", 2.5e9, 'EUR')]],
    ['Le taux est de trois virgule vingt-cinq pour cent.', [pct('trois virgule vingt-cinq pour cent', 3.25)]],
    ['Le ratio est de zéro virgule huit.', [num('zéro virgule huit', 0.8)]],
    ['Il en reste deux et demi.', [num('deux et demi', 2.5)]],
    ['Le chantier a duré deux ans et demi.', [dur('deux ans et demi', 'P2.5Y')]],
    ['La réunion a duré trois heures et demie.', [dur('trois heures et demie', 'PT3.5H')]],
    ['Rendez-vous à 14 heures et demie.', [f('14 heures et demie', 'time', '14:30')]],
    ['Le taux a atteint 2 et demi pour cent.', [pct('2 et demi pour cent', 2.5)]],
  ]);
});

describe('figures: slash and mixed fractions', () => {
  run('en', [
    ['Rates rose 3 1/2 percent this year.', [pct('3 1/2 percent', 3.5, { direction: 'up' }), ]],
    ['Add 3/4 cup of flour.', [qty('3/4 cup', 0.75, 'cup')]],
    ['Read page 1/2 of a report.', []],
    ['About 3/4 of the staff left.', [pct('3/4', 75, ABOUT)]],
    ['It lasted two and a half years.', [dur('two and a half years', 'P2.5Y')]],
    ['The trip took 1 1/2 hours.', [dur('1 1/2 hours', 'PT1.5H')]],
    // Dates, ratios with a colon, improper fractions and tallies are no fractions; slash-joined
    // numbers no date nor share reads whole are a code, no figure (see README, Conventions).
    ['On 3/4/2025 they met.', [date('3/4/2025', '2025-03-04')]],
    ['The score was 3:1.', [num('3', 3), num('1', 1)]],
    ['The attacks of 9/11 changed it.', []],
    ['Smith (3/8) scored.', []],
  ]);
  run('fr', [
    ['Le taux passe à 2 1/2 %.', [pct('2 1/2 %', 2.5)]],
    ['Les 2/3 des députés ont voté.', [pct('2/3', 66.666667)]],
    ['Le 1/4 de finale est joué.', []],
    ['Il a obtenu 12/20 au bac.', []],
    ['Chelle (3/8 dont 3 pen) a marqué.', [num('3', 3)]],
  ]);
});

describe('figures: cents and subunits', () => {
  run('en', [
    ['It costs twelve dollars and fifty cents.', [money('twelve dollars and fifty cents', 12.5, 'USD')]],
    ['It costs fifty cents.', [money('fifty cents', 0.5, 'USD')]],
    ['It costs 50 pence.', [money('50 pence', 0.5, 'GBP')]],
    ['It costs 3 euros and 20 cents.', [money('3 euros and 20 cents', 3.2, 'EUR')]],
    ['He paid 5 dollars 50 times.', [money('5 dollars', 5, 'USD'), num('50', 50)]],
    ['He sold them at five dollars fifty each.', [money('five dollars fifty', 5.5, 'USD')]],
  ]);
  run('fr', [
    ['Il coûte douze euros cinquante.', [money('douze euros cinquante', 12.5, 'EUR')]],
    ['Il coûte 5 euros 50.', [money('5 euros 50', 5.5, 'EUR')]],
    ['Il coûte 99 centimes.', [money('99 centimes', 0.99, 'EUR')]],
    ['Le ticket vaut 1 euro 20 centimes.', [money('1 euro 20 centimes', 1.2, 'EUR')]],
    ['Il coûte 5 euros et 50 centimes.', [money('5 euros et 50 centimes', 5.5, 'EUR')]],
    // A number that counts a noun is no cents; nor is a year.
    ['Il a payé 5 euros 50 personnes.', [money('5 euros', 5, 'EUR'), qty('50 personnes', 50, 'personne')]],
    ['Il valait 10 euros en 2025.', [money('10 euros', 10, 'EUR'), date('2025', '2025')]],
    ['Il coûte douze euros cinquante le kilo.', [money('douze euros cinquante', 12.5, 'EUR')]],
  ]);
});

describe('figures: fractions of a whole in percent', () => {
  run('en', [
    ['Three fifths of the total voted yes.', [pct('Three fifths', 60)]],
    ['A tenth of the budget went there.', [pct('A tenth', 10)]],
    ['two-fifths of voters', [pct('two-fifths', 40)]],
    // A tenth of a second is a measure, not a share.
    ['It took a tenth of a second.', [dur('a tenth of a second', 'PT0.1S')]],
    ['It was a tenth of a mile away.', [qty('a tenth of a mile', 0.1, 'mile')]],
  ]);
  run('fr', [
    ['Trois cinquièmes du total ont voté.', [pct('Trois cinquièmes', 60)]],
    ['Un dixième des recettes est versé.', [pct('Un dixième', 10)]],
    ['Il a gagné en un dixième de seconde.', [dur('un dixième de seconde', 'PT0.1S')]],
    ['Il en reste trois cinquièmes seulement.', [qty('trois cinquièmes', 3, 'cinquième')]],
  ]);
});

describe('figures: negative numbers in words', () => {
  run('en', [
    ['It was minus five degrees.', [qty('minus five degrees', -5, 'degree', { direction: 'down' })]],
    ['Growth was minus 2 percent.', [pct('minus 2 percent', -2, { direction: 'down' })]],
    ['Ten minus 5 is five.', [num('Ten', 10), num('5', 5), num('five', 5)]],
  ]);
  run('fr', [
    ['Il faisait moins cinq degrés.', [qty('moins cinq degrés', -5, 'degré', { direction: 'down' })]],
    ['La température est passée de moins cinq à plus trois degrés.', [qty('moins cinq', -5, 'degré', { direction: 'down' }), qty('plus trois degrés', 3, 'degré', { direction: 'up' })]],
    ['La croissance est de moins 2 %.', [pct('moins 2 %', -2, { direction: 'down' })]],
    // "moins de" is a qualifier; "au moins" and an adverb "moins" leave the number as it is.
    ['Il reste moins de 5 personnes.', [qty('5 personnes', 5, 'personne', { approx: 'under' })]],
    ['Il faut au moins 5 personnes.', [qty('5 personnes', 5, 'personne', { approx: 'at_least' })]],
    ['Il habite à moins 5 km de là.', [qty('5 km', 5, 'km')]],
    ['Il y aura plus ou moins 5 candidats.', [qty('5 candidats', 5, 'candidat')]],
    ['Il faisait moins 3 degrés.', [qty('moins 3 degrés', -3, 'degré', { direction: 'down' })]],
  ]);
});

describe('figures: collective counts', () => {
  run('fr', [
    ['Une centaine de personnes ont manifesté.', [qty('Une centaine de personnes', 100, 'personne', ABOUT)]],
    ['Une dizaine de blessés sont soignés.', [qty('Une dizaine de blessés', 10, 'blessé', ABOUT)]],
    ['Un millier de manifestants sont venus.', [qty('Un millier de manifestants', 1000, 'manifestant', ABOUT)]],
    ["Il a fallu une vingtaine d'années.", [dur("une vingtaine d'années", 'P20Y', ABOUT)]],
    ['Il a acheté une douzaine de livres sterling.', [money('une douzaine de livres sterling', 12, 'GBP')]],
    ['Une dizaine de milliers de personnes ont défilé.', [qty('Une dizaine de milliers de personnes', 10000, 'personne', ABOUT)]],
    ["Il faut une centaine de millions d'euros.", [money("une centaine de millions d'euros", 1e8, 'EUR', ABOUT)]],
    ['Le convoi a roulé une centaine de kilomètres.', [qty('une centaine de kilomètres', 100, 'km', ABOUT)]],
    ["Une centaine d'élèves ont manifesté.", [qty("Une centaine d'élèves", 100, 'élève', ABOUT)]],
    ["Le pays compte 8 millions d'habitants.", [qty("8 millions d'habitants", 8e6, 'habitant')]],
    ["Le service compte 1,2M d'abonnés.", [qty("1,2M d'abonnés", 1.2e6, 'abonné')]],
    ["Il en vendra 10 millions d'ici juin.", [num('10 millions', 1e7), f('juin', 'date', '--06', undefined, { approx: 'by' })]],
    ['Ils étaient une centaine.', [num('une centaine', 100, ABOUT)]],
    ['Plus d’une centaine de personnes sont venues.', [qty('une centaine de personnes', 100, 'personne', { approx: 'over' })]],
    ['Deux centaines de personnes sont venues.', [qty('Deux centaines de personnes', 200, 'personne', ABOUT)]],
    // Vague plurals have no value at the precision written.
    ['Des dizaines de personnes sont venues.', []],
    ['Des centaines de milliers de personnes sont venues.', []],
    ['Quelques centaines de personnes sont venues.', []],
    ['Il a été placé en quarantaine.', []],
    ['Une dizaine au-dessus du seuil.', [num('Une dizaine', 10, ABOUT)]],
  ]);
  run('en', [
    ['She bought a dozen eggs.', [qty('a dozen eggs', 12, 'egg')]],
    ['Two dozen people came.', [qty('Two dozen people', 24, 'people')]],
    ['Dozens of people came.', []],
    ['Hundreds of thousands of people marched.', []],
  ]);
});

describe('figures: abbreviated scales before a counted noun', () => {
  run('en', [
    ['They sold 5.5k units last month.', [qty('5.5k units', 5500, 'unit')]],
    ['It has 1.2M subscribers.', [qty('1.2M subscribers', 1.2e6, 'subscriber')]],
    ['The app has 3bn users.', [qty('3bn users', 3e9, 'user')]],
    // A lone abbreviation may be a unit; a lower-case m glued to digits before a plural is no scale (English 5m users is ambiguous).
    ['The sign said 5 M here.', [num('5', 5)]],
    ['He won the 100m hurdles.', []],
    ['It costs $5M for the project.', [money('$5M', 5e6, 'USD')]],
  ]);
  run('fr', [
    ["Le service compte 1,2 M d'abonnés.", [qty("1,2 M d'abonnés", 1.2e6, 'abonné')]],
    ['Le service compte 1,2 M de clients.', [qty('1,2 M de clients', 1.2e6, 'client')]],
    ['Le réseau revendique 3Md utilisateurs.', [qty('3Md utilisateurs', 3e9, 'utilisateur')]],
    // A lower-case m is the metre in French, glued or apart.
    ['Il a nagé le 100m dos.', [qty('100m', 100, 'm')]],
  ]);
});

describe('figures: currency names', () => {
  run('en', [
    ['It cost 50 US dollars and 20 Swiss francs.', [money('50 US dollars', 50, 'USD'), money('20 Swiss francs', 20, 'CHF')]],
    ['They paid 100 yuan renminbi.', [money('100 yuan renminbi', 100, 'CNY')]],
    ['It cost 5 billion South Korean won and 100 Japanese yen.', [money('5 billion South Korean won', 5e9, 'KRW'), money('100 Japanese yen', 100, 'JPY')]],
  ]);
  run('fr', [
    ['Il a payé 300 roubles russes et 20 francs suisses.', [money('300 roubles russes', 300, 'RUB'), money('20 francs suisses', 20, 'CHF')]],
    ['Il a payé 100 yens japonais.', [money('100 yens japonais', 100, 'JPY')]],
  ]);
});
