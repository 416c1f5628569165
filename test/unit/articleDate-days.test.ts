// The article's date is a day of the calendar: a front matter date or a dateline that names no
// real day (31 April, 29 February of a common year) gives no article date.
import assert from 'node:assert/strict';
import { articleDate } from '../../src/core/articleDate';

const frontMatter = (date: string) => `---\ntitle: Essai\ndate: ${date}\n---\nLe texte.\n`;

describe('articleDate: real days only', () => {
  const days: [string, boolean][] = [
    ['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false], ['2024-02-28', true],
    ['2025-04-30', true], ['2025-04-31', false], ['2025-06-31', false], ['2025-09-31', false], ['2025-11-31', false],
    ['2025-01-31', true], ['2025-03-31', true], ['2025-05-31', true], ['2025-07-31', true], ['2025-08-31', true],
    ['2025-10-31', true], ['2025-12-31', true], ['2025-12-32', false], ['2025-13-01', false], ['2025-00-10', false],
    ['2025-05-00', false],
  ];
  for (const [date, real] of days) {
    it(`front matter ${date}: ${real ? 'taken' : 'refused'}`, () => assert.equal(articleDate(frontMatter(date), 'fr'), real ? date : undefined));
  }

  it('a dateline of 29 February: taken in a leap year only', () => {
    assert.equal(articleDate('PARIS, 29 février 2024 (AFP) - Le texte.\n', 'fr'), '2024-02-29');
    assert.equal(articleDate('PARIS, 29 février 2023 (AFP) - Le texte.\n', 'fr'), undefined);
    assert.equal(articleDate('NEW YORK, April 31, 2025 (Reuters) - The text.\n', 'en'), undefined);
    assert.equal(articleDate('NEW YORK, April 30, 2025 (Reuters) - The text.\n', 'en'), '2025-04-30');
  });
});
