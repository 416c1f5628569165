// Searches over spans in text order (tokens, figure tokens): the layers place names and figures
// on their tokens with them.

/**
 * Index of the first span of `spans` (in text order, not overlapping) that ends after character
 * `offset`, or spans.length. The spans sought come in text order, mostly a few apart: the search
 * gallops from `from` (no span before it ends after `offset`) rather than halving the whole list.
 */
export function firstEndingAfter(spans: readonly { start: number; end: number }[], offset: number, from = 0): number {
  const n = spans.length;
  let lo = from;
  let hi = from;
  for (let step = 1; hi < n && spans[hi].end <= offset; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
