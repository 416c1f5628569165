// What is not prose in an article: web addresses and e-mail addresses in any article, and in
// Markdown the front matter, code (fenced blocks and inline spans), link destinations, link
// reference definitions, HTML tags and comments. Their digits and capitals are no figures and no
// names (`<https://example.com/2025/05/15>` is not three numbers), so analyze() reads a copy of
// the text where they are blanked out: each of their characters becomes a space and each line
// break stays, so every offset and line of the copy is the article's own.
// Forward scans with indexOf/charCodeAt, each stretch of the text read a bounded number of times:
// linear (the pathological patterns of the linear-time test include markup and addresses).

import type { TextFormat } from '../types';

/** The format a file name implies: Markdown for .md / .markdown / .mdown / .mkd, else plain text. */
export function formatOfFile(file: string | undefined): TextFormat {
  return file !== undefined && /\.(?:md|markdown|mdown|mkd)$/i.test(file) ? 'markdown' : 'plain';
}

/** Ranges [start, end) that are not prose, in text order, not overlapping. */
function nonProseRanges(text: string, format: TextFormat): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const add = (start: number, end: number) => {
    if (end > start) ranges.push([start, end]);
  };
  if (format === 'markdown') markdownRanges(text, add);
  addressRanges(text, add);
  ranges.sort((a, b) => a[0] - b[0]);
  return mergeOverlaps(ranges);
}

/** The text with every non-prose range blanked (spaces, line breaks kept); the same string when there is none. */
export function maskNonProse(text: string, format: TextFormat): string {
  const ranges = nonProseRanges(text, format);
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), blank(text, start, end));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function blank(text: string, start: number, end: number): string {
  let out = '';
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out += ' '.repeat(run) + text[i];
      run = 0;
    } else run++;
  }
  return out + ' '.repeat(run);
}

function mergeOverlaps(sorted: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const BACKTICK = 96;
const TILDE = 126;
const SPACE = 32;

/** Where the line holding `from` ends, before its line break (LF or CRLF). */
function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const end = n < 0 ? text.length : n;
  return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function nextLine(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n + 1;
}

/** Front matter keys whose values are the article's own prose (its title, its summary). */
const PROSE_KEYS = new Set(['title', 'subtitle', 'description', 'summary', 'excerpt', 'lede', 'lead', 'chapo', 'chapeau', 'titre', 'sous-titre', 'resume', 'résumé']);

function markdownRanges(text: string, add: (start: number, end: number) => void): void {
  let pos = frontMatterEnd(text);
  if (pos > 0) frontMatterRanges(text, pos, add);
  // Line by line: fences and reference definitions are line constructs; inline ones are read
  // within the prose lines between them.
  let proseStart = pos;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const fence = fenceAt(text, pos, end);
    if (fence) {
      inlineRanges(text, proseStart, pos, add);
      const close = closingFence(text, nextLine(text, pos), fence);
      add(pos, close);
      pos = close;
      proseStart = pos;
      continue;
    }
    if (isReferenceDefinition(text, pos, end)) {
      inlineRanges(text, proseStart, pos, add);
      add(pos, end);
      pos = nextLine(text, pos);
      proseStart = pos;
      continue;
    }
    pos = nextLine(text, pos);
  }
  inlineRanges(text, proseStart, text.length, add);
}

/** End of a YAML (---) or TOML (+++) front matter opening the text, or 0. */
function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = text.slice(bom, lineEnd(text, bom));
  if (first !== '---' && first !== '+++') return 0;
  // A front matter is short: a closing line within the first 200 lines, else it is a rule.
  let pos = nextLine(text, bom);
  for (let line = 0; line < 200 && pos < text.length; line++) {
    const end = lineEnd(text, pos);
    const content = text.slice(pos, end).trimEnd();
    if (content === first || (first === '---' && content === '...')) return end;
    pos = nextLine(text, pos);
  }
  return 0;
}

/** The front matter [0, end) is metadata, except the one-line values of the prose keys. */
function frontMatterRanges(text: string, end: number, add: (start: number, end: number) => void): void {
  let masked = 0;
  for (let pos = nextLine(text, 0); pos < end; pos = nextLine(text, pos)) {
    const lineStop = lineEnd(text, pos);
    const line = text.slice(pos, lineStop);
    const keyed = /^([\p{L}-]+)\s*[:=]\s*/u.exec(line);
    if (!keyed || !PROSE_KEYS.has(keyed[1].toLowerCase())) continue;
    add(masked, pos + keyed[0].length);
    masked = lineStop;
  }
  add(masked, end);
}

interface Fence {
  char: number;
  length: number;
}

/** A code fence (``` or ~~~, at least 3, indented at most 3 spaces) opening the line [start, end). */
function fenceAt(text: string, start: number, end: number): Fence | undefined {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++;
  const char = text.charCodeAt(i);
  if (char !== BACKTICK && char !== TILDE) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === char) j++;
  if (j - i < 3) return undefined;
  // A backtick fence's info string holds no backtick (else it is inline code).
  if (char === BACKTICK && text.indexOf('`', j) >= 0 && text.indexOf('`', j) < end) return undefined;
  return { char, length: j - i };
}

/** Where the fenced block that starts at `from` (the line after its opening) ends: after its closing fence, or the text's end. */
function closingFence(text: string, from: number, fence: Fence): number {
  let pos = from;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    let i = pos;
    while (i < end && i - pos < 3 && text.charCodeAt(i) === SPACE) i++;
    let j = i;
    while (j < end && text.charCodeAt(j) === fence.char) j++;
    if (j - i >= fence.length && text.slice(j, end).trim() === '') return end;
    pos = nextLine(text, pos);
  }
  return text.length;
}

/** `[label]: destination "title"` on a line of its own. */
function isReferenceDefinition(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++;
  if (text.charCodeAt(i) !== 91 /* [ */) return false;
  // A footnote definition ([^1]: ...) holds prose.
  if (text.charCodeAt(i + 1) === 94 /* ^ */) return false;
  const close = text.indexOf(']:', i);
  return close > i + 1 && close < end && !text.slice(i + 1, close).includes(']');
}

/** Inline code spans, link destinations, autolinks, HTML tags and comments in [start, end). */
function inlineRanges(text: string, start: number, end: number, add: (start: number, end: number) => void): void {
  const next = new NextIndex(text, end);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === BACKTICK) {
      let run = i;
      while (run < end && text.charCodeAt(run) === BACKTICK) run++;
      const closing = closingBackticks(text, run, Math.min(end, next.of(PARAGRAPH_BREAK, run)), run - i);
      if (closing >= 0) {
        add(i, closing);
        i = closing;
      } else i = run; // an unmatched run is literal text
      continue;
    }
    if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const close = linkDestinationEnd(text, i + 2, Math.min(end, next.of('\n', i)));
      if (close > 0) {
        add(i + 1, close);
        i = close;
        continue;
      }
      // Whatever follows up to where the scan gave up is prose: no second scan of it.
      i = -close;
      continue;
    }
    if (c === 60 /* < */) {
      const close = tagEnd(text, i, next);
      if (close >= 0) {
        add(i, close);
        i = close;
        continue;
      }
    }
    i++;
  }
}

const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;

/**
 * Where a string or pattern next occurs at or after a position, remembered: the scans ask for
 * positions in increasing order, so each search runs once over each stretch of the text.
 */
class NextIndex {
  private readonly found = new Map<string | RegExp, number>();
  constructor(
    private readonly text: string,
    /** What `of` answers when there is no occurrence before it. */
    readonly limit: number,
  ) {}

  of(what: string | RegExp, from: number): number {
    const known = this.found.get(what);
    if (known !== undefined && known >= from) return known;
    let at: number;
    if (typeof what === 'string') at = this.text.indexOf(what, from);
    else {
      what.lastIndex = from;
      at = what.exec(this.text)?.index ?? -1;
    }
    if (at < 0 || at > this.limit) at = this.limit;
    this.found.set(what, at);
    return at;
  }
}

/** End of the backtick run of `length` that closes a code span, searched in [from, end); -1 if none. */
function closingBackticks(text: string, from: number, end: number, length: number): number {
  let i = from;
  while (i < end) {
    const next = text.indexOf('`', i);
    if (next < 0 || next >= end) return -1;
    let run = next;
    while (run < end && text.charCodeAt(run) === BACKTICK) run++;
    if (run - next === length) return run;
    i = run;
  }
  return -1;
}

/** Longest link destination and title read: longer is no link (and keeps the scan linear). */
const MAX_LINK_TARGET = 2000;

/**
 * End (after the `)`) of a link destination and title starting at `from`, parentheses balanced,
 * before `end` (the line's end); when there is none, minus the position where the scan stopped.
 */
function linkDestinationEnd(text: string, from: number, end: number): number {
  let depth = 0;
  const stop = Math.min(end, from + MAX_LINK_TARGET);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -stop;
}

const TAG_NAME_START = /[A-Za-z]/;

/** End of an HTML comment, tag or autolink at `from` ('<'); -1 when the '<' is plain text (`< 5 %`). */
function tagEnd(text: string, from: number, next: NextIndex): number {
  if (text.startsWith('<!--', from)) {
    const close = next.of('-->', from + 4);
    return close >= next.limit ? -1 : close + 3;
  }
  const first = text[from + 1] === '/' ? text[from + 2] : text[from + 1];
  if (first === undefined || !TAG_NAME_START.test(first)) return -1;
  // An autolink or a tag ends on its line, with no second '<' inside.
  const close = next.of('>', from + 1);
  if (close >= next.limit) return -1;
  if (close > next.of('\n', from) || close > next.of('<', from + 1)) return -1;
  return close + 1;
}

/** Web addresses (scheme:// or www.) and e-mail addresses, in any format. */
function addressRanges(text: string, add: (start: number, end: number) => void): void {
  // Only the places where an address can be: '://', 'www.', '@'; each search resumes after the
  // address it found, so no stretch of the text is read twice.
  for (let at = text.indexOf('://'); at >= 0; ) {
    let start = at;
    while (start > 0 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    const end = addressEnd(text, at + 3);
    if (start < at) add(start, end);
    at = text.indexOf('://', Math.max(end, at + 3));
  }
  for (let at = text.indexOf('www.'); at >= 0; ) {
    let end = at + 4;
    if (at === 0 || isAddressBoundary(text.charCodeAt(at - 1))) {
      end = addressEnd(text, at + 4);
      add(at, end);
    }
    at = text.indexOf('www.', end);
  }
  for (let at = text.indexOf('@'); at >= 0; ) {
    let start = at;
    while (start > 0 && isMailLocalChar(text.charCodeAt(start - 1))) start--;
    const end = addressEnd(text, at + 1, true);
    // A domain has a dot (name@example.com); @handles and "@ 5 %" are left alone.
    const isMail = start < at && text.slice(at + 1, end).includes('.');
    if (isMail) add(start, end);
    at = text.indexOf('@', isMail ? end : at + 1);
  }
}

function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function isMailLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43;
}

function isAddressBoundary(c: number): boolean {
  return c <= SPACE || c === 40 || c === 60 || c === 91 || c === 34 || c === 39;
}

/** End of an address body: up to white space or <>"` (or '@' in a mail domain), without trailing punctuation or an unbalanced ')'. */
function addressEnd(text: string, from: number, mailDomain = false): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= SPACE || c === 60 || c === 62 || c === 34 || c === BACKTICK || c === 0xa0 || c === 0x202f) break;
    if (mailDomain && c === 64) break;
    i++;
  }
  // Sentence punctuation after an address is not part of it.
  while (i > from && '.,;:!?\'»”'.includes(text[i - 1])) i--;
  // A closing parenthesis the address did not open closes the prose around it: (see www.x.com).
  let balance = 0;
  for (let k = from; k < i; k++) balance += text[k] === '(' ? 1 : text[k] === ')' ? -1 : 0;
  while (i > from && balance < 0 && text[i - 1] === ')') {
    i--;
    balance++;
  }
  return i;
}
