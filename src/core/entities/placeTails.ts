// English places named by a head word after their own name: Harlow Reservoir, Milton Junction,
// Caspian Sea, Bakken Formation, Grant Parish, Subiaco Oval (placeTailWords, venueTailWords in entity-cues.json). merge.ts types a
// tagger span ending in such a word as a place; this rule reads the names the tagger left out or
// read as a work or an event (MISC). Tier 1 with a score below a sure tagger span: a person the
// tagger is sure of keeps his name (Peter Brook), a list or a rule of tier 2 wins over it.
// English places opened by a head word (Port Hedland, Mount Kenya; englishPlaceHeads): the tagger may
// leave them out, and then the list reads the country alone (Kenya) or the place cue the word after
// it (Hedland): the head and the capitalized word after it are the place, above those one-word readings.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, ENGLISH_CALENDAR_WORD, FUNCTION_WORD, HAS_LOWER, NAME_WORD, nameRunStartBefore, NEWS_ENGLISH_WORD, NOT_NAME, ORGANIZATION_TAIL_WORDS, ROLE_TITLE, SENTENCE_START, type Candidate, type Context } from './candidates';

const PLACE_TAILS = new Set([...cues.placeTailWords, ...cues.venueTailWords]);
/** A name is at most this many words before its head. */
const MAX_WORDS_BEFORE = 3;
/** The score of a tagger span of confidence 0.55: a surer tagger reading of the same words wins. */
const PLACE_TAIL_SCORE = 51;

const PLACE_HEADS = new Set(cues.englishPlaceHeads);
/** Above the place cue's reading of the word after the head (66), on the same tier as the list's. */
const PLACE_HEAD_SCORE = 68;

/** A place tail or head of the lists: the word cache sets NEWS_ENGLISH_WORD from it. */
export function isPlaceTail(word: string): boolean {
  return PLACE_TAILS.has(word) || PLACE_HEADS.has(word);
}

/** English: a place head and the capitalized word after it are one place (Port Hedland, Mount Kenya), when the head
 * opens the name (not Ricki Lake) and neither that word nor the next is a body's (Port Authority, Mount Sinai Hospital) or a title's. */
export function placeHeadCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_ENGLISH_WORD) || !PLACE_HEADS.has(tokens[i].text) || i + 1 >= n || tokens[i + 1].lineStart) continue;
    const k = i + 1;
    if (!(flags[k] & CAPITALIZED) || !(flags[k] & HAS_LOWER) || flags[k] & (FUNCTION_WORD | ROLE_TITLE | ENGLISH_CALENDAR_WORD | NOT_NAME)) continue;
    // A body's word after the name makes it the body's (Mount Sinai Hospital, Lake Forest College).
    if (ORGANIZATION_TAIL_WORDS.has(tokens[k].text) || words[k].organization) continue;
    if (k + 1 < n && !tokens[k + 1].lineStart && (ORGANIZATION_TAIL_WORDS.has(tokens[k + 1].text) || words[k + 1].organization)) continue;
    if (i > 0 && !tokens[i].lineStart && !(flags[i] & SENTENCE_START) && flags[i - 1] & NAME_WORD) continue;
    out.push(candidate(i, k + 1, 'place', 'rule', 2, PLACE_HEAD_SCORE));
  }
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
