// English analyst notes put a rating right after the company they rate ("Jefferies rates Apple
// Hold", "keeps Tesla Underweight"), and credit notes write a rating's notch in words ("cut to
// BBB-minus"): the tagger read the name and the rating as one person, the rating as a place. After
// a verb of rating, the name is a company and the rating no name; a rating with a notch word is no
// name wherever it stands. The words are data (ratedNames and notNamesInContext.ratings in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, companyName, FUNCTION_WORD, NAME_WORD, nameRunStartBefore, NEWS_ENGLISH_WORD, NOT_NAME, ROLE_TITLE, phraseEnd, type Candidate, type Context } from './candidates';

const RATING_VERBS = new Set(cues.ratedNames.verbs);
/** Each rating as its words, by its first word (Market Perform: Market -> [Market, Perform]). */
const RATINGS = new Map<string, string[][]>();
for (const r of cues.notNamesInContext.ratings) {
  const parts = r.split(' ');
  RATINGS.set(parts[0], [...(RATINGS.get(parts[0]) ?? []), parts]);
}
/** A credit rating's letters, S&P's and Fitch's (BBB) or Moody's (Baa), before a notch word. */
const CREDIT_RATING = /^(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa)-(?:minus|plus)$/;
const NOTCH_WORDS = cues.ratedNames.creditNotchWords;
/** A rated company's name is at most this many words. */
const MAX_NAME_WORDS = 4;
/** Above the tagger's person (it read "Apple Hold" as one), like a market move's company. */
const SCORE = 78;

/** A word this rule starts from (a rating's first word, or a credit rating with its notch word):
 * the word cache sets NEWS_ENGLISH_WORD from it. */
export function opensRatedName(word: string): boolean {
  return RATINGS.has(word) || (word.length > 6 && CREDIT_RATING.test(word));
}

/** The end of the longest rating written from token i, or -1. */
function ratingEnd(ctx: Context, i: number): number {
  return phraseEnd(ctx, i, RATINGS.get(ctx.tokens[i].text));
}

export function ratedNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_ENGLISH_WORD)) continue;
    const text = tokens[i].text;
    if (CREDIT_RATING.test(text) && NOTCH_WORDS.some((w) => text.endsWith(w))) {
      out.push(candidate(i, i + 1, 'blocker', 'rule', 2, SCORE));
      continue;
    }
    if (i < 2 || tokens[i].lineStart || !(flags[i - 1] & NAME_WORD)) continue;
    const end = ratingEnd(ctx, i);
    // The rating closes the name: no name word after it (rates Apple Buy, not "Buy Now Pay Later").
    if (end < 0 || (end < n && flags[end] & NAME_WORD && !tokens[end].lineStart)) continue;
    const s = nameRunStartBefore(ctx, i, MAX_NAME_WORDS);
    if (s < 1 || s >= i || tokens[s].lineStart || !RATING_VERBS.has(tokens[s - 1].text)) continue;
    let free = true;
    for (let j = s; j < i && free; j++) if (flags[j] & (NOT_NAME | ROLE_TITLE | FUNCTION_WORD)) free = false;
    if (!free) continue;
    out.push(candidate(i, end, 'blocker', 'rule', 2, SCORE));
    out.push(candidate(s, i, 'company', 'rule', 2, SCORE, { name: companyName(ctx, s, i) }));
  }
}
