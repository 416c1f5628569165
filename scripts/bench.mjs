// Benchmarks of the analyzer (run `npm run bench`, which builds first). Prints figures, asserts
// nothing: the targets are in the README and the closing notes compare against them.
//  1. Throughput over the seed articles repeated to at least 10 MB, on one core.
//  2. Per-article latency (median, 99th percentile) for each seed and for a 5 KB article.
//  3. Linear time: 1 MB of each pathological pattern against 1 MB of ordinary article text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(path.join(root, 'dist/core.js'));

const seedsDir = path.join(root, 'seeds');
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// Warm up the JIT and the lazily built lexicons.
for (let i = 0; i < 50; i++) for (const s of seeds) analyze(s, { lang: 'fr' });

// 1. Throughput
const target = 10 * 1024 * 1024;
let done = 0;
const t0 = now();
while (done < target) for (const s of seeds) { analyze(s); done += bytes(s); }
const elapsed = now() - t0;
console.log(`throughput: ${(done / 1e6).toFixed(1)} MB of seed articles in ${(elapsed / 1000).toFixed(2)} s = ${(done / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s (target >= 20 MB/s)`);

// 2. Latency
const fiveKb = seeds.reduce((a, b) => (Math.abs(bytes(a) - 5120) < Math.abs(bytes(b) - 5120) ? a : b));
for (const [label, articles] of [['all seeds', seeds], [`~5 KB article (${bytes(fiveKb)} B)`, [fiveKb]]]) {
  const times = [];
  for (let i = 0; i < 2000; i++) {
    const s = articles[i % articles.length];
    const t = now();
    analyze(s);
    times.push(now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`latency, ${label}: median ${pct(times, 50).toFixed(3)} ms, p99 ${pct(times, 99).toFixed(3)} ms (target < 1 ms for 5 KB)`);
}

// 3. Linear time on pathological inputs
const MB = 1024 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const ordinary = fill(seeds.join('\n'));
// The pathological patterns are shared with the linear-time test (test/unit/linear-time.test.ts).
const { patterns: pathological } = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/pathological.json'), 'utf8'));
const patterns = [['ordinary article text', ordinary, 'fr', 'plain'], ...pathological.map((p) => [p.label, fill(p.unit), p.lang ?? 'fr', p.format ?? 'plain'])];
let baseline = 0;
for (const [label, text, lang, format] of patterns) {
  analyze(text.slice(0, 10000), { lang, format });
  const t = now();
  analyze(text, { lang, format });
  const ms = now() - t;
  if (label === 'ordinary article text') baseline = ms;
  console.log(`1 MB of ${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / baseline).toFixed(2)} x ordinary text)`);
}

const mem = process.memoryUsage();
console.log(`memory: heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);

// Workspace index (index time, main-thread pauses, hover latency; --files N): its own process, so part 1's heap does not add GC pauses.
(await import('node:child_process')).execFileSync(process.execPath, [path.join(root, 'scripts/bench-index.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
