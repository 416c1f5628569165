// The rubric heading of a French page in mixed case: a word or two in capitals opening a line before `.`, `:` or
// the line's end (SOLIDARITÉ. – La kermesse..., CHRONIQUE LOCALE, SPORTS :). The tagger reads such an unlisted word
// as a company, a capital saying nothing there; a careful reader sees a common word written in capitals, which names
// nothing. A heading the lists know (RENAULT., ÉPERNAY.) and the towns the dateline rules read are other candidates
// (capitalDatelines.ts, press.ts): only the tagger's guesses of a firm, a body or a product are dropped (a guessed
// place may be a rubric's town, as press.ts reads one), and only when every word of the heading is
// known as a common lower-case word: the text writes it in lower case, the tagger's lexicon lists it in lower case
// (sports), the cue phrases open with it (radio, société) or a body written in lower case does (mairie), or it ends as a French abstract noun (solidarité, nécrologie) or adjective (locale) does; the first word
// of a noun and its adjective may be any (ÉTAT CIVIL). No hand list of rubric words. A heading opening with a body's
// head is that body, an organization (CONSEIL GÉNÉRAL, as le Conseil général), not the tagger's company.
import cues from '../data/entity-cues.json';
import { CAPITALS_WORD } from './capitalDatelines';
import { gazetteer, type TrieNode } from './gazetteer';
import { CAPITALIZED, CUE_START, HAS_LOWER, LOWER_LED, UPPER_OR_NUMBER_LED, WORDLIKE, type Candidate, type Context } from './candidates';
import { readsAsFrenchAdjective } from './frenchWordForms';
import { tokenKey, titleCaseWord } from './normalize';
import { endsAsFrenchAbstractNoun } from './press';
import { lexiconClasses } from './tagger';

/** The heads of French bodies (Conseil, Tribunal, Chambre). */
const BODY_HEADS = new Set(cues.frenchBodyHeads);
/** The first words of the bodies French writes in lower case (mairie, ministère, tribunal correctionnel). */
const LOWER_BODY_HEAD_WORDS = new Set(Object.keys(cues.frenchLowerBodyHeads).map((phrase) => phrase.split(' ')[0]));
/** The small words that may join a heading's words (BOURSE DE PARIS, ÉTAT DES ROUTES). */
const HEADING_LINKS = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'ET', 'AU', 'AUX', 'EN', 'SUR']);
/** What may follow a heading on its line. */
const HEADING_ENDS = new Set(['.', ':']);
/** A text is in mixed case when its words with a lower-case letter outnumber its words in capitals this many times. */
const MIXED_CASE_RATIO = 3;

/** The tagger's candidates without the rubric headings of a French text in mixed case. */
export function withoutRubricHeadings(ctx: Context, tagged: Candidate[]): Candidate[] {
  if (ctx.lang !== 'fr' || tagged.length === 0) return tagged;
  const { tokens, flags } = ctx;
  let lowerWords: Set<string> | undefined;
  let mixedCase: boolean | undefined;
  let kept: Candidate[] | undefined;
  for (let c = 0; c < tagged.length; c++) {
    const m = tagged[c];
    let drop = false;
    // A flag test first: the candidate opens its line with a word in capitals.
    // A place stays: an unlisted rubric word may be the town the news comes from (press.ts); a person too (DUPONT.).
    if ((tokens[m.ts].lineStart || m.ts === 0) && m.type !== 'place' && m.type !== 'person') {
      if ((flags[m.ts] & (UPPER_OR_NUMBER_LED | HAS_LOWER)) === UPPER_OR_NUMBER_LED && isHeading(ctx, m) && !listed(ctx, m)) {
        mixedCase ??= isMixedCase(ctx);
        if (mixedCase) {
          lowerWords ??= wordsInLowerCase(ctx);
          drop = allCommonWords(ctx, m, lowerWords);
        }
      }
    }
    if (drop) kept ??= tagged.slice(0, c);
    // A heading opening with a body's head and more is that body, as its Title Case form is (CONSEIL GÉNÉRAL: le Conseil
    // général); the head alone names none (BANQUE.).
    if (drop && m.type === 'company' && m.te - m.ts > 1 && BODY_HEADS.has(titleCaseWord(tokens[m.ts].text))) kept!.push({ ...m, type: 'organization' });
    else if (!drop) kept?.push(m);
  }
  return kept ?? tagged;
}

/** Whether the candidate's words are in capitals and end a heading: `.`, `:` or the line's end after them. */
function isHeading(ctx: Context, m: Candidate): boolean {
  const { tokens } = ctx;
  for (let k = m.ts; k < m.te; k++) if (!CAPITALS_WORD.test(tokens[k].text)) return false;
  return m.te >= tokens.length || tokens[m.te].lineStart || HEADING_ENDS.has(tokens[m.te].text);
}

/** Whether a list knows the heading or a name it opens with, read case-blind (RENAULT, ÉPERNAY, BOURSE DE PARIS). */
function listed(ctx: Context, m: Candidate): boolean {
  let node: TrieNode | undefined = gazetteer().root;
  for (let k = m.ts; k < m.te && node; k++) {
    const word = ctx.tokens[k].text;
    node = node.next.get(tokenKey(titleCaseWord(word))) ?? node.next.get(tokenKey(word.toLowerCase()));
    if (node?.hits) return true;
  }
  return false;
}

/** Whether every word of the heading but its small links is a common word (see the top of the file); the first may be
 * any word when the last reads as an adjective, a noun and its adjective being a common phrase (ÉTAT CIVIL, VIE ASSOCIATIVE). */
function allCommonWords(ctx: Context, m: Candidate, lowerWords: Set<string>): boolean {
  const { tokens } = ctx;
  for (let k = m.te - 1; k >= m.ts; k--) {
    const word = tokens[k].text;
    if (k > m.ts && HEADING_LINKS.has(word)) continue;
    const lower = word.toLowerCase();
    if (k === m.ts && m.te - m.ts > 1 && readsAsFrenchAdjective(tokens[m.te - 1].text.toLowerCase())) continue;
    if (!(ctx.flags[k] & CUE_START) && !LOWER_BODY_HEAD_WORDS.has(lower) && !lowerWords.has(lower) && !endsAsFrenchAbstractNoun(lower) && !readsAsFrenchAdjective(lower) && lexiconClasses('fr', lower) === 0) return false;
  }
  return true;
}

/** Whether the text's words with a lower-case letter far outnumber its words in capitals (one pass over the flags). */
function isMixedCase(ctx: Context): boolean {
  const { flags, tokens } = ctx;
  let lower = 0;
  let capitals = 0;
  for (let k = 0; k < tokens.length; k++) {
    const f = flags[k];
    if (!(f & WORDLIKE)) continue;
    if (f & HAS_LOWER) lower++;
    else if (f & CAPITALIZED && tokens[k].text.length >= 2) capitals++;
  }
  return lower >= MIXED_CASE_RATIO * capitals;
}

/** The words the text writes in lower case. */
function wordsInLowerCase(ctx: Context): Set<string> {
  const words = new Set<string>();
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.flags[k] & LOWER_LED) words.add(ctx.tokens[k].text);
  return words;
}
