// A French intercommunal body named by its town and a capitalized tail word (Brest Métropole, Dinan
// Agglomération, Quimperlé Communauté, Toulouse Métropole; intercommunalTails in entity-cues.json) is
// one body: the list read the town alone, the tagger a person (Dinan Agglomération) or a place.
import cues from '../data/entity-cues.json';
import { candidate, FIRST_NAME, NAME_WORD, nameRunStartBefore, NEWS_FRENCH_RULE, SENTENCE_START, type Candidate, type Context } from './candidates';

const TAILS = new Set(cues.intercommunalTails);
/** Above the list's reading of the town (a place of tier 2). */
const SCORE = 72;

/** Whether a word is the tail of an intercommunal body's name. */
export function isIntercommunalTail(word: string): boolean {
  return TAILS.has(word);
}

export function intercommunalBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // Only the tail words (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i < 1 || !(words[i].news & NEWS_FRENCH_RULE) || !TAILS.has(tokens[i].text) || tokens[i].lineStart || flags[i] & SENTENCE_START) continue;
    // The tail ends the name (not Communauté européenne, Métropole Aix-Marseille).
    if (i + 1 < n && !tokens[i + 1].lineStart && flags[i + 1] & NAME_WORD) continue;
    const s = nameRunStartBefore(ctx, i, 3, false);
    // A town opens it, not a given name (Brest, Lannion-Trégor, Saint-Flour).
    if (s >= i || flags[s] & FIRST_NAME) continue;
    out.push(candidate(s, i + 1, 'organization', 'rule', 2, SCORE));
  }
}
