// The firm after a noun of its staff or owners: `les salariés de Lorfonte`, `la maison mère de
// Sollac`, `la liquidation judiciaire de Solmer`. An invented or small firm's name no list holds reads
// as a place to the tagger after `de`; after these nouns (works-fr.json firmStaffNouns) it is the
// firm. A name the gazetteer knows keeps its type (`les salariés de Renault`, `de Lorraine`).
import works from '../data/works-fr.json';
import { candidate, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';
import { isUnknownName } from './worksAuthors';

/** Each noun as its words (lower case but for acronyms), by its last word. */
const NOUNS = new Map<string, string[][]>();
for (const noun of works.firmStaffNouns) {
  const parts = noun.split(' ');
  const last = parts[parts.length - 1];
  const list = NOUNS.get(last) ?? [];
  list.push(parts);
  NOUNS.set(last, list);
}
const SCORE = 88;

/** Whether a word may end one of the nouns (as nounEndsAt reads it). */
export function endsFirmStaffNoun(word: string): boolean {
  return NOUNS.has(/^\p{Lu}+(?:-\p{Lu}+)?$/u.test(word) ? word : word.toLowerCase());
}

/** Whether the words before token `end` (exclusive) are one of the nouns. */
function nounEndsAt(ctx: Context, end: number): boolean {
  const { tokens } = ctx;
  const last = tokens[end - 1];
  if (last === undefined) return false;
  const key = /^\p{Lu}+(?:-\p{Lu}+)?$/u.test(last.text) ? last.text : last.text.toLowerCase();
  for (const parts of NOUNS.get(key) ?? []) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const t = tokens[end - 1 - k];
      ok = t !== undefined && !tokens[end - k].lineStart && t.text.toLowerCase() === parts[parts.length - 1 - k];
    }
    if (ok) return true;
  }
  return false;
}

export function firmStaffCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  // Only the nouns' last words (NEWS_FRENCH_RULE, computed once per word) are visited: i is the de after one.
  for (const noun of ctx.newsStarts) {
    const i = noun + 1;
    if (i + 1 >= tokens.length || !(ctx.words[noun].news & NEWS_FRENCH_RULE)) continue;
    const de = tokens[i];
    if (de.text !== 'de' || de.lineStart || !nounEndsAt(ctx, i)) continue;
    const k = i + 1;
    if (!isUnknownName(ctx, k)) continue;
    // A one-word name only: `de Jean Dupont` is a person's, `de Metz Métropole` another rule's.
    if (k + 1 < tokens.length && !tokens[k + 1].lineStart && /^\p{Lu}/u.test(tokens[k + 1].text)) continue;
    out.push(candidate(k, k + 1, 'company', 'rule', 2, SCORE));
  }
}
