// One unit of index work: a file path, bytes or text in, a FileRecord (or the reason the file is
// not an article) out. The index worker runs it off the extension host's thread; the same
// function serves the in-process fallback and the unit tests, so all three behave alike.
import * as fs from 'node:fs';
import { analyze } from '../analyze';
import { decodeArticle } from '../text/decode';
import { formatOfFile } from '../text/markup';
import type { EntityList, Lang, TextFormat } from '../types';
import { buildFileRecord, hashText, type FileRecord } from './fileRecord';

export interface JobOptions {
  /** A fixed language, or undefined to detect it per file. */
  lang?: Lang;
  defaultDollar: string;
  maxBytes: number;
  /** The user's entity list, and a key that changes with its content. */
  entityList?: EntityList;
  entityListKey?: string;
}

export interface AnalyzeJob {
  uri: string;
  /**
   * The file's path on a local disk: the job reads it where it runs, so a workspace scan costs
   * the extension host no file reads and no copies of the bytes ...
   */
  path?: string;
  /** ... or the file's bytes (read by the caller, from a file system only VS Code reaches) ... */
  bytes?: Uint8Array;
  /** ... or the text of an open document. */
  text?: string;
  /** The text's format where the editor knows it (an untitled Markdown document); else the uri's extension tells. */
  format?: TextFormat;
  version?: number;
  /** Hash of the text the index already holds for this uri: equal text is not analyzed again. */
  knownHash?: string;
  options: JobOptions;
}

export type JobResult =
  | { uri: string; status: 'analyzed'; record: FileRecord; millis: number }
  | { uri: string; status: 'unchanged'; version?: number }
  | { uri: string; status: 'skipped'; reason: string }
  /** A file over options.maxBytes, refused without reading it; the caller words the reason (localized). */
  | { uri: string; status: 'tooLarge'; size: number }
  /** The path could not be read: gone since it was listed (or a folder; `gone`), or an I/O error. */
  | { uri: string; status: 'unreadable'; gone: boolean; reason: string }
  | { uri: string; status: 'failed'; reason: string };

/** Error codes of a path that is simply not a file any more: nothing to report. */
const GONE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

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
  } else if (job.bytes !== undefined || job.path !== undefined) {
    let bytes = job.bytes;
    if (bytes === undefined) {
      const read = readFile(job.path!, options.maxBytes);
      if ('size' in read) return { uri, status: 'tooLarge', size: read.size };
      if ('error' in read) return { uri, status: 'unreadable', gone: GONE_CODES.has(read.code), reason: read.error };
      bytes = read.bytes;
    }
    const decoded = decodeArticle(bytes, options.maxBytes);
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
    const entityList = sameEntityList(options);
    const analysis = analyze(text, { lang: options.lang, defaultDollar: options.defaultDollar, format: job.format ?? formatOfFile(uri), entityList });
    return { uri, status: 'analyzed', record: buildFileRecord(uri, text, analysis, job.version), millis: performance.now() - started };
  } catch (err) {
    return { uri, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}

// Each job reaches a worker as a fresh copy of its options: keeping the first copy of a list
// (by key) lets the analyzer compile it once, not once per file.
let lastEntityList: { key: string; list: EntityList } | undefined;

function sameEntityList(options: JobOptions): EntityList | undefined {
  const { entityList, entityListKey } = options;
  if (!entityList || entityListKey === undefined) return entityList;
  if (lastEntityList?.key !== entityListKey) lastEntityList = { key: entityListKey, list: entityList };
  return lastEntityList.list;
}

/** Stat, then read: a file over the limit is refused without reading it (a 2 GB log must not fill memory). */
function readFile(path: string, maxBytes: number): { bytes: Uint8Array } | { size: number } | { error: string; code: string } {
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return { error: 'a folder', code: 'EISDIR' };
    // A named pipe or a device would block the worker on open or read.
    if (!stat.isFile()) return { error: 'not a regular file', code: 'ENOTREG' };
    if (stat.size > maxBytes) return { size: stat.size };
    return { bytes: fs.readFileSync(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    return { error: err instanceof Error ? err.message : String(err), code };
  }
}
