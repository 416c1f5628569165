// Sends analysis jobs to the index worker (dist/indexWorker.js) with two priorities: the
// document being edited goes before the workspace scan. Where no worker can run, or it keeps
// crashing, the same jobs run in process, one per event-loop turn, with the analyzer loaded
// from the worker's own bundle only then: the extension bundle stays free of the analyzer,
// whose data takes a second or two to load, so activation never pays for it.
import { Worker } from 'node:worker_threads';
import type { AnalyzeJob, JobResult } from '../core/index/job';

export type Priority = 'interactive' | 'background';

interface Queued {
  job: AnalyzeJob;
  resolve: (result: JobResult | undefined) => void;
}

/** Jobs in flight at the worker at once: enough to keep it busy, few enough to let an edit jump the queue. */
const IN_FLIGHT = 2;
const MAX_CRASHES = 3;

export class AnalyzerClient {
  private worker: Worker | undefined;
  private crashes = 0;
  private nextId = 1;
  private readonly inFlight = new Map<number, Queued>();
  private readonly interactive: Queued[] = [];
  private readonly background: Queued[] = [];
  private disposed = false;

  constructor(
    private readonly workerPath: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Resolves with the result, or undefined when the job was cancelled before it ran. */
  run(job: AnalyzeJob, priority: Priority): Promise<JobResult | undefined> {
    return new Promise((resolve) => {
      (priority === 'interactive' ? this.interactive : this.background).push({ job, resolve });
      this.pump();
    });
  }

  /** Drops the background jobs not yet sent (a scan that was cancelled or restarted). */
  cancelBackground(): void {
    for (const q of this.background.splice(0)) q.resolve(undefined);
  }

  get usesWorker(): boolean {
    return this.crashes < MAX_CRASHES;
  }

  private pump(): void {
    if (this.disposed) return;
    while (this.inFlight.size < IN_FLIGHT) {
      const next = this.interactive.shift() ?? this.background.shift();
      if (!next) return;
      const id = this.nextId++;
      this.inFlight.set(id, next);
      const worker = this.ensureWorker();
      if (worker) {
        worker.postMessage({ id, job: next.job });
      } else {
        setImmediate(() => this.settle(id, this.runInProcess(next.job)));
      }
    }
  }

  private settle(id: number, result: JobResult | undefined): void {
    const q = this.inFlight.get(id);
    if (!q) return;
    this.inFlight.delete(id);
    q.resolve(result);
    this.pump();
  }

  private inProcess: ((job: AnalyzeJob) => JobResult) | undefined;

  private runInProcess(job: AnalyzeJob): JobResult {
    try {
      // A path known only at run time: esbuild leaves this require alone.
      this.inProcess ??= (require(this.workerPath) as { runJob: (job: AnalyzeJob) => JobResult }).runJob;
      return this.inProcess(job);
    } catch (err) {
      return { uri: job.uri, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.crashes >= MAX_CRASHES) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { workerData: { articleLensIndexWorker: true }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      worker.on('message', (msg: { id: number; result: JobResult }) => this.settle(msg.id, msg.result));
      worker.on('error', (err) => this.log(`index worker error: ${err.message}`));
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        if (this.disposed) return;
        this.crashes++;
        this.log(`index worker stopped (exit code ${code})${this.crashes >= MAX_CRASHES ? '; analyzing in the extension host from now on' : '; restarting it'}`);
        // The jobs it held are lost with it: report them failed rather than retry a file that may crash it again.
        for (const [id, q] of [...this.inFlight]) {
          this.inFlight.delete(id);
          q.resolve({ uri: q.job.uri, status: 'failed', reason: 'the analyzer stopped on this file' });
        }
        this.pump();
      });
      worker.unref();
      this.worker = worker;
    } catch (err) {
      this.crashes = MAX_CRASHES;
      this.log(`cannot start the index worker (${err instanceof Error ? err.message : String(err)}); analyzing in the extension host`);
    }
    return this.worker;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelBackground();
    for (const q of this.interactive.splice(0)) q.resolve(undefined);
    for (const q of this.inFlight.values()) q.resolve(undefined);
    this.inFlight.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
