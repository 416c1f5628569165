// The token stream the figure grammar reads: the shared tokenizer's tokens, normalized, with
// digit runs split from the few suffixes the grammar understands (10M€, 1er, 2e, 3rd, 5km),
// and a sentence number on every token. Digits glued to any other letters (3D, G7, 5G) stay
// one token, which the grammar never reads as a figure.
import { makeToken, tokenize, type Token } from '../text/tokenize';
import { WordClass, type FigureLexicon } from './lexicon';
import { countedRange } from './ranges';
import { tokenRoute } from './routes';
import { VULGAR_FRACTIONS } from './fractions';
import currencyData from '../data/figures-currencies.json';

/** EUR5m, USD5bn, CHF10: an ISO code glued to its amount, read as "EUR 5m" (a scale abbreviation at most after the digits). */
const GLUED_CODE_AMOUNT = /^([A-Z]{3})(\d+)([a-zA-Z]{0,2})$/;
const CURRENCY_CODES = new Set<string>(currencyData.codes);

// For each UTF-16 unit: 1 where the token keeps it as is, 2 where normalizing changes it (an
// upper-case letter, a typographic apostrophe, a surrogate of a pair that may lower-case).
// Filled on first sight: one typed-array read per character instead of toLowerCase per token.
const KEEPS = 1;
const CHANGES = 2;
const charNormality = new Uint8Array(0x10000);

function normalityOf(code: number): number {
  let n = charNormality[code];
  if (n === 0) {
    const ch = String.fromCharCode(code);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    n = surrogate || code === 0x2019 || code === 0x2bc || ch.toLowerCase() !== ch ? CHANGES : KEEPS;
    charNormality[code] = n;
  }
  return n;
}

function keeps(c: number): boolean {
  return c < 128 ? c < 65 || c > 90 : (charNormality[c] || normalityOf(c)) === KEEPS;
}

// The normal form of a character that changes, where it is one character whatever its context
// (not the capital sigma, whose lower case depends on the letters around it); filled on first sight.
const normalChars = new Map<number, string | null>();

function normalChar(code: number): string | null {
  let out = normalChars.get(code);
  if (out === undefined) {
    const lower = code === 0x2019 || code === 0x2bc ? "'" : String.fromCharCode(code).toLowerCase();
    out = lower.length === 1 && code !== 0x3a3 && !(code >= 0xd800 && code <= 0xdfff) ? lower : null;
    normalChars.set(code, out);
  }
  return out;
}

/**
 * One pass over source[start, end), for the token stream: bit 0 set when the normal form
 * differs (see normalizeSpan), the other bits the index of the first hyphen plus one (0: none).
 */
export function spanShape(source: string, start: number, end: number): number {
  let changes = 0, hyphen = -1;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 45) {
      if (hyphen < 0) hyphen = i - start;
    } else if (!keeps(c)) {
      changes = 1;
    }
  }
  return ((hyphen + 1) << 1) | changes;
}

/** A token as the grammar compares it: lower case, typographic apostrophes made straight. */
export function normalizeToken(text: string): string {
  return normalizeSpan(text, text, 0, text.length);
}

/**
 * normalizeToken(token) for a token that is source.slice(start, end), reading its characters
 * from the source: token strings come in many internal forms (sliced, one- or two-byte), which
 * makes every character read on them a slow generic access, while the source is one string.
 */
export function normalizeSpan(source: string, token: string, start: number, end: number): string {
  // Most tokens (lower-case words, digits, punctuation, in any script) are already normal.
  let i = start;
  while (i < end && keeps(source.charCodeAt(i))) i++;
  if (i === end) return token;
  // A capitalized word (Paris, Le) or a lone ’: only the first character changes. The case
  // mapping of a whole string costs far more, above all of a two-byte one (a text holding ’).
  if (i === start) {
    let j = i + 1;
    while (j < end && keeps(source.charCodeAt(j))) j++;
    const first = j === end ? normalChar(source.charCodeAt(i)) : null;
    if (first !== null) return end - start === 1 ? first : first + source.slice(start + 1, end);
  }
  return lowerCase(token);
}

function lowerCase(token: string): string {
  // An elision (l’, D’, qu’): the letters normalized apart and the apostrophe put back straight.
  const last = token.charCodeAt(token.length - 1);
  if ((last === 0x2019 || last === 0x2bc) && token.length > 1) return `${normalizeToken(token.slice(0, -1))}'`;
  const out = token.toLowerCase();
  return out.includes('’') || out.includes('ʼ') ? out.replace(/[’ʼ]/g, "'") : out;
}

export interface FigureToken {
  readonly start: number;
  readonly end: number;
  /** The text's slice [start, end), its length always end - start (FigureTokenAt reads end from it). */
  readonly text: string;
  /** Lower case, straight apostrophes. */
  readonly norm: string;
  readonly spaceBefore: boolean;
  readonly lineStart: boolean;
  /** A suffix split from the digits right before it (the "er" of "1er", the "M" of "10M"). */
  readonly glued: boolean;
  /** Index of the sentence (or line) the token belongs to. */
  readonly sentence: number;
  /** norm.indexOf('-'), found once: the grammar splits compounds (vingt-deux, mi-mars, two-thirds). */
  readonly hyphen: number;
  /** The token's length when it is a run of ASCII digits, else 0 (found once: the readers ask it of every number). */
  readonly digits: number;
  /** The word class of norm: WordClass bits (see FigureLexicon.wordClasses). */
  readonly cls: number;
  /** The readers of the scanner the token may open, 0 for none (routes.ts: tokenRoute, found once per word). */
  readonly opens: number;
}

/**
 * What a figure token reads of its word (FigureToken's text, norm, hyphen, digits, cls and opens),
 * one object per word of the word table shared by all its tokens: a token holds its place and a
 * pointer, 64 bytes instead of 120 (figureTokens made about a third of what analyze() allocates).
 */
class FigureWord {
  // Declared only, as ScannedToken's: the constructor's stores make the object (class fields would be
  // defined as undefined first, then stored again).
  declare readonly text: string;
  declare readonly norm: string;
  declare readonly hyphen: number;
  declare readonly digits: number;
  declare readonly cls: number;
  declare readonly opens: number;
  /** The word table's shape bits (see DIGITS_MASK...), 0 for a word cut out of a token. */
  declare readonly shape: number;
  constructor(text: string, norm: string, hyphen: number, digits: number, cls: number, opens: number, shape: number) {
    this.text = text;
    this.norm = norm;
    this.hyphen = hyphen;
    this.digits = digits;
    this.cls = cls;
    this.opens = opens;
    this.shape = shape;
  }
}

/** FigureToken.spaceBefore, lineStart and glued in the low bits of FigureTokenAt.marks, the sentence above them. */
const SPACE_BEFORE = 1;
const LINE_START = 2;
const GLUED = 4;
const SENTENCE_SHIFT = 3;

/**
 * A token of the stream: its start, its sentence and marks in one number, and its word's facts read
 * through the word (see FigureWord); its end is start plus its word's length. Three fields, 48 bytes
 * instead of 64 (the tokens are most of what figureTokens allocates, a fifth of analyze()'s bytes).
 */
class FigureTokenAt implements FigureToken {
  declare readonly start: number;
  declare private readonly marks: number;
  declare private readonly word: FigureWord;
  constructor(start: number, sentence: number, marks: number, word: FigureWord) {
    this.start = start;
    this.marks = (sentence << SENTENCE_SHIFT) | marks;
    this.word = word;
  }
  get end(): number { return this.start + this.word.text.length; }
  get sentence(): number { return this.marks >>> SENTENCE_SHIFT; }
  get text(): string { return this.word.text; }
  get norm(): string { return this.word.norm; }
  get hyphen(): number { return this.word.hyphen; }
  get digits(): number { return this.word.digits; }
  get cls(): number { return this.word.cls; }
  get opens(): number { return this.word.opens; }
  get spaceBefore(): boolean { return (this.marks & SPACE_BEFORE) !== 0; }
  get lineStart(): boolean { return (this.marks & LINE_START) !== 0; }
  get glued(): boolean { return (this.marks & GLUED) !== 0; }
}

function marksOf(spaceBefore: boolean, lineStart: boolean, glued: boolean): number {
  return (spaceBefore ? SPACE_BEFORE : 0) | (lineStart ? LINE_START : 0) | (glued ? GLUED : 0);
}

const DAY_RANGE = /^(\d{1,2})[-–](\d{1,2})$/;
/** 10-15 before %, million, dollars: a range of two numbers. */
const NUMBER_RANGE = /^(\d{1,3})[-–](\d{1,3})$/;
/** 1m70: a height in metres and centimetres (French). */
const METRES_CENTIMETRES = /^\d{1,2}m\d{2}$/;
/** 2024-2025, 2024-25: a span of years (2024-12 stays an ISO month). */
const YEAR_SPAN = /^(19|20)\d\d[-–](?:\d{4}|1[3-9]|[2-9]\d)$/;
/** 9h-17h, 8h30-12h, 9am-5pm: two clock times (each with its h or am/pm), read as "9h - 17h". */
const TIME_RANGE = /^(\d{1,2}(?:[hH]\d{2}|[hH]|[aApP][mM]))[-–](\d{1,2}(?:[hH]\d{2}|[hH]|[aApP][mM]))$/;
/** The "00-17" of 9:00-17:00: the minutes of one time, a dash, the hour of the next. */
const MINUTES_DASH_HOUR = /^(\d{2})[-–](\d{1,2})$/;
/** 2024-03-05T10:30: an ISO date and the hour of its time, read as "2024-03-05 T 10". */
const ISO_DATE_HOUR = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/;
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

/** Length of the leading ASCII digit run of text[start, end) (read from the whole text, see normalizeSpan). */
function digitPrefix(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i - start;
}

const GLUED_SUFFIXES = new WeakMap<FigureLexicon, Set<string>>();

/** The letters that may follow digits without a space and still make a figure (M, Md, er, km). */
function gluedSuffixesOf(lex: FigureLexicon): Set<string> {
  let set = GLUED_SUFFIXES.get(lex);
  if (!set) {
    // One-word percent signs too (15pc).
    set = new Set<string>([...lex.scaleAbbreviations.keys(), ...lex.ordinalSuffixes, ...lex.measureUnits.keys(), ...AM_PM, 'h', ...lex.percentWords.oneWordEntries()]);
    GLUED_SUFFIXES.set(lex, set);
  }
  return set;
}

const HYPHEN_UNITS = new WeakMap<FigureLexicon, Set<string>>();

/**
 * The words a number takes after a hyphen as if after a space ("a $5.2-billion deal", "a
 * 10-mile race", "3,5-millions"): scales, units of measure and one-word currencies, of more
 * than one letter ("10-K" is a filing). Units of time only after a decimal ("2.5-hour"):
 * "30-day" is one adjective (see hyphenDurationAt).
 */
function hyphenUnitsOf(lex: FigureLexicon): Set<string> {
  let set = HYPHEN_UNITS.get(lex);
  if (!set) {
    set = new Set([...lex.scales.keys(), ...lex.measureUnits.keys(), ...lex.currencyWords.oneWordEntries()].filter((w) => w.length > 1));
    HYPHEN_UNITS.set(lex, set);
  }
  return set;
}

// One object shape for every token (object spreads made V8 slow here); a word of its own (a part cut out of a token).
// A token ends at start + text.length (FigureTokenAt reads its end from its text).
function token(lex: FigureLexicon, start: number, text: string, norm: string, spaceBefore: boolean, lineStart: boolean,
  glued: boolean, sentence: number, hyphen = norm.indexOf('-'), digits = isDigits(text) ? text.length : 0,
  cls = lex.wordClasses.get(norm) ?? 0, opens = tokenRoute(lex, text, norm, hyphen, cls)): FigureToken {
  return new FigureTokenAt(start, sentence, marksOf(spaceBefore, lineStart, glued), new FigureWord(text, norm, hyphen, digits, cls, opens, 0));
}

// A filter over the lexicon's words (FigureLexicon.wordClasses) by first and last code unit and
// length: most tokens of a text are in no list (about 3 in 4 turned away), and skip the look-up.
const WORD_FILTER_SIZE = 4096;
const WORD_FILTERS = new WeakMap<FigureLexicon, Uint8Array>();

function wordFilterKey(first: number, last: number, length: number): number {
  return (first * 61 + last * 7 + length) & (WORD_FILTER_SIZE - 1);
}

function wordFilterOf(lex: FigureLexicon): Uint8Array {
  let filter = WORD_FILTERS.get(lex);
  if (!filter) {
    filter = new Uint8Array(WORD_FILTER_SIZE);
    for (const w of lex.wordClasses.keys()) filter[wordFilterKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
    WORD_FILTERS.set(lex, filter);
  }
  return filter;
}

// Articles repeat their words: what figureTokens reads of a word (normal form, class, hyphen,
// digit prefix, sentence mark) is found on its first token, then by the token's id: its FigureWord,
// which the token then points to, instead of a scan of its characters and Map and Set look-ups at
// every occurrence. One table per lexicon; an entry counts only when its text is the token's (ids are
// reused, see Token.id).
/** Ids from here on are not kept (a text of countless distinct words): the tables stay bounded. */
const MAX_TABLE_ID = 1 << 18;
/** FigureWord.shape: the digit prefix's length (> 0: splitDigits reads the context; DIGITS_MASK: that many or more). */
const DIGITS_MASK = 0xff;
/** FigureWord.shape: a mark that may end a sentence (SENTENCE_END). */
const ENDS_SENTENCE = 1 << 8;
/** FigureWord.shape: the dot, which ends no sentence after a month's abbreviation. */
const IS_DOT = 1 << 9;
/** FigureWord.shape: a word figureTokens cuts in parts (an ISO code glued to its amount, two months). */
const SPLIT = 1 << 10;
/** FigureWord.shape: a word the scan visits (see isScanOpener) wherever it stands, "." aside (it needs a space before). */
const SCAN_OPENER = 1 << 11;
/**
 * FigureWord.shape: a run of ASCII digits alone (2025, 15), whose entry holds the whole token splitDigits
 * makes of it (the digits as they are) unless a clock's minutes run on after a colon (see splitDigits).
 */
const PLAIN_DIGITS = 1 << 12;

/** At each id the word's entry (its text is the tokenizer's string: ids are reused, see Token.id). */
type WordTable = (FigureWord | undefined)[];

const WORD_TABLES = new WeakMap<FigureLexicon, WordTable>();

function wordTableOf(lex: FigureLexicon): WordTable {
  let table = WORD_TABLES.get(lex);
  if (!table) {
    table = [];
    WORD_TABLES.set(lex, table);
  }
  return table;
}

/** The entry of t's word, made and kept in the table when t has an id (not too large). */
function wordEntry(table: WordTable, text: string, t: Token, wordFilter: Uint8Array, wordClasses: Map<string, number>, lex: FigureLexicon): FigureWord {
  const word = wordFacts(text, t, wordFilter, wordClasses, lex);
  const id = t.id;
  if (id < 0 || id >= MAX_TABLE_ID) return word;
  // Filled up to the id in order: a store far past the end would turn the array into a slow sparse one.
  while (table.length <= id) table.push(undefined);
  table[id] = word;
  return word;
}

/** The entry of token t of text (norm '', cls and route 0 where its digit prefix is not empty: splitDigits reads it). */
function wordFacts(text: string, t: Token, wordFilter: Uint8Array, wordClasses: Map<string, number>, lex: FigureLexicon): FigureWord {
  // A digit run too long for DIGITS_MASK (a token without id) is stored as DIGITS_MASK: the caller counts it again.
  const digits = digitPrefix(text, t.start, t.end);
  if (digits > 0 && digits === t.end - t.start && digits < DIGITS_MASK) {
    // As token() makes it in splitDigits' last case: digits are their own normal form.
    const cls = wordClasses.get(t.text) ?? 0;
    const opens = tokenRoute(lex, t.text, t.text, -1, cls);
    return new FigureWord(t.text, t.text, -1, digits, cls, opens, digits | PLAIN_DIGITS | (opensScan(opens, cls) ? SCAN_OPENER : 0));
  }
  if (digits > 0) return new FigureWord(t.text, '', -1, 0, 0, 0, Math.min(digits, DIGITS_MASK));
  const spanBits = spanShape(text, t.start, t.end);
  const normal = (spanBits & 1) === 0;
  const norm = normal ? t.text : normalizeSpan(text, t.text, t.start, t.end);
  const hyphen = normal ? (spanBits >> 1) - 1 : norm.indexOf('-');
  // The filter's characters read from the text where the token is its own normal form (see normalizeSpan).
  const key = normal ? wordFilterKey(text.charCodeAt(t.start), text.charCodeAt(t.end - 1), t.end - t.start)
    : wordFilterKey(norm.charCodeAt(0), norm.charCodeAt(norm.length - 1), norm.length);
  const cls = wordFilter[key] === 0 ? 0 : wordClasses.get(norm) ?? 0;
  const marks = t.end - t.start === 1 && SENTENCE_END.has(t.text) ? ENDS_SENTENCE | (t.text === '.' ? IS_DOT : 0) : 0;
  const split = gluedCodeAmount(t.text, lex) !== null || (hyphen > 0 && isMonthRange(norm, hyphen, lex)) ? SPLIT : 0;
  const opens = tokenRoute(lex, t.text, norm, hyphen, cls);
  const opener = opensScan(opens, cls) ? SCAN_OPENER : 0;
  return new FigureWord(t.text, norm, hyphen, 0, cls, opens, marks | split | opener);
}

/** The parts of EUR5m, USD5bn, CHF10 (see GLUED_CODE_AMOUNT), or null. */
function gluedCodeAmount(text: string, lex: FigureLexicon): RegExpExecArray | null {
  const c3 = text.length >= 4 ? text.charCodeAt(3) : 0;
  const gluedCode = c3 >= 48 && c3 <= 57 ? GLUED_CODE_AMOUNT.exec(text) : null;
  return gluedCode && CURRENCY_CODES.has(gluedCode[1]) && (gluedCode[3] === '' || lex.scaleAbbreviations.has(normalizeToken(gluedCode[3]))) ? gluedCode : null;
}

/**
 * Whether the figure scan visits token t (about one in ten): a token that opens a route, a holiday
 * or a past period (word classes that open no route), or a spaced dot (".5 percent"). FigureScanner.matchAt
 * tries these in turn: keep both alike.
 */
export function isScanOpener(t: FigureToken): boolean {
  return opensScan(t.opens, t.cls) || (t.spaceBefore && t.text === '.');
}

/** A word the scan visits: one that opens a route, or a holiday or a past period (word classes that open no route). */
function opensScan(opens: number, cls: number): boolean {
  return opens !== 0 || (cls & (WordClass.HOLIDAY_OPENER | WordClass.PAST_PERIOD_OPENER)) !== 0;
}

/**
 * figureTokens' output as it grows: one array made at an estimated size (a figure token per token
 * and a sixteenth more for the tokens cut in parts: 1.001 per token over the oracle, at most 1.08)
 * and cut to the count at the end, as tokenize's tokens are, instead of the copies push() makes.
 */
class FigureTokenList {
  declare private readonly items: FigureToken[];
  declare length: number;
  constructor(capacity: number) {
    this.items = new Array<FigureToken>(capacity);
    this.length = 0;
  }
  push(token: FigureToken): void {
    this.items[this.length++] = token;
  }
  get(k: number): FigureToken {
    return this.items[k];
  }
  /** The last token, undefined while there is none. */
  last(): FigureToken | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }
  /** The tokens, the array cut to the count. */
  toArray(): FigureToken[] {
    this.items.length = this.length;
    return this.items;
  }
}

/**
 * The figure tokens of the text; with `openers`, the indices of those the scan visits
 * (isScanOpener) are pushed there, found from the word table with the tokens rather than by a
 * second pass over them.
 */
export function figureTokens(text: string, lex: FigureLexicon, tokens: Token[] = tokenize(text), openers?: number[]): FigureToken[] {
  const gluedSuffixes = gluedSuffixesOf(lex);
  const wordFilter = wordFilterOf(lex);
  const wordClasses = lex.wordClasses;
  const table = wordTableOf(lex);
  const out = new FigureTokenList(tokens.length + (tokens.length >> 4) + 16);
  let sentence = 0;
  let endPending = false; // a sentence-ending mark was read; the sentence ends if a space follows
  // out's last token's digits: a spaced ordinal suffix is looked for only after digits (most tokens follow a word).
  let lastDigits = 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    if (out.length > 0 && (t.lineStart || (endPending && t.spaceBefore))) sentence++;
    endPending = false;
    const id = t.id;
    let word = id >= 0 ? table[id] : undefined;
    if (word === undefined || word.text !== t.text) word = wordEntry(table, text, t, wordFilter, wordClasses, lex);
    const shape = word.shape;
    const digits = (shape & DIGITS_MASK) === DIGITS_MASK ? digitPrefix(text, t.start, t.end) : shape & DIGITS_MASK;
    const first = out.length;
    if (digits === 0 && (shape & SPLIT) === 0) {
      // A word or a mark: the common case, one token as it is ("5 e place": the suffix of a rank, as if glued).
      const glued = lastDigits !== 0 && t.text.length <= 3 && t.spaceBefore && !t.lineStart && spacedOrdinalSuffix(out.last(), t.text, word.norm, lex);
      out.push(new FigureTokenAt(t.start, sentence, marksOf(t.spaceBefore, t.lineStart, glued), word));
      if (openers !== undefined && ((shape & SCAN_OPENER) !== 0 || ((shape & IS_DOT) !== 0 && t.spaceBefore))) openers.push(first);
    } else if ((shape & PLAIN_DIGITS) !== 0 && (digits <= 2 || out.last()?.text !== ':')) {
      // Digits alone, as splitDigits leaves them (it may cut more than two after a colon): the word's entry.
      out.push(new FigureTokenAt(t.start, sentence, marksOf(t.spaceBefore, t.lineStart, false), word));
      if (openers !== undefined && (shape & SCAN_OPENER) !== 0) openers.push(first);
    } else {
      if (digits !== 0) {
        splitDigits(t, digits, tokens[ti + 1], out.last(), out, lex, gluedSuffixes, sentence);
      } else if (word.hyphen > 0 && isMonthRange(word.norm, word.hyphen, lex)) {
        // "juillet-août", "January-March": two months, read as "juillet - août".
        const hyphen = word.hyphen, b = t.start + hyphen;
        pushPlain(out, lex, t.start, b, t.text.slice(0, hyphen), t.spaceBefore, t.lineStart, sentence);
        pushPlain(out, lex, b, b + 1, '-', false, false, sentence);
        pushPlain(out, lex, b + 1, t.end, t.text.slice(hyphen + 1), false, false, sentence);
      } else {
        const gluedCode = gluedCodeAmount(t.text, lex)!;
        pushPlain(out, lex, t.start, t.start + 3, gluedCode[1], t.spaceBefore, t.lineStart, sentence);
        pushPlain(out, lex, t.start + 3, t.end, t.text.slice(3), false, false, sentence);
      }
      // A word cut in parts, digits: each part is told apart.
      if (openers !== undefined) for (let k = first; k < out.length; k++) if (isScanOpener(out.get(k))) openers.push(k);
    }
    lastDigits = digits === 0 && (shape & SPLIT) === 0 ? 0 : out.get(out.length - 1).digits;
    // The dot of "Sept. 3", "janv. 2025" ends no sentence.
    if ((shape & ENDS_SENTENCE) !== 0) {
      const abbreviationDot = (shape & IS_DOT) !== 0 && !t.spaceBefore && out.length >= 2 && lex.monthAbbreviations.has(out.get(out.length - 2).norm);
      if (!abbreviationDot) endPending = true;
    }
  }
  return out.toArray();
}

/**
 * True when `text` is an ordinal suffix set apart from the whole number before it (`5 e place`, `le 1 er janvier`,
 * `the 21 st century`: a superscript lost in copying), in lower case and agreeing with the number (1 er, 2 e; 1 st, 2 nd, 11 th).
 */
function spacedOrdinalSuffix(previous: FigureToken | undefined, text: string, norm: string, lex: FigureLexicon): boolean {
  if (!previous || previous.digits === 0 || previous.digits !== previous.text.length || previous.digits > 4 || text !== norm ||
    !lex.spacedOrdinalSuffixes.has(norm)) return false;
  const n = Number(previous.text);
  if (lex.lang === 'fr') return (n === 1) === (norm === 'er' || norm === 're' || norm === 'ère');
  const teen = n % 100 >= 11 && n % 100 <= 13, last = n % 10;
  const expected = teen ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return norm === expected;
}

/** True for a hyphenated word of two month names (juillet-août, Jan-March). */
function isMonthRange(norm: string, hyphen: number, lex: FigureLexicon): boolean {
  return lex.months.has(norm.slice(0, hyphen)) && lex.months.has(norm.slice(hyphen + 1));
}

/** Pushes a token cut out of a longer one: a word or mark as it is, digits split as splitDigits does. */
function pushPlain(out: FigureTokenList, lex: FigureLexicon, start: number, end: number, text: string, spaceBefore: boolean, lineStart: boolean, sentence: number): void {
  const digits = digitPrefix(text, 0, text.length);
  if (digits > 0) {
    const part = makeToken(start, end, text, spaceBefore, lineStart, 0, -1);
    splitDigits(part, digits, undefined, out.last(), out, lex, gluedSuffixesOf(lex), sentence);
  } else {
    out.push(token(lex, start, text, normalizeToken(text), spaceBefore, lineStart, false, sentence));
  }
}

/** Pushes `t` cut in three at the dash after its first `a` characters (a range: "9h - 17h", "3 - 4 jours"). */
function pushAroundDash(out: FigureTokenList, lex: FigureLexicon, t: Token, a: number, sentence: number): void {
  const b = t.start + a;
  pushPlain(out, lex, t.start, b, t.text.slice(0, a), t.spaceBefore, t.lineStart, sentence);
  pushPlain(out, lex, b, b + 1, t.text[a], false, false, sentence);
  pushPlain(out, lex, b + 1, t.end, t.text.slice(a + 1), false, false, sentence);
}

/** True when the token before `out`'s end names a month ("mars", "Sept."): a day range may follow. */
function monthBefore(previous: FigureToken | undefined, out: FigureTokenList, lex: FigureLexicon): boolean {
  return previous !== undefined && (lex.months.has(previous.norm) ||
    (previous.text === '.' && out.length >= 2 && lex.monthAbbreviations.has(out.get(out.length - 2).norm)));
}

/** Pushes the tokens of `t`, which starts with `digits` digits: split where the grammar reads a suffix or a range apart. */
function splitDigits(t: Token, digits: number, nextToken: Token | undefined, previous: FigureToken | undefined, out: FigureTokenList,
  lex: FigureLexicon, gluedSuffixes: Set<string>, sentence: number): void {
  const suffix = t.text.slice(digits);
  const suffixNorm = normalizeToken(suffix);
  // "11:416/03/2025": a clock time keeps two digits of minutes; the rest starts a new figure.
  const dayRange = digits <= 2 && t.text.length <= 5 ? DAY_RANGE.exec(t.text) : null;
  const rangeShape = digits <= 3 && digits < t.text.length && t.text.length <= 7 && nextToken !== undefined && nextToken.text.length <= 12;
  const nextNorm = rangeShape ? normalizeToken(nextToken.text) : '';
  let numberRange = nextNorm !== '' && (lex.percentWords.starts(nextNorm) || lex.scales.has(nextNorm) || lex.currencyWords.starts(nextNorm) || lex.durationUnits.has(nextNorm))
    ? NUMBER_RANGE.exec(t.text) : null;
  // "5-10 people", "5-10 km": a range before a plural or a unit (ranges.ts).
  if (!numberRange && nextNorm !== '' && nextToken!.spaceBefore) {
    const range = NUMBER_RANGE.exec(t.text);
    if (range && countedRange(Number(range[1]), Number(range[2]), nextToken!.text, nextNorm, previous, lex)) numberRange = range;
  }
  const timeRange = digits <= 2 && t.text.length >= 5 && t.text.length <= 13 ? TIME_RANGE.exec(t.text) : null;
  if (suffix.length === 1 && VULGAR_FRACTIONS.has(suffix)) {
    // "2½": the digits, then the fraction glued (readDigits adds it).
    out.push(token(lex, t.start, t.text.slice(0, digits), t.text.slice(0, digits), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, t.start + digits, suffix, suffix, false, false, true, sentence));
  } else if (timeRange) {
    pushAroundDash(out, lex, t, timeRange[1].length, sentence);
  } else if (digits === 2 && t.text.length <= 5 && previous?.text === ':' && !previous.spaceBefore && !t.spaceBefore && nextToken?.text === ':' &&
      nextToken.start === t.end && MINUTES_DASH_HOUR.test(t.text)) {
    pushAroundDash(out, lex, t, 2, sentence);
  } else if (digits === 4 && t.text.length === 13 && ISO_DATE_HOUR.test(t.text)) {
    out.push(token(lex, t.start, t.text.slice(0, 10), t.text.slice(0, 10), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, t.start + 10, 'T', 't', false, false, true, sentence));
    out.push(token(lex, t.start + 11, t.text.slice(11), t.text.slice(11), false, false, false, sentence));
  } else if (numberRange) {
    // "10-15 %", "3-5 milliards": read as "10 - 15 %".
    const a = numberRange[1].length, b = t.start + a;
    out.push(token(lex, t.start, numberRange[1], numberRange[1], t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, b, t.text[a], t.text[a], false, false, false, sentence));
    out.push(token(lex, b + 1, numberRange[2], numberRange[2], false, false, false, sentence));
  } else if (dayRange && (lex.months.has(normalizeToken(nextToken?.text ?? '')) || monthBefore(previous, out, lex))) {
    // "3-5 mars", "March 3-5": two days of one month, read as a range like "3 – 5 mars".
    const a = dayRange[1].length, b = t.start + a;
    out.push(token(lex, t.start, dayRange[1], dayRange[1], t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, b, t.text[a], t.text[a], false, false, false, sentence));
    out.push(token(lex, b + 1, dayRange[2], dayRange[2], false, false, false, sentence));
  } else if (t.text.length <= 5 && lex.lang === 'fr' && METRES_CENTIMETRES.test(t.text)) {
    const m = t.start + digits;
    out.push(token(lex, t.start, t.text.slice(0, digits), t.text.slice(0, digits), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, m, 'm', 'm', false, false, true, sentence));
    out.push(token(lex, m + 1, t.text.slice(digits + 1), t.text.slice(digits + 1), false, false, false, sentence));
  } else if (digits === 4 && (t.text.length === 7 || t.text.length === 9) && YEAR_SPAN.test(t.text)) {
    out.push(token(lex, t.start, t.text.slice(0, 4), t.text.slice(0, 4), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, t.start + 4, t.text[4], t.text[4], false, false, false, sentence));
    out.push(token(lex, t.start + 5, t.text.slice(5), t.text.slice(5), false, false, false, sentence));
  } else if (digits === t.text.length && digits > 2 && previous?.text === ':' && !t.spaceBefore && !previous.spaceBefore &&
      out.length >= 2 && out.get(out.length - 2).digits > 0 && out.get(out.length - 2).digits <= 2) {
    out.push(token(lex, t.start, t.text.slice(0, 2), t.text.slice(0, 2), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, t.start + 2, t.text.slice(2), t.text.slice(2), false, false, false, sentence));
  } else if (digits > 0 && digits < t.text.length && gluedSuffixes.has(suffixNorm) && /^[\p{L}²°/]+$/u.test(suffix) &&
      (suffix.length > 1 || suffix === suffixNorm || suffix === 'M' || suffix === 'K' || suffix === 'B')) {
    out.push(token(lex, t.start, t.text.slice(0, digits), t.text.slice(0, digits), t.spaceBefore, t.lineStart, false, sentence));
    out.push(token(lex, t.start + digits, suffix, suffixNorm, false, false, true, sentence));
  } else if (digits < t.text.length - 1 && t.text.charCodeAt(digits) === 45 && hyphenUnits(t, digits, previous, lex)) {
    // Each unit is read as if a space stood for its hyphen ("2-million-euro"); the span still covers them.
    out.push(token(lex, t.start, t.text.slice(0, digits), t.text.slice(0, digits), t.spaceBefore, t.lineStart, false, sentence));
    for (let from = digits + 1; from < t.text.length;) {
      const cut = t.text.indexOf('-', from), to = cut < 0 ? t.text.length : cut;
      const unit = t.text.slice(from, to);
      out.push(token(lex, t.start + from, unit, normalizeToken(unit), true, false, false, sentence));
      from = to + 1;
    }
  } else if (digits < t.text.length - 1 && t.text.charCodeAt(digits) === 45 && afterDecimal(t, previous)) {
    // The digits end the number before them ("1,000-year-old", "2.5-fold", "6,1839-August").
    out.push(token(lex, t.start, t.text.slice(0, digits), t.text.slice(0, digits), t.spaceBefore, t.lineStart, false, sentence));
    const rest = t.text.slice(digits);
    if (LOWER_HYPHENATED.test(rest) && !lex.months.has(rest.slice(1))) {
      // A lower-case rest is glued to the number: an adjective made of it, no figure, or a factor.
      out.push(token(lex, t.start + digits, rest, normalizeToken(rest), false, false, true, sentence));
    } else {
      // Else the hyphen is a dash between two figures, as in a range of dates.
      const b = t.start + digits;
      out.push(token(lex, b, '-', '-', false, false, false, sentence));
      out.push(token(lex, b + 1, rest.slice(1), normalizeToken(rest.slice(1)), false, false, false, sentence));
    }
  } else {
    out.push(token(lex, t.start, t.text, normalizeToken(t.text), t.spaceBefore, t.lineStart, false, sentence));
  }
}

const LOWER_HYPHENATED = /^(?:-\p{Ll}+)+$/u;

/** True when `t` is glued after a decimal point or a group separator ("5" of "2.5-fold"). */
function afterDecimal(t: Token, previous: FigureToken | undefined): boolean {
  return previous !== undefined && !t.spaceBefore && (previous.text === '.' || previous.text === ',');
}

/** True when `t` is digits then, after each hyphen, a unit the number takes (see hyphenUnitsOf). */
function hyphenUnits(t: Token, digits: number, previous: FigureToken | undefined, lex: FigureLexicon): boolean {
  const units = hyphenUnitsOf(lex);
  const decimal = afterDecimal(t, previous);
  const parts = t.text.slice(digits + 1).split('-');
  // "a 700-square-foot flat": the first word of a unit of two words ("square foot") before its last.
  return parts.length <= 3 && parts.every((part, k) => {
    const unit = normalizeToken(part);
    return units.has(unit) || (decimal && lex.durationUnits.has(unit)) || (k < parts.length - 1 && lex.measurePhrases.starts(unit));
  });
}
export { isDigits };
