// French ministers' portfolios, the ministry they name: "le ministre de l'Économie et des Finances",
// "ministre de la Transition écologique et solidaire", "la ministre des Transports Élisabeth Borne".
// The tagger reads two names at the coordination and runs on into the minister's name; the
// portfolio is one body from its first capital through its coordinated parts, one capitalized word
// each with its adjectives (the minister's name may follow).
import { candidate, CAPITALIZED, FIRST_NAME, FUNCTION_WORD, LOWER_LED, NAME_WORD, type Candidate, type Context } from './candidates';
import { readsAsFrenchAdjective } from './frenchWordForms';

// Singular: les ministères de la Défense et de l'Intérieur are two ministries.
const HEADS = new Set(['ministre', 'ministère', 'secrétaire', 'secrétariat']);
const OF = new Set(['de', 'des', 'du', "d'", 'd’', 'aux', 'à']);
const ARTICLES = new Set(['la', 'le', "l'", 'l’']);

/** `starts`: the tokens some organization rule starts from (ruleCandidates), in text order. */
export function portfolioCandidates(ctx: Context, out: Candidate[], starts: number[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  const isAdjective = (k: number): boolean => k < n && !tokens[k].lineStart && !(flags[k] & FUNCTION_WORD) && readsAsFrenchAdjective(tokens[k].text);
  /** After an of-word and its article at k, the start of a capitalized part, else -1. */
  const partStart = (k: number): number => {
    // à takes its article before a portfolio (à la Ville, à l'Industrie); à before a bare name is a place (son ministère à Môtiers).
    const bare = k < n && words[k].lowerKey === 'à';
    if (k < n && OF.has(words[k].lowerKey)) k++;
    if (k < n && ARTICLES.has(words[k].lowerKey)) k++;
    else if (bare) return -1;
    return k < n && !tokens[k].lineStart && flags[k] & CAPITALIZED && flags[k] & NAME_WORD && !(flags[k] & FIRST_NAME && k + 1 < n && flags[k + 1] & NAME_WORD) ? k : -1;
  };
  let after = 0;
  for (const i of starts) {
    if (i < after || !HEADS.has(words[i].lowerKey)) continue;
    let k = i + 1;
    // Up to two lower-case words between (ministre déléguée chargée des Transports).
    for (let skipped = 0; skipped < 2 && k < n && !OF.has(words[k].lowerKey) && flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD); skipped++) k++;
    if (k >= n || !OF.has(words[k].lowerKey)) continue;
    const start = partStart(k);
    if (start < 0) continue;
    let end = partEnd(ctx, start, isAdjective);
    let joined = false;
    // Coordinated parts: et des Finances, et des Sports, et solidaire after an adjective (not
    // secrétaire d'État et ancien ministre).
    while (end + 1 < n && words[end].lowerKey === 'et' && !tokens[end + 1].lineStart) {
      if (isAdjective(end + 1) && isAdjective(end - 1)) {
        end = partEnd(ctx, end + 1, isAdjective, true);
        joined = true;
        continue;
      }
      // Another portfolio takes its of-word (et des Sports); et le Sénat is another body.
      if (!OF.has(words[end + 1].lowerKey)) break;
      const next = partStart(end + 1);
      if (next < 0) break;
      end = partEnd(ctx, next, isAdjective);
      joined = true;
    }
    if (!joined) continue;
    // A ministry keeps its common noun, as ministère de l'Intérieur does; a minister's portfolio is the name alone.
    out.push(candidate(words[i].lowerKey === 'ministère' || words[i].lowerKey === 'secrétariat' ? i : start, end, 'organization', 'rule', 2, 72));
    after = end;
  }
}

/** End of one part: a capitalized word, lower-case adjectives, and a de complement in lower case (Technologies de l'information). */
function partEnd(ctx: Context, k: number, isAdjective: (k: number) => boolean, fromAdjective = false): number {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // One capitalized word: the minister's name may follow (des Sports Miri Regev).
  let end = fromAdjective ? k : k + 1;
  while (isAdjective(end)) end++;
  if (end + 2 < n && (words[end].lowerKey === 'de' || words[end].lowerKey === 'du' || words[end].lowerKey === 'des')) {
    let m = end + 1;
    if (ARTICLES.has(words[m].lowerKey)) m++;
    if (m < n && !tokens[m].lineStart && flags[m] & LOWER_LED && !(flags[m] & FUNCTION_WORD) && tokens[m].text.length > 3) end = m + 1;
  }
  return end;
}
