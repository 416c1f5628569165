// Linear time: 1 MB made of one pathological pattern (test/fixtures/pathological.json, shared
// with scripts/bench-analyzer.mjs) is analyzed within a small multiple of the time of 1 MB of ordinary
// article text (the seeds repeated), measured in the same run so the machine's speed cancels
// out. Each pattern grows 16 KB -> 64 KB -> 256 KB -> 1 MB, is compared at each size with as
// much ordinary text, and stops at the first size over the bound, so a quadratic pattern fails
// in seconds instead of running for an hour; each step also checks growth directly (4x the
// input costs about 4x the time, not 16x). While the analyzer is slow, the ladder stops at the
// largest size whose ordinary text takes under BASELINE_CAP_MS, to keep the suite short.
// Times are the best of two runs: the machine is shared.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions, Lang } from '../../src/core/types';
import pathological from '../fixtures/pathological.json';

const KB = 1024;
const LADDER = [16 * KB, 64 * KB, 256 * KB, 1024 * KB];
/** A pattern may cost this many times as much ordinary text. */
const MAX_RATIO_TO_ORDINARY = 8;
/** 4x the input may cost this many times more (linear: 4; quadratic: 16). */
const MAX_GROWTH_FOR_4X_INPUT = 8;
/** Sizes whose ordinary text takes longer than this are left out (see the header). */
const BASELINE_CAP_MS = Number(process.env.LINEAR_TIME_CAP_MS ?? 1500);
/** Runs again before a verdict on a pattern that looks slow (see the loop). */
const RETRIES = 3;
/** Timer noise: a few milliseconds, or a small share of the ordinary time, are never a verdict. */
const slack = (ordinaryMs: number) => 10 + ordinaryMs / 4;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function bestTime(text: string, lang: Lang, tries: number, format: AnalyzeOptions['format'] = 'plain'): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t = process.hrtime.bigint();
    analyze(text, { lang, format });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

describe('linear time on pathological input', function () {
  this.timeout(300000);
  const seedsDir = path.resolve(__dirname, '../../seeds');
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
  const ordinaryText = seeds.join('\n');
  /** Milliseconds for ordinary text of each size of the ladder that is kept. */
  const ordinary = new Map<number, number>();

  before(function () {
    // Warm up the JIT and the lazily built lexicons and models of both languages.
    for (let i = 0; i < 10; i++) for (const s of seeds) analyze(s, { lang: i % 2 ? 'fr' : 'en' });
    for (const size of LADDER) {
      const ms = bestTime(fill(ordinaryText, size), 'fr', 2);
      ordinary.set(size, ms);
      if (ms > BASELINE_CAP_MS) break;
    }
    const shown = [...ordinary].map(([size, ms]) => `${size / KB} KB ${ms.toFixed(0)} ms`).join(', ');
    console.log(`      ordinary article text: ${shown}${ordinary.size < LADDER.length ? ' (ladder cut: the analyzer is slow)' : ''}`);
  });

  it('ordinary article text itself grows linearly', function () {
    let previous = 0;
    for (const [size, measured] of ordinary) {
      let ms = measured;
      // A load that came and went between two sizes is the machine: time both again, side by side.
      if (previous > 0 && ms > MAX_GROWTH_FOR_4X_INPUT * previous + 10) {
        previous = bestTime(fill(ordinaryText, size / 4), 'fr', 3);
        ms = bestTime(fill(ordinaryText, size), 'fr', 3);
      }
      assert.ok(previous === 0 || ms <= MAX_GROWTH_FOR_4X_INPUT * previous + 10, `${size / KB} KB of ordinary text took ${ms.toFixed(0)} ms, ${(ms / previous).toFixed(1)}x the time of a quarter of it`);
      previous = ms;
    }
  });

  for (const { label, unit, lang = 'fr', format = 'plain' } of pathological.patterns as Array<{ label: string; unit: string; lang?: Lang; format?: AnalyzeOptions['format'] }>) {
    it(`1 MB of ${label} within ${MAX_RATIO_TO_ORDINARY}x ordinary text, and growing linearly`, function () {
      bestTime(fill(unit, 10000), lang, 1, format);
      let previousMs = 0;
      for (const [size, measuredOrdinaryMs] of ordinary) {
        const text = fill(unit, size);
        let ordinaryMs = measuredOrdinaryMs;
        let bound = MAX_RATIO_TO_ORDINARY * ordinaryMs + slack(ordinaryMs);
        let growthBound = MAX_GROWTH_FOR_4X_INPUT * previousMs + slack(ordinaryMs);
        let ms = bestTime(text, lang, 1, format);
        let grewLinearly = previousMs === 0 || ms <= growthBound;
        // A slow run can be the machine (the second core is often someone else's); slow runs
        // again and again are the code. Each retry times the ordinary text beside it, so a load
        // that arrived after before() cancels out too, and times the quarter size again beside
        // this one, so a load or a collection of the suite's large heap that hit only one of the
        // two sizes cancels out of the growth.
        for (let retry = 0; retry < RETRIES && (ms > bound || !grewLinearly); retry++) {
          ms = Math.min(ms, bestTime(text, lang, 1, format));
          ordinaryMs = Math.max(ordinaryMs, bestTime(fill(ordinaryText, size), 'fr', 1));
          bound = MAX_RATIO_TO_ORDINARY * ordinaryMs + slack(ordinaryMs);
          growthBound = MAX_GROWTH_FOR_4X_INPUT * previousMs * (ordinaryMs / measuredOrdinaryMs) + slack(ordinaryMs);
          if (!grewLinearly) {
            const quarterMs = bestTime(fill(unit, size / 4), lang, 1, format);
            const fullMs = bestTime(text, lang, 1, format);
            ms = Math.min(ms, fullMs);
            grewLinearly = ms <= growthBound || fullMs <= MAX_GROWTH_FOR_4X_INPUT * quarterMs + slack(ordinaryMs);
          }
        }
        assert.ok(ms <= bound, `${size / KB} KB of ${label} took ${ms.toFixed(0)} ms, ${(ms / ordinaryMs).toFixed(1)}x the ${ordinaryMs.toFixed(0)} ms of as much ordinary text`);
        assert.ok(
          grewLinearly,
          `${size / KB} KB of ${label} took ${ms.toFixed(0)} ms but ${size / 4 / KB} KB took ${previousMs.toFixed(0)} ms: ${(ms / previousMs).toFixed(1)}x for 4x the input`,
        );
        previousMs = ms;
      }
    });
  }
});
