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
    const confidence = 1 - Math.pow(2, -meanMargin / marginScale);
    spans.push({ start: tokens[i].start, end: tokens[j - 1].end, label: NAME_LABELS[inside], confidence: Math.round(confidence * 1000) / 1000, ts: i, te: j });
    i = j;
  }
  return spans;
}
