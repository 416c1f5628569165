// firstEndingAfter: the search by which the figure and fact layers place spans on tokens.
import assert from 'node:assert/strict';
import { firstEndingAfter } from '../../src/core/text/spans';

describe('text: firstEndingAfter', () => {
  // Spans at [0,2) [3,5) [5,9) [10,11) [20,30).
  const spans = [[0, 2], [3, 5], [5, 9], [10, 11], [20, 30]].map(([start, end]) => ({ start, end }));
  const naive = (offset: number) => {
    const k = spans.findIndex((s) => s.end > offset);
    return k < 0 ? spans.length : k;
  };

  it('finds the first span ending after each offset, from any start it is given', () => {
    for (let offset = -1; offset <= 31; offset++) {
      const expected = naive(offset);
      for (let from = 0; from <= expected; from++) assert.equal(firstEndingAfter(spans, offset, from), expected, `offset ${offset} from ${from}`);
    }
  });

  it('gives the length of the list after the last span and for an empty list', () => {
    assert.equal(firstEndingAfter(spans, 30), spans.length);
    assert.equal(firstEndingAfter([], 5), 0);
  });
});
