// English news writes Spanish, Portuguese, Italian and Filipino names of banks, firms and public bodies
// as they are (Banco Central de la Republica Argentina, Sociedad Quimica y Minera de Chile SA, Comision
// para el Mercado Financiero, Bangko Sentral ng Pilipinas): their lower-case links (de la, y, para el,
// ng) are no English connectors, so the rules cut the name at them and the tagger reads the pieces as a
// place or a person. From a listed head word (romanceBodies.heads in entity-cues.json), capitalized
// words joined by those links are one name, with its legal form (SAB de CV); above the suffix rule's
// reading of the name's tail (Minera de Chile SA).
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, NAME_WORD, NEWS_ENGLISH_WORD, organizationOrCompany, ROLE_TITLE, suffixEnd, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.romanceBodies.heads);
const LINKS = new Set(cues.romanceBodies.links);
/** Link words in a row, at most (para el, de la). */
const MAX_LINKS = 2;
/** Tokens of a name, at most, before its legal form. */
const MAX_TOKENS = 10;
const SCORE = 72;

/** Whether the rule reads from this word (its tokens carry NEWS_ENGLISH_WORD). */
export function isRomanceBodyHead(word: string): boolean {
  return HEADS.has(word);
}

export function romanceBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  let from = 0;
  for (const i of ctx.newsStarts) {
    if (i < from || !(words[i].news & NEWS_ENGLISH_WORD) || !HEADS.has(tokens[i].text)) continue;
    // The name ends at its last capitalized word; links must lead to one.
    let end = i + 1;
    let links = 0;
    let linked = false;
    for (let k = i + 1; k < n && k - i < MAX_TOKENS && !tokens[k].lineStart; k++) {
      // A job title after the name is the title of the person after it (Bangko Sentral ng Pilipinas Governor Eli Remolona).
      if (flags[k] & ROLE_TITLE) break;
      if (flags[k] & CAPITALIZED && flags[k] & NAME_WORD) {
        end = k + 1;
        links = 0;
      } else if (LINKS.has(tokens[k].text) && ++links <= MAX_LINKS) {
        linked = true;
      } else break;
    }
    // A head and one capitalized word with no link is the other rules' (Banco Santander, Grupo Televisa).
    if (end < i + 2 || (!linked && end < i + 3)) continue;
    const te = suffixEnd(ctx, end);
    out.push(candidate(i, te, organizationOrCompany(ctx, i, te), 'rule', 3, SCORE));
    from = te;
  }
}
