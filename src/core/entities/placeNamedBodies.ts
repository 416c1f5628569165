// English bodies named after a place: newspapers (Houston Chronicle, Orlando Sentinel, Fort Worth
// Star-Telegram, Financial Times) and teams (Boston Bruins, St. Louis Cardinals, Ottawa 67s). The
// list reads the place alone and the tagger the whole as a place or a person; the head word (a
// newspaper's) or a plural after a listed place (a team's) makes the name one organization. The
// words are data (placeNamedBodies in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, DIGIT_LED, FIRST_NAME, FUNCTION_WORD, HAS_LOWER, LOWER_LED, NAME_WORD, nameRunStartBefore, ROLE_TITLE, SENTENCE_START, ENGLISH_OPENER, type Candidate, type Context } from './candidates';

const NEWSPAPER_HEADS = new Set(cues.placeNamedBodies.newspaperHeads);
/** A hyphen word ending in a newspaper head (Star-Telegram, American-Statesman). */
const HYPHEN_NEWSPAPER = new RegExp(`^\\p{Lu}\\p{L}*-(?:${cues.placeNamedBodies.newspaperHeads.join('|')})$`, 'u');
const NOT_TEAM_PLURALS = new Set([...cues.placeNamedBodies.notTeamPlurals, ...cues.placeTailWords]);
/** A team's plural: a capitalized word ending in s (not ss), or a number in the plural (67s, 76ers). */
const TEAM_PLURAL = /^(?:\p{Lu}\p{Ll}+[^s]s|\d+(?:s|ers))$/u;
/** A newspaper's name is at most this many words before its head (Kansas City Star-Telegram). */
const MAX_NEWSPAPER_WORDS = 4;

export function placeNamedBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // Listed places by end token, gathered on the first plural or head seen (most texts have few).
  let placeStart: Map<number, number> | undefined;
  // The words the text writes in lower case (a plural among them is a common noun: stocks, miners), gathered on the first plural.
  let lowerWords: Set<string> | undefined;
  // For each token k, the furthest end of a list's name starting at or before k (listedOver), gathered on the first name.
  let listedReach: Int32Array | undefined;
  const listedOver = (ts: number, te: number): boolean => {
    if (listedReach === undefined) {
      listedReach = new Int32Array(n);
      for (const c of out) if (c.source === 'gazetteer' && c.te > listedReach[c.ts]) listedReach[c.ts] = c.te;
      for (let k = 1; k < n; k++) if (listedReach[k - 1] > listedReach[k]) listedReach[k] = listedReach[k - 1];
    }
    return listedReach[ts] >= te;
  };
  // Read once: the dev runner (tsx) turns each use of an imported constant into getter calls.
  const nameWord = NAME_WORD;
  const lowerName = NAME_WORD | HAS_LOWER;
  const digitLed = DIGIT_LED;
  for (let i = 1; i < n; i++) {
    const f = flags[i];
    // A name word with lower-case letters (or 67s) after another name word: test the flags first.
    if (!(flags[i - 1] & nameWord) || ((f & lowerName) !== lowerName && !(f & digitLed)) || tokens[i].lineStart) continue;
    // The word must end the name (Times Square, Post Office are other names).
    if (i + 1 < n && flags[i + 1] & NAME_WORD && !tokens[i + 1].lineStart) continue;
    const text = tokens[i].text;
    if (NEWSPAPER_HEADS.has(text) || HYPHEN_NEWSPAPER.test(text)) {
      const s = nameRunStartBefore(ctx, i, MAX_NEWSPAPER_WORDS, false);
      if (s >= i || flags[s] & (ROLE_TITLE | FUNCTION_WORD) || (flags[s] & SENTENCE_START && flags[s] & ENGLISH_OPENER)) continue;
      // A given name and a head is a person (Emily Post).
      if (s === i - 1 && flags[s] & FIRST_NAME && !HYPHEN_NEWSPAPER.test(text)) continue;
      if (listedOver(s, i + 1)) continue;
      out.push(candidate(s, i + 1, 'organization', 'rule', 2, 66));
      continue;
    }
    // A plural ends in s: test the last letter before the pattern.
    if (text.charCodeAt(text.length - 1) !== 115 || !TEAM_PLURAL.test(text) || NOT_TEAM_PLURALS.has(text)) continue;
    if (placeStart === undefined) {
      placeStart = new Map();
      for (const c of out) if (c.source === 'gazetteer' && c.type === 'place') placeStart.set(c.te, c.ts);
    }
    // A listed place, then at most one more name word, then the plural (Boston Bruins, Bowling Green Falcons, Toronto Maple Leafs).
    let s = placeStart.get(i);
    if (s === undefined && flags[i - 1] & HAS_LOWER && !(flags[i - 1] & FUNCTION_WORD)) s = placeStart.get(i - 1);
    if (s === undefined || (s < i - 1 && tokens[i - 1].lineStart)) continue;
    if (lowerWords === undefined) {
      lowerWords = new Set();
      for (let k = 0; k < n; k++) if (flags[k] & LOWER_LED) lowerWords.add(tokens[k].text);
    }
    if (lowerWords.has(text.toLowerCase()) || listedOver(s, i + 1)) continue;
    out.push(candidate(s, i + 1, 'organization', 'rule', 2, 66));
  }
}
