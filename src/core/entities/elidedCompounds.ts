// A compound name with an elided article inside (Marcy-l'Étoile, Raon-l'Étape, Saint-Jean-d'Angély) is
// one name: the tokenizer cuts it at the apostrophe and the tagger read two places, Marcy-l and
// Étoile. Listed ones the gazetteer already reads whole; this reads the others as a place, which a
// cue or a list may still make something else (le lycée Jeanne-d'Arc).
import { CAPITALIZED, candidate, elidedJoin, nameRunEnd, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

/** A capitalized word ending in a hyphen and l or d (Marcy-l, Villeneuve-d): it may open such a name. */
const OPENING_HALF = /^\p{Lu}.*-[ld]$/u;
const SCORE = 55;
const HYPHEN = 45;

export function opensElidedCompound(word: string): boolean {
  return OPENING_HALF.test(word);
}

export function elidedCompoundCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  for (const i of ctx.newsStarts) {
    // The hyphen before the last letter first (a char read), the pattern only then: most French rule words end otherwise.
    const t = tokens[i].text;
    if (!(words[i].news & NEWS_FRENCH_RULE) || t.charCodeAt(t.length - 2) !== HYPHEN || !(flags[i] & CAPITALIZED) || !OPENING_HALF.test(t) || !elidedJoin(ctx, i + 1)) continue;
    // Tier 1: a cue or a list on the same span decides its type (le lycée Jeanne-d'Arc), and it still outlasts the tagger's halves.
    out.push(candidate(i, nameRunEnd(ctx, i, 2, false), 'place', 'rule', 1, SCORE));
  }
}
