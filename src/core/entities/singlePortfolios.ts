// A minister's single portfolio is the ministry it names: `le ministre de la Marine`, `le ministre de la
// Guerre`, `ministre des Colonies`, `ministre de l'Instruction publique` (one capitalized word and its
// lower-case adjectives), as the Wikinews gold marks `Intérieur`, `Justice`, `Affaires étrangères`.
// Old press writes these portfolios without the minister's name; the tagger then reads a first name
// (`Marine`) as a person or misses a common word (`Guerre`). A listed place (`Premier ministre du
// Canada`) stays the place, a first name before a name (`ministre de la Marine Le Pen`) is no portfolio.
// Coordinated portfolios are portfolios.ts's.
import { candidate, CAPITALIZED, FIRST_NAME, FUNCTION_WORD, isNationAdjective, LOWER_LED, NAME_WORD, type Candidate, type Context } from './candidates';
import { endsAsFrenchParticiple, FRENCH_OF_WORDS, readsAsFrenchAdjective, STATE_NOUNS } from './frenchWordForms';

const HEADS = new Set(['ministre', 'ministres']);
const ARTICLES = new Set(['la', 'le', "l'", 'l’']);
/** What ends a portfolio though it ends as an adjective does: a nation's or a region's adjective (la Justice
 * française is France's justice), a participle (ministre d'État chargé de); a verb (les Transports rappelle)
 * is no adjective to readsAsFrenchAdjective. */
function endsPortfolio(adjective: string): boolean {
  return isNationAdjective(adjective) || endsAsFrenchParticiple(adjective);
}

/** `starts`: the tokens some organization rule starts from (ruleCandidates), in text order. */
export function singlePortfolioCandidates(ctx: Context, out: Candidate[], starts: number[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of starts) {
    if (!HEADS.has(words[i].lowerKey)) continue;
    let k = i + 1;
    // Up to two lower-case words between (ministre déléguée chargée des Transports).
    for (let skipped = 0; skipped < 2 && k < n && !FRENCH_OF_WORDS.has(words[k].lowerKey) && flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD); skipped++) k++;
    if (k >= n || !FRENCH_OF_WORDS.has(words[k].lowerKey)) continue;
    k++;
    if (k < n && ARTICLES.has(words[k].lowerKey)) k++;
    if (k >= n || tokens[k].lineStart || !(flags[k] & CAPITALIZED) || !(flags[k] & NAME_WORD) || flags[k] & FUNCTION_WORD) continue;
    // `ministre d'État` is a rank, no portfolio.
    if (STATE_NOUNS.has(tokens[k].text) || words[k].gazetteerHitFr?.entity.type === 'place') continue;
    if (flags[k] & FIRST_NAME && k + 1 < n && flags[k + 1] & NAME_WORD && flags[k + 1] & CAPITALIZED) continue;
    let end = k + 1;
    // One adjective at most (Instruction publique, Affaires étrangères).
    const adjective = tokens[end]?.text;
    if (end < n && !tokens[end].lineStart && !(flags[end] & FUNCTION_WORD) && readsAsFrenchAdjective(adjective) && !endsPortfolio(adjective)) end++;
    // ministre des Relations avec le Parlement: the portfolio is the phrase, the body after avec is named there.
    if (end < n && words[end].lowerKey === 'avec') continue;
    out.push(candidate(k, end, 'organization', 'rule', 2, 70));
  }
}
