// The dateline of a regional paper: the town in capitals on a line of its own above the headline
// (METZ, then the headline, then the article). The tagger read such a word as a body or nothing, a
// line in capitals being a headline (press.ts names there only what a list knows, and a town may be
// hidden by a club or a first name of the same spelling). A line of one to three words in capitals,
// nothing else on it, whose words are a listed place read case-blind, is that place.
import { gazetteer, type TrieNode } from './gazetteer';
import { candidate, HAS_LOWER, pickHit, UPPER_OR_NUMBER_LED, type Candidate, type Context } from './candidates';
import { tokenKey, titleCaseWord } from './normalize';

const MAX_WORDS = 3;
/** A word in capitals: capital letters, hyphens and apostrophes, two letters at least (SAINT-DIÉ, L'ISLE). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** The small words of a compound town, lower case inside it (Pont-à-Mousson, Bar-le-Duc, Saint-Dié-des-Vosges). */
const PLACE_PARTICLES = new Set(['à', 'de', 'des', 'du', 'd', 'le', 'la', 'les', 'en', 'sur', 'sous', 'lès', 'lez', 'aux', 'et', 'l']);

/** A word in capitals as a compound town is written: each part capitalized, its small words in lower case. */
export function placeCase(word: string): string {
  return word.split('-').map((part, k) => {
    const lower = part.toLowerCase();
    return k > 0 && PLACE_PARTICLES.has(lower) ? lower : titleCaseWord(part);
  }).join('-');
}

export function capitalDatelineCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, lineStarts } = ctx;
  const n = tokens.length;
  for (let line = 0; line < lineStarts.length; line++) {
    const i = lineStarts[line];
    // The line's end is the next line's start: a longer line is read no further.
    const e = line + 1 < lineStarts.length ? lineStarts[line + 1] : n;
    if (i >= n || e - i > MAX_WORDS) continue;
    // A word in capitals opens with a capital and has no lower-case letter: the flags first, the regex on those only.
    if ((flags[i] & (UPPER_OR_NUMBER_LED | HAS_LOWER)) !== UPPER_OR_NUMBER_LED || !CAPITALS_WORD.test(tokens[i].text)) continue;
    let node: TrieNode | undefined = gazetteer().root;
    for (let k = i; k < e && node; k++) {
      const word = tokens[k].text;
      if (!CAPITALS_WORD.test(word)) node = undefined;
      // Without a hyphen, placeCase is titleCaseWord: that key is looked up once.
      else node = node.next.get(tokenKey(titleCaseWord(word))) ?? (word.includes('-') ? node.next.get(tokenKey(placeCase(word))) : undefined) ?? node.next.get(tokenKey(word));
    }
    const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
    // A town that is also a first name (NANCY) is the town on a dateline's line.
    if (hit?.entity.type === 'place') out.push(candidate(i, e, 'place', 'gazetteer', 3, 90, { entity: hit.entity }));
  }
}
