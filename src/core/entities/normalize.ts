// Name normalization shared by the gazetteer, the rules and the linker.

/** The canonical id of a name: lower-kebab-case ASCII, accents stripped (Corée du Sud -> coree-du-sud). */
export function kebab(name: string): string {
  const folded = isAscii(name) ? name : foldLetters(name);
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

// Regexes with \p{...} are module constants: the bundler turns such a literal into a
// `new RegExp` call, which inside a function would build it on every call.
const MARKS = /\p{M}/gu;
const WORD_INITIAL = /(^|[-'’\s])(\p{L})/gu;

/** Accents stripped and the letters NFD keeps whole spelled in ASCII (Ø -> o, Œ -> oe). */
function foldLetters(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe');
}

const LIGATURES = /[\ufb00-\ufb06]/;

/** A word's first letter with an accent French writes, either case. */
const ACCENTED_INITIAL = /(^|[\s'’-])([àâäçéèêëîïôöùûüÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ])/gu;

/** The phrase with each word's first letter unaccented, as a capital often loses its accent (École -> Ecole,
 * secrétaire d'état -> secrétaire d'etat, written Secrétaire d'Etat). */
export function withPlainInitials(phrase: string): string {
  return phrase.replace(ACCENTED_INITIAL, (_, before: string, c: string) => before + c.normalize('NFD').charAt(0));
}

/** The trie key of a token: apostrophes and hyphens unified, case kept. */
export function tokenKey(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2019 || c === 0x2bc || c === 0x2011 || c === 0x17f || (c >= 0xfb00 && c <= 0xfb06)) plain = false;
  }
  if (plain) return text;
  let out = text;
  // Old print and OCR: the long s (ſ) and the ligatures ﬁ ﬂ are their plain letters.
  if (out.includes('ſ')) out = out.replace(/ſ/g, 's');
  if (LIGATURES.test(out)) out = out.normalize('NFKC');
  if (out.includes('’') || out.includes('ʼ')) out = out.replace(/[’ʼ]/g, "'");
  if (out.includes('‑')) out = out.replace(/‑/g, '-');
  return out;
}

/** Title case for a name written in capitals (RETAMAL -> Retamal, LE DRIAN -> Le Drian). */
export function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(WORD_INITIAL, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Letter case of each UTF-16 code unit, filled on first sight: a typed-array read instead of a
// Unicode property regex per character. Surrogates are never cased here (see hasLower).
const CASE_UNSEEN = 0;
const CASE_UPPER = 1;
const CASE_LOWER = 2;
const CASE_NONE = 3;
const caseTable = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let c = caseTable[code];
  if (c === CASE_UNSEEN) {
    const ch = String.fromCharCode(code);
    c = UPPER.test(ch) ? CASE_UPPER : LOWER.test(ch) ? CASE_LOWER : CASE_NONE;
    caseTable[code] = c;
  }
  return c;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** The first character is a lower-case letter. */
export function startsLower(word: string): boolean {
  return word.length > 0 && caseOf(word.charCodeAt(0)) === CASE_LOWER;
}

export function isCapitalized(word: string): boolean {
  return word.length > 0 && caseOf(word.charCodeAt(0)) === CASE_UPPER;
}

/** Case flags of a word (of word.slice(start, end)): bit 1 = has an upper-case letter, bit 2 = has a lower-case letter. */
function casesIn(word: string, start = 0, end = word.length): number {
  let cases = 0;
  for (let i = start; i < end; i++) {
    const code = word.charCodeAt(i);
    if (isSurrogate(code)) {
      const part = start === 0 && end === word.length ? word : word.slice(start, end);
      return (UPPER.test(part) ? 1 : 0) | (LOWER.test(part) ? 2 : 0);
    }
    const c = caseOf(code);
    if (c === CASE_UPPER) cases |= 1;
    else if (c === CASE_LOWER) cases |= 2;
  }
  return cases;
}

export function isAllCaps(word: string): boolean {
  return casesIn(word) === 1;
}

/** True when some space-separated word of `text` longer than `minLength` is in capitals (isAllCaps). */
export function hasWordInCapitals(text: string, minLength: number): boolean {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start > minLength && casesIn(text, start, end) === 1) return true;
    start = end + 1;
  }
  return false;
}

export function hasLower(word: string): boolean {
  return (casesIn(word) & 2) !== 0;
}
