// French old press and formal text, rules that read the layout and the abbreviations of the
// period rather than the names themselves:
// - a rubric at a line start before `. —` (`ALLEMAGNE. — L'empereur…`, `Nancy. — Le conseil…`) is
//   the place the news comes from, as a dateline's is (`LYON, 3 mars. —` is read in candidates.ts), unless
//   an unlisted word ends as an abstract noun does (`Ravitaillement. —`: the notice's topic); a town with
//   its accent lost or wrong (`NEUCHATEL. —`, `Genéve. —`) is found by its id;
// - an honorific abbreviation (`M.`, `MM.`, `Mme`, `Mgr`) is no name of its own, even where a line in
//   capitals or a sentence break leaves it alone (`MM. Caillaux` after a full stop gave a company `MM`);
// - a Roman century or rank (`XVIe siècle`, `IIIe République`) is no name.
import cues from '../data/entity-cues.json';
import { gazetteer, placeById, type TrieNode } from './gazetteer';
import { candidate, CAPITALIZED, FUNCTION_WORD, CALENDAR_WORD, NEWS_PRESS, NOT_NAME, WORDLIKE, listedWord, pickHit, type Candidate, type Context } from './candidates';
import { tokenKey, titleCaseWord } from './normalize';

/** Dashes that follow the full stop of an old press rubric. */
const RUBRIC_DASHES = new Set(['—', '–', '-']);
/** Words a rubric place may have (AUTRICHE-HONGRIE is one token; ÉTATS UNIS, NEW YORK two). */
const MAX_RUBRIC_WORDS = 3;

/** Endings of French abstract nouns, which name a notice's topic (`Ravitaillement. —`, `Extension des cultures`,
 * `Circulation. —`), never a town: an unlisted rubric word so ending is no place. */
const RUBRIC_NOUN_ENDING = new RegExp(`(?:${cues.frenchRubricNounEndings.join('|')})$`, 'u');

/** Whether a word ends as a French abstract noun does (ravitaillement, solidarité). */
export function endsAsFrenchAbstractNoun(word: string): boolean {
  return RUBRIC_NOUN_ENDING.test(word);
}

/** Places named by a rubric: the capitalized words opening a line, then `.` and a dash. A listed
 * place (read case-blind) is that place; an unlisted single word in Title Case (`Nancy`, a town
 * no list holds, or one a first name hides) is a place too, the rubric of old press being a
 * town, a département or a country; a word listed as a firm or a body alone keeps that reading. */
export function rubricPlaceCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, words, flags } = ctx;
  // Read from the dashes (their tokens are news starts) back to the full stop.
  for (const dash of ctx.newsStarts) {
    const dot = dash - 1;
    if (dot < 1 || !(words[dash].news & NEWS_PRESS) || tokens[dot].text !== '.' || !RUBRIC_DASHES.has(tokens[dot + 1].text) || tokens[dot + 1].lineStart || !tokens[dot + 1].spaceBefore) continue;
    let start = dot;
    while (start > 0 && dot - start < MAX_RUBRIC_WORDS && !tokens[start].lineStart && flags[start - 1] & CAPITALIZED && flags[start - 1] & WORDLIKE) start--;
    if (!tokens[start].lineStart || start === dot) continue;
    let plain = true;
    for (let k = start; k < dot; k++) if (flags[k] & (FUNCTION_WORD | CALENDAR_WORD | NOT_NAME)) plain = false;
    if (!plain) continue;
    const hit = listedPlace(ctx, start, dot);
    // A town whose accent the print or the OCR lost or changed (NEUCHATEL, NEUCHÀTEL, Genéve) is found by its id.
    const folded = hit || dot !== start + 1 ? undefined : placeById(tokens[start].text);
    if (hit) out.push(candidate(start, dot, 'place', 'gazetteer', 3, 90, { entity: hit.entity }));
    else if (folded) out.push(candidate(start, dot, 'place', 'gazetteer', 3, 90, { entity: folded }));
    // A word the lists know as something else (`Renault. – Le constructeur…`) keeps that reading.
    else if (dot === start + 1 && /^\p{Lu}\p{Ll}/u.test(tokens[start].text) && !RUBRIC_NOUN_ENDING.test(tokens[start].text) && listedWord(tokens[start].text, ctx) === undefined) {
      out.push(candidate(start, dot, 'place', 'rule', 3, 70));
    }
  }
}

/** The listed place named by tokens [ts, te) exactly, read case-blind. */
function listedPlace(ctx: Context, ts: number, te: number): ReturnType<typeof pickHit> {
  let node: TrieNode | undefined = gazetteer().root;
  for (let k = ts; k < te && node; k++) {
    const word = ctx.tokens[k].text;
    node = node.next.get(tokenKey(word)) ?? node.next.get(tokenKey(titleCaseWord(word)));
  }
  const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
  return hit?.entity.type === 'place' && !hit.ambiguous ? hit : undefined;
}

/** Honorific abbreviations written with a full stop: no name alone. */
const HONORIFICS = new Set(cues.frenchHonorifics);
/** Roman ordinals (XVIe, XIXe, IIIe): centuries, regimes, arrondissements (not Ier, which ends a
 * sovereign's name: François Ier). */
const ROMAN_ORDINAL = /^(?:[IVX]|[IVXLC]{2,})(?:e|ème|eme)$/; // one letter: I, V or X only (Le, Ce are words)

/** Whether a word is one the French press rules read from (its tokens carry NEWS_PRESS): a rubric's
 * dash, an honorific abbreviation or a Roman ordinal. */
export function isPressWord(word: string): boolean {
  const first = word.charCodeAt(0);
  // Neither M nor a Roman numeral's letter (C..X): no honorific, no ordinal.
  return RUBRIC_DASHES.has(word) || (first >= 0x43 && first <= 0x58 && (HONORIFICS.has(word) || ROMAN_ORDINAL.test(word)));
}

/** Blockers over honorifics before their full stop and over Roman ordinals, in French text. */
export function pressBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, words } = ctx;
  for (const i of ctx.newsStarts) {
    if (i + 1 >= tokens.length || !(words[i].news & NEWS_PRESS)) continue;
    const t = tokens[i].text;
    const first = t.charCodeAt(0);
    if (first < 0x43 || first > 0x58) continue; // a rubric's dash
    // An honorific opens its word (W.M. Keck holds initials).
    const honorific = HONORIFICS.has(t) && tokens[i + 1].text === '.' && !tokens[i + 1].spaceBefore && (i === 0 || tokens[i].spaceBefore);
    if (honorific || ROMAN_ORDINAL.test(t)) out.push(candidate(i, i + 1, 'blocker', 'rule', 2, 60));
  }
}
