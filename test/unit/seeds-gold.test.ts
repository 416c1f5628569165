// The five seed articles scored against their hand-made gold with the project's copy of the
// shared scorer: the suite fails when a layer falls under the bar the product promises.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';

const root = path.resolve(__dirname, '../..');
const GOLD = path.join(root, 'test/fixtures/seeds.gold.jsonl');

interface Prf { precision: number; recall: number; f1: number }
interface Report {
  entities_typed: Prf;
  entity_linking_pairs: Prf;
  figures_strict: Prf;
  facts: Prf;
}

describe('seed articles against the gold', function () {
  let report: Report;

  before(function () {
    const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    const lines = seeds.map((name) => {
      const text = fs.readFileSync(path.join(root, 'seeds', name), 'utf8');
      return JSON.stringify(analyze(text, { file: `seeds/${name}` }));
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-gold-'));
    const pred = path.join(dir, 'pred.jsonl');
    fs.writeFileSync(pred, `${lines.join('\n')}\n`);
    report = JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts/score.mjs'), GOLD, pred, '--json'], { encoding: 'utf8' }));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const bars: [keyof Report, number, string][] = [
    ['figures_strict', 0.95, 'figures (strict value)'],
    ['entities_typed', 0.9, 'entities (span and type)'],
    ['entity_linking_pairs', 0.95, 'entity linking'],
    ['facts', 0.75, 'facts'],
  ];
  for (const [layer, bar, label] of bars) {
    it(`${label}: F1 at least ${bar}`, function () {
      const r = report[layer];
      assert.ok(r.f1 >= bar, `${label} F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)}, R ${r.recall.toFixed(3)}) is under ${bar}`);
    });
  }
});
