// English places named by a head word after their own name: Harlow Reservoir, Milton Junction,
// Caspian Sea, Bakken Formation, Grant Parish, Subiaco Oval (placeTailWords, venueTailWords in entity-cues.json). merge.ts types a
// tagger span ending in such a word as a place; this rule reads the names the tagger left out or
// read as a work or an event (MISC). Tier 1 with a score below a sure tagger span: a person the
// tagger is sure of keeps his name (Peter Brook), a list or a rule of tier 2 wins over it.
import cues from '../data/entity-cues.json';
import { candidate, FUNCTION_WORD, HAS_LOWER, NAME_WORD, nameRunStartBefore, NEWS_ENGLISH_WORD, ROLE_TITLE, type Candidate, type Context } from './candidates';

const PLACE_TAILS = new Set([...cues.placeTailWords, ...cues.venueTailWords]);
/** A name is at most this many words before its head. */
const MAX_WORDS_BEFORE = 3;
/** The score of a tagger span of confidence 0.55: a surer tagger reading of the same words wins. */
const PLACE_TAIL_SCORE = 51;

/** A place head of the list: the word cache sets NEWS_ENGLISH_WORD from it. */
export function isPlaceTail(word: string): boolean {
  return PLACE_TAILS.has(word);
}

export function placeTailCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  const lowerName = NAME_WORD | HAS_LOWER;
  // The place heads are in newsStarts (NEWS_ENGLISH_WORD): most tokens are none.
  for (const i of ctx.newsStarts) {
    // A name word with lower-case letters (not a line in capitals) after another.
    if (i < 1 || !(words[i].news & NEWS_ENGLISH_WORD) || (flags[i] & lowerName) !== lowerName || !(flags[i - 1] & NAME_WORD) || tokens[i].lineStart || !PLACE_TAILS.has(tokens[i].text)) continue;
    // The head must end the name (Harbor Freight Tools, Sea Limited are other names).
    if (i + 1 < n && flags[i + 1] & NAME_WORD && !tokens[i + 1].lineStart) continue;
    const s = nameRunStartBefore(ctx, i, MAX_WORDS_BEFORE, false);
    if (s >= i || flags[s] & (ROLE_TITLE | FUNCTION_WORD)) continue;
    out.push(candidate(s, i + 1, 'place', 'rule', 1, PLACE_TAIL_SCORE));
  }
}
