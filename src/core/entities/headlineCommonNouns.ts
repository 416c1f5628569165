// An English headline writes every word with a capital ("Hellman & Friedman Weighs Sale of
// Insurance Broker", "Munich Re Lifts Target After Quiet Season"), so a business noun there matches
// a place or a company of the lists (Sale, a town; Target, a retailer). In a Title-Case line, such a
// noun right after another capitalized word that no rule reads as a name (the headline's verb) is
// the noun, no name; at the line's head or after a lower-case word ("Shoppers Flock to Target") the
// list keeps it. The nouns are data (englishHeadlineNouns in entity-cues.json).
import cues from '../data/entity-cues.json';
import { CAPITALIZED, candidate, FUNCTION_WORD, HAS_LOWER, LOWER_LED, type Candidate, type Context } from './candidates';

const HEADLINE_NOUNS = new Set(cues.englishHeadlineNouns);
/** Above a list's name (80 at most, tier 3 with a suffix) and the tagger. */
const SCORE = 95;

export function headlineCommonNounCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const count = out.length;
  let covered: Uint8Array | undefined;
  for (let c = 0; c < count; c++) {
    const m = out[c];
    if (m.source !== 'gazetteer' || m.te !== m.ts + 1 || m.type === 'blocker') continue;
    const i = m.ts;
    if (!HEADLINE_NOUNS.has(tokens[i].text) || i === 0 || tokens[i].lineStart) continue;
    const prev = i - 1;
    if (!(flags[prev] & CAPITALIZED) || !(flags[prev] & HAS_LOWER) || flags[prev] & FUNCTION_WORD) continue;
    if (!isTitleCaseLine(ctx, i)) continue;
    // The word before is the verb only if no name of the lists or rules holds it (Munich Re Lifts, not Munich Re).
    covered ??= coveredTokens(tokens.length, out, count);
    if (covered[prev]) continue;
    out.push(candidate(i, i + 1, 'blocker', 'rule', 3, SCORE));
  }
}

/** Whether the line holding token i writes its words with capitals: no lower-case word but function words. */
function isTitleCaseLine(ctx: Context, i: number): boolean {
  const { tokens, flags } = ctx;
  let s = i;
  while (s > 0 && !tokens[s].lineStart) s--;
  let e = i + 1;
  while (e < tokens.length && !tokens[e].lineStart) e++;
  let words = 0;
  for (let k = s; k < e; k++) {
    if (flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD)) return false;
    if (flags[k] & CAPITALIZED) words++;
  }
  return words >= 3;
}

/** 1 on the tokens of any candidate found so far but blockers. */
function coveredTokens(n: number, out: Candidate[], count: number): Uint8Array {
  const covered = new Uint8Array(n);
  for (let c = 0; c < count; c++) if (out[c].type !== 'blocker') covered.fill(1, out[c].ts, out[c].te);
  return covered;
}
