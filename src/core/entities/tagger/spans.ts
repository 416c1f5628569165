// Name spans from the tagger's BIO labels.

import type { Token } from '../../text/tokenize';
import { BIO_LABELS } from './model';

export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NameSpan {
  start: number;
  end: number;
  label: NameLabel;
  /** 0..1, from the mean decoding margin of the span's tokens. */
  confidence: number;
  /** The span's tokens, [ts, te) in the tokens the tagger read: the merge reads them without searching the offsets. */
  ts: number;
  te: number;
}

/** The name label of each BIO label index (I-X's, read at the even index). */
const NAME_LABELS = BIO_LABELS.map((l) => l.slice(2)) as NameLabel[];
for (let y = 1; y < BIO_LABELS.length; y += 2) {
  if (BIO_LABELS[y] !== 'B-' + NAME_LABELS[y] || BIO_LABELS[y + 1] !== 'I-' + NAME_LABELS[y]) throw new Error('tagger: spans assume B-X, I-X pairs');
}

/**
 * Turns BIO label indices into spans; confidence = 1 - 2^(-mean margin / marginScale).
 * `count`: the labels read, the first ones (the tagger passes buffers longer than the text).
 */
export function spansFromLabels(tokens: Token[], labels: Uint8Array, margins: Float32Array, marginScale: number, count = labels.length): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < count) {
    const y = labels[i];
    if (y === 0) {
      i++;
      continue;
    }
    // BIO_LABELS: O, then B-X at odd and I-X at even indexes; a name runs on while I-X follows.
    const inside = y % 2 === 1 ? y + 1 : y;
    let j = i + 1;
    while (j < count && labels[j] === inside) j++;
    let marginSum = 0;
    for (let k = i; k < j; k++) marginSum += margins[k];
    const meanMargin = Math.max(0, marginSum / (j - i));
    spans.push({ start: tokens[i].start, end: tokens[j - 1].end, label: NAME_LABELS[inside], confidence: roundedConfidence(meanMargin / marginScale), ts: i, te: j });
    i = j;
  }
  return spans;
}

/** Math.round((1 - 2^-x) * 1000) / 1000, x >= 0: the confidence of a span, as the spans give it. */
export function exactConfidence(x: number): number {
  return Math.round((1 - Math.pow(2, -x)) * 1000) / 1000;
}

/** 2^(-j/64), j = 0..64. */
const TWO_TO_MINUS_SIXTY_FOURTHS = Float64Array.from({ length: 65 }, (_, j) => Math.pow(2, -j / 64));

/**
 * exactConfidence(x), without Math.pow (a call out of the compiled code, as long as summing a
 * token's emissions) where it can: 2^-x from a table of 2^(-j/64) and four terms of the series of
 * e^-u for the rest (u < ln 2 / 64: the error is under 2e-12), so the thousandths are the exact
 * ones unless the value lies within 1e-6 of a rounding boundary, where exactConfidence decides.
 */
export function roundedConfidence(x: number): number {
  if (x >= 11) return 1; // 2^-11 < 0.0005: 1 - 2^-x rounds to 1.000
  const whole = Math.floor(x);
  const sixtyFourths = Math.floor((x - whole) * 64);
  const u = (x - whole - sixtyFourths / 64) * Math.LN2;
  const power = TWO_TO_MINUS_SIXTY_FOURTHS[sixtyFourths] * (1 - u * (1 - u * (0.5 - u * (1 / 6 - u / 24)))) / (1 << whole);
  const thousandths = (1 - power) * 1000;
  const fraction = thousandths - Math.floor(thousandths);
  if (!(Math.abs(fraction - 0.5) > 1e-6)) return exactConfidence(x); // near a boundary, or x not a number
  return Math.round(thousandths) / 1000;
}
