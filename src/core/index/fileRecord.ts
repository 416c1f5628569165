// One analyzed file as the workspace index keeps it: the analysis plus what is needed to place
// spans on lines (line starts, the text of the lines that hold a span) without keeping the text.
// Built in the index worker and posted to the extension host, so it holds plain data only.
import type { ArticleAnalysis, Figure } from '../types';

export interface FileRecord {
  /** The document's URI as a string (the index key). */
  uri: string;
  /** Content hash of the text analyzed (see hashText). */
  hash: string;
  /** The editor version of an open document, when the text came from one. */
  version?: number;
  analysis: ArticleAnalysis;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** Line number (0-based) -> the line's text, trimmed to SNIPPET_MAX, for lines holding a span. */
  lineTexts: Record<number, string>;
  /** Pairs [start of a money figure, start of the money figure in parentheses right after it]. */
  equivalents: Array<[number, number]>;
  textLength: number;
}

export interface LinePosition {
  line: number;
  character: number;
}

const SNIPPET_MAX = 160;

/** FNV-1a over UTF-16 code units, with the length: cheap, and enough to tell a changed file. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${text.length}`;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): LinePosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line];
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  const raw = text.slice(start, Math.min(end, start + SNIPPET_MAX * 2)).trim();
  return raw.length > SNIPPET_MAX ? `${raw.slice(0, SNIPPET_MAX - 1)}…` : raw;
}

/** True when only white space and one opening parenthesis lie between the two offsets. */
function isOpeningParenthesisGap(text: string, from: number, to: number): boolean {
  let parens = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') parens++;
    else if (c !== ' ' && c !== '\u00a0' && c !== '\u202f' && c !== '\t') return false;
  }
  return parens === 1;
}

function closesRightAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 8; i++) {
    const c = text[i];
    if (c === ')') return true;
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') return false;
  }
  return false;
}

/** "380 milliards de yuans (52 milliards de dollars)": a money figure restated in parentheses. */
export function findEquivalents(text: string, figures: readonly Figure[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.kind !== 'money' || b.kind !== 'money') continue;
    if (b.start - a.end > 8 || !isOpeningParenthesisGap(text, a.end, b.start)) continue;
    if (closesRightAfter(text, b.end)) pairs.push([a.start, b.start]);
  }
  return pairs;
}

export function buildFileRecord(uri: string, text: string, analysis: ArticleAnalysis, version?: number): FileRecord {
  const lineStarts = computeLineStarts(text);
  const lineTexts: Record<number, string> = {};
  const note = (offset: number) => {
    const { line } = positionAt(lineStarts, offset);
    if (!(line in lineTexts)) lineTexts[line] = lineText(text, lineStarts, line);
  };
  for (const e of analysis.entities) note(e.start);
  for (const f of analysis.figures) note(f.start);
  const record: FileRecord = {
    uri,
    hash: hashText(text),
    analysis,
    lineStarts,
    lineTexts,
    equivalents: findEquivalents(text, analysis.figures),
    textLength: text.length,
  };
  if (version !== undefined) record.version = version;
  return record;
}
