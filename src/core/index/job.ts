// One unit of index work: bytes or text in, a FileRecord (or the reason the file is not an
// article) out. The index worker runs it off the extension host's thread; the same function
// serves the in-process fallback and the unit tests, so all three behave alike.
import { analyze } from '../analyze';
import { decodeArticle } from '../text/decode';
import type { Lang } from '../types';
import { buildFileRecord, hashText, type FileRecord } from './fileRecord';

export interface JobOptions {
  /** A fixed language, or undefined to detect it per file. */
  lang?: Lang;
  defaultDollar: string;
  maxBytes: number;
}

export interface AnalyzeJob {
  uri: string;
  /** The file's bytes (from disk) ... */
  bytes?: Uint8Array;
  /** ... or the text of an open document. */
  text?: string;
  version?: number;
  /** Hash of the text the index already holds for this uri: equal text is not analyzed again. */
  knownHash?: string;
  options: JobOptions;
}

export type JobResult =
  | { uri: string; status: 'analyzed'; record: FileRecord; millis: number }
  | { uri: string; status: 'unchanged'; version?: number }
  | { uri: string; status: 'skipped'; reason: string }
  | { uri: string; status: 'failed'; reason: string };

/** The size the text has on disk as UTF-8, so an open document and its file meet the same limit. */
function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function runJob(job: AnalyzeJob): JobResult {
  const { uri, options } = job;
  let text: string;
  if (job.text !== undefined) {
    if (utf8Length(job.text) > options.maxBytes) {
      return { uri, status: 'skipped', reason: `${(utf8Length(job.text) / 1e6).toFixed(1)} MB is over the ${(options.maxBytes / 1e6).toFixed(1)} MB limit` };
    }
    text = job.text;
  } else if (job.bytes !== undefined) {
    const decoded = decodeArticle(job.bytes, options.maxBytes);
    if (!decoded.ok) return { uri, status: 'skipped', reason: decoded.reason };
    text = decoded.text;
  } else {
    return { uri, status: 'failed', reason: 'no content' };
  }
  if (job.knownHash !== undefined && hashText(text) === job.knownHash) {
    return job.version === undefined ? { uri, status: 'unchanged' } : { uri, status: 'unchanged', version: job.version };
  }
  const started = performance.now();
  try {
    const analysis = analyze(text, { lang: options.lang, defaultDollar: options.defaultDollar });
    return { uri, status: 'analyzed', record: buildFileRecord(uri, text, analysis, job.version), millis: performance.now() - started };
  } catch (err) {
    return { uri, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}
