// The tagger's model at run time: weights per feature and label, BIO transitions, and
// Viterbi decoding. Word features are summed once per distinct word and offset and kept
// in a bounded cache, so tagging costs a few Map lookups per token.

import { TOKEN_DIGIT, TOKEN_LOWER, TOKEN_UPPER, type Token } from '../../text/tokenize';
import {
  CAP_CLASSES,
  WINDOW,
  PAD_WORD,
  FeatureList,
  buildLexicon,
  capClass,
  pairFeatures,
  contextFeatures,
  contextSignature,
  CONTEXT_SIGNATURES,
  documentContext,
  type DocumentContext,
  wordFeatures,
  type Lexicon,
  type LexiconData,
} from './features';

export const BIO_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const LABEL_COUNT = BIO_LABELS.length;
// TaggerModel.emissions sums the labels in nine locals.
if (LABEL_COUNT !== 9) throw new Error('tagger: emissions assume 9 BIO labels');

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
  /** featureKey(kind, value) -> [label index, stored weight, label index, stored weight, ...]; labels absent weigh 0. */
  features: Record<string, number[]>;
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
  scratch?: { score: Float64Array; back: Uint8Array },
  before: number = LABEL_COUNT,
): void {
  const L = LABEL_COUNT;
  const n = to - from;
  if (n <= 0) return;
  // scratch: buffers of at least n x L, reused across the lines of a text.
  const score = scratch !== undefined && scratch.score.length >= n * L ? scratch.score : new Float64Array(n * L);
  const back = scratch !== undefined && scratch.back.length >= n * L ? scratch.back : new Uint8Array(n * L);
  // The transitions as doubles (exact for float32 weights): the same sums as a loop over each
  // label's allowed predecessors in increasing order, unrolled for the BIO order (checked below).
  const t = TRANSITIONS64;
  for (let k = 0; k < t.length; k++) t[k] = transitions[k];
  // `before`: the label of the token before `from`, or LABEL_COUNT at the start of a line.
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[before * L + y] ? emissions[from * L + y] + t[before * L + y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    const emissionRow = (from + i) * L;
    const p0 = score[prevRow], p1 = score[prevRow + 1], p2 = score[prevRow + 2], p3 = score[prevRow + 3], p4 = score[prevRow + 4];
    const p5 = score[prevRow + 5], p6 = score[prevRow + 6], p7 = score[prevRow + 7], p8 = score[prevRow + 8];
    // O and B-X follow any label: the best of the nine, the first one on a tie (strict >).
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let bestScore = -Infinity;
      let bestPrev = 0;
      let s = p0 + t[y];
      if (s > bestScore) { bestScore = s; bestPrev = 0; }
      s = p1 + t[L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 1; }
      s = p2 + t[2 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 2; }
      s = p3 + t[3 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 3; }
      s = p4 + t[4 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 4; }
      s = p5 + t[5 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 5; }
      s = p6 + t[6 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 6; }
      s = p7 + t[7 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 7; }
      s = p8 + t[8 * L + y];
      if (s > bestScore) { bestScore = s; bestPrev = 8; }
      score[row + y] = bestScore + emissions[emissionRow + y];
      back[row + y] = bestPrev;
    }
    // I-X (y = 2, 4, 6, 8) follows B-X (y - 1) or I-X only.
    for (let y = 2; y < L; y += 2) {
      let bestScore = -Infinity;
      let bestPrev = 0;
      const a = score[prevRow + y - 1] + t[(y - 1) * L + y];
      if (a > bestScore) { bestScore = a; bestPrev = y - 1; }
      const b = score[prevRow + y] + t[y * L + y];
      if (b > bestScore) { bestScore = b; bestPrev = y; }
      score[row + y] = bestScore + emissions[emissionRow + y];
      back[row + y] = bestPrev;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * L;
  for (let y = 1; y < L; y++) if (score[lastRow + y] > score[lastRow + last]) last = y;
  out[from + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[from + i - 1] = back[i * L + out[from + i]];
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
export function nameSegments(tokens: Token[], phraseMatch: Int32Array): number[] {
  const n = tokens.length;
  const near = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((tokens[i].flags & TOKEN_UPPER) === 0 && phraseMatch[i] === 0) continue;
    const to = Math.min(n, i + NAME_REACH_AFTER + 1);
    for (let j = Math.max(0, i - NAME_REACH_BEFORE); j < to; j++) near[j] = 1;
  }
  const bounds: number[] = [];
  let from = -1;
  for (let i = 0; i <= n; i++) {
    const inside = i < n && near[i] === 1;
    if (from >= 0 && (!inside || tokens[i].lineStart)) {
      // A short gap before the next segment of the line is bridged: a long name may hold more
      // lower-case words than reach covers (Fédération internationale des ligues des droits de l'homme).
      let next = i;
      while (next < n && next - i < NAME_GAP_BRIDGED && near[next] === 0 && !tokens[next].lineStart) next++;
      if (next < n && next > i && near[next] === 1 && !tokens[next].lineStart) {
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
const OFFSET_COUNT = 2 * WINDOW + 1;
const CLASS_INDEX: Record<string, number> = Object.fromEntries(CAP_CLASSES.map((c, k) => [c, k]));

/** What the tagger keeps per distinct word. */
interface WordEntry {
  cls: string;
  /** Index of cls in CAP_CLASSES. */
  classIndex: number;
  lower: string;
  /** Summed word-feature weights, OFFSET_COUNT blocks of L labels. */
  scores: Float32Array;
  /** Pair-feature weights (this word before a token of class c), filled on first use. */
  pairs: (Float32Array | null)[];
}

export class TaggerModel {
  readonly lexicon: Lexicon;
  readonly marginScale: number;
  /** kind -> value -> weight per label. */
  private readonly weights = new Map<string, Map<string, Float32Array>>();
  private readonly transitions: Float32Array;
  private readonly wordCache = new Map<string, WordEntry>();
  private readonly offsetLists = Array.from({ length: OFFSET_COUNT }, () => new FeatureList());
  private readonly contextList = new FeatureList();
  /** Weights of the features whose value is empty (context features), by kind. */
  private readonly constantWeights = new Map<string, Float32Array>();
  /** Summed context-feature weights by contextSignature, filled on first sight. */
  private readonly contextScores: (Float32Array | undefined)[] = new Array(CONTEXT_SIGNATURES);

  constructor(data: ModelData, lexiconData: LexiconData) {
    if (data.labels.join() !== BIO_LABELS.join()) throw new Error('tagger model: unexpected label set');
    this.lexicon = buildLexicon(lexiconData);
    this.marginScale = data.marginScale;
    this.transitions = Float32Array.from(data.transitions, (v) => v / data.scale);
    for (const [key, packed] of Object.entries(data.features)) {
      const w = new Float32Array(LABEL_COUNT);
      for (let k = 0; k < packed.length; k += 2) w[packed[k]] = packed[k + 1] / data.scale;
      const space = key.indexOf(' ');
      const kind = space < 0 ? key : key.slice(0, space);
      const value = space < 0 ? '' : key.slice(space + 1);
      let byValue = this.weights.get(kind);
      if (byValue === undefined) this.weights.set(kind, (byValue = new Map()));
      byValue.set(value, w);
      if (value === '') this.constantWeights.set(kind, w);
    }
  }

  /** Adds the weights of the listed features into `into` at `base`. */
  private addWeights(list: FeatureList, into: Float32Array, base: number): void {
    for (let k = 0; k < list.length; k++) {
      const w = this.weights.get(list.kinds[k])?.get(list.values[k]);
      if (w === undefined) continue;
      for (let y = 0; y < LABEL_COUNT; y++) into[base + y] += w[y];
    }
  }

  private word(word: string): WordEntry {
    let entry = this.wordCache.get(word);
    if (entry !== undefined) return entry;
    const scores = new Float32Array(OFFSET_COUNT * LABEL_COUNT);
    const lists = this.offsetLists;
    for (const list of lists) list.clear();
    wordFeatures(word, this.lexicon, lists);
    for (let o = 0; o < OFFSET_COUNT; o++) this.addWeights(lists[o], scores, o * LABEL_COUNT);
    const cls = word === PAD_WORD ? 'p' : capClass(word);
    entry = { cls, classIndex: CLASS_INDEX[cls], lower: word.toLowerCase(), scores, pairs: [null, null, null, null, null, null] };
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, entry);
    return entry;
  }

  private pairScores(previous: WordEntry, c: number): Float32Array {
    let scores = previous.pairs[c];
    if (scores === null) {
      scores = new Float32Array(LABEL_COUNT);
      const list = this.contextList;
      list.clear();
      pairFeatures(previous.lower, CAP_CLASSES[c], list);
      this.addWeights(list, scores, 0);
      previous.pairs[c] = scores;
    }
    return scores;
  }

  /** The word entry of each token holding a capital letter, and every token's capitalization class. */
  private capitalizedWords(tokens: Token[]): { entries: (WordEntry | undefined)[]; classes: string[] } {
    const n = tokens.length;
    const entries: (WordEntry | undefined)[] = new Array(n);
    const classes: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const flags = tokens[i].flags;
      if (flags & TOKEN_UPPER) {
        const entry = this.word(tokens[i].text);
        entries[i] = entry;
        classes[i] = entry.cls;
      } else {
        // Without an upper-case letter, capClass can only say digit, lower or no letter.
        classes[i] = flags & TOKEN_DIGIT ? capClass(tokens[i].text) : flags & TOKEN_LOWER ? 'x' : 'p';
      }
    }
    return { entries, classes };
  }

  /** Summed weights of the context features of token i. */
  contextFeatureScores(doc: DocumentContext, i: number, cls: string): Float32Array {
    const scores = new Float32Array(LABEL_COUNT);
    const list = this.contextList;
    list.clear();
    contextFeatures(doc, i, cls, list);
    for (let f = 0; f < list.length; f++) {
      const w = this.constantWeights.get(list.kinds[f]);
      if (w !== undefined) for (let y = 0; y < LABEL_COUNT; y++) scores[y] += w[y];
    }
    return scores;
  }

  /**
   * Emission scores, tokens x labels, on the rows of `segments` ([from, to) pairs; the other rows
   * stay 0): word features of the window, the pair feature and context features.
   */
  emissions(tokens: Token[], segments: number[] = lineSegments(tokens)): Float32Array {
    const { entries, classes } = this.capitalizedWords(tokens);
    return this.segmentEmissions(tokens, segments, entries, documentContext(tokens, this.lexicon, classes));
  }

  private segmentEmissions(tokens: Token[], segments: number[], entries: (WordEntry | undefined)[], doc: DocumentContext): Float32Array {
    const emissions = new Float32Array(tokens.length * LABEL_COUNT);
    for (let k = 0; k < segments.length; k += 2) this.fillEmissions(tokens, segments[k], segments[k + 1], entries, doc, emissions);
    return emissions;
  }

  /** Writes the emission rows of the tokens [from, to). */
  private fillEmissions(tokens: Token[], from: number, to: number, entries: (WordEntry | undefined)[], doc: DocumentContext,
    emissions: Float32Array): void {
    const n = tokens.length;
    const L = LABEL_COUNT;
    // Word entries where the rows read them: the tokens and WINDOW around.
    const last = Math.min(n, to + WINDOW);
    for (let j = Math.max(0, from - WINDOW); j < last; j++) entries[j] ??= this.word(tokens[j].text);
    const pad = this.word(PAD_WORD).scores;
    {
      for (let i = from; i < to; i++) {
        // The nine label sums are kept in locals and written once per token (L === 9, checked above).
        let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
        for (let offset = -WINDOW; offset <= WINDOW; offset++) {
          const j = i + offset;
          const w = j < 0 || j >= n ? pad : (entries[j] as WordEntry).scores;
          const b = (offset + WINDOW) * L;
          e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4];
          e5 += w[b + 5]; e6 += w[b + 6]; e7 += w[b + 7]; e8 += w[b + 8];
        }
        const entry = entries[i] as WordEntry;
        if (i > 0) {
          const w = this.pairScores(entries[i - 1] as WordEntry, entry.classIndex);
          e0 += w[0]; e1 += w[1]; e2 += w[2]; e3 += w[3]; e4 += w[4]; e5 += w[5]; e6 += w[6]; e7 += w[7]; e8 += w[8];
        }
        const signature = contextSignature(doc, i, entry.cls, entry.classIndex);
        let w = this.contextScores[signature];
        if (w === undefined) w = this.contextScores[signature] = this.contextFeatureScores(doc, i, entry.cls);
        e0 += w[0]; e1 += w[1]; e2 += w[2]; e3 += w[3]; e4 += w[4]; e5 += w[5]; e6 += w[6]; e7 += w[7]; e8 += w[8];
        const row = i * L;
        emissions[row] = e0; emissions[row + 1] = e1; emissions[row + 2] = e2; emissions[row + 3] = e3; emissions[row + 4] = e4;
        emissions[row + 5] = e5; emissions[row + 6] = e6; emissions[row + 7] = e7; emissions[row + 8] = e8;
      }
    }
  }

  /**
   * BIO labels of the tokens, and a margin per name token. Only the tokens near a capital letter
   * are decoded (see nameSegments); the others are O.
   */
  tag(tokens: Token[]): TaggedSequence {
    const n = tokens.length;
    const L = LABEL_COUNT;
    const { entries, classes } = this.capitalizedWords(tokens);
    const doc = documentContext(tokens, this.lexicon, classes);
    const segments = nameSegments(tokens, doc.phraseMatch);
    const emissions = this.segmentEmissions(tokens, segments, entries, doc);
    const labels = new Uint8Array(n);
    let scratch = { score: new Float64Array(64 * L), back: new Uint8Array(64 * L) };
    for (let k = 0; k < segments.length; k += 2) {
      let from = segments[k];
      let to = segments[k + 1];
      // A name still open at either end of the segment may go on: the segment grows (within its
      // line, taking in the next segment when it meets it) and is decoded again.
      for (;;) {
        if (scratch.score.length < (to - from) * L) scratch = { score: new Float64Array(2 * (to - from) * L), back: new Uint8Array(2 * (to - from) * L) };
        // A segment that starts inside a line follows an O token.
        viterbi(emissions, from, to, this.transitions, labels, scratch, from === 0 || tokens[from].lineStart ? L : 0);
        let grownTo = to;
        if (labels[to - 1] !== 0) {
          while (grownTo < n && grownTo < to + NAME_REACH_AFTER && !tokens[grownTo].lineStart) grownTo++;
        }
        let grownFrom = from;
        if (labels[from] !== 0) {
          while (grownFrom > 0 && grownFrom > from - NAME_REACH_BEFORE && !tokens[grownFrom].lineStart) grownFrom--;
        }
        if (grownTo === to && grownFrom === from) break;
        this.fillEmissions(tokens, grownFrom, from, entries, doc, emissions);
        this.fillEmissions(tokens, to, grownTo, entries, doc, emissions);
        from = grownFrom;
        to = grownTo;
        while (k + 2 < segments.length && segments[k + 2] <= to && !tokens[segments[k + 2]].lineStart) {
          to = Math.max(to, segments[k + 3]);
          k += 2;
        }
      }
    }
    const margins = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (labels[i] === 0) continue; // only name tokens get a confidence
      const row = i * L;
      const prev = i === 0 || tokens[i].lineStart ? L : labels[i - 1];
      const chosen = emissions[row + labels[i]] + this.transitions[prev * L + labels[i]];
      let other = -Infinity;
      for (let y = 0; y < L; y++) {
        if (y === labels[i] || !ALLOWED[prev * L + y]) continue;
        const s = emissions[row + y] + this.transitions[prev * L + y];
        if (s > other) other = s;
      }
      margins[i] = other === -Infinity ? this.marginScale * 4 : chosen - other;
    }
    return { labels, margins };
  }
}
