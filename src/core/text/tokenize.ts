// A single-pass tokenizer shared by the entity rules and the sequence tagger.
// Words are runs of letters, digits and marks, joined across inner hyphens (Moyen-Orient,
// Covid-19); a French elision keeps its apostrophe (l’, d’, qu’) and the word after it is
// a token of its own; every other non-space character is a token by itself.
// Linear in the text length: one forward scan, no regular expression over the whole text.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when white space (or the text start) comes right before the token. */
  spaceBefore: boolean;
  /** True when a line break lies between the previous token and this one. */
  lineStart: boolean;
  /** TOKEN_UPPER | TOKEN_LOWER | TOKEN_DIGIT: what kinds of characters the token holds, read during the scan. */
  flags: number;
}

/** Token.flags: the token holds an upper-case letter (Paris, iPhone, BABA). */
export const TOKEN_UPPER = 1;
/** Token.flags: the token holds a lower-case letter. */
export const TOKEN_LOWER = 2;
/** Token.flags: the token holds a digit. */
export const TOKEN_DIGIT = 4;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;
// French elided words: the apostrophe belongs to them (l’action -> l’ + action).
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

// Character classes of the Basic Multilingual Plane, looked up in a table filled on first
// sight: the Unicode property regexes cost far more than a typed-array read per character.
const UNSEEN = 0;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** Set on a class read from a surrogate pair: the character is two UTF-16 units long. */
const PAIR = 8;
// Kinds of word characters, shifted down into Token.flags (UPPER >> 4 === TOKEN_UPPER...).
const UPPER = 16;
const LOWER = 32;
const DIGIT = 64;
const KIND_SHIFT = 4;
const classTable = new Uint8Array(0x10000);
const UPPER_CHAR = /\p{Lu}|\p{Lt}/u;
const LOWER_CHAR = /\p{Ll}/u;
const DIGIT_CHAR = /\p{N}/u;

function classOf(code: number): number {
  let c = classTable[code];
  if (c === UNSEEN) {
    const ch = String.fromCharCode(code);
    if (WORD_CHAR.test(ch)) {
      c = WORD | (UPPER_CHAR.test(ch) ? UPPER : 0) | (LOWER_CHAR.test(ch) ? LOWER : 0) | (DIGIT_CHAR.test(ch) ? DIGIT : 0);
    } else {
      c = SPACE_CHAR.test(ch) || code === 0xfeff || code === 0x85 ? SPACE : OTHER;
    }
    classTable[code] = c;
  }
  return c;
}
// ASCII and Latin-1 are filled up front, so the scan of most text never takes the slow path.
for (let code = 0; code < 0x100; code++) classOf(code);

/** The class of the character (or surrogate pair) at i, ORed with PAIR for a pair. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return classTable[code] || classOf(code);
  if (i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? WORD | PAIR : OTHER | PAIR;
  }
  return classOf(code);
}

/** True for a character (or surrogate pair) that is part of a word. */
export function isWordChar(ch: string): boolean {
  return ch.length > 0 && (classAt(ch, 0) & 7) === WORD;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2011;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  let lineStart = true;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === SPACE) {
      if (isLineBreak(text.charCodeAt(i))) lineStart = true;
      spaceBefore = true;
      i += 1;
      continue;
    }
    const start = i;
    i += cls & PAIR ? 2 : 1;
    let kinds = cls;
    if ((cls & 7) === WORD) {
      while (i < n) {
        const c = classAt(text, i);
        if ((c & 7) === WORD) {
          kinds |= c;
          i += c & PAIR ? 2 : 1;
        } else if (c === OTHER && isHyphen(text.charCodeAt(i)) && i + 1 < n && (classAt(text, i + 1) & 7) === WORD) {
          i += 1; // an inner hyphen joins two word parts
        } else {
          break;
        }
      }
      // French elision: the apostrophe stays with the elided word.
      if (i + 1 < n && i - start <= MAX_ELISION_LENGTH && isApostrophe(text.charCodeAt(i)) && (classAt(text, i + 1) & 7) === WORD) {
        if (isElision(text, start, i)) i += 1;
      }
    }
    tokens.push({ start, end: i, text: text.slice(start, i), spaceBefore, lineStart, flags: (kinds >> KIND_SHIFT) & 7 });
    spaceBefore = false;
    lineStart = false;
  }
  return tokens;
}

const ELISIONS_BY_LENGTH: string[][] = [];
for (const e of ELISIONS) (ELISIONS_BY_LENGTH[e.length] ??= []).push(e);
const MAX_ELISION_LENGTH = ELISIONS_BY_LENGTH.length - 1;

/**
 * ELISIONS.has(text.slice(start, end).toLowerCase()) without making the two strings. The
 * elisions are ASCII lower case, and no character but A-Z lower-cases into a-z there (the
 * Kelvin sign gives k, which no elision holds).
 */
function isElision(text: string, start: number, end: number): boolean {
  const candidates = ELISIONS_BY_LENGTH[end - start];
  if (candidates === undefined) return false;
  for (const e of candidates) {
    let k = 0;
    while (k < e.length) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== e.charCodeAt(k)) break;
      k++;
    }
    if (k === e.length) return true;
  }
  return false;
}

/** The flags tokenize gives a token whose text is `text` (a function of the text alone). */
export function tokenFlags(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length;) {
    const c = classAt(text, i);
    // Hyphens and an elision apostrophe are OTHER: no kind bits, as in the scan.
    kinds |= c;
    i += c & PAIR ? 2 : 1;
  }
  return (kinds >> KIND_SHIFT) & 7;
}

/** The word shape used by rules and tagger features: Xxxx, XX, dd, x-x... (runs collapsed). */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
