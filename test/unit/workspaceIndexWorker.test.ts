// The client of the index workers. First with worker threads running stand-ins written as plain
// JS: priorities, cancellation, a worker that dies on one file, and the in-process fallback. Then
// the pool's scheduling with stand-in handles the tests answer by hand: workers started on demand,
// jobs in flight per worker, the edit ahead of the scan, crashes, resizing and dispose.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalyzeJob, JobResult } from '../../src/core/index/job';
import { AnalyzerClient, IN_FLIGHT_PER_WORKER, MAX_AUTO_WORKERS, MAX_CRASHES, workerCount, type IndexWorkerEvents, type IndexWorkerHandle } from '../../src/extension/analyzerClient';
import type { WorkerRequest } from '../../src/extension/indexWorker';
import * as indexWorker from '../../src/extension/indexWorker';
import { INDEX_WORKER_RESOURCE_LIMITS } from '../../src/extension/workerLimits';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-worker-'));
/** Answers each job after `delay` ms with its uri; exits on a job whose uri is "crash", tells its heap limits for "limits". Also exports runJob for require(). */
const standIn = path.join(dir, 'standin.js');
fs.writeFileSync(standIn, `
const { parentPort, workerData } = require('node:worker_threads');
const runJob = (job) => ({ uri: job.uri, status: 'skipped', reason: 'in process' });
exports.runJob = runJob;
if (parentPort && workerData && workerData.articleLensIndexWorker) {
  parentPort.on('message', ({ id, job }) => {
    if (job.uri === 'crash') process.exit(3);
    if (job.uri === 'limits') return parentPort.postMessage({ id, result: { uri: job.uri, status: 'skipped', reason: JSON.stringify(require('node:worker_threads').resourceLimits) } });
    setTimeout(() => parentPort.postMessage({ id, result: { uri: job.uri, status: 'unchanged' } }), 20);
  });
}
`);

const job = (uri: string): AnalyzeJob => ({ uri, text: '', options: { defaultDollar: 'USD', maxBytes: 100 } });

describe('workspace index: worker client', () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs an interactive job before queued background jobs', async () => {
    const client = new AnalyzerClient(standIn, () => {});
    const order: string[] = [];
    const record = (p: Promise<JobResult | undefined>) => p.then((r) => order.push(r!.uri));
    const all = ['b1', 'b2', 'b3', 'b4'].map((u) => record(client.run(job(u), 'background')));
    all.push(record(client.run(job('edit'), 'interactive')));
    await Promise.all(all);
    client.dispose();
    // Two background jobs were already at the worker; the edit goes next.
    assert.deepEqual(order.slice(0, 3).sort(), ['b1', 'b2', 'edit']);
    assert.equal(order.length, 5);
  });

  it('drops queued background jobs on cancel', async () => {
    const client = new AnalyzerClient(standIn, () => {});
    const results = ['b1', 'b2', 'b3', 'b4'].map((u) => client.run(job(u), 'background'));
    client.cancelBackground();
    const settled = await Promise.all(results);
    client.dispose();
    assert.deepEqual(settled.map((r) => r?.uri), ['b1', 'b2', undefined, undefined]);
  });

  it('reports the file a worker died on as failed and goes on with a new worker', async () => {
    const logs: string[] = [];
    const client = new AnalyzerClient(standIn, (m) => logs.push(m));
    const crashed = await client.run(job('crash'), 'background');
    assert.equal(crashed?.status, 'failed');
    const next = await client.run(job('after'), 'background');
    client.dispose();
    assert.deepEqual(next, { uri: 'after', status: 'unchanged' });
    assert.ok(logs.some((l) => l.includes('restarting')), logs.join('\n'));
  });

  it('starts its worker threads with the heap limits `npm run bench` reads from the worker bundle', async () => {
    // The benchmark times the analyzer in a worker started with indexWorker's INDEX_WORKER_RESOURCE_LIMITS:
    // the same object, and the young generation a worker of the client really gets.
    assert.equal(indexWorker.INDEX_WORKER_RESOURCE_LIMITS, INDEX_WORKER_RESOURCE_LIMITS);
    const client = new AnalyzerClient(standIn, () => {});
    const r = await client.run(job('limits'), 'interactive');
    client.dispose();
    assert.equal(r?.status, 'skipped');
    const limits = JSON.parse(r.reason) as Record<string, number>;
    assert.equal(limits.maxYoungGenerationSizeMb, INDEX_WORKER_RESOURCE_LIMITS.maxYoungGenerationSizeMb);
    assert.equal(limits.maxOldGenerationSizeMb, INDEX_WORKER_RESOURCE_LIMITS.maxOldGenerationSizeMb);
    // Node's default for a worker is 48 MB (16 MB semi-spaces): the index workers take twice that (see the README).
    assert.equal(limits.maxYoungGenerationSizeMb, 96);
  });

  it('analyzes in process after the worker keeps dying', async () => {
    const logs: string[] = [];
    const client = new AnalyzerClient(standIn, (m) => logs.push(m));
    for (let i = 0; i < 3; i++) assert.equal((await client.run(job('crash'), 'background'))?.status, 'failed');
    assert.equal(client.usesWorker, false);
    const r = await client.run(job('fallback'), 'interactive');
    client.dispose();
    assert.deepEqual(r, { uri: 'fallback', status: 'skipped', reason: 'in process' });
    assert.ok(logs.some((l) => l.includes('extension host')));
  });
});

/** A worker the test drives: it holds what it is sent until answer() or crash(). */
class HandWorker implements IndexWorkerHandle {
  readonly held: WorkerRequest[] = [];
  terminated = false;

  constructor(private readonly events: IndexWorkerEvents) {}

  post(request: WorkerRequest): void {
    assert.ok(!this.terminated, 'a job was sent to a terminated worker');
    this.held.push(request);
  }

  terminate(): void {
    this.terminated = true;
    // A worker thread reports its exit later, as worker_threads does.
    setImmediate(() => this.events.exit(1));
  }

  /** Answers the oldest job it holds; returns its uri. */
  answer(): string {
    const request = this.held.shift();
    assert.ok(request, 'nothing to answer');
    this.events.result(request.id, { uri: request.job.uri, status: 'unchanged' });
    return request.job.uri;
  }

  crash(): void {
    this.events.exit(7);
  }

  get uris(): string[] {
    return this.held.map((r) => r.job.uri);
  }
}

/** A client whose workers are HandWorkers; `started` lists every worker it started, in order. */
function handPool(workers: number, startFails: (n: number) => boolean = () => false) {
  const started: HandWorker[] = [];
  const logs: string[] = [];
  const client = new AnalyzerClient('unused', (m) => logs.push(m), {
    workers,
    startWorker: (events) => {
      if (startFails(started.length)) throw new Error('no threads here');
      const worker = new HandWorker(events);
      started.push(worker);
      return worker;
    },
    runInProcess: (j) => ({ uri: j.uri, status: 'skipped', reason: 'in process' }),
  });
  const live = () => started.filter((w) => !w.terminated);
  return { client, started, live, logs };
}

/** Lets promise callbacks and setImmediate callbacks run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('workspace index: worker pool scheduling', () => {
  it('sizes the pool from the setting: 0 is one per core, at most four; a number is kept', () => {
    assert.equal(workerCount(0, 2), 2);
    assert.equal(workerCount(0, 1), 1);
    assert.equal(workerCount(0, 16), MAX_AUTO_WORKERS);
    assert.equal(workerCount(0, 0), 1);
    assert.equal(workerCount(3, 2), 3);
    assert.equal(workerCount(8, 64), 8);
    assert.ok(workerCount(0) >= 1 && workerCount(0) <= MAX_AUTO_WORKERS);
  });

  it('starts no worker until a job comes, then one more only while every worker is busy', () => {
    const { client, started } = handPool(3);
    assert.equal(started.length, 0);
    void client.run(job('a'), 'interactive');
    assert.equal(started.length, 1);
    started[0].answer();
    void client.run(job('b'), 'interactive');
    // The first worker was idle again: no second one for this job.
    assert.equal(started.length, 1);
    for (const u of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) void client.run(job(u), 'background');
    assert.equal(started.length, 3);
    assert.equal(client.runningWorkers, 3);
    client.dispose();
  });

  it('keeps at most IN_FLIGHT_PER_WORKER jobs at each worker, the rest waiting in the client', async () => {
    const { client, started } = handPool(2);
    const results = Array.from({ length: 12 }, (_, i) => client.run(job(`b${i}`), 'background'));
    assert.equal(started.length, 2);
    for (const w of started) assert.equal(w.held.length, IN_FLIGHT_PER_WORKER);
    assert.equal(client.capacity, 2 * IN_FLIGHT_PER_WORKER);
    // Every answer lets one waiting job go to that worker, never more.
    const answered: string[] = [];
    while (started.some((w) => w.held.length)) {
      for (const w of started) if (w.held.length) answered.push(w.answer());
      for (const w of started) assert.ok(w.held.length <= IN_FLIGHT_PER_WORKER);
    }
    assert.equal(answered.length, 12);
    assert.deepEqual((await Promise.all(results)).map((r) => r?.uri), Array.from({ length: 12 }, (_, i) => `b${i}`));
    client.dispose();
  });

  it('sends the edited document next, ahead of every queued background job', () => {
    const { client, started } = handPool(2);
    for (let i = 0; i < 10; i++) void client.run(job(`b${i}`), 'background');
    void client.run(job('edit'), 'interactive');
    assert.ok(!started.some((w) => w.uris.includes('edit')), 'every worker was full');
    started[1].answer();
    assert.deepEqual(started[1].uris.at(-1), 'edit');
    assert.ok(!started[0].uris.includes('edit'));
    client.dispose();
  });

  it('drops the queued background jobs on cancel, and lets those at the workers finish', async () => {
    const { client, started } = handPool(2);
    const results = Array.from({ length: 8 }, (_, i) => client.run(job(`b${i}`), 'background'));
    client.cancelBackground();
    for (const w of started) while (w.held.length) w.answer();
    const settled = await Promise.all(results);
    assert.deepEqual(settled.map((r) => r?.uri), ['b0', 'b1', 'b2', 'b3', undefined, undefined, undefined, undefined]);
    client.dispose();
  });

  it('fails the jobs a crashed worker held, starts another and keeps the other workers busy', async () => {
    const { client, started, logs } = handPool(2);
    const results = Array.from({ length: 6 }, (_, i) => client.run(job(`b${i}`), 'background'));
    const [first, second] = started;
    const lost = first.uris;
    first.crash();
    // A new worker took the place of the crashed one, with the next waiting jobs.
    assert.equal(started.length, 3);
    assert.deepEqual(started[2].uris, ['b4', 'b5']);
    assert.deepEqual(second.uris, ['b1', 'b3']);
    assert.ok(client.usesWorker);
    for (const w of [second, started[2]]) while (w.held.length) w.answer();
    const settled = await Promise.all(results);
    for (const r of settled) assert.equal(r?.status, lost.includes(r!.uri) ? 'failed' : 'unchanged', r?.uri);
    assert.ok(logs.some((l) => l.includes('restarting')), logs.join('\n'));
    client.dispose();
  });

  it('after MAX_CRASHES crashes in all, analyzes in the host and ends the workers once they are idle', async () => {
    const { client, started, logs } = handPool(2);
    const results = Array.from({ length: 6 }, (_, i) => client.run(job(`b${i}`), 'background'));
    const survivor = started[1];
    started[0].crash();
    // Its replacement took b4 and b5; it crashes too.
    assert.deepEqual(started[2].uris, ['b4', 'b5']);
    started[2].crash();
    assert.ok(client.usesWorker);
    const extra = client.run(job('c0'), 'background');
    assert.deepEqual(started[3].uris, ['c0']);
    started[3].crash();
    assert.equal(MAX_CRASHES, 3);
    assert.equal(client.usesWorker, false);
    assert.ok(logs.some((l) => l.includes('extension host')), logs.join('\n'));
    // New jobs run in the host; the survivor finishes what it holds, gets nothing more, then ends.
    assert.deepEqual(await client.run(job('later'), 'interactive'), { uri: 'later', status: 'skipped', reason: 'in process' });
    assert.deepEqual(survivor.uris, ['b1', 'b3']);
    assert.ok(!survivor.terminated);
    while (survivor.held.length) survivor.answer();
    assert.ok(survivor.terminated);
    assert.equal(client.runningWorkers, 0);
    const settled = await Promise.all([...results, extra]);
    assert.deepEqual(settled.map((r) => r?.status), ['failed', 'unchanged', 'failed', 'unchanged', 'failed', 'failed', 'failed']);
    client.dispose();
  });

  it('analyzes in the host when no worker can start, and goes on with fewer when only some can', async () => {
    const none = handPool(2, () => true);
    assert.deepEqual(await none.client.run(job('a'), 'background'), { uri: 'a', status: 'skipped', reason: 'in process' });
    assert.equal(none.client.usesWorker, false);
    none.client.dispose();

    const one = handPool(3, (n) => n >= 1);
    const results = Array.from({ length: 4 }, (_, i) => one.client.run(job(`b${i}`), 'background'));
    assert.equal(one.started.length, 1);
    assert.ok(one.client.usesWorker);
    assert.ok(one.logs.some((l) => l.includes('going on with 1')), one.logs.join('\n'));
    while (one.started[0].held.length) one.started[0].answer();
    assert.deepEqual((await Promise.all(results)).map((r) => r?.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    one.client.dispose();
  });

  it('shrinks by ending idle workers first and busy ones once they finish; grows on demand', async () => {
    const { client, started, logs } = handPool(3);
    for (let i = 0; i < 6; i++) void client.run(job(`b${i}`), 'background');
    assert.deepEqual(started.map((w) => w.uris), [['b0', 'b3'], ['b1', 'b4'], ['b2', 'b5']]);
    started[1].answer();
    started[1].answer();
    client.setWorkers(1);
    // The idle one ends at once; of the busy ones, one finishes its jobs, then ends.
    assert.ok(started[1].terminated);
    assert.ok(!started[0].terminated);
    void client.run(job('next'), 'background');
    assert.ok(!started[0].uris.includes('next'), 'a retiring worker takes no new job');
    while (started[0].held.length) started[0].answer();
    assert.ok(started[0].terminated);
    started[2].answer();
    assert.deepEqual(started[2].uris, ['b5', 'next']);
    await turn();
    assert.deepEqual(logs, [], 'the exit of a retired worker is no crash');
    assert.equal(client.runningWorkers, 1);
    client.setWorkers(2);
    assert.equal(started.length, 3, 'no worker starts before a job waits');
    void client.run(job('c0'), 'background');
    assert.equal(started.length, 4);
    client.dispose();
  });

  it('ends every worker on dispose and resolves what waited with undefined', async () => {
    const { client, started, logs } = handPool(2);
    const results = Array.from({ length: 6 }, (_, i) => client.run(job(`b${i}`), i % 2 ? 'interactive' : 'background'));
    client.dispose();
    assert.ok(started.every((w) => w.terminated));
    assert.deepEqual(await Promise.all(results), [undefined, undefined, undefined, undefined, undefined, undefined]);
    await turn();
    assert.deepEqual(logs, [], 'the exits after dispose are no crash');
    assert.equal(await client.run(job('late'), 'interactive'), undefined);
  });
});
