// What every reader of the figure grammar sees: the text, its token stream, the lexicon of
// the language, the caller's context, and which tokens lie inside an entity name.
import type { Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { FigureLexicon } from './lexicon';
import type { FigureToken } from './stream';

export interface FigureContext {
  lang: Lang;
  /** The article's reference date (YYYY-MM-DD) given by the caller, if any. */
  refDate?: string;
  /**
   * Gives the reference date when refDate is not set. Asked at most once, and only when a date
   * needs one (no year written, or relative): finding it (the article's dateline) runs the
   * grammar on the first lines, which most articles never need.
   */
  articleDate?: () => string | undefined;
  /** ISO code of a bare "dollar(s)". */
  defaultDollar: string;
  /**
   * Spans of the entity names already found (sorted or not). A figure never runs into a
   * name: the noun of "deux modèles Qwen" stops before "Qwen", digits inside names are skipped.
   */
  entitySpans?: { start: number; end: number }[];
  /** The text's tokens from tokenize(text), when the caller has them already. */
  tokens?: Token[];
  /**
   * Only the leading figures: the scan stops after the first figure that is no clock time (the
   * dateline's date, see articleDate.ts), as extractFigures reads them all; it goes on to the text's
   * end only when that figure is a date without its year, which the later dates may resolve.
   */
  leadingOnly?: boolean;
}

export interface ScanState {
  text: string;
  tokens: FigureToken[];
  lex: FigureLexicon;
  ctx: FigureContext;
  /** Non-zero where the token overlaps an entity span (read as a flag; the same array as entityEnd). */
  inEntity: readonly number[];
  /** For a token that overlaps an entity span, the span's end offset (never 0); else 0. */
  entityEnd: readonly number[];
  /** What ctx.articleDate gave, once asked (see referenceDate). */
  articleDate: { date: string | undefined } | undefined;
  /** The reference date's day number (days since 1970-01-01; null: none), once a relative date asks (relative.ts refDay). */
  refDay: number | null | undefined;
}

/** The reference date: the caller's, else ctx.articleDate's, asked on first need only. */
export function referenceDate(s: ScanState): string | undefined {
  const ctx = s.ctx;
  if (ctx.refDate !== undefined || ctx.articleDate === undefined) return ctx.refDate;
  return (s.articleDate ??= { date: ctx.articleDate() }).date;
}

const LETTER_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;
// Per UTF-16 unit, what LETTER_WORD reads it as: 0 not seen yet, then one of these (a regex per token was
// a hot path of the readers; a surrogate leaves the word to the regex, which reads code points).
const LETTER_UNIT = 1, INNER_UNIT = 2, OTHER_UNIT = 3, SURROGATE_UNIT = 4;
const letterUnits = new Uint8Array(0x10000);

function letterUnitKind(code: number): number {
  let kind = letterUnits[code];
  if (kind === 0) {
    const c = String.fromCharCode(code);
    kind = code >= 0xd800 && code <= 0xdfff ? SURROGATE_UNIT : /\p{L}/u.test(c) ? LETTER_UNIT : /[\p{M}'’-]/u.test(c) ? INNER_UNIT : OTHER_UNIT;
    letterUnits[code] = kind;
  }
  return kind;
}

/** True for a token that is a word of letters (hyphens and apostrophes allowed inside). */
export function isLetterWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const kind = letterUnitKind(text.charCodeAt(k));
    if (kind === LETTER_UNIT || (kind === INNER_UNIT && k > 0)) continue;
    return kind === SURROGATE_UNIT ? LETTER_WORD.test(text) : false;
  }
  return true;
}

// Per UTF-16 unit: 1 a capital, 2 not, 0 not seen yet (the case mappings made strings at every call).
const capitalUnits = new Uint8Array(0x10000);

/** True when the first character is a capital (changed by lower-casing, not by upper-casing). */
export function isCapitalized(text: string): boolean {
  if (text.length === 0) return false;
  const code = text.charCodeAt(0);
  let kind = capitalUnits[code];
  if (kind === 0) {
    const c = String.fromCharCode(code);
    kind = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : 2;
    capitalUnits[code] = kind;
  }
  return kind === 1;
}

/** True when token `i` starts a sentence or a line. */
export function atSentenceStart(s: ScanState, i: number): boolean {
  return i === 0 || s.tokens[i].lineStart || s.tokens[i - 1].sentence !== s.tokens[i].sentence ||
    (['«', '"', '“', '(', '-', '–', '—', ':'].includes(s.tokens[i - 1].text));
}
