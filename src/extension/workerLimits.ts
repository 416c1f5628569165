// The heap limits of an index worker thread, shared by the client that starts the workers and by
// `npm run bench` (which reads them from dist/indexWorker.js), so the benchmark times the analyzer
// in the heap it has in the product.
import type { ResourceLimits } from 'node:worker_threads';

/**
 * maxYoungGenerationSizeMb is three semi-spaces (V8: two semi-spaces and a new large-object space
 * of one). With Node's default for a worker, 48 (16 MB semi-spaces), a 5 KB article pays a
 * scavenge in 2.1-2.3 % of its runs, so its p99 is a scavenge; 96 halves that (1.05-1.2 %) for about 29 MB
 * more per worker while indexing; 192 gave 15-22 scavenges in two runs (V8 grows the semi-spaces past 32 MB
 * only when many objects survive) for 94 MB more. See the README's benchmarks.
 */
export const INDEX_WORKER_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxOldGenerationSizeMb: 2048,
  maxYoungGenerationSizeMb: 96,
});
