// English credit news names the rating agency S&P Global by its two letters alone ("S&P affirmed
// the AA rating", "downgraded by S&P"), while the same letters open its indexes (S&P 500,
// S&P/BMV IPC, S&P/ASX 200). The index list blocks the listed indexes, and with them S&P when no
// index follows; here S&P not followed by an index's number, a slash or another name word is the
// agency, and S&P/X with the name words after it is an index no list holds (no name).
import { ALL_DIGITS, candidate, listedWord, NAME_WORD, ruleStartsWith, SYMBOL_LIKE, type Candidate, type Context } from './candidates';

/** Above the index blocker (90) and the tagger: the letters alone can only be the agency. */
const AGENCY_SCORE = 93;
/** As the named-index blocker, above a list's company and the tagger. */
const INDEX_SCORE = 92;
/** Name words after S&P/X at most (S&P/BMV IPC, S&P/TSX Composite). */
const MAX_INDEX_WORDS = 3;

export function ratingAgencyShortNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // S is one ASCII capital, a possible ticker (SYMBOL_LIKE): only those are visited.
  let next = 0;
  for (const i of ruleStartsWith(ctx, SYMBOL_LIKE)) {
    if (i < next || i + 2 >= n) continue;
    if (tokens[i].text !== 'S' || tokens[i + 1].text !== '&' || tokens[i + 2].text !== 'P') continue;
    if (tokens[i + 1].spaceBefore || tokens[i + 2].spaceBefore) continue;
    const after = i + 3;
    const sameLine = after < n && !tokens[after].lineStart;
    // S&P/BMV IPC: an index of S&P and an exchange, with its name words.
    if (sameLine && tokens[after].text === '/' && !tokens[after].spaceBefore && after + 1 < n && flags[after + 1] & NAME_WORD) {
      let end = after + 2;
      for (let k = 0; k < MAX_INDEX_WORDS - 1 && end < n && !tokens[end].lineStart && flags[end] & (NAME_WORD | ALL_DIGITS); k++) end++;
      out.push(candidate(i, end, 'blocker', 'rule', 3, INDEX_SCORE));
      next = end;
      continue;
    }
    // S&P 500, S&P Global Ratings, S&P BSE Sensex: the index and list rules read those.
    if (sameLine && (flags[after] & (NAME_WORD | ALL_DIGITS) || tokens[after].text === '-' || tokens[after].text === '/')) continue;
    // A glued word before (iShares S&P) or after is another name's.
    if (i > 0 && !tokens[i].spaceBefore && flags[i - 1] & NAME_WORD) continue;
    const entity = listedWord('S&P Global', ctx);
    out.push(candidate(i, i + 3, 'company', 'rule', 3, AGENCY_SCORE, entity ? { entity } : { name: 'S&P' }));
    next = i + 3;
  }
}
