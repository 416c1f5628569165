// A single-pass tokenizer shared by the entity rules and the sequence tagger.
// Words are runs of letters, digits and marks, joined across inner hyphens (Moyen-Orient,
// Covid-19); a French elision keeps its apostrophe (l’, d’, qu’) and the word after it is
// a token of its own; every other non-space character is a token by itself.
// Linear in the text length: one forward scan, no regular expression over the whole text.

import { firstEndingAfter } from './spans';

/** tokenize's tokens are ScannedToken objects whose spaceBefore, lineStart and flags are getters: copy one with makeToken, not a spread. */
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
  /**
   * The id of the token's text in the table of words seen (see internWord), -1 for none. Ids
   * are reused when the table is emptied: a cache indexed by id must check that the word it
   * holds there is the token's text (the same string object when it is, a cheap ===).
   */
  id: number;
}

// Beside the kinds (bits 0-2), a scanned token's two booleans, and its id above them: one number for four fields.
const SPACE_BEFORE_BIT = 8;
const LINE_START_BIT = 16;
const ID_SHIFT = 5;

/**
 * A token as tokenize makes it: spaceBefore, lineStart, flags and id packed in one number, read
 * through getters, so that a token takes four fields (56 bytes) instead of seven (80): tokens are
 * the largest of analyze()'s allocations, and each semi-space they fill is a scavenge (a pause).
 */
class ScannedToken implements Token {
  // Declared only: the constructor's stores make the object (no class-field definitions first).
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  declare private readonly bits: number;

  constructor(start: number, end: number, text: string, bits: number, id: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.bits = (id << ID_SHIFT) | bits;
  }

  /** Arithmetic shift: -1 (no id) comes back as -1. */
  get id(): number {
    return this.bits >> ID_SHIFT;
  }

  get spaceBefore(): boolean {
    return (this.bits & SPACE_BEFORE_BIT) !== 0;
  }

  get lineStart(): boolean {
    return (this.bits & LINE_START_BIT) !== 0;
  }

  get flags(): number {
    return this.bits & 7;
  }
}

/** A token made outside the scan (a part cut out of one), of the one class of tokenize's tokens, so that their readers see one shape. */
export function makeToken(start: number, end: number, text: string, spaceBefore: boolean, lineStart: boolean, flags: number, id: number): Token {
  return new ScannedToken(start, end, text, (spaceBefore ? SPACE_BEFORE_BIT : 0) | (lineStart ? LINE_START_BIT : 0) | (flags & 7), id);
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

// Character classes of the Basic Multilingual Plane, looked up in a table filled once at load
// (about 15 ms): the Unicode property regexes cost far more than a typed-array read per
// character. A table filled on first sight made the scan call out on a character first seen after
// the tokenizer was compiled; that threw the compiled tokenizer away, and the compiler's second
// try left internWord a call: the tokenizer ran 1.6x slower in about one process in three.
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
  const ch = String.fromCharCode(code);
  if (WORD_CHAR.test(ch)) return WORD | (UPPER_CHAR.test(ch) ? UPPER : 0) | (LOWER_CHAR.test(ch) ? LOWER : 0) | (DIGIT_CHAR.test(ch) ? DIGIT : 0);
  return SPACE_CHAR.test(ch) || code === 0xfeff || code === 0x85 ? SPACE : OTHER;
}

/** Fills classTable (in a function of its own: a loop at a module's top level has the whole module compiled). */
function fillClassTable(): void {
  for (let code = 0; code < 0x10000; code++) classTable[code] = classOf(code);
}
fillClassTable();

/** The class of the character (or surrogate pair) at i, ORed with PAIR for a pair. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return classTable[code];
  return pairClassAt(text, i);
}

/** The class at a high surrogate: of the pair it opens, or of the lone unit. */
function pairClassAt(text: string, i: number): number {
  if (i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? WORD | PAIR : OTHER | PAIR;
  }
  return classTable[text.charCodeAt(i)];
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

/** An apostrophe's code unit: straight, curly (’) or the letter apostrophe (ʼ), which the elisions and the possessive's split read alike. */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

// The words seen: each distinct token text is one string object, found by a hash of its
// characters (FNV-1a) without slicing the text first. Articles repeat their words, so most
// tokens cost no new string, and every layer's Map and Set lookups on a token's text hash a
// string whose hash V8 has kept from an earlier lookup; the entity rules and the tagger find
// their per-word data by the id. Bounded: emptied (ids reused) at the start of a text once it
// holds INTERN_LIMIT words.
const INTERN_LIMIT = 100_000;
// The table is open addressing over records of RECORD_INTS int32, the records themselves in the
// slots: the word's hash, its length, its id + 1 (0 = empty slot), then the offset of its code
// units in internedChars, or (a word of at most INLINE_UNITS units) the units themselves. A
// probe reads one record, one cache line, where the table is cold (in analyze, the other layers
// run between two texts' tokenizations); a collision reads the next record, mostly the same line.
const RECORD_INTS = 8;
const RECORD_SHIFT = 3;
/** Index of a record's first inline unit, counted in 16-bit units from the record's start. */
const INLINE_START = 6;
const INLINE_UNITS = 2 * RECORD_INTS - INLINE_START;
/** Slots of the empty table (a power of two); never more than half of them hold a word. */
const INTERN_SLOTS = 1 << 12;
let internRecords = new Int32Array(INTERN_SLOTS << RECORD_SHIFT);
/** internRecords read as 16-bit units (the same memory). */
let internUnits = new Uint16Array(internRecords.buffer);
const internedWords: string[] = [];
/** The code units of the longer words, end to end: the probe compares them without reading the string objects. */
let internedChars = new Uint16Array(1 << 14);
let internedCharsUsed = 0;
/** Longer tokens get no id (see tokenize). */
const MAX_INTERNED_LENGTH = 64;
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Ids + 1 of the one-character words by character code (0 = not seen). */
const SINGLE_CHAR_LIMIT = 0x2100;
const singleCharIds = new Int32Array(SINGLE_CHAR_LIMIT);

/** The id of text[start, end), whose FNV-1a hash is `hash`, in the table of words seen, added if new. */
function internWord(text: string, start: number, end: number, hash: number): number {
  const records = internRecords;
  const mask = (records.length >> RECORD_SHIFT) - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  const length = end - start;
  for (;;) {
    const record = slot << RECORD_SHIFT;
    if (records[record] === hash && records[record + 1] === length) {
      let k = 0;
      if (length <= INLINE_UNITS) {
        const units = internUnits, at = 2 * record + INLINE_START;
        while (k < length && units[at + k] === text.charCodeAt(start + k)) k++;
      } else {
        const chars = internedChars, offset = records[record + 3];
        while (k < length && chars[offset + k] === text.charCodeAt(start + k)) k++;
      }
      if (k === length) return records[record + 2] - 1;
    } else if (records[record + 2] === 0) {
      break;
    }
    slot = (slot + 1) & mask;
  }
  return addWord(text, start, end, hash, slot);
}

/** internWord's new word, at `slot`. */
function addWord(text: string, start: number, end: number, hash: number, slot: number): number {
  const id = internedWords.length;
  const length = end - start;
  internedWords.push(ownCopy(text, start, end));
  const record = slot << RECORD_SHIFT;
  internRecords[record] = hash;
  internRecords[record + 1] = length;
  internRecords[record + 2] = id + 1;
  if (length <= INLINE_UNITS) {
    for (let k = 0; k < length; k++) internUnits[2 * record + INLINE_START + k] = text.charCodeAt(start + k);
  } else {
    if (internedCharsUsed + length > internedChars.length) {
      const chars = new Uint16Array(Math.max(2 * internedChars.length, internedCharsUsed + length));
      chars.set(internedChars.subarray(0, internedCharsUsed));
      internedChars = chars;
    }
    for (let k = 0; k < length; k++) internedChars[internedCharsUsed + k] = text.charCodeAt(start + k);
    internRecords[record + 3] = internedCharsUsed;
    internedCharsUsed += length;
  }
  if (2 * internedWords.length > internRecords.length >> RECORD_SHIFT) growInternTable(2 * (internRecords.length >> RECORD_SHIFT));
  return id;
}

/**
 * text.slice(start, end) that holds no reference to `text`: V8 makes a slice of 13 characters
 * or more a view into its parent, which the table would keep alive with the whole article.
 * A string made from the character codes is a flat copy of its own.
 */
function ownCopy(text: string, start: number, end: number): string {
  if (end - start <= 12) return text.slice(start, end);
  const codes = new Array<number>(end - start);
  for (let k = start; k < end; k++) codes[k - start] = text.charCodeAt(k);
  return String.fromCharCode(...codes);
}

/** The table with `size` slots, its records moved whole. */
function growInternTable(size: number): void {
  const old = internRecords;
  const records = new Int32Array(size << RECORD_SHIFT);
  const mask = size - 1;
  for (let from = 0; from < old.length; from += RECORD_INTS) {
    if (old[from + 2] === 0) continue;
    const hash = old[from];
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (records[(slot << RECORD_SHIFT) + 2] !== 0) slot = (slot + 1) & mask;
    records.set(old.subarray(from, from + RECORD_INTS), slot << RECORD_SHIFT);
  }
  internRecords = records;
  internUnits = new Uint16Array(records.buffer);
}

/** How many times the table of words seen was emptied: ids given before name other words after. */
let idEpoch = 0;

/**
 * The table's epoch: a per-id cache that keeps, with each entry, the epoch it was made in (and
 * checks hasCurrentId) needs no copy of the word to check the id against: the tokenizer's own
 * table of words, which tokenize has just read for each token of the text, answers.
 */
export function tokenIdEpoch(): number {
  return idEpoch;
}

/** True when token t's id names its text in the table of words seen now (false for a token of an earlier epoch, or with no id). */
export function hasCurrentId(t: Token): boolean {
  const id = t.id;
  return id >= 0 && id < internedWords.length && internedWords[id] === t.text;
}

export function tokenize(text: string): Token[] {
  // Emptied between texts only, so that the ids of one text's tokens are all of one table.
  if (internedWords.length >= INTERN_LIMIT) {
    idEpoch++;
    internedWords.length = 0;
    internedCharsUsed = 0;
    internRecords = new Int32Array(INTERN_SLOTS << RECORD_SHIFT);
    internUnits = new Uint16Array(internRecords.buffer);
    singleCharIds.fill(0);
  }
  const n = text.length;
  // Articles hold about one token per five characters: one array for one per four, cut to the count
  // at the end, instead of the copies push() makes as the array grows (a quarter of tokenize's bytes).
  const tokens: Token[] = new Array<Token>((n >> 2) + 16);
  let count = 0;
  let i = 0;
  /** SPACE_BEFORE_BIT | LINE_START_BIT: what lies between the previous token and the next. */
  let spaceBefore = true;
  let lineStart = true;
  while (i < n) {
    const first = text.charCodeAt(i);
    const cls = classAt(text, i);
    if (cls === SPACE) {
      if (isLineBreak(first)) lineStart = true;
      spaceBefore = true;
      i += 1;
      continue;
    }
    const start = i;
    // FNV-1a of the token's code units, read along the scan (internWord's key).
    let hash = Math.imul(FNV_BASIS ^ first, FNV_PRIME);
    if (cls & PAIR) hash = Math.imul(hash ^ text.charCodeAt(++i), FNV_PRIME);
    i += 1;
    let kinds = cls;
    if ((cls & 7) === WORD) {
      while (i < n) {
        const code = text.charCodeAt(i);
        const c = classAt(text, i);
        if ((c & 7) === WORD) {
          kinds |= c;
          hash = Math.imul(hash ^ code, FNV_PRIME);
          if (c & PAIR) hash = Math.imul(hash ^ text.charCodeAt(++i), FNV_PRIME);
          i += 1;
        } else if (c === OTHER && isHyphen(code) && i + 1 < n && (classAt(text, i + 1) & 7) === WORD) {
          hash = Math.imul(hash ^ code, FNV_PRIME);
          i += 1; // an inner hyphen joins two word parts
        } else {
          break;
        }
      }
      // French elision: the apostrophe stays with the elided word.
      if (i + 1 < n && i - start <= MAX_ELISION_LENGTH && isApostropheCode(text.charCodeAt(i)) && (classAt(text, i + 1) & 7) === WORD) {
        if (isElision(text, start, i)) hash = Math.imul(hash ^ text.charCodeAt(i++), FNV_PRIME);
      }
    }
    let id: number;
    if (i - start === 1 && text.charCodeAt(start) < SINGLE_CHAR_LIMIT) {
      // One-character tokens (punctuation, a, à) by code: an array read.
      const code = text.charCodeAt(start);
      id = singleCharIds[code] - 1;
      if (id < 0) singleCharIds[code] = (id = internWord(text, start, i, hash)) + 1;
    } else if (i - start <= MAX_INTERNED_LENGTH) {
      id = internWord(text, start, i, hash);
    } else {
      // A long run (a URL, a digit string) is rarely seen twice: its own string, no id.
      tokens[count++] = makeToken(start, i, text.slice(start, i), spaceBefore, lineStart, (kinds >> KIND_SHIFT) & 7, -1);
      spaceBefore = false;
      lineStart = false;
      continue;
    }
    tokens[count++] = makeToken(start, i, internedWords[id], spaceBefore, lineStart, (kinds >> KIND_SHIFT) & 7, id);
    spaceBefore = false;
    lineStart = false;
  }
  tokens.length = count;
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

/**
 * Index of the token starting at character `offset`, or -1 (tokens are in text order). The
 * tagger's spans come in text order, a few tokens apart: when the token sought is after token
 * `from`, the search gallops from there (doubling steps) rather than halving the whole text.
 */
export function tokenStartingAt(tokens: Token[], offset: number, from = 0): number {
  // Tokens do not overlap: the first one ending after `offset` starts there, or no token does.
  const i = firstEndingAfter(tokens, offset, from > 0 && from < tokens.length && tokens[from - 1].start < offset ? from : 0);
  return i < tokens.length && tokens[i].start === offset ? i : -1;
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
    const code = ch.charCodeAt(0);
    let c: string;
    // ASCII without a regular expression: A-Z, a-z and 0-9 are its only \p{Lu}, \p{Ll} and \p{N}.
    if (code < 128) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
