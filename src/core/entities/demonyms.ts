// French nouns of nationality (le Britannique, l'Américaine, trois Kényans, le Sud-Africain) name
// people by their origin: no place, person nor body, as the Wikinews gold reads them. The tagger
// read them as places (from the country inside) or persons. Before a name (la Néerlandaise Yvonne van
// Vlerken, la Thaïlandaise Tanasan) the noun stays out and the name is the person. Only after an
// article, a preposition or a number: a capitalized one after a name word belongs to that name
// (Union Européenne, République Tchèque), after a lower-case noun to a place (l'océan Indien).
import data from '../data/demonyms-fr.json';
import { ALL_DIGITS, candidate, HAS_LOWER, NAME_WORD, TITLE, NEWS_FRENCH_RULE, personRunEnd, type Candidate, type Context } from './candidates';
import { FRENCH_OF_WORDS } from './frenchWordForms';

const FORMS = new Set(data.forms);
/** Words a nationality noun follows (le Britannique, de Syriens, quatre Portugais). */
const BEFORE = new Set(['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', "d'", 'd’', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs', 'Le', 'La', 'Les', "L'", 'L’', 'Un', 'Une', 'Des']);
/** Compass words written apart before the noun (le Sud Africain). */
const COMPASS = new Set(['Sud', 'Nord']);
/** Tier 3: over the tagger's place or person on the noun; a list's longer name does not start here. */
const TIER = 3;
const BLOCKER_SCORE = 70;
const PERSON_SCORE = 66;

/** Whether a word is a capitalized noun of nationality. */
export function isDemonym(word: string): boolean {
  return FORMS.has(word);
}

/** The nouns of nationality in lower case: what a lower-cased word (le sud-coréen, L'Américain) is looked up in. */
const LOWER_FORMS = new Set(data.forms.map((form) => form.toLowerCase()));

/** Whether a word in lower case is a noun of nationality however it was written (sud-coréen, Sud-Coréen). */
export function isLowerCaseDemonym(word: string): boolean {
  return LOWER_FORMS.has(word);
}

export function demonymCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // Only the nouns (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (!(ctx.words[i].news & NEWS_FRENCH_RULE) || !FORMS.has(tokens[i].text)) continue;
    let start = i;
    if (start > 0 && !tokens[start].lineStart && COMPASS.has(tokens[start - 1].text)) start--;
    const before = start > 0 && !tokens[start].lineStart ? tokens[start - 1] : undefined;
    if (before !== undefined && !BEFORE.has(before.text) && !(flags[start - 1] & ALL_DIGITS)) continue;
    // After a street's or a place's head and de, it is that place's name (rue des Italiens, Promenade des Anglais).
    if (start >= 2 && FRENCH_OF_WORDS.has(tokens[start - 1].text) && (ctx.words[start - 2].lowerNameHead || flags[start - 2] & NAME_WORD)) continue;
    out.push(candidate(start, i + 1, 'blocker', 'rule', TIER, BLOCKER_SCORE));
    // A name right after it is the person (la Néerlandaise Yvonne van Vlerken), unless a list knows it.
    let j = i + 1;
    // A title stays out too (le Britannique Sir James Fraser Stoddart).
    if (j + 1 < n && flags[j] & TITLE && !tokens[j + 1].lineStart) j++;
    // A word with a capital and lower-case letters (not a category: le Néerlandais U23).
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || !(flags[j] & HAS_LOWER) || FORMS.has(tokens[j].text)) continue;
    if (out.some((c) => c.source === 'gazetteer' && c.ts === j)) continue;
    out.push(candidate(j, personRunEnd(ctx, j), 'person', 'rule', 2, PERSON_SCORE));
  }
}
