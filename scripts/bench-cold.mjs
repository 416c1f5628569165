// The cold part of `npm run bench` (see bench.mjs): what a user meets before the JIT, the lazily
// built tables and the word caches are warm. Each measure runs in a fresh worker with the index
// workers' heap limits (a fresh process with --main-thread), so it pays the module load, the
// tables built at first use and the first compilations the way an index worker or the CLI does.
//  a. Time to first result: for each seed, the module load and its first analyze(), alone in a fresh worker.
//  b. A first pass over distinct texts never analyzed before in that worker (the seeds and the
//     texts of test/fixtures: fact batches, NER fixtures), then a second pass over the same texts.
// Wall time (a worker has no CPU clock of its own), so a busy machine reads slower.
// Usage: imported by bench.mjs (runColdBenchmarks); run alone, it is one measure's child process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function seedTexts() {
  const dir = path.join(root, 'seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The seeds, then every distinct `text` of the fixtures' JSON lines, in a fixed order. */
function repositoryTexts() {
  const files = [path.join(root, 'test/fixtures/facts-real.jsonl')];
  const nerDir = path.join(root, 'test/fixtures/ner');
  for (const f of fs.readdirSync(nerDir).filter((f) => f.endsWith('.jsonl')).sort()) files.push(path.join(nerDir, f));
  const texts = new Set(seedTexts());
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      if (typeof text === 'string' && text.length > 0) texts.add(text);
    }
  }
  return [...texts];
}

/** One measure, in the fresh worker or process: the texts are read before the core is loaded. */
function measure(task) {
  const texts = task.seed === undefined ? repositoryTexts() : [seedTexts()[task.seed]];
  const t0 = now();
  const { analyze } = require(path.join(root, 'dist/core.js'));
  const load = now() - t0;
  const passes = [];
  for (let pass = 0; pass < task.passes; pass++) {
    const t = now();
    for (const text of texts) analyze(text);
    passes.push(now() - t);
  }
  return { load, passes, texts: texts.length, bytes: texts.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0) };
}

/** Runs a measure in a fresh worker with `limits`, or a fresh process when limits is undefined. */
async function fresh(task, limits) {
  if (limits === undefined) {
    return JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(task)], { encoding: 'utf8' }));
  }
  const worker = new Worker(fileURLToPath(import.meta.url), { resourceLimits: limits, workerData: task });
  return new Promise((resolve, reject) => {
    let result;
    worker.on('message', (m) => (result = m));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`the cold benchmark's worker exited with ${code}`))));
  });
}

/** Prints the two cold lines; `limits` are the worker's resource limits (undefined: fresh processes). */
export async function runColdBenchmarks(limits) {
  const where = limits === undefined ? 'a fresh process' : `a fresh worker (young generation ${limits.maxYoungGenerationSizeMb} MB)`;
  const seedRuns = [];
  for (let seed = 0; seed < seedTexts().length; seed++) seedRuns.push(await fresh({ seed, passes: 1 }, limits));
  const firsts = seedRuns.map((r) => r.passes[0]);
  const loads = seedRuns.map((r) => r.load).sort((a, b) => a - b);
  console.log(
    `cold, time to first result, each seed alone in ${where}: module load median ${loads[loads.length >> 1].toFixed(0)} ms, ` +
      `first analyze() ${firsts.map((ms) => ms.toFixed(0)).join(', ')} ms (load + first analysis ${Math.min(...seedRuns.map((r) => r.load + r.passes[0])).toFixed(0)}–${Math.max(...seedRuns.map((r) => r.load + r.passes[0])).toFixed(0)} ms)`,
  );
  const run = await fresh({ passes: 2 }, limits);
  const line = (ms) => `${(ms / run.texts).toFixed(3)} ms/text (${(run.bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s)`;
  console.log(
    `cold, first pass over ${run.texts} distinct texts of the repository (seeds, test/fixtures; ${(run.bytes / 1e6).toFixed(1)} MB) in ${where}: ` +
      `${line(run.passes[0])}, second pass ${line(run.passes[1])}; module load ${run.load.toFixed(0)} ms not included`,
  );
}

if (!isMainThread) parentPort.postMessage(measure(workerData));
else if (process.argv[2]?.startsWith('{')) process.stdout.write(JSON.stringify(measure(JSON.parse(process.argv[2]))));
