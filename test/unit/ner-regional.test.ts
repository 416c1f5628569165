// The entity layer on French text of other kinds than Wikinews: our own texts in the styles of a
// 1990s regional daily (councils, clubs, associations, firms of the region), European Parliament
// debates, encyclopedic biographies and places, and drug leaflets, annotated by hand before the
// analyzer was run on them (test/fixtures/ner/regional-fr-ner.md, its conventions at the top). Micro
// F1 over ORG, PER, LOC, exact span + label; the floor sits just under the score reached.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { SpanScorer, type LabeledSpan } from '../../src/core/entities/tagger/evaluate';
import type { NerRecord } from '../../src/core/entities/tagger/split';
import type { EntityType } from '../../src/core/types';

const FLOOR = 0.9;
const SCORED = new Set(['ORG', 'PER', 'LOC']);
const LABEL_OF_TYPE: Record<EntityType, string | null> = {
  company: 'ORG',
  organization: 'ORG',
  person: 'PER',
  place: 'LOC',
  product: 'MISC',
  ticker: null,
};

function records(): NerRecord[] {
  const file = path.join(__dirname, '../fixtures/ner/regional-fr-ner.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NerRecord);
}

describe('NER on French regional news, European Parliament debates, encyclopedic pages and drug leaflets (our own fixture)', () => {
  const texts = records();

  it('the fixture is the one its source describes (offsets hold the names)', () => {
    assert.equal(texts.length, 20);
    for (const r of texts) for (const e of r.entities) assert.equal(r.text.slice(e.start, e.end), e.text, `${r.id}: ${e.text}`);
  });

  it(`the analyzer reaches micro F1 >= ${FLOOR} (ORG, PER, LOC)`, () => {
    const scorer = new SpanScorer(SCORED);
    for (const r of texts) {
      const predicted: LabeledSpan[] = [];
      for (const e of analyze(r.text, { lang: 'fr' }).entities) {
        const label = LABEL_OF_TYPE[e.type];
        if (label !== null) predicted.push({ start: e.start, end: e.end, label });
      }
      scorer.add(r.entities, predicted);
    }
    const f = SpanScorer.f1(scorer.micro()).f;
    assert.ok(f >= FLOOR, `analyzer micro F1 ${f.toFixed(4)} < ${FLOOR}\n${scorer.report()}`);
  });
});
