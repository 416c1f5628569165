// The project's entity bar on text it was not trained on: the held-out split of the French
// Wikinews NER fixture (isHeldOutLine), micro F1 over ORG, PER, LOC, exact span + label,
// the rule of scripts/score-ner.mjs. Fails under 0.80, for the whole analyzer and for the
// name tagger alone (so the tagger is gated by itself, whatever the merge does).
import assert from 'node:assert/strict';
import { tagNames } from '../../src/core/entities/tagger';
import { SpanScorer } from '../../src/core/entities/tagger/evaluate';
import { splitNerLines, type NerRecord } from '../../src/core/entities/tagger/split';
import { tokenize } from '../../src/core/text/tokenize';
import { analyzerScore, readNerFixture, SCORED_LABELS } from '../support/ner';

const BAR = 0.8;

function heldOutFrench(): NerRecord[] {
  return splitNerLines(readNerFixture('wikinews-fr-ner.jsonl')).heldOut;
}

describe('NER on the held-out French split (Wikinews, i % 5 === 0)', function () {
  this.timeout(60_000);
  const records = heldOutFrench();

  it('holds one text in five', () => {
    assert.equal(records.length, 224);
  });

  it(`the name tagger alone reaches micro F1 >= ${BAR} (ORG, PER, LOC)`, () => {
    const scorer = new SpanScorer(SCORED_LABELS);
    for (const r of records) scorer.add(r.entities, tagNames(r.text, tokenize(r.text), 'fr'));
    const f = SpanScorer.f1(scorer.micro()).f;
    assert.ok(f >= BAR, `tagger micro F1 ${f.toFixed(4)} < ${BAR}\n${scorer.report()}`);
  });

  it(`the analyzer reaches micro F1 >= ${BAR} (ORG, PER, LOC)`, () => {
    const { f, report } = analyzerScore(records, 'fr');
    assert.ok(f >= BAR, `analyzer micro F1 ${f.toFixed(4)} < ${BAR}\n${report}`);
  });
});
