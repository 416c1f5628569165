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
}

/**
 * Turns BIO label indices into spans; confidence = 1 - 2^(-mean margin / marginScale).
 * `count`: the labels read, the first ones (the tagger passes buffers longer than the text).
 */
export function spansFromLabels(tokens: Token[], labels: Uint8Array, margins: Float32Array, marginScale: number, count = labels.length): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < count) {
    const name = BIO_LABELS[labels[i]];
    if (name === 'O') {
      i++;
      continue;
    }
    const label = name.slice(2) as NameLabel;
    let j = i + 1;
    while (j < count && BIO_LABELS[labels[j]] === 'I-' + label) j++;
    let marginSum = 0;
    for (let k = i; k < j; k++) marginSum += margins[k];
    const meanMargin = Math.max(0, marginSum / (j - i));
    const confidence = 1 - Math.pow(2, -meanMargin / marginScale);
    spans.push({ start: tokens[i].start, end: tokens[j - 1].end, label, confidence: Math.round(confidence * 1000) / 1000 });
    i = j;
  }
  return spans;
}
