// Parts 1-3 of `npm run bench` (see bench.mjs, which runs this file in a worker thread with the
// index workers' heap limits, or in its own main thread with --main-thread).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, resourceLimits } from 'node:worker_threads';
import * as v8 from 'node:v8';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(path.join(root, 'dist/core.js'));

/** Where the figures were measured, printed on the first line (`npm run bench | head -3` keeps it). */
const measuredIn = isMainThread
  ? 'in the main thread'
  : `in a worker, young generation ${resourceLimits.maxYoungGenerationSizeMb} MB, old ${resourceLimits.maxOldGenerationSizeMb} MB`;

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
console.log(`throughput: ${(done / 1e6).toFixed(1)} MB of seed articles in ${(elapsed / 1000).toFixed(2)} s = ${(done / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s (target >= 20 MB/s; ${measuredIn})`);

// 2. Latency, and the young-generation collections (scavenges, each a pause of the run it falls in)
// counted by V8's GC profiler (a PerformanceObserver of 'gc' entries missed half of them).
const fiveKb = seeds.reduce((a, b) => (Math.abs(bytes(a) - 5120) < Math.abs(bytes(b) - 5120) ? a : b));
for (const [label, articles] of [['all seeds', seeds], [`~5 KB article (${bytes(fiveKb)} B)`, [fiveKb]]]) {
  const times = [];
  // CPU time as well (the process's, with V8's helper threads; microseconds): on a busy machine
  // the wall time's p99 is another job's time slice.
  const cpuTimes = [];
  const gcProfiler = new v8.GCProfiler();
  gcProfiler.start();
  for (let i = 0; i < 2000; i++) {
    const s = articles[i % articles.length];
    const c = process.cpuUsage();
    const t = now();
    analyze(s);
    times.push(now() - t);
    const used = process.cpuUsage(c);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const scavenges = gcProfiler.stop().statistics.filter((e) => e.gcType === 'Scavenge').length;
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  console.log(`latency, ${label}: median ${pct(times, 50).toFixed(3)} ms, p99 ${pct(times, 99).toFixed(3)} ms (target < 1 ms for 5 KB); CPU time median ${pct(cpuTimes, 50).toFixed(3)}, p99 ${pct(cpuTimes, 99).toFixed(3)} ms; ${scavenges} scavenges in 2000 runs`);
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

