// The author after a work noun: `les œuvres de Debussy et de Ravel`, `un tableau de Monet`. A lone
// surname after `de` reads as a place to the tagger (`de X` mostly names a town); after a noun of a
// work of art or of the mind (works-fr.json) it is the author, a person. A name the gazetteer holds
// as a place stays a place (`un tableau de Venise`), so does one the gazetteer already types.
import works from '../data/works-fr.json';
import { candidate, CAPITALIZED, HAS_LOWER, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const WORK_NOUNS = new Set(works.nouns);
const SCORE = 90;

/** Whether token i is a capitalized word of letters the gazetteer does not know (a surname). */
export function isUnknownName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.lineStart) return false;
  if ((ctx.flags[i] & (CAPITALIZED | HAS_LOWER)) !== (CAPITALIZED | HAS_LOWER)) return false;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return false;
  return ctx.words[i].gazetteerHitFr === undefined && ctx.words[i].gazetteerNext === undefined;
}

/** Whether token i is `de` on the line of the token before it. */
function isDe(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && !t.lineStart && t.text === 'de';
}

/** Whether a word is a noun of a work (œuvres, tableau) whose author may follow after de. */
export function isWorkNoun(lowerWord: string): boolean {
  return WORK_NOUNS.has(lowerWord);
}

export function workAuthorCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  const n = tokens.length;
  // Only the work nouns (NEWS_FRENCH_RULE, computed once per word) are visited: i is the de after one.
  let skipBelow = 0;
  for (const noun of ctx.newsStarts) {
    const i = noun + 1;
    if (noun < skipBelow || i + 1 >= n || !(ctx.words[noun].news & NEWS_FRENCH_RULE) || !isDe(ctx, i) || !WORK_NOUNS.has(tokens[noun].text.toLowerCase())) continue;
    let k = i + 1;
    if (!isUnknownName(ctx, k)) continue;
    // The name must end there: `de Jean Moulin` or `de Paris-Match` is another rule's.
    if (k + 1 < n && !tokens[k + 1].lineStart && /^\p{Lu}/u.test(tokens[k + 1].text)) continue;
    out.push(candidate(k, k + 1, 'person', 'rule', 2, SCORE));
    // Coordinated authors: `de Debussy et de Ravel`, `de Debussy, Ravel et Satie`.
    for (;;) {
      let j = k + 1;
      if (j >= n || (tokens[j].text !== 'et' && tokens[j].text !== ',')) break;
      j++;
      if (isDe(ctx, j)) j++;
      if (!isUnknownName(ctx, j)) break;
      if (j + 1 < n && !tokens[j + 1].lineStart && /^\p{Lu}/u.test(tokens[j + 1].text)) break;
      out.push(candidate(j, j + 1, 'person', 'rule', 2, SCORE));
      k = j;
    }
    skipBelow = k;
  }
}
