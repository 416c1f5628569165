// The workspace index worker: runs the analyzer on file contents posted by the extension host,
// so scanning a workspace never blocks the editor. One message in, one message out.
// Loaded with require() instead (no parent port), it only exports runJob: the extension's
// in-process fallback where a worker cannot start.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type AnalyzeJob } from '../core/index/job';
import { packResult, type PostedResult } from '../core/index/recordCodec';

export { runJob };
/** Read by `npm run bench` from this bundle, to time the analyzer in a worker with the product's heap. */
export { INDEX_WORKER_RESOURCE_LIMITS } from './workerLimits';

export interface WorkerRequest {
  id: number;
  job: AnalyzeJob;
}

export interface WorkerResponse {
  id: number;
  /** Unpacked by the client (unpackResult). */
  result: PostedResult;
}

/** Set by AnalyzerClient: only a worker it started answers messages on its parent port. */
export const WORKER_MARKER = 'articleLensIndexWorker';

const port = parentPort;
if (port && (workerData as Record<string, unknown> | undefined)?.[WORKER_MARKER] === true) {
  port.on('message', (request: WorkerRequest) => {
    const response: WorkerResponse = { id: request.id, result: packResult(runJob(request.job)) };
    port.postMessage(response);
  });
}
