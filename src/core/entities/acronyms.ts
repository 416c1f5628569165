// Acronyms written with points, as French press wrote them before the 1980s and still often
// does: "la S.N.C.F.", "la C.G.T.", "l'O.N.U.", "U.R.S.S.". The tokenizer cuts them into letters
// and points, which the tagger reads as a name "S" or "La S"; the rules read the run as one
// mention, the entity of its letters (SNCF) where a list knows them, else a body; so are three letters or
// more set apart by spaces (l'U. R. S. S.).
import { candidate, CAPITALIZED, FUNCTION_WORD, HAS_LOWER, NAME_WORD, nameRunStartBefore, pickHit, TITLE, wordInfo, type Candidate, type Context } from './candidates';

/** Articles before a body's acronym (la S. D. N., l'U. R. S. S.). */
const ARTICLES = new Set(['la', 'le', 'les', "l'", 'l’', 'du', 'des', 'de', "d'", 'd’', 'au', 'aux']);
/** An unknown dotted acronym needs this many letters: two (N.B., P.S.) are mostly no names. */
const MIN_UNKNOWN_LETTERS = 3;

export function dottedAcronymCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  let next = 0;
  for (const i of ctx.ruleStarts) {
    if (i < next || !isLetterWithPoint(ctx, i)) continue;
    // Not the end of a word or of another acronym (etc., A.B.C.D.E. counted once).
    const before = tokens[i - 1];
    if (before && !tokens[i].spaceBefore && !tokens[i].lineStart && !/^[\p{L}]*['’]$|^[(«"“-]$/u.test(before.text)) continue;
    let letters = '';
    let j = i;
    // Old print sets the letters apart (l'U. R. S. S., les C. F. F.): a run spaced from its second letter on.
    const spaced = isLetterWithPoint(ctx, i + 2) && tokens[i + 2].spaceBefore && !tokens[i + 2].lineStart;
    while (isLetterWithPoint(ctx, j) && (j === i || (spaced ? tokens[j].spaceBefore && !tokens[j].lineStart : !tokens[j].spaceBefore))) {
      letters += tokens[j].text;
      j += 2;
    }
    next = j;
    if (letters.length < (spaced ? MIN_UNKNOWN_LETTERS : 2)) continue;
    const hits = wordInfo(letters).gazetteer?.hits;
    const hit = hits && pickHit(hits, ctx.lang);
    // Initials before a name are a person's (J.R.R. Tolkien, C.S. Lewis): the initials rule's.
    const nameAfter = j < tokens.length && !tokens[j].lineStart && tokens[j].spaceBefore && (flags[j] & NAME_WORD) !== 0;
    if (hit) {
      if (!nameAfter) out.push(candidate(i, j, hit.entity.type, 'rule', 2, 80, { entity: hit.entity }));
    } else if (!nameAfter && !(spaced && !ARTICLES.has(tokens[i - 1]?.text.toLowerCase() ?? ''))) {
      // An unlisted run set apart needs its article (la S. D. N.): S. A. R. le prince is a style.
      // After a name it ends the name, from two letters (Sunderland A.F.C., Bolton Wanderers F.C.): one body.
      const named = tokens[i].spaceBefore && !tokens[i].lineStart && i > 0 && (flags[i - 1] & NAME_WORD) !== 0 && !(flags[i - 1] & (FUNCTION_WORD | TITLE));
      if (!named && letters.length < MIN_UNKNOWN_LETTERS) continue;
      const start = named ? nameRunStartBefore(ctx, i, 4) : i;
      out.push(candidate(start, j, 'organization', 'rule', 2, 66, { name: start < i ? undefined : letters }));
    }
  }
}

/** Token k is one capital letter with its point glued after it. */
function isLetterWithPoint(ctx: Context, k: number): boolean {
  const { tokens, flags } = ctx;
  // The flags first: most rule starts are words with lower-case letters.
  if ((flags[k] & (CAPITALIZED | HAS_LOWER)) !== CAPITALIZED) return false;
  const t = tokens[k];
  const point = tokens[k + 1];
  return t !== undefined && point !== undefined && t.text.length === 1 && point.text === '.' && !point.spaceBefore;
}
