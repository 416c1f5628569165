// The tagger's model at run time: weights per feature and label, BIO transitions, and
// Viterbi decoding. Word features are summed once per distinct word and offset and kept
// in a bounded cache; what a pass over a text reads per token sits in typed arrays (by
// token, by word), so tagging a known word touches no object but the token.

import { TOKEN_DIGIT, TOKEN_LOWER, TOKEN_UPPER, hasCurrentId, tokenFlags, tokenIdEpoch, type Token } from '../../text/tokenize';
import {
  CAP_CLASSES,
  WINDOW,
  PAD_WORD,
  FeatureList,
  featuresByKind,
  type FeaturesByKind,
  OPENERS,
  SENTENCE_ENDS,
  buildLexicon,
  capClass,
  pairFeatures,
  contextSignature,
  CONTEXT_SIGNATURES,
  signatureFeatures,
  wordFeatures,
  type Lexicon,
  type LexiconData,
  type PhraseNode,
  wordFilterKey,
} from './features';

export const BIO_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const LABEL_COUNT = BIO_LABELS.length;
// TaggerModel.emissions sums the labels in nine locals.
if (LABEL_COUNT !== 9) throw new Error('tagger: emissions assume 9 BIO labels');
// TaggerModel.fillEmissions sums the five word blocks of the window unrolled.
if (WINDOW !== 2) throw new Error('tagger: emissions assume a window of two words either side');

/** The weight file as written by scripts/train-tagger.ts (src/core/data/tagger-*.json). */
export interface ModelData {
  lang: string;
  labels: string[];
  /** Stored weights are integers: weight = stored / scale. */
  scale: number;
  /** (LABEL_COUNT + 1) x LABEL_COUNT: row p = previous label p, last row = start of a line. */
  transitions: number[];
  /** Typical margin of a predicted name token on the training split (confidence scale). */
  marginScale: number;
  /**
   * Feature kind -> value -> [label index, stored weight, label index, stored weight, ...];
   * labels absent weigh 0 (see featuresByKind; a feature with no value is stored under '').
   */
  features: FeaturesByKind<number[]>;
}

/** allowed[prev * L + cur]: an I-X label only follows B-X or I-X; prev = L is the text start. */
export function transitionAllowed(prev: number, cur: number): boolean {
  const curLabel = BIO_LABELS[cur];
  if (!curLabel.startsWith('I-')) return true;
  if (prev === LABEL_COUNT) return false;
  return BIO_LABELS[prev].slice(2) === curLabel.slice(2);
}

/**
 * Viterbi over the tokens [from, to) given emission scores (n x L) and transitions
 * ((L+1) x L); writes the best label index of each token into `out`. The token before
 * `from` has label `before` (LABEL_COUNT: none, a line starts at `from`).
 */
export function viterbi(
  emissions: ArrayLike<number>,
  from: number,
  to: number,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  scratch?: { back: Uint8Array },
  before: number = LABEL_COUNT,
): void {
  const L = LABEL_COUNT;
  const n = to - from;
  if (n <= 0) return;
  // scratch: a buffer of at least n x L back pointers, reused across the lines of a text.
  const back = scratch !== undefined && scratch.back.length >= n * L ? scratch.back : new Uint8Array(n * L);
  // The transitions as doubles (exact for float32 weights): the same sums as a loop over each
  // label's allowed predecessors in increasing order, unrolled for the BIO order (checked below).
  let t: Float64Array<ArrayBufferLike> = TRANSITIONS64;
  if (transitions instanceof Float64Array) t = transitions;
  else for (let k = 0; k < t.length; k++) t[k] = transitions[k];
  // The scores of the previous token's labels live in locals, not in a row of an array.
  // `before`: the label of the token before `from`, or LABEL_COUNT at the start of a line.
  const first = from * L;
  const tb = before * L;
  let p0 = emissions[first] + t[tb], p1 = emissions[first + 1] + t[tb + 1], p3 = emissions[first + 3] + t[tb + 3];
  let p5 = emissions[first + 5] + t[tb + 5], p7 = emissions[first + 7] + t[tb + 7];
  let p2 = ALLOWED[tb + 2] ? emissions[first + 2] + t[tb + 2] : -Infinity;
  let p4 = ALLOWED[tb + 4] ? emissions[first + 4] + t[tb + 4] : -Infinity;
  let p6 = ALLOWED[tb + 6] ? emissions[first + 6] + t[tb + 6] : -Infinity;
  let p8 = ALLOWED[tb + 8] ? emissions[first + 8] + t[tb + 8] : -Infinity;
  // The transitions the loop reads, in locals: no bounds check nor load from the array per token.
  const t0 = t[0], t1 = t[1], t3 = t[3], t5 = t[5], t7 = t[7], t9 = t[9], t10 = t[10], t11 = t[11], t12 = t[12];
  const t14 = t[14], t16 = t[16], t18 = t[18], t19 = t[19], t20 = t[20], t21 = t[21], t23 = t[23], t25 = t[25], t27 = t[27];
  const t28 = t[28], t30 = t[30], t31 = t[31], t32 = t[32], t34 = t[34], t36 = t[36], t37 = t[37], t39 = t[39], t40 = t[40];
  const t41 = t[41], t43 = t[43], t45 = t[45], t46 = t[46], t48 = t[48], t50 = t[50], t51 = t[51], t52 = t[52], t54 = t[54];
  const t55 = t[55], t57 = t[57], t59 = t[59], t60 = t[60], t61 = t[61], t63 = t[63], t64 = t[64], t66 = t[66], t68 = t[68];
  const t70 = t[70], t71 = t[71], t72 = t[72], t73 = t[73], t75 = t[75], t77 = t[77], t79 = t[79], t80 = t[80];
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const e = (from + i) * L;
    // O and B-X follow any label: the best of the nine, the first one on a tie (strict >).
    // Unrolled with the transitions at fixed indexes (tK = t[K], K = prev * L + y), so that the scores stay
    // in registers: 1.5x faster than loops over y and an array of score rows.
    let s: number;
    let q0 = p0 + t0, q0Prev = 0;
    s = p1 + t9; if (s > q0) { q0 = s; q0Prev = 1; } s = p2 + t18; if (s > q0) { q0 = s; q0Prev = 2; }
    s = p3 + t27; if (s > q0) { q0 = s; q0Prev = 3; } s = p4 + t36; if (s > q0) { q0 = s; q0Prev = 4; }
    s = p5 + t45; if (s > q0) { q0 = s; q0Prev = 5; } s = p6 + t54; if (s > q0) { q0 = s; q0Prev = 6; }
    s = p7 + t63; if (s > q0) { q0 = s; q0Prev = 7; } s = p8 + t72; if (s > q0) { q0 = s; q0Prev = 8; }
    back[row] = q0Prev;
    q0 += emissions[e];
    let q1 = p0 + t1, q1Prev = 0;
    s = p1 + t10; if (s > q1) { q1 = s; q1Prev = 1; } s = p2 + t19; if (s > q1) { q1 = s; q1Prev = 2; }
    s = p3 + t28; if (s > q1) { q1 = s; q1Prev = 3; } s = p4 + t37; if (s > q1) { q1 = s; q1Prev = 4; }
    s = p5 + t46; if (s > q1) { q1 = s; q1Prev = 5; } s = p6 + t55; if (s > q1) { q1 = s; q1Prev = 6; }
    s = p7 + t64; if (s > q1) { q1 = s; q1Prev = 7; } s = p8 + t73; if (s > q1) { q1 = s; q1Prev = 8; }
    back[row + 1] = q1Prev;
    q1 += emissions[e + 1];
    let q3 = p0 + t3, q3Prev = 0;
    s = p1 + t12; if (s > q3) { q3 = s; q3Prev = 1; } s = p2 + t21; if (s > q3) { q3 = s; q3Prev = 2; }
    s = p3 + t30; if (s > q3) { q3 = s; q3Prev = 3; } s = p4 + t39; if (s > q3) { q3 = s; q3Prev = 4; }
    s = p5 + t48; if (s > q3) { q3 = s; q3Prev = 5; } s = p6 + t57; if (s > q3) { q3 = s; q3Prev = 6; }
    s = p7 + t66; if (s > q3) { q3 = s; q3Prev = 7; } s = p8 + t75; if (s > q3) { q3 = s; q3Prev = 8; }
    back[row + 3] = q3Prev;
    q3 += emissions[e + 3];
    let q5 = p0 + t5, q5Prev = 0;
    s = p1 + t14; if (s > q5) { q5 = s; q5Prev = 1; } s = p2 + t23; if (s > q5) { q5 = s; q5Prev = 2; }
    s = p3 + t32; if (s > q5) { q5 = s; q5Prev = 3; } s = p4 + t41; if (s > q5) { q5 = s; q5Prev = 4; }
    s = p5 + t50; if (s > q5) { q5 = s; q5Prev = 5; } s = p6 + t59; if (s > q5) { q5 = s; q5Prev = 6; }
    s = p7 + t68; if (s > q5) { q5 = s; q5Prev = 7; } s = p8 + t77; if (s > q5) { q5 = s; q5Prev = 8; }
    back[row + 5] = q5Prev;
    q5 += emissions[e + 5];
    let q7 = p0 + t7, q7Prev = 0;
    s = p1 + t16; if (s > q7) { q7 = s; q7Prev = 1; } s = p2 + t25; if (s > q7) { q7 = s; q7Prev = 2; }
    s = p3 + t34; if (s > q7) { q7 = s; q7Prev = 3; } s = p4 + t43; if (s > q7) { q7 = s; q7Prev = 4; }
    s = p5 + t52; if (s > q7) { q7 = s; q7Prev = 5; } s = p6 + t61; if (s > q7) { q7 = s; q7Prev = 6; }
    s = p7 + t70; if (s > q7) { q7 = s; q7Prev = 7; } s = p8 + t79; if (s > q7) { q7 = s; q7Prev = 8; }
    back[row + 7] = q7Prev;
    q7 += emissions[e + 7];
    // I-X (y = 2, 4, 6, 8) follows B-X (y - 1) or I-X only; B-X on a tie (it comes first).
    const b2 = p1 + t11;
    const i2 = p2 + t20;
    back[row + 2] = i2 > b2 ? 2 : 1;
    const q2 = (i2 > b2 ? i2 : b2) + emissions[e + 2];
    const b4 = p3 + t31;
    const i4 = p4 + t40;
    back[row + 4] = i4 > b4 ? 4 : 3;
    const q4 = (i4 > b4 ? i4 : b4) + emissions[e + 4];
    const b6 = p5 + t51;
    const i6 = p6 + t60;
    back[row + 6] = i6 > b6 ? 6 : 5;
    const q6 = (i6 > b6 ? i6 : b6) + emissions[e + 6];
    const b8 = p7 + t71;
    const i8 = p8 + t80;
    back[row + 8] = i8 > b8 ? 8 : 7;
    const q8 = (i8 > b8 ? i8 : b8) + emissions[e + 8];
    p0 = q0; p1 = q1; p2 = q2; p3 = q3; p4 = q4; p5 = q5; p6 = q6; p7 = q7; p8 = q8;
  }
  // The best last label, the first one on a tie.
  let last = 0;
  let best = p0;
  if (p1 > best) { best = p1; last = 1; }
  if (p2 > best) { best = p2; last = 2; }
  if (p3 > best) { best = p3; last = 3; }
  if (p4 > best) { best = p4; last = 4; }
  if (p5 > best) { best = p5; last = 5; }
  if (p6 > best) { best = p6; last = 6; }
  if (p7 > best) { best = p7; last = 7; }
  if (p8 > best) last = 8;
  out[from + n - 1] = last;
  // The label in a local, not read back from `out`: each step waits on one load, not on a store and a load.
  let y = last;
  for (let i = n - 1; i > 0; i--) out[from + i - 1] = y = back[i * L + y];
}

const TRANSITIONS64 = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
// viterbi's unrolled loops: O first, then B-X at odd and I-X at even indexes, I-X after B-X or I-X only.
for (let y = 0; y < LABEL_COUNT; y++) {
  for (let p = 0; p < LABEL_COUNT; p++) {
    const assumed = y === 0 || y % 2 === 1 || p === y - 1 || p === y;
    if (transitionAllowed(p, y) !== assumed) throw new Error('tagger: viterbi assumes the BIO label order');
  }
}

/** Names never cross a line break: each line is decoded on its own. Returns [from, to) pairs. */
export function lineSegments(tokens: Token[]): number[] {
  const bounds: number[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].lineStart) {
      bounds.push(from, i);
      from = i;
    }
  }
  return bounds;
}

/** Tokens this many places before and after a token with a capital letter are decoded. */
export const NAME_REACH_BEFORE = 3;
export const NAME_REACH_AFTER = 3;
/** Lower-case tokens between two segments of a line, at most, for them to be decoded as one. */
export const NAME_GAP_BRIDGED = 6;

/**
 * The runs of tokens the tagger decodes, as [from, to) pairs: the tokens near a token that
 * holds a capital letter or belongs to a lexicon phrase (`phraseMatch` of documentContext),
 * cut at line breaks. The names the model finds hold one of those, and reach only a few
 * lower-case words before it (ministère de l'Intérieur), so decoding the long lower-case
 * stretches of a text, most of it, would only confirm O labels (test/unit/tagger.test.ts
 * compares with decoding every line).
 */
export function nameSegments(tokens: Token[], phraseMatch: Int32Array, scratch?: Uint8Array): number[] {
  const bits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = ((tokens[i].flags & TOKEN_UPPER) !== 0 ? ROW_UPPER : 0) | (tokens[i].lineStart ? ROW_LINE_START : 0);
  return segmentsNearNames(bits, tokens.length, phraseMatch, scratch);
}

/** nameSegments from the token rows of readText (ROW_UPPER and ROW_LINE_START of `bits`). */
function segmentsNearNames(bits: Uint8Array, n: number, phraseMatch: Int32Array, scratch?: Uint8Array): number[] {
  // scratch: a buffer of at least n bytes to reuse.
  const near = scratch !== undefined && scratch.length >= n ? scratch.fill(0, 0, n) : new Uint8Array(n);
  // Each place is marked once: the reaches of two close names overlap, and `to` never decreases.
  let marked = 0;
  for (let i = 0; i < n; i++) {
    if ((bits[i] & ROW_UPPER) === 0 && phraseMatch[i] === 0) continue;
    const to = Math.min(n, i + NAME_REACH_AFTER + 1);
    for (let j = Math.max(marked, i - NAME_REACH_BEFORE); j < to; j++) near[j] = 1;
    marked = to;
  }
  const bounds: number[] = [];
  let from = -1;
  for (let i = 0; i <= n; i++) {
    const inside = i < n && near[i] === 1;
    if (from >= 0 && (!inside || (bits[i] & ROW_LINE_START) !== 0)) {
      // A short gap before the next segment of the line is bridged: a long name may hold more
      // lower-case words than reach covers (Fédération internationale des ligues des droits de l'homme).
      let next = i;
      while (next < n && next - i < NAME_GAP_BRIDGED && near[next] === 0 && (bits[next] & ROW_LINE_START) === 0) next++;
      if (next < n && next > i && near[next] === 1 && (bits[next] & ROW_LINE_START) === 0) {
        i = next - 1;
        continue;
      }
      bounds.push(from, i);
      from = -1;
    }
    if (inside && from < 0) from = i;
  }
  return bounds;
}

/** Workspace.bits: the token holds an upper-case letter (Token.flags). */
const ROW_UPPER = 1;
/** Workspace.bits: Token.lineStart. */
const ROW_LINE_START = 2;
/** Workspace.bits: the token starts a sentence (documentContext's sentenceStart). */
const ROW_SENTENCE_START = 4;

const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = 0; p <= LABEL_COUNT; p++) {
  for (let y = 0; y < LABEL_COUNT; y++) ALLOWED[p * LABEL_COUNT + y] = transitionAllowed(p, y) ? 1 : 0;
}

export interface TaggedSequence {
  labels: Uint8Array;
  /** Per name token (0 for O): score of the chosen label minus the best other label, transitions included. */
  margins: Float32Array;
}

const WORD_CACHE_LIMIT = 100_000;
/** Slots of an empty word table (a power of two); it doubles when half full, so a small vocabulary stays in cache. */
const WORD_TABLE_SIZE = 1 << 12;
const OFFSET_COUNT = 2 * WINDOW + 1;
const CLASS_INDEX: Record<string, number> = Object.fromEntries(CAP_CLASSES.map((c, k) => [c, k]));
const CLASS_X = CLASS_INDEX.X;
const CLASS_COUNT = CAP_CLASSES.length;
/** WordEntry.punctuation: the word ends a sentence, or opens a quote or a list item (see documentContext). */
const ENDS_SENTENCE = 1;
const OPENS = 2;
/**
 * The R_BITS field of a word row, what readText reads of a word: its classIndex (the low 3 bits),
 * its punctuation (<< 3), whether its docCls is X or x, and whether a lexicon phrase starts with it.
 */
const WORD_CLASS_MASK = 7;
const WORD_PUNCTUATION_SHIFT = 3;
const WORD_DOC_X = 32;
const WORD_DOC_LOWER = 64;
const WORD_PHRASE_START = 128;

/**
 * The fields of an entry's row in WordRows.data, ROW_STRIDE ints (32 bytes, two rows a cache line)
 * from index * ROW_STRIDE: what readText reads of a token's word and what fillEmissions then reads
 * of it and of the word before.
 */
const ROW_STRIDE = 8;
/** The word bits (WORD_CLASS_MASK, WORD_DOC_X...). */
const R_BITS = 0;
/** Mark: the word is capitalized (docCls X) away from a sentence start (innerCapitalized). */
const R_INNER_MARK = 1;
/** Mark: the word occurs in lower case (docCls x). */
const R_LOWER_MARK = 2;
/**
 * Where the word's sums are in wordPool, -1 until first need: their offset << 1, | SUMS_PAIR when the
 * model weighs a pair feature of the word (before a token of any class): fillEmissions reads both
 * from the one number readText copies, without the row of the word before.
 */
const R_WORD_SUMS = 3;
const SUMS_PAIR = 1;
/** The index of the entry of the word's lower-case form, -1 until first need. */
const R_LOWER_INDEX = 4;
/** Mark: the word is the lower-cased form of a sentence-initial capitalized word (initialLowered). */
const R_INITIAL_MARK = 5;
/** WordEntry.phraseId. */
const R_PHRASE_ID = 6;
/** WordEntry.phraseStart. */
const R_PHRASE_START = 7;
/**
 * The word sums of an entry in wordPool (R_WORD_SUMS): OFFSET_COUNT blocks of L labels (block o:
 * the word at offset o - WINDOW from the tagged token), then, for a word with SUMS_PAIR, CLASS_COUNT
 * blocks (block c: the pair feature of the word before a token of class c). A word's pair blocks sit
 * right after its own blocks, which the token before has just read, and need no offset of their own.
 */
const PAIR_BLOCKS = OFFSET_COUNT * LABEL_COUNT;

/**
 * What the tagger keeps per distinct word: what documentContext and contextSignature read of
 * it. What the passes over a text read per token is kept by the entry's index in WordRows.
 */
interface WordEntry {
  word: string;
  /** The entry's place in wordList. */
  index: number;
  hash: number;
  /** capClass(word): the class of the word features, the pair feature and the signature. */
  cls: string;
  /** Index of cls in CAP_CLASSES. */
  classIndex: number;
  /** The class documentContext reads: cls for a word with an upper-case letter, else a shortcut from the token flags. */
  docCls: string;
  lower: string;
  punctuation: number;
  /** The node of PhraseTrie reached from the root by this word (documentContext's trie lookup), -1 if none. */
  phraseStart: number;
  /** The word's id in the lexicon phrases (phraseWordIds), -1 if no phrase holds it. */
  phraseId: number;
}

/** The rows of a text the tagger works on, reused from text to text. */
interface Workspace {
  /**
   * What the later passes read of each token, so that they touch neither the token nor its
   * entry: ROW_UPPER | ROW_LINE_START | ROW_SENTENCE_START, and the word's classIndex.
   */
  bits: Uint8Array;
  classes: Uint8Array;
  /** The index of each token's entry in wordList. */
  indexes: Int32Array;
  /** The tokens whose word starts a lexicon phrase (WORD_PHRASE_START), phraseStartCount of them. */
  phraseStarts: Int32Array;
  phraseStartCount: number;
  /**
   * At j + WINDOW, token j's R_WORD_SUMS (the pad word's outside the text): readText copies each
   * token's (-1 for a word not summed yet), fillEmissions sums those it needs.
   */
  scores: Int32Array;
  phraseMatch: Int32Array;
  emissions: Float32Array;
  near: Uint8Array;
  labels: Uint8Array;
  margins: Float32Array;
}

/**
 * What the passes over a text read of each word, in typed arrays by entry index: they find and
 * read a token's word without touching its entry object, which analyze's other layers push out
 * of the caches between texts. One row of ROW_STRIDE ints per entry (the R_ fields), so that a
 * word seen first in a text costs one cache line, not one per field. Marks are text stamps that
 * stand for the word sets of documentContext (a mark equal to the text's stamp means "in the set").
 */
class WordRows {
  /** The R_ fields of entry index at index * ROW_STRIDE; word() writes them all when it makes the entry. */
  readonly data: Int32Array;

  constructor(readonly size: number, from?: WordRows) {
    this.data = new Int32Array(size * ROW_STRIDE);
    if (from !== undefined) this.data.set(from.data);
  }
}

/**
 * The stored weights (ModelData.features) by kind and value in one open-addressing table over typed
 * arrays, the weights themselves in flat arrays: a feature of a word first seen is looked up by
 * hashing its value's characters, not through a property lookup on an object of thousands of keys,
 * which must first find the fresh string among the heap's internalized strings (most of the cost of
 * a word seen first), and its weights are read without a pointer to a JavaScript array.
 */
class FeatureTable {
  /** Kind -> its number (kinds are a few constant strings). */
  private readonly kindNumbers = new Map<string, number>();
  /** Slot -> entry + 1 (0 = empty); at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** By entry: the hash of (kind, value), the kind's number, the value. */
  private readonly hashes: Int32Array;
  private readonly kinds: Int32Array;
  private readonly values: string[] = [];
  /** Entry e's weights are labels[k] and weights[k] for k in [starts[e], starts[e + 1]). */
  readonly starts: Int32Array;
  readonly labels: Uint8Array;
  /** The stored weights divided by the scale, rounded to float32 (the sums add them as such). */
  readonly weights: Float32Array;

  constructor(features: FeaturesByKind<number[]>, scale: number) {
    const kinds = Object.keys(features);
    const valuesByKind = kinds.map((kind) => Object.keys(features[kind]));
    let count = 0;
    let pairs = 0;
    kinds.forEach((kind, k) => {
      const byValue = features[kind];
      for (const value of valuesByKind[k]) {
        if (!Array.isArray(byValue[value])) continue;
        count++;
        pairs += byValue[value].length >> 1;
      }
    });
    let size = 16;
    while (size < 2 * count) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(count);
    this.kinds = new Int32Array(count);
    this.starts = new Int32Array(count + 1);
    this.labels = new Uint8Array(pairs);
    this.weights = new Float32Array(pairs);
    let used = 0;
    for (let number = 0; number < kinds.length; number++) {
      this.kindNumbers.set(kinds[number], number);
      const byValue = features[kinds[number]];
      for (const value of valuesByKind[number]) {
        const packed = byValue[value];
        if (!Array.isArray(packed)) continue;
        const entry = this.values.length;
        const hash = FeatureTable.hash(number, value);
        this.hashes[entry] = hash;
        this.kinds[entry] = number;
        this.values.push(value);
        this.starts[entry] = used;
        for (let j = 0; j < packed.length; j += 2, used++) {
          this.labels[used] = packed[j];
          this.weights[used] = packed[j + 1] / scale;
        }
        let slot = (hash ^ (hash >>> 15)) & this.mask;
        while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot] = entry + 1;
      }
    }
    this.starts[count] = used;
  }

  /** FNV-1a over the kind's number, then the value's code units. */
  private static hash(kind: number, value: string): number {
    let hash = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
    for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
    return hash;
  }

  /** The entry of the feature, -1 if the model has no weight for it. */
  entry(kind: string, value: string): number {
    const number = this.kindNumbers.get(kind);
    if (number === undefined) return -1;
    const hash = FeatureTable.hash(number, value);
    const slots = this.slots;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const entry = slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.kinds[entry] === number && this.values[entry] === value) return entry;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of entry `entry` into `into` at `base`: labels absent from it weigh 0. */
  add(entry: number, into: Float32Array, base: number): void {
    const { labels, weights } = this;
    for (let k = this.starts[entry]; k < this.starts[entry + 1]; k++) into[base + labels[k]] += weights[k];
  }
}

/** Float32 blocks in one growing array: the sums are read without a pointer per word. */
class WeightPool {
  data = new Float32Array(1 << 12);
  private used = 0;

  /** The offset of `size` new zeroed floats (data may be a new array afterwards). */
  allocate(size: number): number {
    if (this.used + size > this.data.length) {
      const data = new Float32Array(Math.max(2 * this.data.length, this.used + size));
      data.set(this.data.subarray(0, this.used));
      this.data = data;
    }
    const offset = this.used;
    this.used += size;
    this.data.fill(0, offset, this.used);
    return offset;
  }

  clear(): void {
    this.used = 0;
  }
}

/**
 * The lexicon's phrase trie (PhraseNode) as numbers: nodes by id (the root is 0), edges keyed by
 * (node, word id) in one open-addressing table, so that walking it reads typed arrays only. A slot
 * is two ints, the edge's key node * wordCount + word id (+ 1, 0 = empty) and the child, in a
 * table at most 3/4 full: 256 KB for a lexicon's 18 000 edges, where most probes miss the cache.
 */
class PhraseTrie {
  /** Class bits of the phrase that ends at each node, 0 if none does. */
  readonly bits: Int32Array;
  /** 1 where the node has children. */
  readonly hasNext: Uint8Array;
  /** Slot -> [key + 1 (0 = empty), child]. */
  private readonly edges: Int32Array;
  private readonly mask: number;
  /** The word ids the edges were keyed with: ids from ids.size on name no edge. */
  private readonly wordCount: number;

  constructor(root: PhraseNode, ids: Map<string, number>) {
    const nodes: PhraseNode[] = [root];
    const edges: [number, number, number][] = [];
    for (let k = 0; k < nodes.length; k++) {
      const next = nodes[k].next;
      if (next === undefined) continue;
      for (const [word, child] of next) {
        let id = ids.get(word);
        if (id === undefined) ids.set(word, (id = ids.size));
        edges.push([k, id, nodes.length]);
        nodes.push(child);
      }
    }
    this.bits = Int32Array.from(nodes, (node) => node.bits);
    this.hasNext = Uint8Array.from(nodes, (node) => (node.next === undefined ? 0 : 1));
    this.wordCount = ids.size;
    if (nodes.length * this.wordCount >= 0x7fffffff) throw new Error('tagger: the phrase trie keys need 31 bits');
    let size = 16;
    while (4 * edges.length > 3 * size) size *= 2;
    this.mask = size - 1;
    this.edges = new Int32Array(2 * size);
    for (const [node, id, child] of edges) {
      const key = node * this.wordCount + id;
      let slot = PhraseTrie.slot(key) & this.mask;
      while (this.edges[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.edges[2 * slot] = key + 1;
      this.edges[2 * slot + 1] = child;
    }
  }

  private static slot(key: number): number {
    const h = Math.imul(key, 0x9e3779b1);
    return h ^ (h >>> 15);
  }

  /** The child of `node` by the word of id `id`, -1 if none. */
  child(node: number, id: number): number {
    if (id >= this.wordCount) return -1;
    const edges = this.edges;
    const key = node * this.wordCount + id + 1;
    let slot = PhraseTrie.slot(key - 1) & this.mask;
    for (;;) {
      const stored = edges[2 * slot];
      if (stored === key) return edges[2 * slot + 1];
      if (stored === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A weight file written before features were grouped by kind: featureKey(kind, value) -> weights. */
function storedByKey(features: FeaturesByKind<number[]>): boolean {
  for (const kind in features) return Array.isArray(features[kind]);
  return false;
}

export class TaggerModel {
  readonly lexicon: Lexicon;
  readonly marginScale: number;
  /**
   * The weights of ModelData.features in a hash table over typed arrays (FeatureTable): a feature is
   * looked up once per distinct word and offset, or per context signature.
   */
  private readonly features: FeatureTable;
  private readonly transitions: Float32Array;
  /** The same transitions as doubles, for viterbi. */
  private readonly transitions64: Float64Array;
  /**
   * The word table: open addressing over a hash of the word's characters, so a token's text is
   * looked up without V8 hashing the fresh token string. Slot -> index + 1 in wordList, 0 = empty.
   */
  private wordSlots = new Int32Array(WORD_TABLE_SIZE);
  private readonly wordList: WordEntry[] = [];
  /** What the passes read of each entry of wordList, by its index (grown with wordList). */
  private rows = new WordRows(WORD_TABLE_SIZE);
  /**
   * By token id, at 2 * id: the index of the token's entry, then the tokenizer's epoch + 1 when it
   * was stored (0: none). An id names one word within an epoch, so an entry of the present epoch
   * for a token of the present table (hasCurrentId, whose table tokenize has just read) is the
   * token's word, with no copy of the word to compare. Emptied with wordList.
   */
  private indexById = new Int32Array(2 * WORD_TABLE_SIZE);
  /** The pad word's R_WORD_SUMS, -1 until first need (emptied with wordList). */
  private padSums = -1;
  /** Stamp of the text being tagged: marks equal to it are this text's. */
  private stamp = 0;
  /** The words of the lexicon phrases, by id, and the phrase trie over those ids. */
  private readonly phraseWordIds = new Map<string, number>();
  private readonly phrases: PhraseTrie;
  private readonly offsetLists = Array.from({ length: OFFSET_COUNT }, () => new FeatureList());
  private readonly contextList = new FeatureList();
  /** scores(): where the pair features of each class end in contextList, and their stored weights. */
  private readonly pairEnds = new Int32Array(CLASS_COUNT);
  private readonly pairWeights: number[] = [];
  /** Summed weights: word and pair features (per word, see PAIR_BLOCKS), context features (per signature). */
  private readonly wordPool = new WeightPool();
  private readonly contextPool = new WeightPool();
  /** Offset in contextPool of the summed context-feature weights by contextSignature, -1 until first sight. */
  private readonly contextScores = new Int32Array(CONTEXT_SIGNATURES).fill(-1);
  /**
   * Reused from text to text, sized by the longest text seen: tagging is synchronous and never
   * re-entered, its caller reads the labels before the next text (tagNames), and each worker of
   * the pool is an isolate with models of its own, so no two texts share these rows at once.
   */
  private work: Workspace = {
    bits: new Uint8Array(0), classes: new Uint8Array(0), indexes: new Int32Array(0), phraseStarts: new Int32Array(0), phraseStartCount: 0, scores: new Int32Array(0), phraseMatch: new Int32Array(0),
    emissions: new Float32Array(0), near: new Uint8Array(0), labels: new Uint8Array(0), margins: new Float32Array(0),
  };
  private scratch = { back: new Uint8Array(64 * LABEL_COUNT) };

  constructor(data: ModelData, lexiconData: LexiconData) {
    if (data.labels.join() !== BIO_LABELS.join()) throw new Error('tagger model: unexpected label set');
    this.lexicon = buildLexicon(lexiconData);
    this.phrases = new PhraseTrie(this.lexicon.phrases, this.phraseWordIds);
    this.marginScale = data.marginScale;
    this.transitions = Float32Array.from(data.transitions, (v) => v / data.scale);
    this.transitions64 = Float64Array.from(this.transitions);
    this.features = new FeatureTable(storedByKey(data.features) ? featuresByKind(Object.entries(data.features as unknown as Record<string, number[]>)) : data.features, data.scale);
  }

  /** Adds the weights of the listed features into `into` at `base`. */
  private addWeights(list: FeatureList, into: Float32Array, base: number): void {
    for (let k = 0; k < list.length; k++) {
      const entry = this.features.entry(list.kinds[k], list.values[k]);
      if (entry >= 0) this.features.add(entry, into, base);
    }
  }

  /** The entry of `word`, made on first sight. Entries stay valid until the next text (see beginText). */
  private word(word: string): WordEntry {
    let hash = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
    const slots = this.wordSlots;
    const mask = slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    const list = this.wordList;
    for (;;) {
      const index = slots[slot];
      if (index === 0) break;
      const entry = list[index - 1];
      if (entry.hash === hash && entry.word === word) return entry;
      slot = (slot + 1) & mask;
    }
    const entry = this.newEntry(word, hash);
    list.push(entry);
    if (list.length > this.rows.size) this.rows = new WordRows(2 * this.rows.size, this.rows);
    const row = this.rows.data;
    const r = entry.index * ROW_STRIDE;
    row[r + R_BITS] = entry.classIndex | (entry.punctuation << WORD_PUNCTUATION_SHIFT)
      | (entry.docCls === 'X' ? WORD_DOC_X : entry.docCls === 'x' ? WORD_DOC_LOWER : 0) | (entry.phraseStart >= 0 ? WORD_PHRASE_START : 0);
    row[r + R_INNER_MARK] = 0;
    row[r + R_LOWER_MARK] = 0;
    row[r + R_WORD_SUMS] = -1;
    row[r + R_LOWER_INDEX] = -1;
    row[r + R_INITIAL_MARK] = 0;
    row[r + R_PHRASE_ID] = entry.phraseId;
    row[r + R_PHRASE_START] = entry.phraseStart;
    slots[slot] = list.length;
    // Never more than half full: a text with more distinct words than the table holds grows it.
    if (2 * list.length > slots.length) this.resizeWordTable(2 * slots.length);
    return entry;
  }

  /**
   * this.word(token.text).index, found by the token's id when the token was seen before; `epoch`: tokenIdEpoch() + 1;
   * `idsCurrent`: the tokens were made in that epoch, so every id names its text (no check against the tokenizer's table).
   */
  private tokenIndex(token: Token, epoch: number, idsCurrent: boolean): number {
    const at = 2 * token.id;
    if (at >= 0 && at < this.indexById.length && this.indexById[at + 1] === epoch && (idsCurrent || hasCurrentId(token))) return this.indexById[at];
    const index = this.word(token.text).index;
    if (at >= 0 && (idsCurrent || hasCurrentId(token))) {
      if (at >= this.indexById.length) {
        const grownById = new Int32Array(Math.max(2 * this.indexById.length, at + 2));
        grownById.set(this.indexById);
        this.indexById = grownById;
      }
      this.indexById[at] = index;
      this.indexById[at + 1] = epoch;
    }
    return index;
  }

  private resizeWordTable(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    const list = this.wordList;
    for (let k = 0; k < list.length; k++) {
      const hash = list[k].hash;
      let slot = (hash ^ (hash >>> 15)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.wordSlots = slots;
  }

  private newEntry(word: string, hash: number): WordEntry {
    const cls = word === PAD_WORD ? 'p' : capClass(word);
    // The token flags are a function of the text: tokenize gives equal texts equal flags.
    const flags = word === PAD_WORD ? 0 : tokenFlags(word);
    // Without an upper-case letter, capClass can only say digit, lower or no letter (the shortcut documentContext was given).
    const docCls = flags & TOKEN_UPPER ? cls : flags & TOKEN_DIGIT ? capClass(word) : flags & TOKEN_LOWER ? 'x' : 'p';
    const phraseId = this.phraseWordIds.get(word) ?? -1;
    // documentContext's test: a phrase starts with a capital, or with one of the few lower-case words the filter knows.
    const phraseStart = phraseId < 0 || ((flags & TOKEN_UPPER) === 0 && this.lexicon.lowerPhraseStarts[wordFilterKey(word)] === 0)
      ? -1
      : this.phrases.child(0, phraseId);
    const punctuation = word.length === 1 ? (SENTENCE_ENDS.has(word) ? ENDS_SENTENCE : 0) | (OPENERS.has(word) ? OPENS : 0) : 0;
    return {
      word, index: this.wordList.length, hash, cls, classIndex: CLASS_INDEX[cls], docCls, lower: word.toLowerCase(), punctuation, phraseStart, phraseId,
    };
  }

  /** The index of the entry of the lower-case form of wordList[index], made on first need (this.rows may be new afterwards). */
  private lowerIndex(index: number): number {
    let lower = this.rows.data[index * ROW_STRIDE + R_LOWER_INDEX];
    if (lower < 0) {
      lower = this.word(this.wordList[index].lower).index;
      this.rows.data[index * ROW_STRIDE + R_LOWER_INDEX] = lower;
    }
    return lower;
  }

  /** The R_WORD_SUMS of wordList[index] (see PAIR_BLOCKS), summed on first need. */
  private scores(index: number): number {
    let sums = this.rows.data[index * ROW_STRIDE + R_WORD_SUMS];
    if (sums < 0) {
      const offset = this.wordPool.allocate(PAIR_BLOCKS);
      sums = offset << 1; // offsets stay far below 2^30: 99 floats a word, the table emptied past 100 000 words
      const lists = this.offsetLists;
      for (const list of lists) list.clear();
      const entry = this.wordList[index];
      wordFeatures(entry.word, this.lexicon, lists);
      for (let o = 0; o < OFFSET_COUNT; o++) this.addWeights(lists[o], this.wordPool.data, offset + o * LABEL_COUNT);
      // Here, not in word(): only the words near a name pay for the lookups. A word the model has no
      // pair weight for gets no pair blocks (they would be 0, and adding 0 changes no sum).
      // Each pair feature is looked up once: the lookups tell whether the word gets pair blocks at all.
      const list = this.contextList;
      const ends = this.pairEnds;
      const found = this.pairWeights;
      list.clear();
      for (let c = 0; c < CLASS_COUNT; c++) {
        pairFeatures(entry.lower, CAP_CLASSES[c], list);
        ends[c] = list.length;
      }
      let weighed = false;
      for (let k = 0; k < list.length; k++) {
        found[k] = this.features.entry(list.kinds[k], list.values[k]);
        if (found[k] >= 0) weighed = true;
      }
      if (weighed) {
        // Right after the word's blocks: the pool hands out offsets in order.
        const pairs = this.wordPool.allocate(CLASS_COUNT * LABEL_COUNT);
        const into = this.wordPool.data; // after allocate, which may grow it
        for (let c = 0, k = 0; c < CLASS_COUNT; c++) {
          for (; k < ends[c]; k++) {
            if (found[k] >= 0) this.features.add(found[k], into, pairs + c * LABEL_COUNT);
          }
        }
        sums |= SUMS_PAIR;
      }
      this.rows.data[index * ROW_STRIDE + R_WORD_SUMS] = sums;
    }
    return sums;
  }

  /**
   * Starts a text: a new stamp, the word table emptied when full (never during a text, so the
   * entries of a text stay the table's), and work rows for n tokens.
   */
  private beginText(n: number): Workspace {
    if (this.wordList.length >= WORD_CACHE_LIMIT) {
      this.wordList.length = 0;
      this.padSums = -1;
      this.indexById = new Int32Array(2 * WORD_TABLE_SIZE);
      this.rows = new WordRows(WORD_TABLE_SIZE);
      this.wordPool.clear();
      if (this.wordSlots.length === WORD_TABLE_SIZE) this.wordSlots.fill(0);
      else this.wordSlots = new Int32Array(WORD_TABLE_SIZE);
    }
    this.stamp++;
    const work = this.work;
    if (work.bits.length < n) {
      const size = Math.max(n, 2 * work.bits.length);
      this.work = {
        bits: new Uint8Array(size), classes: new Uint8Array(size), indexes: new Int32Array(size), phraseStarts: new Int32Array(size), phraseStartCount: 0,
        scores: new Int32Array(size + 2 * WINDOW), phraseMatch: new Int32Array(size),
        emissions: new Float32Array(size * LABEL_COUNT), near: new Uint8Array(size), labels: new Uint8Array(size), margins: new Float32Array(size),
      };
    }
    return this.work;
  }

  /**
   * What documentContext computes, read from the word rows (WordRows): each token's word
   * index, class and sentence start, phrase matches, and the marks of the text's word sets
   * (innerCapitalized, initialLowered, words in lower case).
   */
  private readText(tokens: Token[], work: Workspace, idsCurrent = false): void {
    const n = tokens.length;
    const stamp = this.stamp;
    const { bits, classes, indexes, phraseStarts, phraseMatch, scores } = work;
    let phraseStartCount = 0;
    let previousWord = 0;
    let previousBits = 0;
    const epoch = tokenIdEpoch() + 1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      const index = this.tokenIndex(t, epoch, idsCurrent);
      indexes[i] = index;
      const rows = this.rows.data; // after tokenIndex, which may grow it
      const r = index * ROW_STRIDE;
      const word = rows[r + R_BITS];
      let start = i === 0 || t.lineStart;
      if (!start) {
        const p = previousWord >> WORD_PUNCTUATION_SHIFT;
        start = (p & ENDS_SENTENCE) !== 0 || ((p & OPENS) !== 0 && (previousBits & ROW_SENTENCE_START) !== 0);
      }
      previousBits = bits[i] = ((t.flags & TOKEN_UPPER) !== 0 ? ROW_UPPER : 0) | (t.lineStart ? ROW_LINE_START : 0) | (start ? ROW_SENTENCE_START : 0);
      classes[i] = word & WORD_CLASS_MASK;
      // Read here, from the row just read: fillEmissions sums the words still at -1 (see Workspace.scores).
      scores[i + WINDOW] = rows[r + R_WORD_SUMS];
      if ((word & WORD_DOC_X) !== 0) {
        if (start) {
          const lower = this.lowerIndex(index);
          this.rows.data[lower * ROW_STRIDE + R_INITIAL_MARK] = stamp;
        } else {
          rows[r + R_INNER_MARK] = stamp;
        }
      } else if ((word & WORD_DOC_LOWER) !== 0) {
        rows[r + R_LOWER_MARK] = stamp;
      }
      if ((word & WORD_PHRASE_START) !== 0) phraseStarts[phraseStartCount++] = i;
      previousWord = word;
    }
    work.phraseStartCount = phraseStartCount;
    phraseMatch.fill(0, 0, n);
    const maxPhraseTokens = this.lexicon.maxPhraseTokens;
    const rows = this.rows.data;
    const trie = this.phrases;
    // Only the tokens whose word starts a phrase, after the end of the last match.
    let matchedTo = 0;
    for (let k = 0; k < phraseStartCount; k++) {
      const i = phraseStarts[k];
      if (i < matchedTo) continue;
      let node = rows[indexes[i] * ROW_STRIDE + R_PHRASE_START];
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i + 1; node >= 0 && trie.hasNext[node] === 1 && j < n && j - i < maxPhraseTokens; j++) {
        const id = rows[indexes[j] * ROW_STRIDE + R_PHRASE_ID];
        if (id < 0) break; // a word of no phrase
        node = trie.child(node, id);
        if (node >= 0 && trie.bits[node] !== 0) {
          bestEnd = j;
          bestBits = trie.bits[node];
        }
      }
      if (bestEnd < 0) continue;
      phraseMatch[i] = (bestBits << 1) | 1;
      for (let j = i + 1; j <= bestEnd; j++) phraseMatch[j] = bestBits << 1;
      matchedTo = bestEnd + 1;
    }
  }

  /** contextSignature(documentContext(tokens), i, ...) from readText's rows and marks. */
  private signature(work: Workspace, n: number, i: number): number {
    const classIndex = work.classes[i];
    const bits = work.bits[i];
    let signature = classIndex;
    if ((bits & ROW_SENTENCE_START) !== 0) {
      signature |= 8;
      if (classIndex === CLASS_X) {
        const index = work.indexes[i];
        const stamp = this.stamp;
        if (this.rows.data[index * ROW_STRIDE + R_INNER_MARK] === stamp) signature |= 16;
        // lowerForms: the lower-cased forms of sentence-initial capitalized words that also occur in lower case.
        const lower = this.lowerIndex(index);
        const rows = this.rows.data; // after lowerIndex, which may grow it
        if (rows[lower * ROW_STRIDE + R_INITIAL_MARK] === stamp && rows[lower * ROW_STRIDE + R_LOWER_MARK] === stamp) signature |= 32;
      }
    }
    if ((bits & ROW_LINE_START) !== 0) signature |= 64;
    signature |= work.phraseMatch[i] << 7;
    if (i + 1 < n && (work.phraseMatch[i + 1] & 1) === 1) signature |= 1 << 15;
    return signature;
  }

  /** The context signature of each token, as the tagger computes it (for tests: it must equal contextSignature). */
  signatures(tokens: Token[]): number[] {
    const work = this.beginText(tokens.length);
    this.readText(tokens, work);
    return tokens.map((_, i) => this.signature(work, tokens.length, i));
  }

  /** The offset in contextPool of the summed context-feature weights of a signature, summed on first sight. */
  private signatureScores(signature: number): number {
    let offset = this.contextScores[signature];
    if (offset < 0) {
      offset = this.contextScores[signature] = this.contextPool.allocate(LABEL_COUNT);
      const list = this.contextList;
      list.clear();
      signatureFeatures(signature, list);
      this.addWeights(list, this.contextPool.data, offset);
    }
    return offset;
  }

  /**
   * Emission scores, tokens x labels, on the rows of `segments` ([from, to) pairs; the other rows
   * stay 0): word features of the window, the pair feature and context features.
   */
  emissions(tokens: Token[], segments: number[] = lineSegments(tokens)): Float32Array {
    const work = this.beginText(tokens.length);
    this.readText(tokens, work);
    const emissions = new Float32Array(tokens.length * LABEL_COUNT);
    for (let k = 0; k < segments.length; k += 2) this.fillEmissions(tokens, segments[k], segments[k + 1], work, emissions);
    return emissions;
  }

  /** Writes the emission rows of the tokens [from, to). */
  private fillEmissions(tokens: Token[], from: number, to: number, work: Workspace, emissions: Float32Array): void {
    const n = tokens.length;
    const L = LABEL_COUNT;
    const { classes, indexes } = work;
    // Word-feature sums where the rows read them: the tokens and WINDOW around, the pad word
    // outside the text; scores[j + WINDOW] is token j's.
    const scores = work.scores;
    if (this.padSums < 0) this.padSums = this.scores(this.word(PAD_WORD).index);
    const pad = this.padSums;
    const last = Math.min(n, to + WINDOW) + WINDOW;
    for (let k = Math.max(0, from - WINDOW) - WINDOW; k < last; k++) {
      if (k < 0 || k >= n) scores[k + WINDOW] = pad;
      // -1: readText found the word not summed yet (a word met twice is summed once: scores() reads its row first).
      else if (scores[k + WINDOW] < 0) scores[k + WINDOW] = this.scores(indexes[k]);
    }
    const words = this.wordPool.data; // after the sums above, which may grow the pool
    for (let i = from; i < to; i++) {
      // Block o of the word at offset o - WINDOW (WINDOW === 2, checked above). The nine label
      // sums are kept in locals and written once per token (L === 9, checked above).
      const before = scores[i + 1];
      const w0 = scores[i] >> 1, w1 = (before >> 1) + L, w2 = (scores[i + 2] >> 1) + 2 * L, w3 = (scores[i + 3] >> 1) + 3 * L, w4 = (scores[i + 4] >> 1) + 4 * L;
      let e0 = words[w0] + words[w1] + words[w2] + words[w3] + words[w4];
      let e1 = words[w0 + 1] + words[w1 + 1] + words[w2 + 1] + words[w3 + 1] + words[w4 + 1];
      let e2 = words[w0 + 2] + words[w1 + 2] + words[w2 + 2] + words[w3 + 2] + words[w4 + 2];
      let e3 = words[w0 + 3] + words[w1 + 3] + words[w2 + 3] + words[w3 + 3] + words[w4 + 3];
      let e4 = words[w0 + 4] + words[w1 + 4] + words[w2 + 4] + words[w3 + 4] + words[w4 + 4];
      let e5 = words[w0 + 5] + words[w1 + 5] + words[w2 + 5] + words[w3 + 5] + words[w4 + 5];
      let e6 = words[w0 + 6] + words[w1 + 6] + words[w2 + 6] + words[w3 + 6] + words[w4 + 6];
      let e7 = words[w0 + 7] + words[w1 + 7] + words[w2 + 7] + words[w3 + 7] + words[w4 + 7];
      let e8 = words[w0 + 8] + words[w1 + 8] + words[w2 + 8] + words[w3 + 8] + words[w4 + 8];
      // A word without pair weights adds a block of zeros: skipped, as adding 0 changes no sum.
      if (i > 0 && (before & SUMS_PAIR) !== 0) {
        // The word before's pair block for this token's class, after its word blocks (summed with them).
        const b = (before >> 1) + PAIR_BLOCKS + classes[i] * L;
        e0 += words[b]; e1 += words[b + 1]; e2 += words[b + 2]; e3 += words[b + 3]; e4 += words[b + 4];
        e5 += words[b + 5]; e6 += words[b + 6]; e7 += words[b + 7]; e8 += words[b + 8];
      }
      const signature = this.signature(work, n, i);
      let b = this.contextScores[signature];
      if (b < 0) b = this.signatureScores(signature);
      const w = this.contextPool.data;
      e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4];
      e5 += w[b + 5]; e6 += w[b + 6]; e7 += w[b + 7]; e8 += w[b + 8];
      const row = i * L;
      emissions[row] = e0; emissions[row + 1] = e1; emissions[row + 2] = e2; emissions[row + 3] = e3; emissions[row + 4] = e4;
      emissions[row + 5] = e5; emissions[row + 6] = e6; emissions[row + 7] = e7; emissions[row + 8] = e8;
    }
  }

  /**
   * BIO labels of the tokens, and a margin per name token. Only the tokens near a capital letter
   * are decoded (see nameSegments); the others are O.
   */
  tag(tokens: Token[]): TaggedSequence {
    const work = this.decode(tokens);
    return { labels: work.labels.slice(0, tokens.length), margins: work.margins.slice(0, tokens.length) };
  }

  /**
   * tag without the copies: the labels and margins are the first tokens.length places of
   * buffers the model reuses, valid until its next call. `idsCurrent`: the tokens were made in the
   * tokenizer's present epoch (tokenIdEpoch()), so their ids are read without a check.
   */
  tagInPlace(tokens: Token[], idsCurrent = false): TaggedSequence {
    const work = this.decode(tokens, idsCurrent);
    return { labels: work.labels, margins: work.margins };
  }

  /** tag's labels and margins, in the first tokens.length places of work.labels and work.margins. */
  private decode(tokens: Token[], idsCurrent = false): Workspace {
    const n = tokens.length;
    const L = LABEL_COUNT;
    const work = this.beginText(n);
    this.readText(tokens, work, idsCurrent);
    const bits = work.bits;
    const segments = segmentsNearNames(bits, n, work.phraseMatch, work.near);
    // Rows outside the decoded segments are never written nor read (they hold an earlier text's).
    const emissions = work.emissions;
    for (let k = 0; k < segments.length; k += 2) this.fillEmissions(tokens, segments[k], segments[k + 1], work, emissions);
    const labels = work.labels.fill(0, 0, n);
    for (let k = 0; k < segments.length; k += 2) {
      let from = segments[k];
      let to = segments[k + 1];
      // A name still open at either end of the segment may go on: the segment grows (within its
      // line, taking in the next segment when it meets it) and is decoded again.
      for (;;) {
        if (this.scratch.back.length < (to - from) * L) this.scratch = { back: new Uint8Array(2 * (to - from) * L) };
        // A segment that starts inside a line follows an O token.
        viterbi(emissions, from, to, this.transitions64, labels, this.scratch, from === 0 || (bits[from] & ROW_LINE_START) !== 0 ? L : 0);
        let grownTo = to;
        if (labels[to - 1] !== 0) {
          while (grownTo < n && grownTo < to + NAME_REACH_AFTER && (bits[grownTo] & ROW_LINE_START) === 0) grownTo++;
        }
        let grownFrom = from;
        if (labels[from] !== 0) {
          while (grownFrom > 0 && grownFrom > from - NAME_REACH_BEFORE && (bits[grownFrom] & ROW_LINE_START) === 0) grownFrom--;
        }
        if (grownTo === to && grownFrom === from) break;
        this.fillEmissions(tokens, grownFrom, from, work, emissions);
        this.fillEmissions(tokens, to, grownTo, work, emissions);
        from = grownFrom;
        to = grownTo;
        while (k + 2 < segments.length && segments[k + 2] <= to && (bits[segments[k + 2]] & ROW_LINE_START) === 0) {
          to = Math.max(to, segments[k + 3]);
          k += 2;
        }
      }
    }
    const margins = work.margins.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      if (labels[i] === 0) continue; // only name tokens get a confidence
      const row = i * L;
      const prev = i === 0 || (bits[i] & ROW_LINE_START) !== 0 ? L : labels[i - 1];
      const chosen = emissions[row + labels[i]] + this.transitions[prev * L + labels[i]];
      let other = -Infinity;
      for (let y = 0; y < L; y++) {
        if (y === labels[i] || !ALLOWED[prev * L + y]) continue;
        const s = emissions[row + y] + this.transitions[prev * L + y];
        if (s > other) other = s;
      }
      margins[i] = other === -Infinity ? this.marginScale * 4 : chosen - other;
    }
    return work;
  }
}
