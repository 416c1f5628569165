// The client of the index worker, with stand-in workers written as plain JS: priorities,
// cancellation, a worker that dies on one file, and the in-process fallback.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalyzeJob, JobResult } from '../../src/core/index/job';
import { AnalyzerClient } from '../../src/extension/analyzerClient';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-worker-'));
/** Answers each job after `delay` ms with its uri; exits on a job whose uri is "crash". Also exports runJob for require(). */
const standIn = path.join(dir, 'standin.js');
fs.writeFileSync(standIn, `
const { parentPort, workerData } = require('node:worker_threads');
const runJob = (job) => ({ uri: job.uri, status: 'skipped', reason: 'in process' });
exports.runJob = runJob;
if (parentPort && workerData && workerData.articleLensIndexWorker) {
  parentPort.on('message', ({ id, job }) => {
    if (job.uri === 'crash') process.exit(3);
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
