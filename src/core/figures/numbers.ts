// Numbers written in digits (1 234,5 / 1.234,5 / 1,234.5 / 11,6) or in words (vingt-neuf,
// quatre-vingt-dix-neuf, deux cents, twenty-nine, one hundred and five), read from the
// figure token stream. Each reader looks at each token once: linear in the text.
import type { FigureLexicon } from './lexicon';
import { isDigits, type FigureToken } from './stream';

export interface NumberRead {
  value: number;
  /** Index of the first token of the number and one past its last. */
  first: number;
  next: number;
  /** Written in digits (with separators or not). */
  digits: boolean;
  /** A run of digits with no separator at all (a year candidate), else null. */
  plain: string | null;
  /** "un", "une", "one", "a" alone: an article unless a scale, fraction or unit follows. */
  articleOnly: boolean;
  /** Words ending in an ordinal (vingt et unième, twenty-first): a rank, not a count. */
  ordinal?: boolean;
}

/** Group spaces between thousands: space, no-break space, narrow no-break, thin, figure space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);

function singleGroupSpace(text: string, a: FigureToken, b: FigureToken): boolean {
  return b.start - a.end === 1 && GROUP_SPACES.has(text[a.end]);
}

/** A number in digits starting at token `i` (which must be a digit run), or null. */
export function readDigits(text: string, tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  const first = tokens[i];
  if (!isDigits(first.text)) return null;
  let intPart = first.text;
  let j = i;
  // Thousands separated by spaces: 1 234 567 (the first group has one to three digits).
  if (intPart.length <= 3) {
    while (j + 1 < tokens.length && tokens[j + 1].text.length === 3 && isDigits(tokens[j + 1].text) &&
      singleGroupSpace(text, tokens[j], tokens[j + 1]) && !tokens[j + 1].glued) {
      intPart += tokens[j + 1].text;
      j++;
    }
  }
  const spaceGrouped = j > i;
  // Dots and commas glued between digit runs.
  const seps: string[] = [];
  const groups: string[] = [];
  let k = j;
  while (k + 2 < tokens.length) {
    const sep = tokens[k + 1], digits = tokens[k + 2];
    if ((sep.text !== '.' && sep.text !== ',') || sep.spaceBefore || digits.spaceBefore || !isDigits(digits.text)) break;
    seps.push(sep.text);
    groups.push(digits.text);
    k += 2;
    // Only groups of three go on; any other group ends the number (a decimal part): linear time.
    if (digits.text.length !== 3) break;
  }
  let value: number;
  let last = j;
  if (seps.length === 0) {
    value = Number(intPart);
  } else {
    const hasDot = seps.includes('.'), hasComma = seps.includes(',');
    if (hasDot && hasComma) {
      // 1.234,5 or 1,234.5: the last separator is the decimal one.
      const decimalSep = seps[seps.length - 1];
      let ok = true;
      for (let g = 0; g < groups.length - 1; g++) if (seps[g] === decimalSep || groups[g].length !== 3) ok = false;
      if (ok && intPart.length <= 3 && !spaceGrouped) {
        value = Number(intPart + groups.slice(0, -1).join('') + '.' + groups[groups.length - 1]);
        last = k;
      } else {
        value = Number(intPart);
      }
    } else if (seps.length > 1) {
      // 1.234.567 or 1,234,567: thousands only.
      if (groups.every((g) => g.length === 3) && intPart.length <= 3 && !spaceGrouped) {
        value = Number(intPart + groups.join(''));
        last = k;
      } else {
        value = Number(intPart);
      }
    } else {
      const sep = seps[0], group = groups[0];
      const couldBeThousands = group.length === 3 && intPart.length <= 3 && intPart !== '0' && !spaceGrouped;
      // French writes a decimal comma and may group with dots; English the other way round.
      const thousands = couldBeThousands && (lex.lang === 'fr' ? sep === '.' : sep === ',');
      value = Number(thousands ? intPart + group : `${intPart}.${group}`);
      last = j + 2;
    }
  }
  return {
    value,
    first: i,
    next: last + 1,
    digits: true,
    plain: !spaceGrouped && last === i ? first.text : null,
    articleOnly: false,
  };
}

/** The value of one number word part ("vingt", "neuf"), for the word reader. */
function wordPartKind(part: string, lex: FigureLexicon): 'unit' | 'ten' | 'hundred' | 'thousand' | 'joiner' | null {
  if (lex.units.has(part)) return 'unit';
  if (lex.tens.has(part)) return 'ten';
  if (lex.hundred.has(part)) return 'hundred';
  if (lex.thousand.has(part)) return 'thousand';
  if (lex.numberJoiners.has(part)) return 'joiner';
  return null;
}

/** A number in words starting at token `i` (vingt-neuf, deux cents, one hundred and five), or null. */
export function readWords(tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  let total = 0;
  let current = 0;
  let words = 0;
  let j = i;
  let lastPart = '';
  let ok = false;
  let afterJoiner = false;
  let ordinal = false;
  for (; j < tokens.length; j++) {
    const tok = tokens[j];
    if (j > i && !tok.spaceBefore) break;
    const parts = tok.norm.includes('-') ? tok.norm.split('-') : [tok.norm];
    // An ordinal word ends a compound: trente-deuxième, vingt et unième, deux cent troisième,
    // twenty-first, one hundred and first, three hundredth. Alone it is read as an ordinal elsewhere.
    const ordinalCardinal = ordinalCardinalOf(parts, words, afterJoiner, lastPart, tokens, i, j, lex);
    if (ordinalCardinal !== undefined) parts[parts.length - 1] = ordinalCardinal;
    const kinds = parts.map((p) => wordPartKind(p, lex));
    if (kinds.some((k) => k === null)) break;
    // A joiner token ("et", "and") must sit between number words.
    if (parts.length === 1 && kinds[0] === 'joiner') {
      if (words === 0 || j + 1 >= tokens.length) break;
      const nextParts = tokens[j + 1].norm.split('-');
      const last = nextParts.length - 1;
      if (!nextParts.every((p, n) => {
        const k = wordPartKind(n === last ? lex.ordinalParts.get(p) ?? p : p, lex);
        return k !== null && k !== 'joiner';
      })) break;
      afterJoiner = true;
      continue;
    }
    if (kinds[0] === 'joiner') break;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p], kind = kinds[p];
      if (kind === 'joiner') continue;
      if (kind === 'unit') {
        current += lex.units.get(part)!;
      } else if (kind === 'ten') {
        // quatre-vingt(s): four twenties.
        const v = lex.tens.get(part)!;
        if (v === 20 && current % 100 === 4 && lastPart !== '') current += 76;
        else current += v;
      } else if (kind === 'hundred') {
        current = (current === 0 ? 1 : current) * 100;
      } else if (kind === 'thousand') {
        total += (current === 0 ? 1 : current) * 1000;
        current = 0;
      }
      lastPart = part;
    }
    words++;
    ok = true;
    afterJoiner = false;
    if (ordinalCardinal !== undefined) {
      ordinal = true;
      j++;
      break;
    }
  }
  if (!ok) return null;
  const single = j === i + 1 ? tokens[i].norm : '';
  const read: NumberRead = {
    value: total + current,
    first: i,
    next: j,
    digits: false,
    plain: null,
    articleOnly: !ordinal && lex.articleNumbers.has(single),
  };
  if (ordinal) read.ordinal = true;
  return read;
}

/**
 * The cardinal word standing for the ordinal that ends a compound number at token j
 * (unième -> un, first -> one), or undefined when the token is no such end.
 */
function ordinalCardinalOf(parts: string[], words: number, afterJoiner: boolean, lastPart: string,
  tokens: FigureToken[], i: number, j: number, lex: FigureLexicon): string | undefined {
  const cardinal = lex.ordinalParts.get(parts[parts.length - 1]);
  if (cardinal === undefined) return undefined;
  if (parts.length > 1) return cardinal; // trente-deuxième, twenty-first
  if (words === 0) return undefined;
  if (afterJoiner) return cardinal; // vingt et unième, one hundred and first
  const previous = wordPartKind(lastPart, lex);
  if (previous === 'hundred' || previous === 'thousand') return cardinal; // deux cent troisième
  const big = wordPartKind(cardinal, lex);
  // trois centième, three hundredth; "un centième", "a hundredth" is a fraction.
  if ((big === 'hundred' || big === 'thousand') && !(j === i + 1 && lex.articleNumbers.has(tokens[i].norm))) return cardinal;
  return undefined;
}
