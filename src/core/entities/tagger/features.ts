// Feature extraction for the name tagger, shared by training (scripts/train-tagger.ts) and
// tagging (model.ts), so that both see exactly the same features.
//
// A token's features split in two kinds:
// - word features: a function of one word's text (and the lexicon) and of its offset
//   (-2..+2) from the tagged token. The tagger caches their summed weights per word and
//   offset, so each distinct word is featurized once, not once per occurrence.
// - context features: a function of the token's place in the text (sentence start,
//   line start, multi-word lexicon matches, the word before, the rest of the document).
// Keys are short: a feature kind letter, then for word features an offset letter
// (a..e = -2..+2), then the value.

import { TOKEN_UPPER, wordShape, type Token } from '../../text/tokenize';

export const WINDOW = 2;
const OFFSET_LETTERS = 'abcde';
/** Stands for a position before the first or after the last token. */
export const PAD_WORD = '\u0000';

// Lexicon classes, one bit each. External lists (cities, countries) and names from the
// training split (first names, tokens of PER / ORG / LOC / MISC names).
export const LEX_CITY = 1;
export const LEX_COUNTRY = 2;
export const LEX_FIRST_NAME = 4;
export const LEX_PER = 8;
export const LEX_ORG = 16;
export const LEX_LOC = 32;
export const LEX_MISC = 64;
const LEX_BITS = 7;

/** The name lists as stored in src/core/data/tagger-lexicon-*.json. */
export interface LexiconData {
  /** Exact token text -> class bits. */
  words: Record<string, number>;
  /** Multi-token names, token texts joined by one space -> class bits. */
  phrases: Record<string, number>;
}

/** A node of the phrase trie: one edge per token text. */
export interface PhraseNode {
  /** Class bits of the phrase that ends here, 0 if none does. */
  bits: number;
  next: Map<string, PhraseNode> | undefined;
}

export interface Lexicon {
  words: Map<string, number>;
  /** The multi-token names, a token per edge: walking it reads each token string once. */
  phrases: PhraseNode;
  /** wordFilter of the first words of phrases that start without a capital (zone euro, le Plateau). */
  lowerPhraseStarts: Uint8Array;
  maxPhraseTokens: number;
}

const WORD_FILTER_SIZE = 4096;

/** A cheap hash of a word for a WordFilter: first and last code units and the length. */
export function wordFilterKey(word: string): number {
  return (word.charCodeAt(0) * 961 + word.charCodeAt(word.length - 1) * 31 + word.length) & (WORD_FILTER_SIZE - 1);
}

/**
 * A one-hash Bloom filter over words: false means "not in the set" for sure, so the common
 * case costs a typed-array read instead of hashing a fresh token string for a Set.
 */
function wordFilter(words: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(WORD_FILTER_SIZE);
  for (const w of words) if (w.length > 0) filter[wordFilterKey(w)] = 1;
  return filter;
}

export function buildLexicon(data: LexiconData): Lexicon {
  const words = new Map(Object.entries(data.words));
  const phrases: PhraseNode = { bits: 0, next: undefined };
  const lowerStarts: string[] = [];
  let maxPhraseTokens = 1;
  for (const [phrase, bits] of Object.entries(data.phrases)) {
    const parts = phrase.split(' ');
    if (parts.length < 2) continue; // a phrase is two tokens or more; single words are in `words`
    if (parts.length > maxPhraseTokens) maxPhraseTokens = parts.length;
    let node = phrases;
    for (const part of parts) {
      node.next ??= new Map();
      let child = node.next.get(part);
      if (child === undefined) node.next.set(part, (child = { bits: 0, next: undefined }));
      node = child;
    }
    node.bits = bits;
    if (!/\p{Lu}|\p{Lt}/u.test(parts[0])) lowerStarts.push(parts[0]);
  }
  return { words, phrases, lowerPhraseStarts: wordFilter(lowerStarts), maxPhraseTokens };
}

/** Capitalization class: X = Capitalized, A = ALL CAPS, x = lower, m = mixed, d = has a digit, p = no letter. */
export function capClass(word: string): string {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    let isUpper: boolean;
    let isLower: boolean;
    if (code < 128) {
      if (code >= 48 && code <= 57) return 'd';
      isUpper = code >= 65 && code <= 90;
      isLower = code >= 97 && code <= 122;
    } else {
      const ch = word[k];
      isUpper = ch !== ch.toLowerCase();
      isLower = !isUpper && ch !== ch.toUpperCase();
      if (!isUpper && !isLower && code >= 0x660 && /\p{N}/u.test(ch)) return 'd';
    }
    if (isUpper) {
      upper++;
      if (k === 0) firstUpper = true;
    } else if (isLower) lower++;
  }
  if (upper === 0 && lower === 0) return 'p';
  if (upper === 0) return 'x';
  if (lower === 0) return upper > 1 ? 'A' : 'X';
  return firstUpper && upper === 1 ? 'X' : 'm';
}

export const CAP_CLASSES = ['X', 'A', 'x', 'm', 'd', 'p'] as const;

/**
 * Features as (kind, value) pairs: the kind is one of a few constant strings (feature type
 * and offset), the value a word, a suffix, a class. The model stores `kind + ' ' + value`;
 * the tagger looks kind, then value, up, so no key string is built per token.
 */
export class FeatureList {
  kinds: string[] = [];
  values: string[] = [];
  length = 0;

  push(kind: string, value: string): void {
    this.kinds[this.length] = kind;
    this.values[this.length] = value;
    this.length++;
  }

  clear(): void {
    this.length = 0;
  }
}

/** The stored key of a feature. */
export function featureKey(kind: string, value: string): string {
  return value === '' ? kind : kind + ' ' + value;
}

/** Per-feature values keyed by kind, then by value (the tagger's weight file layout). */
export type FeaturesByKind<T> = Record<string, Record<string, T>>;

/**
 * Groups values keyed by featureKey under their kind, then their value: a lookup then needs
 * no key string built per feature, and a value (a word) is hashed once for all its kinds.
 */
export function featuresByKind<T>(byKey: Iterable<[string, T]>): FeaturesByKind<T> {
  const byKind: FeaturesByKind<T> = {};
  for (const [key, value] of byKey) {
    const space = key.indexOf(' '); // kinds hold no space
    const kind = space < 0 ? key : key.slice(0, space);
    // Null prototypes: a value such as "__proto__" is stored as an own key, like any word.
    byKind[kind] ??= Object.create(null) as Record<string, T>;
    byKind[kind][space < 0 ? '' : key.slice(space + 1)] = value;
  }
  return byKind;
}

/** kinds(t)[o]: the kind of feature type t at offset o - WINDOW. */
function kinds(type: string): string[] {
  return Array.from(OFFSET_LETTERS, (o) => type + o);
}
const K_PAD = kinds('_');
const K_LEX = kinds('x');
const K_WORD = kinds('w');
const K_LOWER = kinds('l');
const K_SHAPE = kinds('s');
const K_CLASS = kinds('c');
const K_PREFIX3 = kinds('p');
const K_SUFFIX2 = kinds('u');
const K_SUFFIX3 = kinds('v');
const K_SUFFIX4 = kinds('y');
const K_LENGTH = kinds('n');
const K_HYPHEN_HEAD = kinds('h');
const K_HYPHEN_TAIL = kinds('H');
const DIGITS = Array.from({ length: 10 }, (_, k) => String(k));
const NO_LEXICON_CLASS = '-';

/**
 * Pushes the features of `word` seen at each offset -WINDOW..WINDOW from the tagged token
 * into out[offset + WINDOW]. The nearer the word, the richer its features.
 */
export function wordFeatures(word: string, lexicon: Lexicon, out: FeatureList[]): void {
  if (word === PAD_WORD) {
    for (let o = 0; o < out.length; o++) out[o].push(K_PAD[o], '');
    return;
  }
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const cls = capClass(word);
  const bits = lexicon.words.get(word) ?? 0;
  const suffix3 = lower.length > 3 ? lower.slice(-3) : lower;
  for (let o = 0; o < out.length; o++) {
    const list = out[o];
    for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) list.push(K_LEX[o], DIGITS[b]);
    list.push(K_LOWER[o], lower);
    list.push(K_CLASS[o], cls);
    const offset = o - WINDOW;
    if (offset === 0) {
      list.push(K_WORD[o], word);
      list.push(K_SHAPE[o], shape);
      list.push(K_PREFIX3[o], lower.length > 3 ? lower.slice(0, 3) : lower);
      list.push(K_SUFFIX2[o], lower.length > 2 ? lower.slice(-2) : lower);
      list.push(K_SUFFIX3[o], suffix3);
      list.push(K_SUFFIX4[o], lower.length > 4 ? lower.slice(-4) : lower);
      list.push(K_LENGTH[o], DIGITS[word.length > 9 ? 9 : word.length]);
      if (bits === 0) list.push(K_LEX[o], NO_LEXICON_CLASS);
      const hyphen = word.indexOf('-');
      if (hyphen > 0) {
        list.push(K_HYPHEN_HEAD[o], lower.slice(0, hyphen));
        list.push(K_HYPHEN_TAIL[o], lower.slice(hyphen + 1));
      }
    } else if (offset === -1 || offset === 1) {
      list.push(K_SHAPE[o], shape);
      list.push(K_SUFFIX3[o], suffix3);
    }
  }
}

/** Constant feature kinds prefix + capitalization class. */
function kindsByClass(prefix: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const c of CAP_CLASSES) keys[c] = prefix + c;
  return keys;
}
const SENTENCE_START_KINDS = kindsByClass('S');
const LINE_START_KINDS = kindsByClass('L');
const PHRASE_NEXT_KINDS = kindsByClass('G');
const PAIR_KINDS = kindsByClass('P');
const PHRASE_KINDS: Record<string, string[]> = { b: [], i: [] };
for (const pos of ['b', 'i']) for (let b = 0; b < LEX_BITS; b++) PHRASE_KINDS[pos].push('g' + pos + b);

export const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', ';']);
export const OPENERS = new Set(['«', '"', '“', '(', '[', '-', '–', '—', "'", '‘', '*', '•']);

/** What the context features need to know about a whole text, computed once per text. */
export interface DocumentContext {
  tokens: Token[];
  /** Per token: capClass of its text. */
  classes: string[];
  sentenceStart: Uint8Array;
  /** Per token: lexicon phrase match, 0 = none, else (bits << 1) | (1 if first token). */
  phraseMatch: Int32Array;
  /** The lower-cased forms of sentence-initial capitalized words that also occur in lower case in the text. */
  lowerForms: Set<string>;
  /** Capitalized words that occur capitalized away from a sentence start. */
  innerCapitalized: Set<string>;
}

/**
 * `knownClasses`, when given, holds the class of each token. The tagger computes the same
 * context from its word table (TaggerModel.readText in model.ts): change both together.
 */
export function documentContext(tokens: Token[], lexicon: Lexicon, knownClasses?: string[]): DocumentContext {
  const n = tokens.length;
  const classes: string[] = knownClasses ?? new Array(n);
  const sentenceStart = new Uint8Array(n);
  const innerCapitalized = new Set<string>();
  // Lower-cased sentence-initial capitalized words: the only lower-case forms asked about.
  const initialLowered = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let start = i === 0 || t.lineStart;
    if (!start) {
      const prev = tokens[i - 1].text;
      // Sentence ends and openers are all one character long.
      start = prev.length === 1 && (SENTENCE_ENDS.has(prev) || (OPENERS.has(prev) && sentenceStart[i - 1] === 1));
    }
    sentenceStart[i] = start ? 1 : 0;
    const cls = knownClasses ? knownClasses[i] : (classes[i] = capClass(t.text));
    if (cls === 'X') {
      if (start) initialLowered.add(t.text.toLowerCase());
      else innerCapitalized.add(t.text);
    }
  }
  const lowerForms = new Set<string>();
  if (initialLowered.size > 0) {
    const filter = wordFilter(initialLowered);
    for (let i = 0; i < n; i++) {
      const word = tokens[i].text;
      if (classes[i] === 'x' && filter[wordFilterKey(word)] === 1 && initialLowered.has(word)) lowerForms.add(word);
    }
  }
  const phraseMatch = new Int32Array(n);
  const starts = lexicon.phrases.next;
  if (starts !== undefined) {
    for (let i = 0; i < n; i++) {
      // A phrase starts with a capital, or with one of the few lower-case words the filter knows.
      if ((tokens[i].flags & TOKEN_UPPER) === 0 && lexicon.lowerPhraseStarts[wordFilterKey(tokens[i].text)] === 0) continue;
      let node = starts.get(tokens[i].text);
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i + 1; node?.next !== undefined && j < n && j - i < lexicon.maxPhraseTokens; j++) {
        node = node.next.get(tokens[j].text);
        if (node !== undefined && node.bits !== 0) {
          bestEnd = j;
          bestBits = node.bits;
        }
      }
      if (bestEnd < 0) continue;
      phraseMatch[i] = (bestBits << 1) | 1;
      for (let j = i + 1; j <= bestEnd; j++) phraseMatch[j] = bestBits << 1;
      i = bestEnd;
    }
  }
  return { tokens, classes, sentenceStart, phraseMatch, lowerForms, innerCapitalized };
}

/** Pushes the feature pairing the previous word with the class of the tagged token ("M." + Xxx). */
export function pairFeatures(previousLower: string, cls: string, out: FeatureList): void {
  out.push(PAIR_KINDS[cls], previousLower);
}

/** Pushes the context features of token i, the pair feature aside (see pairFeatures). */
export function contextFeatures(doc: DocumentContext, i: number, cls: string, out: FeatureList): void {
  signatureFeatures(contextSignature(doc, i, cls, CLASS_INDEX[cls]), out);
}

const CLASS_INDEX: Record<string, number> = Object.fromEntries(CAP_CLASSES.map((c, k) => [c, k]));

/**
 * Pushes the context features of a token of context signature `signature`: the signature
 * holds all they read, so the tagger needs no DocumentContext for a signature it meets first.
 */
export function signatureFeatures(signature: number, out: FeatureList): void {
  const cls = CAP_CLASSES[signature & 7];
  out.push('B', '');
  if (signature & 8) {
    out.push(SENTENCE_START_KINDS[cls], '');
    // Sentence-initial capital: does the rest of the text use the word as a name or as a common word?
    if (signature & 16) out.push('Dc', '');
    if (signature & 32) out.push('Dl', '');
  }
  if (signature & 64) out.push(LINE_START_KINDS[cls], '');
  const match = (signature >> 7) & 0xff;
  if (match !== 0) {
    const phraseKinds = PHRASE_KINDS[match & 1 ? 'b' : 'i'];
    const bits = match >> 1;
    for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) out.push(phraseKinds[b], '');
  }
  // The match of the next token tells whether a phrase is about to start.
  if (signature & (1 << 15)) out.push(PHRASE_NEXT_KINDS[cls], '');
}

/** contextSignature values are below this bound. */
export const CONTEXT_SIGNATURES = 1 << 16;

/**
 * A number that determines contextFeatures(doc, i, cls, ...): signatureFeatures reads the
 * features from it, so the tagger sums their weights once per signature. TaggerModel (model.ts, readText and signature) computes the same from its word
 * table without building a DocumentContext; the same test file checks it against this one.
 */
export function contextSignature(doc: DocumentContext, i: number, cls: string, classIndex: number): number {
  const tokens = doc.tokens;
  let signature = classIndex; // CAP_CLASSES.indexOf(cls): 3 bits (the lowest: signatureFeatures reads them)
  if (doc.sentenceStart[i]) {
    signature |= 8;
    if (cls === 'X') {
      const word = tokens[i].text;
      if (doc.innerCapitalized.has(word)) signature |= 16;
      if (doc.lowerForms.has(word.toLowerCase())) signature |= 32;
    }
  }
  if (tokens[i].lineStart) signature |= 64;
  signature |= doc.phraseMatch[i] << 7; // (LEX_BITS bits << 1) | first: 8 bits
  if (i + 1 < tokens.length && (doc.phraseMatch[i + 1] & 1) === 1) signature |= 1 << 15;
  return signature;
}
