// Periods the grammar reads beyond a plain date: days around today, fiscal years and spans of
// years, the end of a period as a deadline, offsets ahead of the reference date.
import { date, dur, pct, run, type Case } from './figures-support';

// 2025-06-15 is a Sunday.
const REF = { refDate: '2025-06-15' };
const at = (cases: [string, ReturnType<typeof date>[]][]): Case[] => cases.map(([t, e]) => [t, e, REF]);

describe('figures: the day after tomorrow, the day before yesterday', () => {
  run('en', at([
    ['We vote the day after tomorrow.', [date('day after tomorrow', '2025-06-17')]],
    ['The day before yesterday, shares fell.', [date('day before yesterday', '2025-06-13')]],
    // Another event's next day is no date.
    ['The day after the vote, shares fell.', []],
  ]));
  run('fr', at([
    ['Le vote a lieu après-demain.', [date('après-demain', '2025-06-17')]],
    ["L'accord a été signé avant-hier.", [date('avant-hier', '2025-06-13')]],
  ]));
});
