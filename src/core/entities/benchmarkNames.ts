// English market talk names a stock index or a crude benchmark by one word that also names a firm,
// a place or a newspaper (the Nikkei rose 1.4%, Nikkei Hits Record, Brent Slides, Brent futures
// settled, for the FTSE this week): the lists read Nikkei as the newspaper's firm and Brent as the
// London borough. An index is no name (the fixtures' convention, as for the listed indexes). The
// word alone, not before another name word, is the index before a verb of price change (lower case,
// or a headline verb), before a noun of market data, or after `the` or a possessive unless it is a
// newspaper's name too (the Nikkei newspaper). The words are data (benchmarkNames in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, NEWS_ENGLISH_WORD, type Candidate, type Context } from './candidates';

const WORDS = new Set(cues.benchmarkNames.words);
const MEDIA_TOO = new Set(cues.benchmarkNames.mediaToo);
const NOUNS_AFTER = new Set(cues.benchmarkNames.nounsAfter);
const MOVE_VERBS = new Set(cues.marketMoves.moveVerbs.filter((v) => !cues.marketMoves.copulaVerbs.includes(v) || v === 'closed' || v === 'ended'));
const HEADLINE_VERBS = new Set([...cues.releaseLayout.headlineVerbs, ...cues.headlineVerbLinks.titleCaseVerbs]);
/** Above a list's name (tier 3, 90) and the tagger, as for the listed indexes. */
const SCORE = 92;

/** A word this rule starts from: the word cache sets NEWS_ENGLISH_WORD from it. */
export function opensBenchmarkName(word: string): boolean {
  return WORDS.has(word);
}

export function benchmarkNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_ENGLISH_WORD)) continue;
    const t = tokens[i].text;
    if (!WORDS.has(t)) continue;
    const next = i + 1 < n && !tokens[i + 1].lineStart ? tokens[i + 1].text : '';
    const headlineVerb = HEADLINE_VERBS.has(next);
    // Another name word after it makes a longer name (FTSE Russell, Nikkei Asia, Brent Council).
    if (next !== '' && flags[i + 1] & NAME_WORD && !headlineVerb) continue;
    let index = headlineVerb || MOVE_VERBS.has(next) || NOUNS_AFTER.has(words[i + 1]?.lowerKey ?? '');
    if (!index && !MEDIA_TOO.has(t) && i > 0) {
      const before = tokens[i - 1].text;
      index = words[i - 1].lowerKey === 'the' || before === 's' || before === "'" || before === '’';
    }
    if (index) out.push(candidate(i, i + 1, 'blocker', 'rule', 3, SCORE));
  }
}
