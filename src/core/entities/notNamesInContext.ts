// English capitalized words that are no names where they stand (notNamesInContext in
// entity-cues.json): an analyst's rating (downgrade to Hold from Buy, rated Overweight, an
// Outperform rating), a commodity opening a sentence (Gold rose, Oil prices fell) or after a market
// word (Spot platinum rose, Spot Gold Steadies) and a named
// storm (Hurricane Milton). The tagger read them as a person or a place; a blocker keeps it from it.
import cues from '../data/entity-cues.json';
import { candidate, LOWER_LED, NAME_WORD, nameRunEnd, NEWS_ENGLISH_WORD, phraseEnd, SENTENCE_START, type Candidate, type Context } from './candidates';

const data = cues.notNamesInContext;
/** Each rating as its words, by its first word (Market Perform: Market -> [Market, Perform]). */
const RATINGS = new Map<string, string[][]>();
for (const r of data.ratings) {
  const parts = r.split(' ');
  RATINGS.set(parts[0], [...(RATINGS.get(parts[0]) ?? []), parts]);
}
const RATING_LINKS = new Set(data.ratingLinks);
const RATING_NOUNS_AFTER = new Set(data.ratingNounsAfter);
const COMMODITIES = new Set(data.commodities);
const COMMODITY_KEYS = new Set(data.commodities.map((c) => c.toLowerCase()));
const MARKET_WORDS = new Set(data.marketWords);
const STORM_HEADS = new Map<string, string[][]>();
for (const h of data.stormHeads) {
  const parts = h.split(' ');
  STORM_HEADS.set(parts[0], [...(STORM_HEADS.get(parts[0]) ?? []), parts]);
}
/** The first words of the ratings, the commodities, the market words and the storm heads. */
const FIRST_WORDS = new Set([...RATINGS.keys(), ...COMMODITIES, ...MARKET_WORDS, ...STORM_HEADS.keys()]);
const SCORE = 70;

/** A word this rule starts from: the word cache sets NEWS_ENGLISH_WORD from it. */
export function opensNotNameInContext(word: string): boolean {
  return FIRST_WORDS.has(word);
}

export function notNameInContextCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // The first words of the lists are in newsStarts (NEWS_ENGLISH_WORD): most tokens open none.
  let from = 0;
  for (const i of ctx.newsStarts) {
    if (i < from || !(words[i].news & NEWS_ENGLISH_WORD) || !(flags[i] & NAME_WORD)) continue;
    const text = tokens[i].text;
    if (!FIRST_WORDS.has(text)) continue;
    const rating = phraseEnd(ctx, i, RATINGS.get(text));
    if (rating > 0 && !(rating < n && flags[rating] & NAME_WORD && !tokens[rating].lineStart)) {
      const linked = i > 0 && !tokens[i].lineStart && RATING_LINKS.has(words[i - 1].lowerKey);
      const nounAfter = rating < n && !tokens[rating].lineStart && RATING_NOUNS_AFTER.has(words[rating].lowerKey);
      if (linked || nounAfter) {
        out.push(candidate(i, rating, 'blocker', 'rule', 2, SCORE));
        from = rating;
        continue;
      }
    }
    // Above a company the suffix rule reads (Spot Platinum, as Impala Platinum) and the tagger's longer reading (Spot Platinum Rises).
    if (MARKET_WORDS.has(text) && i + 1 < n && !tokens[i + 1].lineStart && COMMODITY_KEYS.has(words[i + 1].lowerKey)) {
      out.push(candidate(i, i + 2, 'blocker', 'rule', 3, SCORE));
      from = i + 2;
      continue;
    }
    if (COMMODITIES.has(text) && flags[i] & SENTENCE_START && i + 1 < n && flags[i + 1] & LOWER_LED && !tokens[i + 1].lineStart) {
      out.push(candidate(i, i + 1, 'blocker', 'rule', 2, SCORE));
      continue;
    }
    const head = phraseEnd(ctx, i, STORM_HEADS.get(text));
    if (head > 0 && head < n && !tokens[head].lineStart && flags[head] & NAME_WORD) {
      const end = nameRunEnd(ctx, head, 1, false);
      out.push(candidate(i, end, 'blocker', 'rule', 2, SCORE));
      from = end;
    }
  }
}
