// A second broad table in the style of recognizer test suites, both languages, on what the earlier
// suites leave out: amounts glued to a currency code, signs said in words at the ends of a range,
// per mille, temperatures below zero, weights in pounds, durations and time spans, ranges of clock
// times, relative dates and periods placed in a year (mid-2025, fin 2024), decades and centuries, numbers with
// unusual group separators, long numbers in words, days of the month in words. Each case lists every
// figure of the text, in order (see figures-support.ts); REF is a Wednesday.
import { runMixed, money, pct, qty, num, ord, date, dur, time, OVER, UNDER, BY } from './figures-support';

const en = 'en' as const;
const fr = 'fr' as const;
const REF = { refDate: '2025-06-18' };
const UP = { direction: 'up' as const };
const DOWN = { direction: 'down' as const };
const ABOUT = { approx: 'about' as const };

describe('figures suite: amounts glued to a currency code', () => {
  runMixed([
    [en, 'The fund holds EUR5m in cash.', [money('EUR5m', 5e6, 'EUR')]],
    [en, 'The group borrowed USD5bn from banks.', [money('USD5bn', 5e9, 'USD')]],
    [en, 'It paid CHF10m in fines.', [money('CHF10m', 1e7, 'CHF')]],
    [en, 'The bid values it at GBP2.5bn.', [money('GBP2.5bn', 2.5e9, 'GBP')]],
    [en, 'The bond issue totals USD750m.', [money('USD750m', 7.5e8, 'USD')]],
    [en, 'The stake cost JPY30bn.', [money('JPY30bn', 3e10, 'JPY')]],
    [en, 'The fine was EUR500k.', [money('EUR500k', 5e5, 'EUR')]],
    [en, 'The note pays USD1,000.', [money('USD1,000', 1000, 'USD')]],
    [en, 'Tickets cost GBP 20 each.', [money('GBP 20', 20, 'GBP')]],
    [en, 'The deal is worth EUR 3.5 billion.', [money('EUR 3.5 billion', 3.5e9, 'EUR')]],
    [en, 'Sales reached JPY 200bn.', [money('JPY 200bn', 2e11, 'JPY')]],
    [en, 'The bonus was USD 1.2m.', [money('USD 1.2m', 1.2e6, 'USD')]],
    [en, 'The firm set aside CAD 40 million.', [money('CAD 40 million', 4e7, 'CAD')]],
    [en, 'The loan is AUD 300m.', [money('AUD 300m', 3e8, 'AUD')]],
    [fr, 'La société a levé EUR5m.', [money('EUR5m', 5e6, 'EUR')]],
    [fr, 'Le fonds a investi USD2Md.', [money('USD2Md', 2e9, 'USD')]],
    [fr, 'Le contrat vaut USD 3 milliards.', [money('USD 3 milliards', 3e9, 'USD')]],
    [fr, 'Le billet coûte CHF 20.', [money('CHF 20', 20, 'CHF')]],
    [fr, 'La banque a prêté EUR 12 millions.', [money('EUR 12 millions', 1.2e7, 'EUR')]],
    [fr, 'Le rachat se monte à GBP 1,5 milliard.', [money('GBP 1,5 milliard', 1.5e9, 'GBP')]],
    // Three capitals and digits that are no currency stay a code.
    [en, 'The ABC5m model was shown.', []],
    [en, 'The flight EZY5 was late.', []],
  ]);
});

describe('figures suite: signs in words at the ends of a range, temperatures below zero', () => {
  runMixed([
    [en, 'Temperatures ranged from minus 5 to plus 3 degrees.', [qty('minus 5', -5, 'degree', DOWN), qty('plus 3 degrees', 3, 'degree', UP)]],
    [en, 'The index moved from minus 2 to plus 4 percent.', [pct('minus 2', -2, DOWN), pct('plus 4 percent', 4, UP)]],
    [en, 'Forecasts run from minus 1 to plus 2 percent.', [pct('minus 1', -1, DOWN), pct('plus 2 percent', 2, UP)]],
    [fr, 'Les températures iront de moins 5 à plus 3 degrés.', [qty('moins 5', -5, 'degré', DOWN), qty('plus 3 degrés', 3, 'degré', UP)]],
    [fr, 'La variation ira de moins 2 à plus 4 %.', [pct('moins 2', -2, DOWN), pct('plus 4 %', 4, UP)]],
    [fr, 'La croissance ira de moins 1 à plus 1,5 %.', [pct('moins 1', -1, DOWN), pct('plus 1,5 %', 1.5, UP)]],
    // "plus de" and "plus" that is no sign stay what they were.
    [fr, 'Il y a plus de 3 degrés d\'écart.', [qty('3 degrés', 3, 'degré', OVER)]],
    [en, 'It was 8 degrees below zero.', [qty('8 degrees below zero', -8, 'degree', DOWN)]],
    [en, 'It was five degrees below zero.', [qty('five degrees below zero', -5, 'degree', DOWN)]],
    [en, 'Temperatures fell to 20 degrees below zero.', [qty('20 degrees below zero', -20, 'degree', DOWN)]],
    [en, 'It was 10 °C below zero.', [qty('10 °C below zero', -10, '°C', DOWN)]],
    [fr, 'Il faisait 8 degrés sous zéro.', [qty('8 degrés sous zéro', -8, 'degré', DOWN)]],
    [fr, 'Il a fait douze degrés sous zéro.', [qty('douze degrés sous zéro', -12, 'degré', DOWN)]],
    [fr, 'Le thermomètre affiche 15 °C sous zéro.', [qty('15 °C sous zéro', -15, '°C', DOWN)]],
    [en, 'It was 8 degrees above zero.', [qty('8 degrees', 8, 'degree'), num('zero', 0, OVER)]],
  ]);
});

describe('figures suite: decimals without a leading zero, per mille, grand', () => {
  runMixed([
    [en, 'Rates rose .5 percent.', [pct('.5 percent', 0.5, UP)]],
    [en, 'The yield is .25%.', [pct('.25%', 0.25)]],
    [en, 'The fee is .75 percent of assets.', [pct('.75 percent', 0.75)]],
    [en, 'The stock gained .8%.', [pct('.8%', 0.8, UP)]],
    [en, 'The rate is 3‰.', [pct('3‰', 0.3)]],
    [en, 'The blood alcohol limit is 0.5 per mille.', [pct('0.5 per mille', 0.05)]],
    [en, 'Mortality was 12 per mil.', [pct('12 per mil', 1.2)]],
    [fr, 'Le taux est de 3 ‰.', [pct('3 ‰', 0.3)]],
    [fr, 'Le taux de natalité est de 12 pour mille.', [pct('12 pour mille', 1.2)]],
    [fr, 'La limite est de 0,5 pour mille.', [pct('0,5 pour mille', 0.05)]],
    [fr, 'Le taux de mortalité atteint 9,5 ‰.', [pct('9,5 ‰', 0.95)]],
    [fr, 'La taxe est de 2 pour mille du prix.', [pct('2 pour mille', 0.2)]],
    [en, 'He paid 5 grand for the car.', [money('5 grand', 5000, 'USD')]],
    [en, 'She earns 80 grand a year.', [money('80 grand', 80000, 'USD')]],
    [en, 'It cost fifty grand.', [money('fifty grand', 50000, 'USD')]],
    [en, 'It cost 5 grand.', [money('5 grand', 5000, 'GBP')], { defaultDollar: 'GBP' }],
    // "grand" that is no money.
    [en, 'The 5 grand pianos were sold.', [qty('5 grand pianos', 5, 'grand piano')]],
    [en, 'The grand total was 40 votes.', [qty('40 votes', 40, 'vote')]],
  ]);
});

describe('figures suite: ages with bounds, weights in pounds', () => {
  runMixed([
    [en, 'Vaccines are free for children under age 5.', [dur('5', 'P5Y', UNDER)]],
    [en, 'Children under the age of 12 travel free.', [dur('12', 'P12Y', UNDER)]],
    [en, 'The program is for people over age 65.', [dur('65', 'P65Y', OVER)]],
    [en, 'Workers over the age of 50 were laid off.', [dur('50', 'P50Y', OVER)]],
    [en, 'She retired at age 60.', [dur('60', 'P60Y')]],
    [fr, 'Les enfants de moins de 12 ans voyagent gratuitement.', [dur('12 ans', 'P12Y', UNDER)]],
    [fr, 'Il pèse 200 livres.', [qty('200 livres', 200, 'lb')]],
    [fr, 'Le boxeur pesait 150 livres.', [qty('150 livres', 150, 'lb')]],
    [fr, 'Le colis pèse environ 20 livres.', [qty('20 livres', 20, 'lb', ABOUT)]],
    [fr, 'Le billet coûte 200 livres.', [money('200 livres', 200, 'GBP')]],
    [en, 'He weighs 200 pounds.', [qty('200 pounds', 200, 'lb')]],
    [en, 'The fish weighed 35 pounds.', [qty('35 pounds', 35, 'lb')]],
    [en, 'The baby weighed about seven pounds.', [qty('seven pounds', 7, 'lb', ABOUT)]],
    [en, 'The fighter weighed in at 154 pounds.', [qty('154 pounds', 154, 'lb')]],
    [en, 'He paid 200 pounds.', [money('200 pounds', 200, 'GBP')]],
  ]);
});

describe('figures suite: durations and time spans', () => {
  runMixed([
    [en, 'The meeting lasted for three and a half hours.', [dur('three and a half hours', 'PT3.5H')]],
    [en, 'The talks lasted three quarters of an hour.', [dur('three quarters of an hour', 'PT0.75H')]],
    [en, 'The talks lasted an hour and a half.', [dur('an hour and a half', 'PT1.5H')]],
    [en, 'The talks lasted two and a half days.', [dur('two and a half days', 'P2.5D')]],
    [en, 'He was away for a fortnight.', [dur('a fortnight', 'P2W')]],
    [en, 'He was away for two fortnights.', [dur('two fortnights', 'P4W')]],
    [en, 'The film runs 90 min.', [dur('90 min', 'PT90M')]],
    [en, 'The battery lasts 48h.', [dur('48h', 'PT48H')]],
    [en, 'The flight takes 1 hr 45 min.', [dur('1 hr 45 min', 'PT1H45M')]],
    [en, 'The project took 18 months.', [dur('18 months', 'P18M')]],
    [en, 'The contract runs for 36 months.', [dur('36 months', 'P36M')]],
    [en, 'The strike lasted two weeks.', [dur('two weeks', 'P2W')]],
    [en, 'It takes 45 seconds.', [dur('45 seconds', 'PT45S')]],
    [en, 'The trial lasted six weeks and two days.', [dur('six weeks', 'P6W'), dur('two days', 'P2D')]],
    [en, 'The outage lasted 72 hours.', [dur('72 hours', 'PT72H')]],
    [en, 'The hearing lasted a quarter of an hour.', [dur('a quarter of an hour', 'PT0.25H')]],
    [en, 'The talks lasted half a day.', [dur('half a day', 'P0.5D')]],
    [en, 'The building took a decade to finish.', [dur('a decade', 'P10Y')]],
    [en, 'The loan runs for 25 years.', [dur('25 years', 'P25Y')]],
    [en, 'The market was closed for 3 days.', [dur('3 days', 'P3D')]],
    [en, 'The process takes 10 to 15 minutes.', [dur('10', 'PT10M'), dur('15 minutes', 'PT15M')]],
    [en, 'The probe lasted between two and three years.', [dur('two', 'P2Y'), dur('three years', 'P3Y')]],
    [en, 'The wait is 30 mins.', [dur('30 mins', 'PT30M')]],
    [fr, 'La réunion a duré pendant deux heures et quart.', [dur('deux heures et quart', 'PT2.25H')]],
    [fr, 'La réunion a duré trois heures et quart.', [dur('trois heures et quart', 'PT3.25H')]],
    [fr, 'La réunion a duré deux heures et demie.', [dur('deux heures et demie', 'PT2.5H')]],
    [fr, 'La réunion a duré trois quarts d\'heure.', [dur('trois quarts d\'heure', 'PT0.75H')]],
    [fr, 'Les pourparlers ont duré deux jours et demi.', [dur('deux jours et demi', 'P2.5D')]],
    [fr, 'Il est parti une quinzaine de jours.', [dur('une quinzaine de jours', 'P15D', ABOUT)]],
    [fr, 'La grève a duré 48h.', [dur('48h', 'PT48H')]],
    [fr, 'La grève a duré 72 h.', [dur('72 h', 'PT72H')]],
    [fr, 'Le trajet prend 90 min.', [dur('90 min', 'PT90M')]],
    [fr, 'Le vol dure 1 h 45.', [dur('1 h 45', 'PT1H45M')]],
    [fr, 'Le vol dure 1h45.', [dur('1h45', 'PT1H45M')]],
    [fr, 'Le film a duré 2 h 10.', [dur('2 h 10', 'PT2H10M')]],
    [fr, 'Le chantier a duré dix-huit mois.', [dur('dix-huit mois', 'P18M')]],
    [fr, 'La grève a duré trois semaines.', [dur('trois semaines', 'P3W')]],
    [fr, 'Il faut 45 secondes.', [dur('45 secondes', 'PT45S')]],
    [fr, 'Le procès a duré six semaines.', [dur('six semaines', 'P6W')]],
    [fr, 'La panne a duré une demi-journée.', [dur('une demi-journée', 'P0.5D')]],
    [fr, 'Le chantier durera une décennie.', [dur('une décennie', 'P10Y')]],
    [fr, 'Le prêt court sur 25 ans.', [dur('25 ans', 'P25Y')]],
    [fr, 'Le trajet prend entre deux et trois heures.', [dur('deux', 'PT2H'), dur('trois heures', 'PT3H')]],
    [fr, 'Le trajet prend de 10 à 15 minutes.', [dur('10', 'PT10M'), dur('15 minutes', 'PT15M')]],
    [fr, 'Il a attendu 2 heures 30 minutes.', [dur('2 heures 30 minutes', 'PT2H30M')]],
    [fr, 'La course a duré 3 h 12 min 5 s.', [dur('3 h 12 min 5 s', 'PT3H12M5S')]],
    [fr, 'La grève a duré quinze jours.', [dur('quinze jours', 'P15D')]],
    [fr, 'La procédure prend une dizaine de minutes.', [dur('une dizaine de minutes', 'PT10M', ABOUT)]],
    [fr, 'Le projet a pris un an et demi.', [dur('un an et demi', 'P1.5Y')]],
  ]);
});

describe('figures suite: ranges of clock times', () => {
  runMixed([
    [en, 'The shop is open from 2 to 4 pm.', [time('2', '14:00'), time('4 pm', '16:00')]],
    [en, 'Visits are allowed from 9 to 11 am.', [time('9', '09:00'), time('11 am', '11:00')]],
    [en, 'The strike runs from 6 a.m. to 10 p.m.', [time('6 a.m.', '06:00'), time('10 p.m.', '22:00')]],
    [en, 'The office is closed between noon and 2 pm.', [time('noon', '12:00'), time('2 pm', '14:00')]],
    [en, 'The office is closed between noon and 2.', [time('noon', '12:00'), time('2', '14:00')]],
    [en, 'Lunch is served from noon to 3.', [time('noon', '12:00'), time('3', '15:00')]],
    [en, 'The desk is staffed from noon until 4.', [time('noon', '12:00'), time('4', '16:00')]],
    [en, 'The bar is open from 8 pm to midnight.', [time('8 pm', '20:00'), time('midnight', '00:00')]],
    [en, 'The market trades from 9:30 to 16:00.', [time('9:30', '09:30'), time('16:00', '16:00')]],
    [en, 'The line runs from 9am to 5pm.', [time('9am', '09:00'), time('5pm', '17:00')]],
    [en, 'The sale runs between 10 a.m. and 2 p.m.', [time('10 a.m.', '10:00'), time('2 p.m.', '14:00')]],
    [en, 'Polls are open from 7:00 a.m. to 8:00 p.m.', [time('7:00 a.m.', '07:00'), time('8:00 p.m.', '20:00')]],
    [en, 'The talk is between 3 and 5 p.m.', [time('3', '15:00'), time('5 p.m.', '17:00')]],
    [en, 'The store opens 9am-5pm.', [time('9am', '09:00'), time('5pm', '17:00')]],
    [fr, 'Le bureau est ouvert de 14 h à 16 h 30.', [time('14 h', '14:00'), time('16 h 30', '16:30')]],
    [fr, 'Le magasin ferme entre midi et 14 h.', [time('midi', '12:00'), time('14 h', '14:00')]],
    [fr, 'La séance a lieu de 9 h 30 à 11 h.', [time('9 h 30', '09:30'), time('11 h', '11:00')]],
    [fr, 'Le guichet ouvre de 8h à 12h.', [time('8h', '08:00'), time('12h', '12:00')]],
    [fr, 'Le musée est ouvert de 10 heures à 18 heures.', [time('10 heures', '10:00'), time('18 heures', '18:00')]],
    [fr, 'La grève aura lieu entre 6 h et 9 h.', [time('6 h', '06:00'), time('9 h', '09:00')]],
    [fr, 'Le bar ouvre de 18 h à minuit.', [time('18 h', '18:00'), time('minuit', '00:00')]],
    [fr, 'Les bureaux ouvrent de 9h à 17h30.', [time('9h', '09:00'), time('17h30', '17:30')]],
    [fr, 'La cérémonie a lieu de 15h15 à 16h45.', [time('15h15', '15:15'), time('16h45', '16:45')]],
    [fr, 'Le marché se tient de 8 h à midi.', [time('8 h', '08:00'), time('midi', '12:00')]],
  ]);
});

describe('figures suite: relative dates', () => {
  runMixed([
    [en, 'He left the day before yesterday.', [date('day before yesterday', '2025-06-16')], REF],
    [en, 'The deal closes the day after tomorrow.', [date('day after tomorrow', '2025-06-20')], REF],
    [en, 'We met a week ago.', [date('a week ago', '2025-W24')], REF],
    [en, 'The results come out next Tuesday.', [date('next Tuesday', '2025-06-24')], REF],
    [en, 'Sales fell last quarter.', [date('last quarter', '2025-Q1')], REF],
    [en, 'Rates will rise in the second half of next year.', [date('second half of next year', '2026-H2')], REF],
    [en, 'The plant opens early next year.', [date('next year', '2026')], REF],
    [en, 'The law passed late last year.', [date('last year', '2024')], REF],
    [en, 'Payment is due by the end of next month.', [date('next month', '2025-07', BY)], REF],
    [en, 'Ten years ago the firm was born.', [date('Ten years ago', '2015')], REF],
    [en, 'The firm was founded five years ago.', [date('five years ago', '2020')], REF],
    [en, 'Prices doubled over the past five years.', [dur('five years', 'P5Y')], REF],
    [en, 'Prices doubled over the last three months.', [dur('three months', 'P3M')], REF],
    [en, 'The plant will open three weeks from now.', [date('three weeks from now', '2025-W28')], REF],
    [en, 'The deal was signed three days ago.', [date('three days ago', '2025-06-15')], REF],
    [en, 'The firm reported its results yesterday.', [date('yesterday', '2025-06-17')], REF],
    [en, 'The firm will report its results tomorrow.', [date('tomorrow', '2025-06-19')], REF],
    [en, 'The shop closed last Friday.', [date('last Friday', '2025-06-13')], REF],
    [en, 'The vote is this Friday.', [date('this Friday', '2025-06-20')], REF],
    [fr, 'Il est parti avant-hier.', [date('avant-hier', '2025-06-16')], REF],
    [fr, 'Il reviendra dans huit jours.', [date('dans huit jours', '2025-06-26')], REF],
    [fr, 'Le contrat sera signé après-demain.', [date('après-demain', '2025-06-20')], REF],
    [fr, 'Les ventes ont baissé le trimestre dernier.', [date('trimestre dernier', '2025-Q1')], REF],
    [fr, 'Les taux monteront au second semestre de l\'an prochain.', [date('second semestre de l\'an prochain', '2026-H2')], REF],
    [fr, 'L\'usine ouvrira au début de l\'année prochaine.', [date('année prochaine', '2026')], REF],
    [fr, 'Le rapport sera publié d\'ici la fin de l\'année prochaine.', [date('année prochaine', '2026', BY)], REF],
    [fr, 'Les prix ont doublé au cours des cinq dernières années.', [dur('cinq dernières années', 'P5Y')], REF],
    [fr, 'Il y a dix ans, la société est née.', [date('Il y a dix ans', '2015')], REF],
    [fr, 'Le contrat sera signé dans trois semaines.', [date('dans trois semaines', '2025-W28')], REF],
    [fr, 'La société a été fondée il y a cinq ans.', [date('il y a cinq ans', '2020')], REF],
    [fr, 'Le magasin a fermé vendredi dernier.', [date('vendredi dernier', '2025-06-13')], REF],
    [fr, 'Le vote aura lieu ce vendredi.', [date('ce vendredi', '2025-06-20')], REF],
    [fr, 'Les résultats seront publiés jeudi prochain.', [date('jeudi prochain', '2025-06-19')], REF],
    [fr, 'Le rapport a été publié la semaine dernière.', [date('semaine dernière', '2025-W24')], REF],
    [fr, 'La loi entrera en vigueur l\'an prochain.', [date('an prochain', '2026')], REF],
    [fr, 'Les prix ont monté au cours des trois derniers mois.', [dur('trois derniers mois', 'P3M')], REF],
    [fr, 'Le groupe investira au cours des deux prochaines années.', [dur('deux prochaines années', 'P2Y')], REF],
  ]);
});

describe('figures suite: periods placed in a year (mid-2025, fin 2024)', () => {
  runMixed([
    [en, 'The plant will open in mid-2025.', [date('mid-2025', '2025')]],
    [en, 'The law will pass by mid-2026.', [date('mid-2026', '2026', BY)]],
    [en, 'The law passed in early 2024.', [date('2024', '2024')]],
    [en, 'The law passed in late 2024.', [date('2024', '2024')]],
    [en, 'The law passes at the end of 2026.', [date('2026', '2026')]],
    [fr, 'L\'usine ouvrira début 2026.', [date('2026', '2026')]],
    [fr, 'La loi a été votée fin 2024.', [date('2024', '2024')]],
    [fr, 'La loi sera votée mi-2026.', [date('mi-2026', '2026')]],
    [fr, 'La loi passera à la fin de 2026.', [date('2026', '2026')]],
    [fr, 'Le chantier s\'achèvera courant 2027.', [date('2027', '2027')]],
    [fr, 'La mine fermera fin mars 2026.', [date('mars 2026', '2026-03')]],
    [en, 'The mine will close in late March 2026.', [date('March 2026', '2026-03')]],
  ]);
});

describe('figures suite: days of the month in words', () => {
  runMixed([
    [fr, 'La fête aura lieu le premier mai.', [date('premier mai', '2026-05-01')], REF],
    [fr, 'L\'accord sera signé le premier juillet 2026.', [date('premier juillet 2026', '2026-07-01')], REF],
    [en, 'The party is on the twenty-first of June.', [date('twenty-first of June', '2025-06-21')], REF],
    [en, 'The party is on the first of July.', [date('first of July', '2025-07-01')], REF],
    [en, 'The deal closes on the third of March.', [date('third of March', '2025-03-03')], REF],
    [en, 'The deal closes on the thirty-first of December.', [date('thirty-first of December', '2025-12-31')], REF],
    [en, 'The deal closes on the twenty-second of July 2026.', [date('twenty-second of July 2026', '2026-07-22')], REF],
    // Numbers in words before a month that are no day.
    [fr, 'Il a passé deux mois à Paris.', [dur('deux mois', 'P2M')]],
  ]);
});

describe('figures suite: decades and centuries', () => {
  runMixed([
    [en, 'Prices soared in the 1990s.', []],
    [en, 'Music of the \'80s is back.', []],
    [en, 'Music of the 80s is back.', []],
    [en, 'The firm grew fast in the early 2000s.', []],
    [en, 'In the mid-1990s the firm grew.', []],
    [en, 'The 1980s were good.', []],
    [fr, 'Les prix ont flambé dans les années 1990.', []],
    [fr, 'La loi est passée au milieu des années 2000.', []],
    [fr, 'La mode des années 80 revient.', []],
    [fr, 'Le groupe a grandi dans les années soixante.', []],
    [fr, 'Le XXIe siècle commence.', [ord('XXIe siècle', 21)]],
    [en, 'The 21st century begins.', [ord('21st century', 21)]],
    [en, 'The company was founded in the nineteenth century.', [ord('nineteenth century', 19)]],
    [fr, 'L\'usine date du dix-neuvième siècle.', [ord('dix-neuvième siècle', 19)]],
    [fr, 'Le château date du XVe siècle.', [ord('XVe siècle', 15)]],
  ]);
});

describe('figures suite: group separators', () => {
  runMixed([
    [fr, 'Le pays compte 1\'234\'567 habitants.', [qty('1\'234\'567 habitants', 1234567, 'habitant')]],
    [en, 'The city has 1\'234\'567 inhabitants.', [qty('1\'234\'567 inhabitants', 1234567, 'inhabitant')]],
    [fr, 'Le budget atteint 2\'500\'000 francs suisses.', [money('2\'500\'000 francs suisses', 2.5e6, 'CHF')]],
    [fr, 'Le prix est de CHF 1\'250.', [money('CHF 1\'250', 1250, 'CHF')]],
    [fr, 'Le canton compte 12’345 habitants.', [qty('12’345 habitants', 12345, 'habitant')]],
    [fr, 'Le budget est de 1 234 567,89 euros.', [money('1 234 567,89 euros', 1234567.89, 'EUR')]],
    [fr, 'Le budget est de 1\u202f234\u202f567,89 euros.', [money('1\u202f234\u202f567,89 euros', 1234567.89, 'EUR')]],
    [fr, 'Le budget est de 1\u00a0234\u00a0567 euros.', [money('1\u00a0234\u00a0567 euros', 1234567, 'EUR')]],
    [fr, 'Le pays compte 12.345.678 habitants.', [qty('12.345.678 habitants', 12345678, 'habitant')]],
    [fr, 'Le total est de 12.345.678 euros.', [money('12.345.678 euros', 12345678, 'EUR')]],
    [fr, 'Le budget est de 1.234.567,89 euros.', [money('1.234.567,89 euros', 1234567.89, 'EUR')]],
    [fr, 'Le pays compte 12 345 678 habitants.', [qty('12 345 678 habitants', 12345678, 'habitant')]],
    [en, 'The town has 1 234 567 inhabitants.', [qty('1 234 567 inhabitants', 1234567, 'inhabitant')]],
    [en, 'It sold 12.345.678 units.', [qty('12.345.678 units', 12345678, 'unit')]],
    [en, 'The budget is 1,234,567.89 dollars.', [money('1,234,567.89 dollars', 1234567.89, 'USD')]],
    // An apostrophe that is no separator.
    [en, 'The \'90s were good.', []],
    [fr, 'Il l\'a vu 3 fois.', [num('3', 3)]],
  ]);
});

describe('figures suite: long numbers in words', () => {
  runMixed([
    [en, 'The budget is three billion two hundred million dollars.', [money('three billion two hundred million dollars', 3.2e9, 'USD')]],
    [en, 'The budget is two billion five hundred million euros.', [money('two billion five hundred million euros', 2.5e9, 'EUR')]],
    [en, 'The debt is one trillion two hundred billion dollars.', [money('one trillion two hundred billion dollars', 1.2e12, 'USD')]],
    [en, 'The country has one hundred twenty million people.', [qty('one hundred twenty million people', 1.2e8, 'people')]],
    [en, 'The fund holds four billion three hundred and fifty million dollars.', [money('four billion three hundred and fifty million dollars', 4.35e9, 'USD')]],
    [en, 'The region has six million seven hundred thousand residents.', [qty('six million seven hundred thousand residents', 6.7e6, 'resident')]],
    [fr, 'Le budget est de deux milliards trois cents millions d\'euros.', [money('deux milliards trois cents millions d\'euros', 2.3e9, 'EUR')]],
    [fr, 'Le budget atteint 3 milliards 200 millions d\'euros.', [money('3 milliards 200 millions d\'euros', 3.2e9, 'EUR')]],
    [fr, 'La dette atteint mille deux cents milliards d\'euros.', [money('mille deux cents milliards d\'euros', 1.2e12, 'EUR')]],
    [fr, 'La ville compte un million deux cent mille habitants.', [qty('un million deux cent mille habitants', 1.2e6, 'habitant')]],
    [fr, 'L\'État a dépensé quatre milliards cinq cents millions d\'euros.', [money('quatre milliards cinq cents millions d\'euros', 4.5e9, 'EUR')]],
    [fr, 'Elle a vendu deux millions cinq cent mille exemplaires.', [qty('deux millions cinq cent mille exemplaires', 2.5e6, 'exemplaire')]],
    [fr, 'Le pays compte soixante-sept millions d\'habitants.', [qty('soixante-sept millions d\'habitants', 6.7e7, 'habitant')]],
    [fr, 'Le budget atteint trois cent quatre-vingt-dix-neuf millions d\'euros.', [money('trois cent quatre-vingt-dix-neuf millions d\'euros', 3.99e8, 'EUR')]],
    [fr, 'Le prix est de quatre-vingt mille euros.', [money('quatre-vingt mille euros', 80000, 'EUR')]],
    [fr, 'La région compte sept millions huit cent mille habitants.', [qty('sept millions huit cent mille habitants', 7.8e6, 'habitant')]],
  ]);
});
