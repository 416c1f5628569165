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
  /** ISO code of a bare "dollar(s)". */
  defaultDollar: string;
  /**
   * Spans of the entity names already found (sorted or not). A figure never runs into a
   * name: the noun of "deux modèles Qwen" stops before "Qwen", digits inside names are skipped.
   */
  entitySpans?: { start: number; end: number }[];
  /** The text's tokens from tokenize(text), when the caller has them already. */
  tokens?: Token[];
}

export interface ScanState {
  text: string;
  tokens: FigureToken[];
  lex: FigureLexicon;
  ctx: FigureContext;
  /** Non-zero where the token overlaps an entity span (read as a flag; the same array as entityEnd). */
  inEntity: Int32Array;
  /** For a token that overlaps an entity span, the span's end offset (never 0); else 0. */
  entityEnd: Int32Array;
}

/** True for a token that is a word of letters (hyphens and apostrophes allowed inside). */
export function isLetterWord(text: string): boolean {
  return /^\p{L}[\p{L}\p{M}'’-]*$/u.test(text);
}

export function isCapitalized(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when token `i` starts a sentence or a line. */
export function atSentenceStart(s: ScanState, i: number): boolean {
  return i === 0 || s.tokens[i].lineStart || s.tokens[i - 1].sentence !== s.tokens[i].sentence ||
    (['«', '"', '“', '(', '-', '–', '—', ':'].includes(s.tokens[i - 1].text));
}
