// Numbers written in digits (1 234,5 / 1.234,5 / 1,234.5 / 11,6) or in words (vingt-neuf,
// quatre-vingt-dix-neuf, deux cents, twenty-nine, one hundred and five), read from the
// figure token stream. Each reader looks at each token once: linear in the text.
import { VULGAR_FRACTIONS } from './fractions';
import { WordClass, type FigureLexicon, type NumberWordKind } from './lexicon';
import type { FigureToken } from './stream';

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { ARTICLE_NUMBER, COLLECTIVE, FRACTION, FRACTION_HALF, HALF_PREFIX, NUMBER_JOINER, NUMBER_OPENER, ORDINAL_PART, UNIT } = WordClass;

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
  /** A scale already read with the number (demi-million, une centaine): the caller takes "de" and the noun after it. */
  scale?: number;
  /** A round count said approximately (une centaine, a few dozen is not one): about. */
  approx?: boolean;
  /** A slash fraction alone (3/4): before of, de, du, des it is a share in percent, like "trois quarts des". */
  share?: boolean;
}

/** Group spaces between thousands: space, no-break space, narrow no-break, thin, figure space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);

function singleGroupSpace(text: string, a: FigureToken, b: FigureToken): boolean {
  return b.start - a.end === 1 && GROUP_SPACES.has(text[a.end]);
}

/** A number in digits starting at token `i` (which must be a digit run), or null. */
/** ".5", ".25": a decimal written without its zero, the dot apart from any word or digit before it. */
function leadingDotDecimal(tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  const dot = tokens[i], run = tokens[i + 1], before = tokens[i - 1];
  if (!run || run.digits === 0 || run.spaceBefore || !(dot.spaceBefore || i === 0) || (before !== undefined && before.digits > 0)) return null;
  const after = tokens[i + 2];
  // ".99 cents" says 99 cents (a price tag), not a hundredth of them.
  if (after && lex.subunits.has(after.norm)) return null;
  // ".5.1" is a version, ".NET" no number.
  if (after && !after.spaceBefore && (after.text === '.' || after.text === ',') && tokens[i + 3]?.digits > 0) return null;
  return { value: Number(`0.${run.text}`), first: i, next: i + 2, digits: true, plain: null, articleOnly: false };
}

/** Scientific notation in one token: digits, e or E, a signed exponent of one or two digits (3e9, 2e6 of 1.2e6). */
const SCIENTIFIC = /^(\d+)[eE]([-+]?\d{1,2})$/;
/** Ten to a power written in superscript digits (10⁹, 10¹²). */
const TEN_SUPERSCRIPT = /^10([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number in scientific notation or a power at token i (3e9, 1.2e6, 2,5E-3, 10^9, 10⁹), or null: the decimal
 * separator of the language only, each part glued to the next.
 */
function readPower(tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  const first = tokens[i];
  const read = (value: number, next: number): NumberRead => ({ value, first: i, next, digits: true, plain: null, articleOnly: false });
  if (first.digits === 0) {
    const sci = SCIENTIFIC.exec(first.text);
    if (sci) return read(Number(first.text), i + 1);
    const sup = TEN_SUPERSCRIPT.exec(first.text);
    return sup ? read(10 ** Number([...sup[1]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('')), i + 1) : null;
  }
  const sep = tokens[i + 1], run = tokens[i + 2];
  if (!sep || sep.spaceBefore || !run || run.spaceBefore || first.digits !== first.text.length) return null;
  if (sep.text === '^') return run.digits > 0 && run.digits <= 2 && run.text.length === run.digits ? read(Number(first.text) ** Number(run.text), i + 3) : null;
  if (sep.text !== (lex.lang === 'fr' ? ',' : '.') || run.digits !== 0) return null;
  const sci = SCIENTIFIC.exec(run.text);
  return sci ? read(Number(`${first.text}.${sci[1]}e${sci[2]}`), i + 3) : null;
}

export function readDigits(text: string, tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  const first = tokens[i];
  if (first.digits === 0) {
    // "½ litre": a fraction character alone is its value (before de/of a share in percent, as 3/4).
    const alone = first.text.length === 1 ? VULGAR_FRACTIONS.get(first.text) : undefined;
    if (alone !== undefined) return { value: alone, first: i, next: i + 1, digits: true, plain: null, articleOnly: false, share: true };
    return first.text === '.' ? leadingDotDecimal(tokens, i, lex) : readPower(tokens, i, lex);
  }
  const sep = tokens[i + 1];
  const power = sep !== undefined && !sep.spaceBefore && (sep.text === '^' || sep.text === '.' || sep.text === ',') ? readPower(tokens, i, lex) : null;
  if (power) return power;
  // "2½": whole digits and a glued fraction character.
  const glued = tokens[i + 1];
  const part = glued !== undefined && glued.glued && glued.text.length === 1 && first.digits === first.text.length ? VULGAR_FRACTIONS.get(glued.text) : undefined;
  if (part !== undefined) return { value: Number(first.text) + part, first: i, next: i + 2, digits: true, plain: null, articleOnly: false };
  let intPart = first.text;
  let j = i;
  // Thousands separated by apostrophes (Swiss usage): 1'234'567, 12’345; groups of three only.
  if (intPart.length <= 3) {
    while (j + 2 < tokens.length && (tokens[j + 1].text === "'" || tokens[j + 1].text === '’') && !tokens[j + 1].spaceBefore &&
      tokens[j + 2].digits === 3 && !tokens[j + 2].spaceBefore) {
      intPart += tokens[j + 2].text;
      j += 2;
    }
  }
  // Thousands separated by spaces: 1 234 567 (the first group has one to three digits).
  if (intPart.length <= 3 && j === i) {
    while (j + 1 < tokens.length && tokens[j + 1].digits === 3 &&
      singleGroupSpace(text, tokens[j], tokens[j + 1]) && !tokens[j + 1].glued) {
      intPart += tokens[j + 1].text;
      j++;
    }
  }
  const spaceGrouped = j > i;
  // Dots and commas glued between digit runs: the first separator and group apart, the arrays made at the
  // second only (most numbers have none, most others one: a decimal part).
  let sep0: string | null = null, group0 = '';
  let seps: string[] | null = null, groups: string[] | null = null;
  let k = j;
  while (k + 2 < tokens.length) {
    const sep = tokens[k + 1], run = tokens[k + 2];
    if ((sep.text !== '.' && sep.text !== ',') || sep.spaceBefore || run.spaceBefore || run.digits === 0) break;
    if (sep0 === null) {
      sep0 = sep.text;
      group0 = run.text;
    } else {
      if (seps === null || groups === null) {
        seps = [sep0];
        groups = [group0];
      }
      seps.push(sep.text);
      groups.push(run.text);
    }
    k += 2;
    // Only groups of three go on; any other group ends the number (a decimal part): linear time.
    if (run.digits !== 3) break;
  }
  let value: number;
  let last = j;
  if (sep0 === null) {
    value = Number(intPart);
  } else if (seps === null || groups === null) {
    // One separator: a decimal part, or a group of thousands.
    const couldBeThousands = group0.length === 3 && intPart.length <= 3 && intPart !== '0' && !spaceGrouped;
    // French writes a decimal comma and may group with dots; English the other way round.
    const thousands = couldBeThousands && (lex.lang === 'fr' ? sep0 === '.' : sep0 === ',');
    value = Number(thousands ? intPart + group0 : `${intPart}.${group0}`);
    last = j + 2;
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
    } else {
      // 1.234.567 or 1,234,567: thousands only.
      if (groups.every((g) => g.length === 3) && intPart.length <= 3 && !spaceGrouped) {
        value = Number(intPart + groups.join(''));
        last = k;
      } else {
        value = Number(intPart);
      }
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
function wordPartKind(part: string, lex: FigureLexicon): NumberWordKind | null {
  return lex.numberWordKinds.get(part) ?? null;
}

/** True when token `i` may open a number in words: its (first hyphenated) part is a unit, ten, hundred or thousand. */
export function opensNumberWords(tokens: FigureToken[], i: number, lex: FigureLexicon): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.hyphen < 0) return (t.cls & NUMBER_OPENER) !== 0;
  const kind = lex.numberWordKinds.get(t.norm.slice(0, t.hyphen));
  return kind !== undefined && kind !== 'joiner';
}

/** A number in words starting at token `i` (vingt-neuf, deux cents, one hundred and five), or null. */
export function readWords(tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  const t = tokens[i];
  // "a hundred people", "a thousand and one": the article counts one hundred, one thousand.
  if (t !== undefined && (t.cls & ARTICLE_NUMBER) !== 0 && (t.cls & UNIT) === 0) {
    const after = tokens[i + 1];
    const kind = after !== undefined && after.spaceBefore && after.hyphen < 0 ? lex.numberWordKinds.get(after.norm) : undefined;
    if (kind !== 'hundred' && kind !== 'thousand') return null;
    const read = readWords(tokens, i + 1, lex);
    return read && !read.ordinal ? { ...read, first: i } : null;
  }
  // Most tokens read here are other words: the first part decides (an ordinal ends a compound, never opens one).
  if (!opensNumberWords(tokens, i, lex)) return null;
  // "a few hundred", "plusieurs mille": no count the text gives.
  if (i > 0 && lex.vagueCounts.has(tokens[i - 1].norm) && tokens[i].hyphen < 0) {
    const kind = lex.numberWordKinds.get(tokens[i].norm);
    if (kind === 'hundred' || kind === 'thousand') return null;
  }
  let total = 0;
  let current = 0;
  let words = 0;
  let j = i;
  let lastPart = '';
  let ok = false;
  let afterJoiner = false;
  let ordinal = false;
  // English years said in pairs (nineteen ninety-nine, twenty twenty-five): the first pair, once read.
  let pairHigh = -1;
  for (; j < tokens.length; j++) {
    const tok = tokens[j];
    if (j > i && !tok.spaceBefore) break;
    // A token goes on the number only if its first part is a number word or a joiner, or if it
    // is one ordinal part (unième, first): the common end of a number is found without splitting.
    if (tok.hyphen < 0 ? (tok.cls & (NUMBER_OPENER | NUMBER_JOINER | ORDINAL_PART)) === 0
      : !lex.numberWordKinds.has(tok.norm.slice(0, tok.hyphen))) break;
    const parts = tok.hyphen >= 0 ? tok.norm.split('-') : [tok.norm];
    // An ordinal word ends a compound: trente-deuxième, vingt et unième, deux cent troisième,
    // twenty-first, one hundred and first, three hundredth. Alone it is read as an ordinal elsewhere.
    const ordinalCardinal = ordinalCardinalOf(parts, words, afterJoiner, lastPart, tokens, i, j, lex);
    if (ordinalCardinal !== undefined) parts[parts.length - 1] = ordinalCardinal;
    const kinds: (NumberWordKind | null)[] = [];
    for (const part of parts) kinds.push(wordPartKind(part, lex));
    if (kinds.includes(null)) break;
    // A joiner token ("et", "and") must sit between number words: after a hundred or a thousand
    // (one hundred and five, mille et un) or between a ten and a unit (vingt et un), not between
    // two counts ("two and three quarters").
    if (parts.length === 1 && kinds[0] === 'joiner') {
      if (words === 0 || j + 1 >= tokens.length) break;
      const previous = wordPartKind(lastPart, lex);
      if (previous !== 'hundred' && previous !== 'thousand' && !(previous === 'ten' && lex.units.has(lex.ordinalParts.get(tokens[j + 1].norm) ?? tokens[j + 1].norm))) break;
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
    // "nine ninety-nine", "five fifty": a ten never follows a lone unit (two numbers, a price said short), but quatre-vingt(s).
    const lone = current % 100;
    if (kinds[0] === 'ten' && words > 0 && lone >= 1 && lone <= 9 && !(lone === 4 && lex.tens.get(parts[0]) === 20)) break;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p], kind = kinds[p];
      if (kind === 'joiner') continue;
      if (kind === 'unit') {
        current += lex.units.get(part)!;
      } else if (kind === 'ten') {
        // quatre-vingt(s): four twenties.
        const v = lex.tens.get(part)!;
        if (v === 20 && current % 100 === 4 && lastPart !== '') current += 76;
        else if (p === 0 && lex.lang === 'en' && total === 0 && current >= 10 && current < 100 && pairHigh < 0 && !afterJoiner) {
          // "nineteen ninety": a ten after a count of ten or more starts the second pair of a year.
          pairHigh = current;
          current = v;
        } else current += v;
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
    value: pairHigh >= 0 ? pairHigh * 100 + current : total + current,
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

/** Denominators a slash fraction may have (3/4, 1/2, 7/10); others are ratios, dates or codes (9/11, 24/7). */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16]);

/**
 * What completes a number just read, in the order a writer puts it: a decimal part in words
 * (two point five, deux virgule vingt-cinq), a slash fraction (3/4, and 3 1/2 after an integer),
 * "and a half" (three and a half, trois et demi). Returns the number unchanged when none follows.
 */
export function extendNumber(tokens: FigureToken[], num: NumberRead, lex: FigureLexicon): NumberRead {
  if (num.digits) {
    if (num.plain === null) return num;
    const before = tokens[num.first - 1];
    if (before && !tokens[num.first].spaceBefore && (before.text === '/' || before.text === '.' || before.text === ',')) return num;
    // 3/4 alone only before a word or a percent (3/4 of, 3/4 cup, 1/2 %), and not in parentheses:
    // "(3/8)", "3/8 dont 3 penalties" after a player's name are shots made and taken.
    const own = slashFractionAt(tokens, num.first);
    const after = own ? tokens[own.next] : undefined;
    // Before de or of, a determiner must follow (3/4 of the staff): "1/4 de finale" is a round's name.
    const linked = after && (after.norm === 'de' || after.norm === "d'" || after.norm === 'of') ? tokens[own!.next + 1] : undefined;
    // English may name the whole with a plural noun (2/3 of respondents).
    const whole = linked !== undefined && (lex.fractionDeterminers.has(linked.norm) ||
      (after!.norm === 'of' && linked.norm.length > 3 && linked.norm.endsWith('s') && /^\p{Ll}/u.test(linked.text)));
    if (own && after && after.spaceBefore && (after.text === '%' || /^\p{Ll}/u.test(after.text)) && !lex.fractionNotBefore.has(after.norm) &&
      before?.text !== '(' && (linked === undefined || whole)) {
      return { ...num, value: own.value, next: own.next, plain: null, share: true };
    }
    // 3 1/2: an integer, a space, a proper fraction.
    const mixed = tokens[num.next]?.spaceBefore ? slashFractionAt(tokens, num.next) : null;
    if (mixed) return { ...num, value: num.value + mixed.value, next: mixed.next, plain: null };
    const half = halfAfter(tokens, num.next, lex);
    if (half !== null) return { ...num, value: num.value + 0.5, next: half, plain: null };
    return num;
  }
  let out = num;
  const point = tokens[num.next];
  if (point && point.spaceBefore && lex.decimalPoints.has(point.norm) && !num.ordinal) {
    const decimals = decimalWordsAt(tokens, num.next + 1, lex);
    if (decimals) out = { ...num, value: Number(`${num.value}.${decimals.digits}`), next: decimals.next, articleOnly: false };
  }
  if (out === num && !num.ordinal) {
    const half = halfAfter(tokens, num.next, lex);
    if (half !== null) out = { ...num, value: num.value + 0.5, next: half, articleOnly: false };
  }
  // "one and a quarter hours": "one" is a number there, "a" alone never.
  if (out === num && !num.ordinal && (!num.articleOnly || (tokens[num.first].cls & UNIT) !== 0)) {
    const part = fractionAfter(tokens, num.next, lex);
    if (part !== null) out = { ...num, value: num.value + part.value, next: part.next, articleOnly: false };
  }
  return out;
}

/** "and three quarters", "et deux tiers" at token k: a proper fraction in words added to a whole number. */
function fractionAfter(tokens: FigureToken[], k: number, lex: FigureLexicon): { value: number; next: number } | null {
  const t = tokens[k], n = tokens[k + 1], d = tokens[k + 2];
  if (!t || !n || !d || !t.spaceBefore || !n.spaceBefore || !d.spaceBefore || !lex.numberJoiners.has(t.norm)) return null;
  const numerator = lex.units.get(n.norm) ?? ((n.cls & ARTICLE_NUMBER) !== 0 ? 1 : undefined);
  const denominator = (d.cls & FRACTION) !== 0 && (d.cls & FRACTION_HALF) === 0 ? lex.fractions.get(d.norm) : undefined;
  if (numerator === undefined || denominator === undefined || numerator >= denominator || (numerator > 1) !== d.norm.endsWith('s')) return null;
  return { value: numerator / denominator, next: k + 3 };
}

/** A proper fraction n/d in digits at token i (no date: a third part or a dot after it ends it). */
function slashFractionAt(tokens: FigureToken[], i: number): { value: number; next: number } | null {
  const a = tokens[i], slash = tokens[i + 1], b = tokens[i + 2];
  if (!a || !slash || !b || a.digits === 0 || slash.text !== '/' || slash.spaceBefore || b.spaceBefore || b.digits === 0) return null;
  const after = tokens[i + 3];
  if (after && !after.spaceBefore && (after.text === '/' || after.digits > 0 || ((after.text === '.' || after.text === ',') && (tokens[i + 4]?.digits ?? 0) > 0 && !tokens[i + 4].spaceBefore))) return null;
  const n = Number(a.text), d = Number(b.text);
  if (n < 1 || d < 2 || n >= d || !SLASH_DENOMINATORS.has(d) || a.text.length > 2 || b.text.length > 2) return null;
  return { value: n / d, next: i + 3 };
}

/** The digits after a decimal point said in words: "cinq" -> 5, "two five" -> 25, "vingt-cinq" -> 25. */
function decimalWordsAt(tokens: FigureToken[], j: number, lex: FigureLexicon): { digits: string; next: number } | null {
  let digits = '';
  let k = j;
  while (k < tokens.length && tokens[k].spaceBefore) {
    const v = lex.units.get(tokens[k].norm);
    if (v === undefined || v > 9 || lex.articleNumbers.has(tokens[k].norm) && k > j) break;
    digits += String(v);
    k++;
  }
  if (digits.length > 1 || (digits.length === 1 && !(k < tokens.length && tokens[k].spaceBefore && lex.tens.has(tokens[k].norm)))) {
    if (digits.length === 1 && lex.articleNumbers.has(tokens[j].norm) && tokens[j].norm !== 'un' && tokens[j].norm !== 'one') return null;
    return { digits, next: k };
  }
  // deux virgule vingt-cinq: one number in words, read as the digits after the point.
  const w = readWords(tokens, j, lex);
  if (!w || w.ordinal || w.articleOnly || w.value >= 1000 || !Number.isInteger(w.value)) return null;
  return { digits: String(w.value), next: w.next };
}

/** "and a half", "et demi", "et demie" at token k: the index after it, or null. */
export function halfAfter(tokens: FigureToken[], k: number, lex: FigureLexicon): number | null {
  const t = tokens[k];
  if (!t || !t.spaceBefore || !lex.numberJoiners.has(t.norm)) return null;
  let m = k + 1;
  if (tokens[m] && (tokens[m].cls & ARTICLE_NUMBER) !== 0 && (tokens[m].cls & UNIT) === 0) m++;
  const h = tokens[m];
  if (!h || !h.spaceBefore || !lex.halfAfterJoiner.has(h.norm)) return null;
  // "a half" needs its article in English, "demi" has none in French.
  if ((m === k + 1) !== (lex.lang === 'fr')) return null;
  return m + 1;
}

/** After a unit of time at k: "et quart" (French), "and a quarter" (English): the index after it, or null. */
export function quarterAfter(tokens: FigureToken[], k: number, lex: FigureLexicon): number | null {
  const t = tokens[k];
  if (!t || !t.spaceBefore || !lex.numberJoiners.has(t.norm)) return null;
  const m = lex.lang === 'fr' ? k + 1 : k + 2;
  if (lex.lang === 'en' && tokens[k + 1]?.norm !== 'a') return null;
  const q = tokens[m];
  return q && q.spaceBefore && q.norm === 'quart' || q?.norm === 'quarter' ? m + 1 : null;
}

/**
 * A part of a scale or a collective count in words: half a million, a quarter of a billion,
 * three quarters of a million, un demi-million, un quart de milliard, une demi-douzaine,
 * une centaine (about 100), deux douzaines, a dozen. The value is the count before the scale;
 * `scale` holds the scale, and `next` is after the scale word.
 */
export function readScaledWords(tokens: FigureToken[], i: number, lex: FigureLexicon): NumberRead | null {
  let j = i;
  let count = 1;
  let counted = false;
  const t = tokens[i];
  const digitCount = t.digits > 0 && t.digits <= 3 ? Number(t.text) : undefined;
  if (digitCount !== undefined || (t.cls & (UNIT | ARTICLE_NUMBER)) !== 0) {
    count = digitCount ?? lex.units.get(t.norm) ?? 1;
    counted = true;
    j++;
    if (!tokens[j] || !tokens[j].spaceBefore) return null;
    // "une petite centaine", "a good dozen": an adjective of size before the collective.
    if (digitCount === undefined && lex.collectiveAdjectives.has(tokens[j].norm) && ((tokens[j + 1]?.cls ?? 0) & COLLECTIVE) !== 0 && tokens[j + 1].spaceBefore) j++;
  }
  const w = tokens[j];
  if (!w) return null;
  // une centaine, deux douzaines, a dozen: a collective; the plural needs a count of two or more.
  const collective = (w.cls & COLLECTIVE) !== 0 ? lex.collectiveNumbers.get(w.norm) : undefined;
  if (collective !== undefined) {
    if (!counted || (lex.exactCollectives.has(w.norm) ? false : digitCount !== undefined)) return null;
    // "a couple of analysts": only after an article and before "of" ("the couple", "two couples" are people).
    if (lex.collectivesNeedingOf.has(w.norm) && (!lex.articleNumbers.has(t.norm) || lex.units.has(t.norm) || tokens[j + 1]?.norm !== 'of')) return null;
    const plural = w.norm.endsWith('s');
    if (plural !== count >= 2 && !(lex.lang === 'en' && count >= 2)) return null;
    const read: NumberRead = { value: count, first: i, next: j + 1, digits: false, plain: null, articleOnly: false, scale: collective };
    if (!lex.exactCollectives.has(w.norm)) read.approx = true;
    return read;
  }
  if (digitCount !== undefined) return null;
  // un demi-million, une demi-douzaine, a half-dozen.
  const hyphen = w.hyphen;
  if (hyphen > 0 && lex.halfWordPrefixes.has(w.norm.slice(0, hyphen))) {
    const scale = scaleWordValue(w.norm.slice(hyphen + 1), lex);
    if (scale === undefined) return null;
    return { value: count / 2, first: i, next: j + 1, digits: false, plain: null, articleOnly: false, scale };
  }
  // half a million, a quarter of a billion, un quart de milliard, demi milliard, three-quarters of a percent.
  let denominator = (w.cls & HALF_PREFIX) !== 0 ? 2 : (w.cls & FRACTION) !== 0 ? lex.fractions.get(w.norm) : undefined;
  if (hyphen > 0 && !counted) {
    const numerator = lex.units.get(w.norm.slice(0, hyphen));
    denominator = lex.fractions.get(w.norm.slice(hyphen + 1));
    if (numerator === undefined || denominator === undefined) return null;
    count = numerator;
    counted = true;
  }
  if (denominator === undefined || (w.cls & FRACTION_HALF) !== 0 && counted && lex.lang === 'fr') return null;
  if (!counted && (w.cls & HALF_PREFIX) === 0) return null;
  let k = j + 1;
  if (tokens[k] && ['of', 'de', "d'"].includes(tokens[k].norm)) k++;
  if (tokens[k] && lex.lang === 'en' && (tokens[k].norm === 'a' || tokens[k].norm === 'an')) k++;
  const s = tokens[k];
  if (!s || (!s.spaceBefore && !tokens[k - 1].norm.endsWith("'"))) return null;
  const scale = scaleWordValue(s.norm, lex);
  // half a percentage point, un demi pour cent: the percent reader takes the rest.
  if (scale === undefined && lex.percentWords.longestBy(k, (m) => tokens[m]?.norm)) {
    return { value: count / denominator, first: i, next: k, digits: false, plain: null, articleOnly: false };
  }
  if (scale === undefined || s.norm.endsWith('s') && count < 2) return null;
  return { value: count / denominator, first: i, next: k + 1, digits: false, plain: null, articleOnly: false, scale };
}

/** million, milliard, billion, dozen, douzaine (singular), or undefined. */
function scaleWordValue(norm: string, lex: FigureLexicon): number | undefined {
  return lex.scales.get(norm) ?? (lex.exactCollectives.has(norm) ? lex.collectiveNumbers.get(norm) : undefined);
}
