// A drug named with its strength (Clamoxyl 500 mg, gélule; Mopral 20 mg) is a product, and so is the
// same word elsewhere in the leaflet (Ne prenez jamais Clamoxyl): the tagger read these unknown
// capitalized words as persons or places. Leaflets are the only texts that write doses, so the pass
// visits the unit words (NEWS_FRENCH_RULE) and walks the tokens again only where a drug was found.
import cues from '../data/entity-cues.json';
import { candidate, ALL_DIGITS, CAPITALIZED, DIGIT_LED, FUNCTION_WORD, HAS_LOWER, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const UNITS = new Set(cues.drugDoseUnits);
const SCORE = 90;
/** A drug's name: a capital, then lower-case letters (Clamoxyl, Mopral), or four capitals or more, as a leaflet's
 * title writes it (ZYRTEC; not a short acronym), there only: opening its line (not FARINE 500 g in a recipe). */
const DRUG_WORD = /^\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,})$/u;

/** Whether a word is a unit of a drug's strength (NEWS_FRENCH_RULE). */
export function isDoseUnit(word: string): boolean {
  return UNITS.has(word);
}

export function drugDoseCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  let drugs: string[] | undefined;
  for (const u of ctx.newsStarts) {
    if (u < 2 || !(words[u].news & NEWS_FRENCH_RULE) || !UNITS.has(tokens[u].text) || tokens[u].lineStart) continue;
    const number = u - 1;
    const name = u - 2;
    if (!(flags[number] & (ALL_DIGITS | DIGIT_LED)) || tokens[number].lineStart) continue;
    // A listed name (a place, a firm) keeps its reading; a function word is no drug.
    if (!(flags[name] & CAPITALIZED) || flags[name] & FUNCTION_WORD || words[name].gazetteer !== undefined || !DRUG_WORD.test(tokens[name].text)) continue;
    if (!(flags[name] & HAS_LOWER) && !tokens[name].lineStart) continue;
    (drugs ??= []).push(words[name].lowerKey);
  }
  if (drugs === undefined) return;
  // The drug's other mentions: the same word in any case (ZYRTEC 10 mg, then Zyrtec), by its lower-case key.
  for (let k = 0; k < tokens.length; k++) if (flags[k] & CAPITALIZED && drugs.includes(words[k].lowerKey)) out.push(candidate(k, k + 1, 'product', 'rule', 3, SCORE));
}
