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
