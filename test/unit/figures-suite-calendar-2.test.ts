// Round 2 of the calendar cases, in the style of date/time recognizer suites: the Nth weekday
// of a month (the third Monday of May, le dernier vendredi du mois), days of the month said in
// words (le vingt et un juin, June twenty-first), a year in two digits after a month or a season
// (mai 68, l'été 76, the summer of '69), holidays counted by weekday (Thanksgiving, Labor Day),
// more fixed and Easter holidays, clock times said around a relative day (tonight at 8), weekdays
// and relative days, durations and ages, decades, centuries, seasons and ranges, and what must
// stay no date. Each case lists every figure of the text, in order (figures-support.ts); REF is
// a Wednesday.
import { runMixed, num, ord, pct, qty, date, dur, time } from './figures-support';

const en = 'en' as const;
const fr = 'fr' as const;
const REF = { refDate: '2025-06-18' };

describe('figures suite 2: the Nth weekday of a month, the first and last day of a month', () => {
  runMixed([
    [en, 'The meeting is on the third Monday of May.', [date('third Monday of May', '2025-05-19')], REF],
    [en, 'The meeting is on the first Tuesday of November 2024.', [date('first Tuesday of November 2024', '2024-11-05')], REF],
    [en, 'The meeting will be on the last Friday of the month.', [date('last Friday of the month', '2025-06-27')], REF],
    [en, 'The meeting will be held on the second Sunday in May 2025.', [date('second Sunday in May 2025', '2025-05-11')], REF],
    [en, 'The vote falls on the fourth Thursday in November.', [date('fourth Thursday in November', '2025-11-27')], REF],
    [en, 'The fair opens on the last Monday in May 2024.', [date('last Monday in May 2024', '2024-05-27')], REF],
    [en, 'The fair opens on the first Monday of July.', [date('first Monday of July', '2025-07-07')], REF],
    [en, 'The fair opens on the second Thursday of July.', [date('second Thursday of July', '2025-07-10')], REF],
    [en, 'The fair opens on the 2nd Tuesday of March 2024.', [date('2nd Tuesday of March 2024', '2024-03-12')], REF],
    [en, 'The fair opens on the 1st Saturday of June.', [date('1st Saturday of June', '2025-06-07')], REF],
    [en, 'The fair opens on the last Friday of August.', [date('last Friday of August', '2025-08-29')], REF],
    [en, 'The fair opens on the first Monday of next month.', [date('first Monday of next month', '2025-07-07')], REF],
    [en, 'The fair opened on the first Monday of this month.', [date('first Monday of this month', '2025-06-02')], REF],
    [en, 'The fair opens on the last Sunday of the month.', [date('last Sunday of the month', '2025-06-29')], REF],
    [en, 'The fair opens on the fifth Monday of June.', [date('fifth Monday of June', '2025-06-30')], REF],
    [en, 'The fair opens on the fifth Monday of February 2025.', [], REF],
    [en, 'The board meets on the first Monday of every month.', [], REF],
    [en, 'The board meets on the last Friday of each month.', [], REF],
    [en, 'The fair opens on the last day of February 2024.', [date('last day of February 2024', '2024-02-29')], REF],
    [en, 'The fair opens on the last day of February.', [date('last day of February', '2025-02-28')], REF],
    [en, 'The fair opens on the last day of the month.', [date('last day of the month', '2025-06-30')], REF],
    [en, 'The fair opens on the first day of the month.', [date('first day of the month', '2025-06-01')], REF],
    [en, 'The fair opens on the first day of July.', [date('first day of July', '2025-07-01')], REF],
    [en, 'The first day of the trial was long.', [ord('first', 1)], REF],
    [en, 'The last day of the conference was quiet.', [], REF],
    [en, 'He left on the first Monday after the vote.', [ord('first', 1)], REF],
    [fr, 'La réunion aura lieu le troisième lundi de mai.', [date('troisième lundi de mai', '2025-05-19')], REF],
    [fr, 'La réunion aura lieu le premier mardi de novembre.', [date('premier mardi de novembre', '2025-11-04')], REF],
    [fr, 'La réunion aura lieu le dernier vendredi du mois.', [date('dernier vendredi du mois', '2025-06-27')], REF],
    [fr, 'La fête a lieu le dernier dimanche de mai 2025.', [date('dernier dimanche de mai 2025', '2025-05-25')], REF],
    [fr, 'La réunion aura lieu le premier lundi de juillet.', [date('premier lundi de juillet', '2025-07-07')], REF],
    [fr, 'La réunion aura lieu le deuxième jeudi de juillet.', [date('deuxième jeudi de juillet', '2025-07-10')], REF],
    [fr, 'La réunion a eu lieu le deuxième mardi de mars 2024.', [date('deuxième mardi de mars 2024', '2024-03-12')], REF],
    [fr, 'La réunion aura lieu le 2e mardi de septembre.', [date('2e mardi de septembre', '2025-09-09')], REF],
    [fr, 'La réunion aura lieu le 1er samedi de juin.', [date('1er samedi de juin', '2025-06-07')], REF],
    [fr, 'La réunion aura lieu le quatrième jeudi de novembre.', [date('quatrième jeudi de novembre', '2025-11-27')], REF],
    [fr, 'La réunion aura lieu le dernier jeudi de novembre.', [date('dernier jeudi de novembre', '2025-11-27')], REF],
    [fr, 'La réunion aura lieu le premier lundi du mois prochain.', [date('premier lundi du mois prochain', '2025-07-07')], REF],
    [fr, 'La réunion a eu lieu le premier lundi de ce mois.', [date('premier lundi de ce mois', '2025-06-02')], REF],
    [fr, 'La réunion a lieu le premier lundi de chaque mois.', [], REF],
    [fr, 'La réunion a lieu le dernier vendredi de chaque mois.', [], REF],
    [fr, 'Le conseil se réunit le premier mercredi du mois.', [date('premier mercredi du mois', '2025-06-04')], REF],
    [fr, 'Le délai expire le dernier jour de février 2024.', [date('dernier jour de février 2024', '2024-02-29')], REF],
    [fr, 'Le délai expire le dernier jour du mois.', [date('dernier jour du mois', '2025-06-30')], REF],
    [fr, 'Le délai expire le premier jour du mois prochain.', [date('premier jour du mois prochain', '2025-07-01')], REF],
    [fr, 'Le délai expire le dernier jour de juillet.', [date('dernier jour de juillet', '2025-07-31')], REF],
    [fr, 'Le premier jour du procès fut long.', [ord('premier jour', 1)], REF],
    [fr, 'Le dernier jour des soldes est arrivé.', [], REF],
    [fr, 'Le cinquième lundi de février 2025.', [], REF],
  ]);
});

describe('figures suite 2: days of the month in words, years in words after a date', () => {
  runMixed([
    [fr, 'Il est né le vingt et un juin.', [date('vingt et un juin', '2025-06-21')], REF],
    [fr, 'La fête a eu lieu le quinze août.', [date('quinze août', '2024-08-15')], REF],
    [fr, 'Il est né le trente et un décembre 1999.', [date('trente et un décembre 1999', '1999-12-31')], REF],
    [fr, 'Il est né le vingt-deux juin 2001.', [date('vingt-deux juin 2001', '2001-06-22')], REF],
    [fr, 'La réunion aura lieu le deux mars.', [date('deux mars', '2025-03-02')], REF],
    [fr, 'La réunion aura lieu le quatorze juillet.', [date('quatorze juillet', '2025-07-14')], REF],
    [fr, 'La réunion aura lieu le onze novembre.', [date('onze novembre', '2025-11-11')], REF],
    [fr, 'La réunion aura lieu le vingt-cinq décembre.', [date('vingt-cinq décembre', '2025-12-25')], REF],
    [fr, 'La réunion aura lieu le trente mai prochain.', [date('trente mai', '2026-05-30')], REF],
    [fr, 'La réunion aura lieu le samedi vingt et un juin.', [date('samedi vingt et un juin', '2025-06-21')], REF],
    [fr, 'La réunion aura lieu du trois au cinq juillet.', [date('trois', '2025-07-03'), date('cinq juillet', '2025-07-05')], REF],
    [fr, 'Le dix-huit juin 1940, il parla.', [date('dix-huit juin 1940', '1940-06-18')], REF],
    [fr, 'Il est né le deux mars deux mille un.', [date('deux mars deux mille un', '2001-03-02')], REF],
    [fr, 'Il est né le douze mai mil neuf cent quatre-vingt-dix.', [date('douze mai mil neuf cent quatre-vingt-dix', '1990-05-12')], REF],
    [fr, 'Le 2 mars deux mille vingt-quatre.', [date('2 mars deux mille vingt-quatre', '2024-03-02')], REF],
    [fr, 'Il a vendu trente mai.', [num('trente', 30), date('mai', '2025-05')], REF],
    [fr, 'Les trente-deux juin.', [num('trente-deux', 32), date('juin', '2025-06')], REF],
    [fr, 'Il a marqué vingt et un points le vingt et un juin.', [qty('vingt et un points', 21, 'point'), date('vingt et un juin', '2025-06-21')], REF],
    [en, 'He was born on June twenty-first.', [date('June twenty-first', '2025-06-21')], REF],
    [en, 'He was born on June twenty-first, 1990.', [date('June twenty-first, 1990', '1990-06-21')], REF],
    [en, 'He left on October the second.', [date('October the second', '2025-10-02')], REF],
    [en, 'He will leave on October second.', [date('October second', '2025-10-02')], REF],
    [en, 'He will leave on May fifth.', [date('May fifth', '2025-05-05')], REF],
    [en, 'He will leave on May the fifth.', [date('May the fifth', '2025-05-05')], REF],
    [en, 'He will leave on December thirty-first.', [date('December thirty-first', '2025-12-31')], REF],
    [en, 'He will leave on the twenty-first of June.', [date('twenty-first of June', '2025-06-21')], REF],
    [en, 'He will leave on the third of July, 2026.', [date('third of July, 2026', '2026-07-03')], REF],
    [en, 'He was born on July fourth, nineteen seventy-six.', [date('July fourth, nineteen seventy-six', '1976-07-04')], REF],
    [en, 'Sales in June tripled.', [date('June', '2025-06')], REF],
    [en, 'In June twenty people came.', [date('June', '2025-06'), qty('twenty people', 20, 'people')], REF],
    [en, 'The June second quarter report.', [date('June', '2025-06'), date('second quarter', '2025-Q2')], REF],
  ]);
});

describe('figures suite 2: years said in words', () => {
  runMixed([
    [fr, 'C\'était en deux mille vingt.', [date('deux mille vingt', '2020')], REF],
    [fr, 'Depuis deux mille dix, les ventes montent.', [date('deux mille dix', '2010')], REF],
    [en, 'It happened in nineteen ninety-nine.', [date('nineteen ninety-nine', '1999')], REF],
    [en, 'It happened in twenty twenty.', [date('twenty twenty', '2020')], REF],
    [en, 'Since two thousand ten, sales rose.', [date('two thousand ten', '2010')], REF],
    [fr, 'Il a vendu deux mille vingt voitures.', [qty('deux mille vingt voitures', 2020, 'voiture')], REF],
  ]);
});
