// English market news names indexes and funds by a brand and a description before their tail
// word (KBW Nasdaq Bank Index, Bloomberg Commodity Index, Vanguard Total Stock Market Index Fund,
// iShares Core S&P 500 ETF) that the index list does not hold: the tagger and the suffix rule read
// them as a company or a place. An index or a fund is no name, nor the names inside it (as for the
// listed indexes); a name the lists hold whole stays. The tails are data (namedIndexes in entity-cues.json).
import cues from '../data/entity-cues.json';
import { ALL_DIGITS, candidate, CONNECTOR, NAME_WORD, NEWS_ENGLISH_WORD, SENTENCE_START, type Candidate, type Context } from './candidates';

const TAILS = new Map<string, Set<string>>(Object.entries(cues.namedIndexes.tails).map(([tail, after]) => [tail, new Set(after)]));
/** Name words before the tail at most (Dow Jones U.S. Select Home Construction Index). */
const MAX_WORDS = 8;
/** Above the suffix rule, a list's company (tier 3) and the tagger, as for the listed indexes (90). */
const SCORE = 92;

/** A word this rule starts from: the word cache sets NEWS_ENGLISH_WORD from it. */
export function opensNamedIndex(word: string): boolean {
  return TAILS.has(word);
}

/** Punctuation written inside an index's name: S&P, U.S., S&P/ASX, Nasdaq-100. */
function isInnerPunct(text: string): boolean {
  return text === '&' || text === '.' || text === '/' || text === '-';
}

/** The full stop of a capital's abbreviation (the last dot of U.S.). */
function isAbbreviationDot(ctx: Context, k: number): boolean {
  return ctx.tokens[k].text === '.' && k > 0 && ctx.tokens[k - 1].text.length === 1;
}

export function namedIndexCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  let known: Set<string> | undefined;
  for (const i of ctx.newsStarts) {
    // A tail opening a sentence has no name before it (in the U.S. Index funds fell).
    if (!(words[i].news & NEWS_ENGLISH_WORD) || i === 0 || tokens[i].lineStart || flags[i] & SENTENCE_START) continue;
    const after = TAILS.get(tokens[i].text);
    if (after === undefined) continue;
    let end = i + 1;
    if (end < n && !tokens[end].lineStart && after.has(tokens[end].text)) end++;
    // A tail inside a longer name is that name's word (Index Ventures, Index Services Group).
    if (end < n && !tokens[end].lineStart && flags[end] & NAME_WORD) continue;
    let s = i;
    let nameWords = 0;
    while (s > 0 && !tokens[s].lineStart && nameWords < MAX_WORDS) {
      const k = s - 1;
      const t = tokens[k].text;
      // A capitalized function word inside a sentence is the name's (MSCI All Country World Index).
      if (flags[k] & NAME_WORD) nameWords++;
      else if (!(flags[k] & ALL_DIGITS) && !(flags[k] & CONNECTOR && t === '&') && !(isInnerPunct(t) && !tokens[k].spaceBefore && (!tokens[s].spaceBefore || isAbbreviationDot(ctx, k)))) break;
      s = k;
    }
    while (s < i && !(flags[s] & NAME_WORD)) s++;
    if (nameWords === 0 || s >= i) continue;
    // A name the lists hold whole (a body named ... Index or ... Fund) stays a name.
    known ??= new Set(out.filter((c) => c.source === 'gazetteer').map((c) => `${c.ts}:${c.te}`));
    if (known.has(`${s}:${end}`)) continue;
    out.push(candidate(s, end, 'blocker', 'rule', 3, SCORE));
  }
}
