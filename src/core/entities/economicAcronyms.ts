// Acronyms of economic and legal things are no names: a wage (SMIC), a tax credit (CICE), a tax
// (TVA, CSG), a contract (CDD, CDI), a business size (PME), a train (TGV), and stock indexes written
// glued to their number (BEL20, CAC40). The tagger, which met capitals mostly on companies, read
// them as companies, and the list knew SMIC as a Chinese chipmaker; a blocker of the word alone
// keeps both from it (a longer listed name holding the word still wins: it goes first by length).
// The words are data (economic-acronyms.json); the French ones hold in French text only.
import data from '../data/economic-acronyms.json';
import { candidate, NEWS_ENGLISH_WORD, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const NOT_NAMES_FR = new Set(data.notNamesFr);
const GLUED_INDEXES = new Set(data.gluedIndexes);
/** Above the list's score for one word (80), so the blocker goes first among spans of one token. */
const SCORE = 90;

/** The word is one of these acronyms in this language's text. */
export function isEconomicAcronym(word: string, lang: Context['lang']): boolean {
  return GLUED_INDEXES.has(word) || (lang === 'fr' && NOT_NAMES_FR.has(word));
}

/** Whether a word is one of these acronyms in some language's text (the word cache's bits: NEWS_FRENCH_RULE, NEWS_ENGLISH_WORD). */
export function isEconomicAcronymWord(word: string): boolean {
  return GLUED_INDEXES.has(word) || NOT_NAMES_FR.has(word);
}

/** Whether a word is one of these acronyms in English text. */
export function isGluedIndex(word: string): boolean {
  return GLUED_INDEXES.has(word);
}

export function economicAcronymBlockers(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  const french = ctx.lang === 'fr';
  // Only the acronyms' words (a bit of the language's, computed once per word) are visited.
  const bit = french ? NEWS_FRENCH_RULE : NEWS_ENGLISH_WORD;
  for (const i of ctx.newsStarts) {
    if (!(ctx.words[i].news & bit)) continue;
    const text = tokens[i].text;
    // Capital first, two to six characters: test the cheap things before the sets.
    const c0 = text.charCodeAt(0);
    if (text.length < 3 || text.length > 7 || c0 < 65 || c0 > 90) continue;
    if (!GLUED_INDEXES.has(text) && !(french && NOT_NAMES_FR.has(text))) continue;
    // Glued to a word on either side it is part of another token run (CFE-CGC, SMIC-Net): leave it.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before && !tokens[i].spaceBefore && /^[\p{L}\d-]/u.test(before.text) && !/['’]$/.test(before.text)) continue;
    if (after && !after.spaceBefore && /^[\p{L}\d-]/u.test(after.text)) continue;
    out.push(candidate(i, i + 1, 'blocker', 'rule', 2, SCORE));
  }
}
