// An office named with de la République (le procureur de la République, la présidence de la
// République) names no state: République alone there is no name, as the Wikinews gold has it; the
// tagger read it as a place, or ran it over the town after it (la procureure de la République de
// Metz). An adjective or a name after it (président de la République tchèque) leaves it to the others.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, FUNCTION_WORD, LOWER_LED, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const TITLES = new Set(cues.republicTitleNouns);
const REPUBLIC = 'République';
const SCORE = 90;

/** Whether a word may be the République of an office (NEWS_FRENCH_RULE). */
export function isRepublicWord(word: string): boolean {
  return word === REPUBLIC;
}

export function republicTitleBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i < 3 || !(words[i].news & NEWS_FRENCH_RULE) || tokens[i].text !== REPUBLIC || tokens[i].lineStart || tokens[i - 1].lineStart || tokens[i - 2].lineStart) continue;
    if (tokens[i - 1].text !== 'la' || tokens[i - 2].text !== 'de' || !TITLES.has(tokens[i - 3].text)) continue;
    // An adjective or a name after it names a state (République tchèque, République du Congo is left as well).
    const next = i + 1 < n && !tokens[i + 1].lineStart ? i + 1 : -1;
    if (next >= 0 && (flags[next] & CAPITALIZED || (flags[next] & LOWER_LED && !(flags[next] & FUNCTION_WORD)))) continue;
    if (next >= 0 && (tokens[next].text === 'du' || tokens[next].text === "d'" || tokens[next].text === 'd’')) continue;
    out.push(candidate(i, i + 1, 'blocker', 'rule', 3, SCORE));
  }
}
