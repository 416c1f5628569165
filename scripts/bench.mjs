// Benchmarks of the analyzer (run `npm run bench`, which builds first). Prints figures, asserts
// nothing: the targets are in the README and the closing notes compare against them.
// Parts 1-3 run in a worker thread with the heap limits of the index workers, read from their
// bundle (INDEX_WORKER_RESOURCE_LIMITS): the young generation's size sets how often a run pays a
// scavenge, so the latency is the product's only in the product's heap. `--young MB` times another
// young generation (three semi-spaces; Node's default 48), `--main-thread` the main thread's heap.
//  1. Throughput over the seed articles repeated to at least 10 MB, on one core.
//  2. Per-article latency (median, 99th percentile) for each seed and for a 5 KB article.
//  3. Linear time: 1 MB of each pathological pattern against 1 MB of ordinary article text.
//  4. Cold (scripts/bench-cold.mjs): each seed's first analysis in a fresh worker, and a first and
//     second pass over the repository's distinct texts in another (fresh processes with --main-thread).
// Then scripts/bench-index.mjs, which takes --files N and --workers N (see its top).
// Usage: node scripts/bench.mjs [--young MB] [--main-thread] [--files N] [--workers N]
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread } from 'node:worker_threads';
import { printUsage } from './usage.mjs';
import { runColdBenchmarks } from './bench-cold.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

if (isMainThread) {
  const args = process.argv.slice(2);
  // Flags that take a number, and those that take none; anything else is bad input.
  const NUMBER_FLAGS = new Set(['--young', '--files', '--workers']);
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--help' || args[k] === '-h') {
      printUsage(import.meta.url);
      process.exit();
    }
    if (NUMBER_FLAGS.has(args[k]) ? !(Number(args[++k]) >= 0) : args[k] !== '--main-thread') {
      printUsage(import.meta.url, NUMBER_FLAGS.has(args[k - 1]) ? `bench: ${args[k - 1]} takes a number` : `bench: unknown argument ${args[k]}`);
      process.exit();
    }
  }
  const at = args.indexOf('--young');
  const young = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
  if (young !== undefined && !(young > 0)) throw new Error('--young takes a size in MB');
  const mainThread = args.includes('--main-thread');
  if (mainThread) {
    args.splice(args.indexOf('--main-thread'), 1);
    await import('./bench-analyzer.mjs');
    await runColdBenchmarks(undefined);
  } else {
    const { INDEX_WORKER_RESOURCE_LIMITS } = require(path.join(root, 'dist/indexWorker.js'));
    if (!INDEX_WORKER_RESOURCE_LIMITS) throw new Error('dist/indexWorker.js has no INDEX_WORKER_RESOURCE_LIMITS: run `npm run build` first');
    const limits = { ...INDEX_WORKER_RESOURCE_LIMITS, ...(young === undefined ? {} : { maxYoungGenerationSizeMb: young }) };
    const worker = new Worker(path.join(root, 'scripts/bench-analyzer.mjs'), { resourceLimits: limits });
    await new Promise((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the benchmark's worker exited with ${code}`))));
    });
    await runColdBenchmarks(limits);
  }
  // Workspace index (index time, main-thread pauses, hover latency; --files N): its own process, so part 1's heap does not add GC pauses.
  (await import('node:child_process')).execFileSync(process.execPath, [path.join(root, 'scripts/bench-index.mjs'), ...args], { stdio: 'inherit' });
}
