// The day count and the weekday used to check "mardi 3 mars" are computed without a Date object:
// they must agree with Date.UTC everywhere, a day past a month's end and the years 0 to 99 included.
import assert from 'node:assert/strict';
import { dayNumber, weekdayOf } from '../../src/core/figures/dates';

describe('figures: day number and weekday by arithmetic', () => {
  it('agree with Date.UTC over four centuries, overflowing days and two-digit years', () => {
    for (const y of [0, 45, 99, 100, 1600, 1899, 1900, 1970, 2000, 2024, 2025, 2100, 2400]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 32; d++) {
          const utc = Date.UTC(y, m - 1, d);
          assert.equal(dayNumber(y, m, d), utc / 86400000, `${y}-${m}-${d}`);
          assert.equal(weekdayOf(y, m, d), (new Date(utc).getUTCDay() + 6) % 7, `${y}-${m}-${d}`);
        }
      }
    }
  });
  it('names known weekdays, Monday 0', () => {
    assert.equal(weekdayOf(1970, 1, 1), 3);
    assert.equal(weekdayOf(2026, 11, 24), 1);
    assert.equal(weekdayOf(2024, 2, 29), 3);
  });
});
