// The workspace index worker: runs the analyzer on file contents posted by the extension host,
// so scanning a workspace never blocks the editor. One message in, one message out.
import { parentPort } from 'node:worker_threads';
import { runJob, type AnalyzeJob } from '../core/index/job';

export interface WorkerRequest {
  id: number;
  job: AnalyzeJob;
}

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    port.postMessage({ id: request.id, result: runJob(request.job) });
  });
}
