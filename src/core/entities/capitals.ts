// Lines and sentences written all in capitals (headlines, datelines, shouted titles): there a
// capital says nothing, so a word is a name only when a list knows it (LONDRES is Londres, FED
// the Fed, LVMH as written) or the tagger is sure; the rules that read capitals (suffixes, cues,
// first names) and the tagger's guesses give nothing there.
import { isPlaceHeadingHead } from './capitalDatelines';
import { gazetteer, placeById, type TrieNode } from './gazetteer';
import { candidate, CAPITALIZED, FUNCTION_WORD, HAS_LOWER, LOWER_LED, TITLE, WORDLIKE, type Candidate, type Context } from './candidates';
import { tokenKey, titleCaseWord } from './normalize';

/** A tagger name in capitals is kept from this confidence on. */
const SURE_CONFIDENCE = 0.9;

/** 1 for each token of a sentence or line written all in capitals (entityContext finds the
 * sentences) and of a headline line in capitals, 2 of an English line in Title Case (marked in the
 * context's array: marking twice gives the same marks); undefined when there is none. */
export function capitalsMarks(ctx: Context): Uint8Array | undefined {
  const marks = headlineLines(ctx, ctx.capitalLines);
  return ctx.lang === 'en' ? titleCaseLines(ctx, marks) : marks;
}

/** A line alone in capitals with fewer words is a headline too (FAITS DIVERS, LA GUERRE, TRIBUNAUX,
 * CHAMBRE DES DÉPUTÉS): two words in capitals, or one of this many letters (an acronym alone, IBM,
 * stays read as written). */
const MIN_HEADLINE_WORD_LENGTH = 5;

/** Marks the lines written all in capitals that the sentence count left out: a sentence break
 * inside a line (PRÉSIDENCE DE M. RAOUL PÉRET) or a short headline. */
function headlineLines(ctx: Context, marks: Uint8Array | undefined): Uint8Array | undefined {
  const { tokens, flags, lineStarts } = ctx;
  const n = tokens.length;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : n;
    if (!marks || !marks[start] || !marks[end - 1]) {
      let capitalWords = 0;
      let longWord = false;
      let lower = false;
      for (let k = start; k < end && !lower; k++) {
        const f = flags[k];
        if (f & HAS_LOWER) lower = true;
        else if (f & CAPITALIZED && f & WORDLIKE && tokens[k].text.length >= 2) {
          capitalWords++;
          if (tokens[k].text.length >= MIN_HEADLINE_WORD_LENGTH) longWord = true;
        }
      }
      if (!lower && (capitalWords >= 2 || longWord)) {
        marks ??= new Uint8Array(n);
        marks.fill(1, start, end);
      }
    }
  }
  return marks;
}

/** An English headline line needs this many capitalized words besides its small words. */
const MIN_TITLE_CASE_WORDS = 4;
/** A longer line is prose, not a headline. */
const MAX_TITLE_CASE_TOKENS = 24;

/** English headlines in Title Case (Apple Shares Fall After Weak iPhone Sales): a line whose every
 * word but the small ones (of, in, as...) opens with a capital and that ends with no full stop.
 * A capital says as little there as in a line in capitals, so the line is marked the same way. */
function titleCaseLines(ctx: Context, marks: Uint8Array | undefined): Uint8Array | undefined {
  const { tokens, flags, lineStarts } = ctx;
  const n = tokens.length;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : n;
    if (end - start <= MAX_TITLE_CASE_TOKENS && tokens[end - 1].text !== '.') {
      let capitalized = 0;
      let headline = true;
      for (let k = start; k < end && headline; k++) {
        const f = flags[k];
        // A byline names people, it is no headline (By Jane Doe; Reporting by ...; Editing by ...).
        if (ctx.words[k].lowerKey === 'by' && (k === start || BYLINE_WORDS.has(ctx.words[k - 1].lowerKey))) headline = false;
        if (!(f & WORDLIKE) || !LETTER_LED.test(tokens[k].text)) continue;
        if (f & LOWER_LED) {
          // Small words stay in lower case; a glued piece (Macy's s) or a brand (iPhone) too.
          if (!(f & FUNCTION_WORD) && tokens[k].spaceBefore && !(f & CAPITALIZED) && !INNER_CAPITAL.test(tokens[k].text)) headline = false;
        } else if (f & CAPITALIZED && f & HAS_LOWER) capitalized++;
      }
      if (headline && capitalized >= MIN_TITLE_CASE_WORDS) {
        marks ??= new Uint8Array(n);
        for (let k = start; k < end; k++) if (marks[k] === 0) marks[k] = TITLE_CASE;
      }
    }
  }
  return marks;
}

/** Words before `by` in a byline. */
const BYLINE_WORDS = new Set(['reporting', 'writing', 'editing', 'compiled', 'written', 'edited', 'reported']);
/** The mark of a token of a Title Case line (1: a line in capitals). */
const TITLE_CASE = 2;
const LETTER_LED = /^\p{L}/u;
const INNER_CAPITAL = /\p{Lu}/u;
/** A word in plain capitals, hyphens allowed (NEUCHATEL, SAINT-IMIER), and a name with a letter out of ASCII (Neuchâtel). */
const PLAIN_CAPITALS = /^[A-Z][A-Z-]*[A-Z]$/;
const ACCENTED = /[^\x00-\x7f]/;

/** The rule candidates kept in capitals (list hits, tickers, blockers such as stock indexes),
 * plus the list names read case-blind there (LONDRES, BOURSE DE PARIS, FED). */
export function rulesInCapitals(ctx: Context, marks: Uint8Array, rules: Candidate[]): Candidate[] {
  // In Title Case a person's name read from a first name or a title stays (Reporting by David Shepardson; Editing by ...),
  // so do a company fixed by a legal form (Acme Corp Shares Jump) and a name the article's prose writes as well (a few checked).
  let proseChecks = MAX_PROSE_CHECKS;
  const kept = rules.filter((c) => {
    if (!marks[c.ts] || c.source === 'gazetteer' || c.type === 'ticker' || c.type === 'blocker') return true;
    // A name after an honorific is a person in capitals too (PRÉSIDENCE DE M. RAOUL PÉRET).
    if (c.type === 'person' && afterHonorific(ctx, c.ts)) return true;
    if (marks[c.ts] !== TITLE_CASE) return false;
    // A person read from a given name of the long English list only is no byline's (Fed's Powell Signals Patience).
    // A tier-3 rule is sure of its reading whatever the case (a legal form, a transcript's speaker line).
    if ((c.type === 'person' && !ctx.words[c.ts].englishFirstName) || c.tier >= 3) return true;
    return proseChecks-- > 0 && writtenInProse(ctx, marks, c);
  });
  const { tokens, lang } = ctx;
  const root = gazetteer().root;
  for (let i = 0; i < tokens.length; i++) {
    if (!marks[i] || !(ctx.flags[i] & CAPITALIZED)) continue;
    let node: TrieNode | undefined = root;
    let matchEnd = -1;
    let matched: TrieNode | undefined;
    for (let j = i; j < tokens.length && marks[j] && node && (j === i || !tokens[j].lineStart); j++) {
      const word = tokens[j].text;
      const next: ReadonlyMap<string, TrieNode> = node.next;
      node = next.get(tokenKey(titleCaseWord(word))) ?? next.get(tokenKey(word.toLowerCase()));
      if (node?.hits) {
        matchEnd = j + 1;
        matched = node;
      }
    }
    // The head of a heading of village news alone is no place (CANTON DE SÉZANNE: not the Chinese city); a listed
    // name running over it is (PAYS DE GALLES).
    if (matchEnd <= i + 1 && isPlaceHeadingHead(ctx, i)) continue;
    if (!matched) {
      // A place whose accent the capitals lost (NEUCHATEL, LEMAN, BALE) is found by its id, as press.ts finds a rubric's town:
      // only a listed name with an accent, which the word in plain letters cannot otherwise match.
      const word = tokens[i].text;
      if (word.length < 4 || !PLAIN_CAPITALS.test(word)) continue;
      const place = placeById(word);
      if (place && ACCENTED.test(place.name)) kept.push(candidate(i, i + 1, 'place', 'gazetteer', 2, 78, { entity: place }));
      continue;
    }
    const hit = matched.hits!.find((h) => h.lang === lang) ?? matched.hits!.find((h) => h.lang === undefined);
    // A common word that is also a name (Orange, Total) is no name in capitals.
    if (!hit || hit.ambiguous) continue;
    kept.push(candidate(i, matchEnd, hit.entity.type, 'gazetteer', 2, 78, { entity: hit.entity }));
    i = matchEnd - 1;
  }
  return kept;
}

/** Whether token i follows a title abbreviation (M., MM., Mme, Mgr) or a title word. */
function afterHonorific(ctx: Context, i: number): boolean {
  const { tokens, flags } = ctx;
  if (i > 0 && flags[i - 1] & TITLE) return true;
  return i > 1 && tokens[i - 1].text === '.' && !tokens[i - 1].spaceBefore && (flags[i - 2] & TITLE) !== 0;
}

/** Rule names of Title Case lines looked for in the prose, at most (each check reads the text). */
const MAX_PROSE_CHECKS = 8;

/** Whether the text of candidate c occurs, as whole words, at a token outside the marked lines. */
function writtenInProse(ctx: Context, marks: Uint8Array, c: Candidate): boolean {
  const { text, tokens } = ctx;
  const name = text.slice(tokens[c.ts].start, tokens[c.te - 1].end);
  let lo = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
    // The token starting there (tokens are in text order, and so are the matches).
    while (lo < tokens.length && tokens[lo].start < at) lo++;
    if (lo < tokens.length && tokens[lo].start === at && !marks[lo]) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Tagger names in capitals only when the tagger is sure of them. */
export function taggerInCapitals(marks: Uint8Array, tagged: Candidate[]): Candidate[] {
  return tagged.filter((c) => !marks[c.ts] || c.score >= 40 + 20 * SURE_CONFIDENCE);
}
