// A broad table of number cases in both languages: cardinals in words, mixed forms, negatives, fractions, decimals in words, ordinals.
// Each case lists every figure of the text, in order (see figures-support.ts); REF is the
// reference date, a Wednesday.
import { runMixed, money, pct, qty, num, ord, date, dur, time } from './figures-support';

const en = 'en' as const;
const fr = 'fr' as const;
const REF = { refDate: '2025-06-18' };

describe('figures suite: cardinals', () => {
  runMixed([
    [en, 'The firm employs one hundred and twenty-three thousand four hundred and fifty-six people.', [qty('one hundred and twenty-three thousand four hundred and fifty-six people', 123456, 'people')]],
    [en, 'The firm holds twelve million dollars in cash.', [money('twelve million dollars', 12000000, 'USD')]],
    [en, 'The city has two million three hundred thousand inhabitants.', [qty('two million three hundred thousand inhabitants', 2300000, 'inhabitant')]],
    [en, 'It is worth seven billion.', [num('seven billion', 7000000000)]],
    [en, 'There were nineteen hundred and ninety-nine cases.', [qty('nineteen hundred and ninety-nine cases', 1999, 'case')]],
    [en, 'Forty-two companies signed.', [qty('Forty-two companies', 42, 'company')]],
    [en, 'The deal is worth one billion two hundred million euros.', [money('one billion two hundred million euros', 1200000000, 'EUR')]],
    [en, 'He counted a thousand sheep.', [qty('a thousand sheep', 1000, 'sheep')]],
    [en, 'A hundred people came.', [qty('A hundred people', 100, 'people')]],
    [en, 'A hundred and fifty firms applied.', [qty('A hundred and fifty firms', 150, 'firm')]],
    [en, 'The plant cost a million dollars.', [money('a million dollars', 1e6, 'USD')]],
    [en, 'The plant cost one million two hundred fifty thousand dollars.', [money('one million two hundred fifty thousand dollars', 1250000, 'USD')]],
    [en, 'Ninety-nine point nine percent of them.', [pct('Ninety-nine point nine percent', 99.9)]],
    [en, 'Sales reached three billion four hundred million dollars.', [money('three billion four hundred million dollars', 3.4e9, 'USD')]],
    [en, 'It has twenty thousand employees.', [qty('twenty thousand employees', 20000, 'employee')]],
    [en, 'Eleven thousand jobs were cut.', [qty('Eleven thousand jobs', 11000, 'job')]],
    [en, 'Nine hundred ninety-nine votes.', [qty('Nine hundred ninety-nine votes', 999, 'vote')]],
    [fr, 'Il y avait deux cent quatre-vingt-dix-neuf mille personnes.', [qty('deux cent quatre-vingt-dix-neuf mille personnes', 299000, 'personne')]],
    [fr, 'Soixante-et-onze salariés ont signé.', [qty('Soixante-et-onze salariés', 71, 'salarié')]],
    [fr, 'Soixante et onze salariés ont signé.', [qty('Soixante et onze salariés', 71, 'salarié')]],
    [fr, 'Il a reçu quatre-vingts lettres.', [qty('quatre-vingts lettres', 80, 'lettre')]],
    [fr, 'Il a reçu quatre-vingt-une lettres.', [qty('quatre-vingt-une lettres', 81, 'lettre')]],
    [fr, 'Septante-cinq personnes sont venues.', [qty('Septante-cinq personnes', 75, 'personne')]],
    [fr, 'Il y a nonante-neuf candidats.', [qty('nonante-neuf candidats', 99, 'candidat')]],
    [fr, 'Huitante personnes sont venues.', [qty('Huitante personnes', 80, 'personne')]],
    [fr, 'Octante personnes sont venues.', [qty('Octante personnes', 80, 'personne')]],
    [fr, 'Mille neuf cent quatre-vingt-quatre exemplaires.', [qty('Mille neuf cent quatre-vingt-quatre exemplaires', 1984, 'exemplaire')]],
    [fr, 'Deux mille vingt-cinq emplois.', [qty('Deux mille vingt-cinq emplois', 2025, 'emploi')]],
    [fr, 'Le budget est de trois milliards deux cents millions d\'euros.', [money('trois milliards deux cents millions d\'euros', 3200000000, 'EUR')]],
    [fr, 'Cent vingt-trois mille quatre cent cinquante-six habitants.', [qty('Cent vingt-trois mille quatre cent cinquante-six habitants', 123456, 'habitant')]],
    [fr, 'Il compte deux cents salariés.', [qty('deux cents salariés', 200, 'salarié')]],
    [fr, 'Il compte vingt et un salariés.', [qty('vingt et un salariés', 21, 'salarié')]],
    [fr, 'Il y avait dix-sept mille personnes.', [qty('dix-sept mille personnes', 17000, 'personne')]],
    [fr, 'Un million deux cent mille euros.', [money('Un million deux cent mille euros', 1200000, 'EUR')]],
    [fr, 'Mille deux cents euros.', [money('Mille deux cents euros', 1200, 'EUR')]],
    [fr, 'Il a trente-deux ans.', [dur('trente-deux ans', 'P32Y')]],
    [fr, 'La ville compte deux millions trois cent mille habitants.', [qty('deux millions trois cent mille habitants', 2300000, 'habitant')]],
    [fr, 'Le groupe emploie cent mille personnes.', [qty('cent mille personnes', 100000, 'personne')]],
    [fr, 'Le projet coûte un milliard cinq cents millions de dollars.', [money('un milliard cinq cents millions de dollars', 1.5e9, 'USD')]],
    [fr, 'Quatre-vingt-dix-sept salariés ont signé.', [qty('Quatre-vingt-dix-sept salariés', 97, 'salarié')]],
    [fr, 'Septante et un salariés ont signé.', [qty('Septante et un salariés', 71, 'salarié')]],
    [fr, 'Nonante mille spectateurs sont venus.', [qty('Nonante mille spectateurs', 90000, 'spectateur')]],
    [fr, 'Il a vendu six cent mille exemplaires.', [qty('six cent mille exemplaires', 600000, 'exemplaire')]],
    [fr, 'Le groupe a perdu un million deux cent mille clients.', [qty('un million deux cent mille clients', 1200000, 'client', { direction: 'down' })]],
  ]);
});

describe('figures suite: mixed', () => {
  runMixed([
    [en, 'Revenue reached 1.5 million dollars.', [money('1.5 million dollars', 1500000, 'USD')]],
    [en, 'The city has 1.5 million inhabitants.', [qty('1.5 million inhabitants', 1500000, 'inhabitant')]],
    [en, 'He bought 3 dozen roses.', [qty('3 dozen roses', 36, 'rose')]],
    [en, 'Half a million people marched.', [qty('Half a million people', 500000, 'people')]],
    [en, 'A couple of analysts disagreed.', [qty('A couple of analysts', 2, 'analyst', { approx: 'about' })]],
    [en, 'It cost a couple of million dollars.', [money('a couple of million dollars', 2e6, 'USD', { approx: 'about' })]],
    [en, 'The couple of Smiths left.', []],
    [en, 'The couple bought a house.', []],
    [en, 'Dozens of firms.', []],
    [en, 'It has 2.5bn users.', [qty('2.5bn users', 2500000000, 'user')]],
    [en, 'A few hundred people.', []],
    [en, 'Several thousand people marched.', []],
    [en, 'Tens of thousands of people marched.', []],
    [en, 'Half a dozen firms applied.', [qty('Half a dozen firms', 6, 'firm')]],
    [en, 'A dozen banks signed.', [qty('A dozen banks', 12, 'bank')]],
    [en, 'It holds $1.5 million in cash.', [money('$1.5 million', 1.5e6, 'USD')]],
    [en, 'It has 4.2 billion users.', [qty('4.2 billion users', 4.2e9, 'user')]],
    [en, 'Some 300,000 people.', [qty('300,000 people', 300000, 'people', { approx: 'about' })]],
    [fr, 'Il a acheté une douzaine d\'oeufs.', [qty('une douzaine d\'oeufs', 12, 'oeuf')]],
    [fr, 'Une centaine de salariés ont manifesté.', [qty('Une centaine de salariés', 100, 'salarié', { approx: 'about' })]],
    [fr, 'Il a coûté 1,5 million d\'euros.', [money('1,5 million d\'euros', 1500000, 'EUR')]],
    [fr, 'Un demi-million de personnes.', [qty('Un demi-million de personnes', 500000, 'personne')]],
    [fr, 'Deux douzaines d\'huîtres.', [qty('Deux douzaines d\'huîtres', 24, 'huître')]],
    [fr, 'Quelques milliers de personnes.', []],
    [fr, 'Un couple de retraités.', []],
    [fr, 'Une quinzaine de jours.', [dur('Une quinzaine de jours', 'P15D', { approx: 'about' })]],
    [fr, 'Une trentaine de salariés.', [qty('Une trentaine de salariés', 30, 'salarié', { approx: 'about' })]],
    [fr, '3 millions et demi de personnes.', [qty('3 millions et demi de personnes', 3500000, 'personne')]],
    [fr, 'Une vingtaine de pays ont signé.', [qty('Une vingtaine de pays', 20, 'pays', { approx: 'about' })]],
    [fr, 'Un millier de personnes ont défilé.', [qty('Un millier de personnes', 1000, 'personne', { approx: 'about' })]],
    [fr, 'Plusieurs milliers de personnes.', []],
    [fr, 'Une demi-douzaine de banques.', [qty('Une demi-douzaine de banques', 6, 'banque')]],
    [fr, 'Le groupe vaut 2,5 milliards.', [num('2,5 milliards', 2.5e9)]],
  ]);
});

describe('figures suite: negatives', () => {
  runMixed([
    [en, 'The temperature fell to -5 degrees.', [qty('-5 degrees', -5, 'degree', { direction: 'down' })]],
    [en, 'Net income was -3.2 million dollars.', [money('-3.2 million dollars', -3200000, 'USD', { direction: 'down' })]],
    [en, 'The balance was negative 200 dollars.', [money('negative 200 dollars', -200, 'USD', { direction: 'down' })]],
    [en, 'The margin turned negative.', []],
    [en, 'The index closed at −1.5 percent.', [pct('−1.5 percent', -1.5, { direction: 'down' })]],
    [en, 'Growth was -0.5%.', [pct('-0.5%', -0.5, { direction: 'down' })]],
    [en, 'Earnings were minus 12 million.', [num('minus 12 million', -12000000, { direction: 'down' })]],
    [fr, 'La température est de -5 °C.', [qty('-5 °C', -5, '°C', { direction: 'down' })]],
    [fr, 'Le résultat net est de -3,2 millions d\'euros.', [money('-3,2 millions d\'euros', -3200000, 'EUR', { direction: 'down' })]],
    [fr, 'La croissance est de -0,5 %.', [pct('-0,5 %', -0.5, { direction: 'down' })]],
    [fr, 'Le solde est négatif de 200 euros.', [money('200 euros', 200, 'EUR')]],
    [fr, 'Le résultat est de −12 millions d\'euros.', [money('−12 millions d\'euros', -12e6, 'EUR', { direction: 'down' })]],
  ]);
});

describe('figures suite: fractions', () => {
  runMixed([
    [en, 'Three quarters of voters agreed.', [pct('Three quarters', 75)]],
    [en, 'It grew by two thirds.', [pct('two thirds', 66.666667, { direction: 'up' })]],
    [en, 'Sales fell by a third.', [pct('a third', 33.333333, { direction: 'down' })]],
    [en, 'About 2/3 of respondents agreed.', [pct('2/3', 66.666667, { approx: 'about' })]],
    [en, 'Two thirds of the board voted.', [pct('Two thirds', 66.666667)]],
    [en, 'It took one and a half years.', [dur('one and a half years', 'P1.5Y')]],
    [en, 'He ate one and a half pizzas.', [qty('one and a half pizzas', 1.5, 'pizza')]],
    [en, 'One third of the budget.', [pct('One third', 33.333333)]],
    [en, 'A quarter of the staff.', [pct('A quarter', 25)]],
    [en, 'The rate was two and three quarters percent.', [pct('two and three quarters percent', 2.75)]],
    [en, 'He sold half the shares.', [pct('half', 50)]],
    [en, 'He sold half of the shares.', [pct('half', 50)]],
    [fr, 'Trois quarts des salariés.', [pct('Trois quarts', 75)]],
    [fr, 'Un tiers des votants.', [pct('Un tiers', 33.333333)]],
    [fr, 'Les deux tiers du budget.', [pct('deux tiers', 66.666667)]],
    [fr, 'La moitié des salariés.', [pct('moitié', 50)]],
    [fr, 'Un et demi.', [num('Un et demi', 1.5)]],
    [fr, 'Les ventes ont baissé d\'un tiers.', [pct('un tiers', 33.333333, { direction: 'down' })]],
    [fr, 'Les ventes ont augmenté de deux tiers.', [pct('deux tiers', 66.666667, { direction: 'up' })]],
    [fr, 'Près des 3/4 des salariés.', [pct('3/4', 75, { approx: 'about' })]],
    [fr, 'Un quart des sondés.', [pct('Un quart', 25)]],
  ]);
});

describe('figures suite: decimals in words', () => {
  runMixed([
    [en, 'The rate is zero point five percent.', [pct('zero point five percent', 0.5)]],
    [en, 'It grew zero point five.', [num('zero point five', 0.5, { direction: 'up' })]],
    [en, 'Inflation hit three point two percent.', [pct('three point two percent', 3.2)]],
    [fr, 'Le taux est de zéro virgule cinq pour cent.', [pct('zéro virgule cinq pour cent', 0.5)]],
    [fr, 'Un virgule cinq million.', [num('Un virgule cinq million', 1500000)]],
    [en, 'Sales reached one point two billion dollars.', [money('one point two billion dollars', 1.2e9, 'USD')]],
    [fr, 'Le déficit atteint deux virgule sept pour cent.', [pct('deux virgule sept pour cent', 2.7)]],
    [en, 'The rate is 0.5 percent.', [pct('0.5 percent', 0.5)]],
    [fr, 'Le taux est de 0,5 pour cent.', [pct('0,5 pour cent', 0.5)]],
  ]);
});

describe('figures suite: ordinals', () => {
  runMixed([
    [en, 'It was the twenty-first edition.', [ord('twenty-first edition', 21)]],
    [en, 'It is the 101st store.', [ord('101st store', 101)]],
    [en, 'She finished 3rd place.', [ord('3rd place', 3)]],
    [en, 'The company ranks first in Europe.', [ord('first', 1)]],
    [en, 'It is the second largest bank.', [ord('second largest bank', 2)]],
    [en, 'The hundredth anniversary.', [ord('hundredth anniversary', 100)]],
    [en, 'The 22nd annual meeting.', [ord('22nd annual meeting', 22)]],
    [en, 'It is the fortieth branch.', [ord('fortieth branch', 40)]],
    [en, 'The thirty-second floor.', [ord('thirty-second floor', 32)]],
    [fr, 'C\'est la 1re édition.', [ord('1re édition', 1)]],
    [fr, 'C\'est le 1er magasin du groupe.', [ord('1er magasin', 1)]],
    [fr, 'Il est 2e au classement.', [ord('2e', 2)]],
    [fr, 'Il est arrivé 3ème.', [ord('3ème', 3)]],
    [fr, 'La vingt et unième édition.', [ord('vingt et unième édition', 21)]],
    [fr, 'Le IIIe siècle.', [ord('IIIe siècle', 3)]],
    [fr, 'Le XXIe siècle.', [ord('XXIe siècle', 21)]],
    [fr, 'Sous François Ier, la cour.', [ord('Ier', 1)]],
    [fr, 'La Ve République.', [ord('Ve', 5)]],
    // Only the first takes -er: a capital V and -er cut at a line end is a word (Ver-/non).
    [fr, 'Le village de Ver-\nnon.', []],
    [fr, 'C\'est la deuxième banque du pays.', [ord('deuxième banque', 2)]],
    [fr, 'Au 2nd semestre.', [date('2nd semestre', '--H2')]],
    [fr, 'La 100e boutique.', [ord('100e boutique', 100)]],
    [fr, 'C\'est la quarantième succursale.', [ord('quarantième succursale', 40)]],
    [fr, 'Le troisième trimestre 2024.', [date('troisième trimestre 2024', '2024-Q3')]],
    [en, 'It is the 2nd largest market.', [ord('2nd largest market', 2)]],
    [en, 'It is the 23rd store.', [ord('23rd store', 23)]],
    [en, 'It is the 11th store.', [ord('11th store', 11)]],
    [en, 'It was the one hundred and first store.', [ord('one hundred and first store', 101)]],
    [en, 'It is the third-largest bank.', [ord('third-largest bank', 3)]],
    [fr, 'C\'est la 2de édition.', [ord('2de édition', 2)]],
    [fr, 'C\'est la première banque du pays.', [ord('première banque', 1)]],
    [fr, 'C\'est le 21e magasin.', [ord('21e magasin', 21)]],
    [fr, 'C\'est la cent unième boutique.', [ord('cent unième boutique', 101)]],
    [fr, 'La 3e économie mondiale.', [ord('3e économie', 3)]],
  ]);
});

describe('figures suite: long numbers in words, ranges of percents, centuries, dates in other orders', () => {
  runMixed([
    [en, 'We met on 2025/06/02.', [date('2025/06/02', '2025-06-02')], REF],
    // A year before 1900 is a date after a word that leads a year, a number elsewhere.
    [fr, 'Renault a été fondé en 1899.', [date('1899', '1899')], REF],
    [fr, 'Entre l’an 1000 et l’an 1400.', [date('1000', '1000'), date('1400', '1400')], REF],
    [en, 'Born in New Jersey in 1792, he studied law.', [date('1792', '1792')], REF],
    [fr, 'Il a vendu 1500 exemplaires en 1850 exemplaires.', [qty('1500 exemplaires', 1500, 'exemplaire'), qty('1850 exemplaires', 1850, 'exemplaire')], REF],
    [en, 'The club has 1850 members.', [qty('1850 members', 1850, 'member')], REF],
    [fr, 'Le score est de 1850 à 1700.', [num('1850', 1850), num('1700', 1700)], REF],
    [fr, 'Signé le 2025/06/02.', [date('2025/06/02', '2025-06-02')], REF],
    [en, 'The 2024/25 season.', [date('2024', '2024'), date('25', '2025')], REF],
    [fr, 'Un million cinq cent mille euros.', [money('Un million cinq cent mille euros', 1500000, 'EUR')], REF],
    [fr, 'Deux cent mille personnes.', [qty('Deux cent mille personnes', 200000, 'personne')], REF],
    [fr, 'Cent un salariés.', [qty('Cent un salariés', 101, 'salarié')], REF],
    [fr, 'Quatre-vingt-onze salariés.', [qty('Quatre-vingt-onze salariés', 91, 'salarié')], REF],
    [fr, 'Mille cent salariés.', [qty('Mille cent salariés', 1100, 'salarié')], REF],
    [fr, 'Trois cent mille euros.', [money('Trois cent mille euros', 300000, 'EUR')], REF],
    [fr, 'Soixante-dix-sept pour cent.', [pct('Soixante-dix-sept pour cent', 77)], REF],
    [fr, 'Vingt-deux mille cinq cents emplois.', [qty('Vingt-deux mille cinq cents emplois', 22500, 'emploi')], REF],
    [fr, 'Deux milliards trois cents millions quatre cent mille euros.', [money('Deux milliards trois cents millions quatre cent mille euros', 2300400000, 'EUR')], REF],
    [en, 'Two billion three hundred million four hundred thousand dollars.', [money('Two billion three hundred million four hundred thousand dollars', 2300400000, 'USD')], REF],
    [en, 'Sales fell between 5% and 10%.', [pct('5%', 5), pct('10%', 10)], REF],
    [en, 'Sales fell -5%.', [pct('-5%', -5, { direction: 'down' })], REF],
    [en, 'A fall of 5 to 7 per cent.', [pct('5', 5, { direction: 'down' }), pct('7 per cent', 7)], REF],
    [fr, 'Une baisse de 5 à 7 pour cent.', [pct('5', 5, { direction: 'down' }), pct('7 pour cent', 7)], REF],
    [fr, 'Entre 5 % et 10 %.', [pct('5 %', 5), pct('10 %', 10)], REF],
    [en, 'Ninety-nine bottles.', [qty('Ninety-nine bottles', 99, 'bottle')], REF],
    [en, 'Seven hundred and seventy-seven.', [num('Seven hundred and seventy-seven', 777)], REF],
    [en, 'A million people.', [qty('A million people', 1000000, 'people')], REF],
    [en, 'One million people.', [qty('One million people', 1000000, 'people')], REF],
    [en, 'Three quarters of a century.', [dur('Three quarters of a century', 'P75Y')], REF],
    [en, 'Twice as many.', [], REF],
    [fr, 'Un million de personnes.', [qty('Un million de personnes', 1000000, 'personne')], REF],
    [fr, 'Un milliard d\'euros.', [money('Un milliard d\'euros', 1000000000, 'EUR')], REF],
    [fr, 'Les deux tiers d\'entre eux.', [pct('deux tiers', 66.666667)], REF],
    [en, 'Two-thirds of them.', [pct('Two-thirds', 66.666667)], REF],
    [en, 'In the 21st century.', [ord('21st century', 21)], REF],
    [fr, 'Au XXIe siècle.', [ord('XXIe siècle', 21)], REF],
    [fr, 'Au 21e siècle.', [ord('21e siècle', 21)], REF],
    [en, 'The 1990s.', [], REF],
    [en, 'From the 1st to the 5th of May.', [date('1st', '2025-05-01'), date('5th of May', '2025-05-05')], REF],
    [fr, 'Du 1er au 5 mai.', [date('1er', '2025-05-01'), date('5 mai', '2025-05-05')], REF],
    [en, 'Between the 1st and the 5th of May.', [date('1st', '2025-05-01'), date('5th of May', '2025-05-05')], REF],
    [fr, 'Le budget atteint 1 milliard 200 millions.', [num('1 milliard 200 millions', 1200000000)], REF],
    [en, 'A quarter of a century.', [dur('A quarter of a century', 'P25Y')], REF],
    [fr, 'La moitié du mois.', [pct('moitié', 50)], REF],
    [en, 'It is worth 1 billion 200 million dollars.', [money('1 billion 200 million dollars', 1200000000, 'USD')], REF],
    [fr, 'Il y a 2 millions, 3 milliards.', [num('2 millions', 2000000), num('3 milliards', 3000000000)], REF],
  ]);
});

describe('figures suite: multipliers, proportions, open bounds, figurative fractions', () => {
  runMixed([
    // Multipliers: a quantity of unit "x", the factor.
    [en, 'Profits rose tenfold last year.', [qty('tenfold', 10, 'x', { direction: 'up' }), date('last year', '2024')], REF],
    [en, 'It reported a threefold increase in sales.', [qty('threefold', 3, 'x', { direction: 'up' })]],
    [en, 'It posted a 10-fold rise in profit.', [qty('10-fold', 10, 'x', { direction: 'up' })]],
    [en, 'A two-fold risk.', [qty('two-fold', 2, 'x')]],
    [en, 'Shares traded at 3x sales.', [qty('3x', 3, 'x')]],
    [en, 'The stock trades at x3 earnings.', [qty('x3', 3, 'x')]],
    [en, 'Sales doubled last year.', [date('last year', '2024')], REF],
    [en, 'A 4x4 truck and a 3x3 grid.', []],
    [en, 'It runs on x86 and x64 chips.', []],
    [en, 'The phone has a 5x zoom.', [qty('5x', 5, 'x')]],
    [en, 'He manifold the pipes.', []],
    [fr, "Le chiffre d'affaires a été multiplié par trois.", [qty('trois', 3, 'x', { direction: 'up' })]],
    [fr, 'Les ventes ont été multipliées par 10 en cinq ans.', [qty('10', 10, 'x', { direction: 'up' }), dur('cinq ans', 'P5Y')]],
    [fr, 'Les prix ont doublé.', []],
    [fr, 'Le trafic a été multiplié par 1,5 en un an.', [qty('1,5', 1.5, 'x', { direction: 'up' }), dur('un an', 'P1Y')]],
    [en, 'Revenue was multiplied by four.', [qty('four', 4, 'x', { direction: 'up' })]],
    [fr, 'Le bénéfice a été divisé par deux.', [qty('deux', 2, 'x', { direction: 'down' })]],
    // Proportions: a percent of the whole.
    [en, 'One in three adults is obese.', [pct('One in three', 100 / 3)]],
    [en, 'Two out of five companies failed.', [pct('Two out of five', 40)]],
    [en, '9 out of 10 dentists agree.', [pct('9 out of 10', 90)]],
    [en, 'He was number one in 2024.', [date('2024', '2024')]],
    [fr, 'Un salarié sur trois est concerné.', [pct('Un salarié sur trois', 100 / 3)]],
    [fr, 'Un Français sur deux part en vacances.', [pct('Un Français sur deux', 50)]],
    [fr, 'Un sur trois a voté.', [pct('Un sur trois', 100 / 3)]],
    [fr, 'Neuf patients sur dix guérissent.', [pct('Neuf patients sur dix', 90)]],
    [fr, 'Ouvert 24 heures sur 24 et 7 jours sur 7.', []],
    [fr, 'Une pièce de 3 mètres sur 4.', [qty('3 mètres', 3, 'm'), num('4', 4)]],
    [fr, 'Il a instauré un moratoire sur trois mesures.', [qty('trois mesures', 3, 'mesure')]],
    [fr, 'Le risque est de 3 sur 5.', [num('3', 3), num('5', 5)]],
    [fr, 'Il a marqué 2 buts sur 7 tirs.', [qty('2 buts', 2, 'but'), qty('7 tirs', 7, 'tir')]],
    [fr, 'Sept Français sur dix approuvent.', [pct('Sept Français sur dix', 70)]],
    [en, 'The party won 4 out of 7 seats.', [pct('4 out of 7', 400 / 7)]],
    [en, 'It is shared by two or more tickets.', [num('two', 2, { approx: 'at_least' })]],
    // Open bounds: at least.
    [en, 'The firm has 3,000+ employees.', [qty('3,000+ employees', 3000, 'employee', { approx: 'at_least' })]],
    [en, 'The app has 10k+ users.', [qty('10k+ users', 10000, 'user', { approx: 'at_least' })]],
    [en, 'It scored 3,000+.', [num('3,000+', 3000, { approx: 'at_least' })]],
    [en, 'Then 3+4 is 7.', [num('3', 3), num('4', 4), num('7', 7)]],
    [fr, 'Les communes de 100 000 habitants et plus.', [qty('100 000 habitants', 100000, 'habitant', { approx: 'at_least' })]],
    [fr, 'Les villes de 100 000 et plus.', [num('100 000', 100000, { approx: 'at_least' })]],
    [en, 'Adults aged 65 and over.', [dur('65', 'P65Y', { approx: 'at_least' })]],
    [en, 'Orders of 50 or more.', [num('50', 50, { approx: 'at_least' })]],
    [fr, 'Il a 10 ans et plus de 20 amis.', [dur('10 ans', 'P10Y'), qty('20 amis', 20, 'ami', { approx: 'over' })]],
    // A fraction of something that is no countable whole is no figure.
    [en, 'That was half the reason for the fall.', []],
    [en, 'Half the fun is getting there.', []],
    [en, 'He spent half the time sleeping.', []],
    [en, 'Half the battle is won.', []],
    [en, 'That is only half the story.', []],
    [en, 'Half the shares were sold.', [pct('Half', 50)]],
    [en, 'A third of the reason.', []],
    [fr, "C'est la moitié du problème.", []],
    [fr, 'La moitié du temps, il dort.', []],
    [fr, 'La moitié des salariés sont partis.', [pct('moitié', 50)]],
  ]);
});

describe('figures suite: a share that compares, millions glued after a decimal', () => {
  runMixed([
    // A fraction before a comparative is a difference by that share, not a rank.
    ['en', 'Sales were a third higher.', [pct('a third', 100 / 3, { direction: 'up' })]],
    ['en', 'It sold a third more than forecast.', [pct('a third', 100 / 3)]],
    ['en', 'Costs were two thirds lower.', [pct('two thirds', 200 / 3, { direction: 'down' })]],
    ['fr', 'Il a vendu un tiers de plus que prévu.', [pct('un tiers', 100 / 3)]],
    ['fr', 'Le billet est un quart moins cher.', [pct('un quart', 25)]],
    ['en', 'It is the third time.', [ord('third time', 3)]],
    // English m glued after a decimal, before a plural: millions; before anything else: metres.
    ['en', 'It sold 1.25m units.', [qty('1.25m units', 1.25e6, 'unit')]],
    ['en', 'The app has 3.2m subscribers.', [qty('3.2m subscribers', 3.2e6, 'subscriber')]],
    ['en', 'He is 1.70m tall.', [qty('1.70m', 1.7, 'm')]],
    ['en', 'A 2.5m wall.', [qty('2.5m', 2.5, 'm')]],
    ['en', 'It has 5m users.', []],
  ]);
});

describe('figures suite: numbers joined by slashes or hyphens after a decimal', () => {
  runMixed([
    // Slash-joined numbers that no date nor share reads whole are a code: no figure.
    ['en', 'A 24/7 service.', []],
    ['en', 'The 9/11 attacks changed everything.', []],
    ['en', 'A 50/50 split.', []],
    ['fr', 'Gilbert (7/12), Ruiz (1/6).', []],
    ['en', 'Around 3/4 of voters approved.', [pct('3/4', 75, { approx: 'about' })]],
    ['fr', 'Le 31/12 au soir.', [date('31/12', '--12-31')]],
    ['en', 'On 9/11/2001 it happened.', [date('9/11/2001', '2001-09-11')]],
    // After a decimal or a group separator, the digits before a hyphen end the number.
    ['en', 'A 2.5-fold increase.', [qty('2.5-fold', 2.5, 'x', { direction: 'up' })]],
    ['en', 'The 1,000-year-old tree.', [dur('1,000-year-old', 'P1000Y')]],
    ['en', 'Born February 6,1839-August 20,1907.', [date('February 6,1839', '1839-02-06'), date('August 20,1907', '1907-08-20')]],
  ]);
});
