// People named by their initials and surname: "C.S. Venkatakrishnan", "J. K. Rowling", "A.B. Smith".
// The tagger reads a lone capital and its point as anything (a company "C", a person "A"); a run
// of initials before a name word is a person's name, unless a list knows the initials (U.S., J.P.
// Morgan): the gazetteer's candidates, made before, keep those.
import { candidate, CAPITALIZED, FUNCTION_WORD, HAS_LOWER, NAME_WORD, NOT_NAMES, personRunEnd, ROLE_TITLE, TITLE, type Candidate, type Context } from './candidates';

/** At most this many initials before the surname (C.S., J. R. R.). */
const MAX_INITIALS = 3;

export function initialsPersonCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  let listed: Set<number> | undefined;
  let next = 0;
  for (const i of ctx.ruleStarts) {
    if (i < next || !isInitial(ctx, i)) continue;
    let j = i;
    let initials = 0;
    while (initials < MAX_INITIALS && isInitial(ctx, j)) {
      j = afterInitial(ctx, j);
      initials++;
    }
    next = j;
    // Not the middle initials of a name begun before (George W. Bush is the name rules' case); a
    // title before them is no name (Chief Executive C.S. Venkatakrishnan).
    const before = i - 1;
    if (before >= 0 && !tokens[i].lineStart && flags[before] & NAME_WORD && !(flags[before] & (FUNCTION_WORD | TITLE | ROLE_TITLE))) continue;
    // The surname after a space: S.Paulo, glued, is a place's short form.
    if (j >= tokens.length || tokens[j].lineStart || !tokens[j].spaceBefore || !(flags[j] & NAME_WORD) || flags[j] & FUNCTION_WORD || NOT_NAMES.has(tokens[j].text)) continue;
    // A single letter after the initials is one more initial without its point, not a name.
    if (tokens[j].text.length < 2) continue;
    listed ??= new Set(out.filter((c) => c.source === 'gazetteer').map((c) => c.ts));
    if (listed.has(i)) continue;
    const end = personRunEnd(ctx, j);
    if (end <= j) continue;
    out.push(candidate(i, end, 'person', 'rule', 2, 64));
    next = end;
  }
}

/** Token k is a capital letter with its point glued after it: "C" "."; French "M." is Monsieur, a title. */
export function isInitial(ctx: Context, k: number): boolean {
  const { tokens, flags } = ctx;
  // The flags first: most rule starts are words with lower-case letters.
  if ((flags[k] & (CAPITALIZED | HAS_LOWER)) !== CAPITALIZED) return false;
  const t = tokens[k];
  const dot = tokens[k + 1];
  return t !== undefined && dot !== undefined && t.text.length === 1 && !(ctx.lang === 'fr' && flags[k] & TITLE) &&
    dot.text === '.' && !dot.spaceBefore && !tokens[k + 2]?.lineStart;
}

/** Past the initial at k and its point, and the hyphen of a French compound one (J.-P.). */
function afterInitial(ctx: Context, k: number): number {
  const hyphen = ctx.tokens[k + 2];
  return hyphen !== undefined && hyphen.text === '-' && !hyphen.spaceBefore && isInitial(ctx, k + 3) ? k + 3 : k + 2;
}
