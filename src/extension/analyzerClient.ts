// Sends analysis jobs to a pool of index workers (dist/indexWorker.js) with two priorities: the
// document being edited goes before the workspace scan. Workers start only when jobs wait for
// them, one more each time every running worker is busy, up to the pool size. Where no worker
// can run, or they keep crashing, the same jobs run in process, one per event-loop turn, with
// the analyzer loaded from the worker's own bundle only then: the extension bundle stays free of
// the analyzer, whose data takes a second or two to load, so activation never pays for it.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeJob, JobResult } from '../core/index/job';
import { unpackResult } from '../core/index/recordCodec';
import type { WorkerRequest, WorkerResponse } from './indexWorker';
import { INDEX_WORKER_RESOURCE_LIMITS } from './workerLimits';

export type Priority = 'interactive' | 'background';

/** What the client needs of one worker: a worker thread in the extension, a stand-in in unit tests. */
export interface IndexWorkerHandle {
  post(request: WorkerRequest): void;
  terminate(): void;
}

/** What a worker reports back to the client. */
export interface IndexWorkerEvents {
  result(id: number, result: JobResult): void;
  error(err: Error): void;
  /** The worker ended (after terminate(), or on its own: a crash). */
  exit(code: number): void;
}

/** Starts one worker; throws when none can start. */
export type StartIndexWorker = (events: IndexWorkerEvents) => IndexWorkerHandle;

export interface AnalyzerClientOptions {
  /** Workers in the pool, at least 1 (see workerCount); default 1. */
  workers?: number;
  /** Default: a worker thread running the bundle at workerPath. */
  startWorker?: StartIndexWorker;
  /** Runs a job on the extension host's thread, the fallback. Default: runJob of the bundle at workerPath. */
  runInProcess?: (job: AnalyzeJob) => JobResult;
}

interface Queued {
  job: AnalyzeJob;
  resolve: (result: JobResult | undefined) => void;
}

interface Slot {
  handle: IndexWorkerHandle;
  readonly inFlight: Map<number, Queued>;
  /** Takes no new job (the pool shrank, or it falls back to the host): terminated once idle. */
  retiring: boolean;
  /** terminate() was called: its exit is no crash. */
  terminated: boolean;
}

/** Jobs in flight at one worker at once: enough to keep it busy, few enough to let an edit jump the queue. */
export const IN_FLIGHT_PER_WORKER = 2;
/** Crashes of the pool's workers (all together) before analysis moves to the extension host. */
export const MAX_CRASHES = 3;
/** The automatic pool size never goes above this: the analyzer's data is loaded once per worker. */
export const MAX_AUTO_WORKERS = 4;

/** The pool size for the `articleLens.index.workers` setting: 0 is one per core the process may use, at most MAX_AUTO_WORKERS. */
export function workerCount(setting: number, parallelism: number = os.availableParallelism()): number {
  if (setting > 0) return Math.floor(setting);
  return Math.max(1, Math.min(MAX_AUTO_WORKERS, Math.floor(parallelism)));
}

export class AnalyzerClient {
  private size: number;
  private readonly slots: Slot[] = [];
  private crashes = 0;
  private nextId = 1;
  private readonly interactive: Queued[] = [];
  private readonly background: Queued[] = [];
  /** Jobs run on the host's thread (the fallback), each waiting for its event-loop turn. */
  private readonly inProcessInFlight = new Set<Queued>();
  private disposed = false;
  private readonly startWorker: StartIndexWorker;
  private inProcess: ((job: AnalyzeJob) => JobResult) | undefined;

  constructor(
    private readonly workerPath: string,
    private readonly log: (message: string) => void,
    options: AnalyzerClientOptions = {},
  ) {
    this.size = Math.max(1, Math.floor(options.workers ?? 1));
    this.startWorker = options.startWorker ?? ((events) => startWorkerThread(workerPath, events));
    this.inProcess = options.runInProcess;
  }

  /** Resolves with the result, or undefined when the job was cancelled before it ran. */
  run(job: AnalyzeJob, priority: Priority): Promise<JobResult | undefined> {
    return new Promise((resolve) => {
      if (this.disposed) return resolve(undefined);
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

  /** Workers running now (they start on demand and end when the pool shrinks or falls back). */
  get runningWorkers(): number {
    return this.slots.length;
  }

  /** Jobs the pool works on at once: a scan keeps this many in flight to keep every worker busy. */
  get capacity(): number {
    return this.size * IN_FLIGHT_PER_WORKER;
  }

  /** Changes the pool size: new workers start when jobs wait; extra ones finish their jobs, then end. */
  setWorkers(workers: number): void {
    this.size = Math.max(1, Math.floor(workers));
    const active = this.slots.filter((s) => !s.retiring);
    // The idle ones go first, then the least loaded.
    active.sort((a, b) => a.inFlight.size - b.inFlight.size);
    for (let i = 0; i < active.length - this.size; i++) active[i].retiring = true;
    this.pump();
  }

  private pump(): void {
    if (this.disposed) return;
    for (;;) {
      const queue = this.interactive.length ? this.interactive : this.background;
      if (!queue.length) break;
      if (!this.usesWorker) {
        if (this.inProcessInFlight.size >= IN_FLIGHT_PER_WORKER) break;
        const next = queue.shift()!;
        this.inProcessInFlight.add(next);
        setImmediate(() => this.settleInProcess(next));
        continue;
      }
      const slot = this.slotWithRoom();
      if (!slot) {
        // Starting a worker failed and the client fell back to the host: go round again.
        if (!this.usesWorker) continue;
        break;
      }
      const next = queue.shift()!;
      const id = this.nextId++;
      slot.inFlight.set(id, next);
      slot.handle.post({ id, job: next.job });
    }
    this.endIdleRetired();
  }

  /** An idle worker, else a new one (up to the pool size), else the least loaded with room. */
  private slotWithRoom(): Slot | undefined {
    let best: Slot | undefined;
    let active = 0;
    for (const slot of this.slots) {
      if (slot.retiring) continue;
      active++;
      if (slot.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    }
    if (best?.inFlight.size === 0) return best;
    if (active < this.size) return this.startSlot() ?? best;
    return best;
  }

  private startSlot(): Slot | undefined {
    const slot: Slot = { handle: undefined!, inFlight: new Map(), retiring: false, terminated: false };
    try {
      slot.handle = this.startWorker({
        result: (id, result) => this.settle(slot, id, result),
        error: (err) => this.log(`index worker error: ${err.message}`),
        exit: (code) => this.exited(slot, code),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (this.slots.some((s) => !s.retiring)) {
        // The pool runs with the workers it has.
        this.size = this.slots.filter((s) => !s.retiring).length;
        this.log(`cannot start another index worker (${reason}); going on with ${this.size}`);
      } else {
        this.crashes = MAX_CRASHES;
        this.log(`cannot start the index worker (${reason}); analyzing in the extension host`);
      }
      return undefined;
    }
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, id: number, result: JobResult): void {
    const q = slot.inFlight.get(id);
    if (!q) return;
    slot.inFlight.delete(id);
    q.resolve(result);
    this.pump();
  }

  private exited(slot: Slot, code: number): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (slot.terminated || this.disposed) return;
    this.crashes++;
    const fallback = this.crashes >= MAX_CRASHES;
    this.log(`index worker stopped (exit code ${code})${fallback ? '; analyzing in the extension host from now on' : '; restarting it'}`);
    // The jobs it held are lost with it: report them failed rather than retry a file that may crash it again.
    for (const q of slot.inFlight.values()) q.resolve({ uri: q.job.uri, status: 'failed', reason: 'the analyzer stopped on this file' });
    slot.inFlight.clear();
    // The other workers finish what they hold; new jobs run in the host.
    if (fallback) for (const s of this.slots) s.retiring = true;
    this.pump();
  }

  private endIdleRetired(): void {
    for (const slot of this.slots.slice()) {
      if (slot.retiring && slot.inFlight.size === 0) this.terminate(slot);
    }
  }

  private terminate(slot: Slot): void {
    slot.terminated = true;
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    slot.handle.terminate();
  }

  private settleInProcess(q: Queued): void {
    if (!this.inProcessInFlight.delete(q)) return;
    q.resolve(this.runInProcess(q.job));
    this.pump();
  }

  private runInProcess(job: AnalyzeJob): JobResult {
    try {
      // A path known only at run time: esbuild leaves this require alone.
      this.inProcess ??= (require(this.workerPath) as { runJob: (job: AnalyzeJob) => JobResult }).runJob;
      return this.inProcess(job);
    } catch (err) {
      return { uri: job.uri, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancelBackground();
    for (const q of this.interactive.splice(0)) q.resolve(undefined);
    for (const q of this.inProcessInFlight) q.resolve(undefined);
    this.inProcessInFlight.clear();
    for (const slot of this.slots.slice()) {
      for (const q of slot.inFlight.values()) q.resolve(undefined);
      slot.inFlight.clear();
      this.terminate(slot);
    }
  }
}

/** A worker thread running the index worker bundle; unref'd, so it never keeps the host alive. */
function startWorkerThread(workerPath: string, events: IndexWorkerEvents): IndexWorkerHandle {
  const worker = new Worker(workerPath, { workerData: { articleLensIndexWorker: true }, resourceLimits: { ...INDEX_WORKER_RESOURCE_LIMITS } });
  worker.on('message', (msg: WorkerResponse) => events.result(msg.id, unpackResult(msg.result)));
  worker.on('error', (err) => events.error(err));
  worker.on('exit', (code) => events.exit(code));
  worker.unref();
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => void worker.terminate(),
  };
}
