// The token stream the figure grammar reads: the shared tokenizer's tokens, normalized, with
// digit runs split from the few suffixes the grammar understands (10M€, 1er, 2e, 3rd, 5km),
// and a sentence number on every token. Digits glued to any other letters (3D, G7, 5G) stay
// one token, which the grammar never reads as a figure.
import { tokenize } from '../text/tokenize';
import { normalizeToken, type FigureLexicon } from './lexicon';

export interface FigureToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, straight apostrophes. */
  norm: string;
  spaceBefore: boolean;
  lineStart: boolean;
  /** A suffix split from the digits right before it (the "er" of "1er", the "M" of "10M"). */
  glued: boolean;
  /** Index of the sentence (or line) the token belongs to. */
  sentence: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
const AM_PM = new Set(['am', 'pm']);

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Length of the leading ASCII digit run of `s`. */
function digitPrefix(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

export function figureTokens(text: string, lex: FigureLexicon): FigureToken[] {
  const gluedSuffixes = new Set<string>([
    ...lex.scaleAbbreviations.keys(),
    ...lex.ordinalSuffixes,
    ...lex.measureUnits.keys(),
    ...AM_PM,
    'h',
  ]);
  const out: FigureToken[] = [];
  let sentence = 0;
  let previous: FigureToken | undefined;
  let endPending = false; // a sentence-ending mark was read; the sentence ends if a space follows
  for (const t of tokenize(text)) {
    if (out.length > 0 && (t.lineStart || (endPending && t.spaceBefore))) sentence++;
    endPending = false;
    const base = { spaceBefore: t.spaceBefore, lineStart: t.lineStart, glued: false, sentence };
    const digits = digitPrefix(t.text);
    const suffix = t.text.slice(digits);
    const suffixNorm = normalizeToken(suffix);
    // "11:416/03/2025": a clock time keeps two digits of minutes; the rest starts a new figure.
    if (digits === t.text.length && digits > 2 && previous?.text === ':' && !t.spaceBefore && !previous.spaceBefore &&
        out.length >= 2 && isDigits(out[out.length - 2].text) && out[out.length - 2].text.length <= 2) {
      out.push({ ...base, start: t.start, end: t.start + 2, text: t.text.slice(0, 2), norm: t.text.slice(0, 2) });
      out.push({ ...base, start: t.start + 2, end: t.end, text: t.text.slice(2), norm: t.text.slice(2), spaceBefore: false, lineStart: false });
    } else if (digits > 0 && digits < t.text.length && gluedSuffixes.has(suffixNorm) && /^[\p{L}²°/]+$/u.test(suffix) &&
        (suffix.length > 1 || suffix === suffixNorm || suffix === 'M' || suffix === 'K' || suffix === 'B')) {
      out.push({ ...base, start: t.start, end: t.start + digits, text: t.text.slice(0, digits), norm: t.text.slice(0, digits) });
      out.push({ ...base, start: t.start + digits, end: t.end, text: suffix, norm: suffixNorm, spaceBefore: false, lineStart: false, glued: true });
    } else {
      out.push({ ...base, start: t.start, end: t.end, text: t.text, norm: normalizeToken(t.text) });
    }
    previous = out[out.length - 1];
    if (SENTENCE_END.has(t.text)) endPending = true;
  }
  return out;
}

export { isDigits };
