// The article's own date, when its first lines give one, so that dates written without a year
// ("le 2 juillet", "en mai") resolve against it as the format's conventions ask ("against the
// article's date where the text or the caller gives one"). Two places give it:
// - a front matter block (Markdown): a `date:` field (or published, pubDate...) in ISO form;
// - a dateline: a full date (day, month and year written) opening one of the first lines, alone
//   or before a dash, a comma, a full stop or a bracket ("29 mai 2012. - Un avion...",
//   "11:41 6/03/2025, jeudi", "PARIS, 6 mars 2025 (AFP) -", "Publié le 6 mars 2025").
// A date in running text is never taken: what comes before it on the line may only be a time,
// a place in capitals with a comma, a weekday, or a publication word.
import { extractFigures } from './figures';
import { figureLexicon } from './figures/lexicon';
import { normalizeToken } from './figures/stream';
import type { Lang } from './types';

/** How far into the text a dateline is looked for. */
const HEAD_LINES = 6;
const HEAD_CHARS = 1200;
const FRONT_MATTER_CHARS = 4000;
const FRONT_MATTER_DATE = /^(?:date|published|publishedAt|publication|pubDate|datePublished|created)\s*:\s*["']?(\d{4}-\d{2}-\d{2})(?=$|[T\s"'])/im;
const DAY_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Words that may stand before a dateline's date, lower-cased: publication words and weekdays.
const LEAD_WORDS = new Set([
  'publié', 'publiée', 'mis', 'mise', 'à', 'jour', 'le', 'du', 'en', 'ligne', 'modifié', 'dernière', 'modification',
  'published', 'updated', 'posted', 'on', 'last',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** What may follow a dateline's date on its line: nothing, a mark that ends the dateline, or a time. */
const DATELINE_END = /^\s*(?:$|[.,;:()[\]|\-–—/]|(?:à|at)\s+\d)/u;
/** A line without a four-digit run has no full date; the figure grammar is not run on it. */
const HAS_YEAR = /(?:^|\D)\d{4}(?:\D|$)/;

/** The article's date (YYYY-MM-DD) from its front matter or its dateline, if it has one. */
export function articleDate(text: string, lang: Lang): string | undefined {
  return frontMatterDate(text) ?? datelineDate(text, lang);
}

function frontMatterDate(text: string): string | undefined {
  const head = text.slice(0, FRONT_MATTER_CHARS).replace(/^\ufeff/, '');
  if (!/^---\r?\n/.test(head)) return undefined;
  const close = head.search(/\r?\n---\s*(?:\r?\n|$)/);
  if (close < 0) return undefined;
  const match = FRONT_MATTER_DATE.exec(head.slice(0, close));
  return match && isRealDay(match[1]) ? match[1] : undefined;
}

function datelineDate(text: string, lang: Lang): string | undefined {
  let lines = 0;
  let offset = 0;
  const head = text.slice(0, HEAD_CHARS);
  while (offset < head.length && lines < HEAD_LINES) {
    let end = head.indexOf('\n', offset);
    if (end < 0) end = head.length;
    const line = head.slice(offset, end);
    offset = end + 1;
    if (line.trim() === '') continue;
    lines++;
    const date = HAS_YEAR.test(line) && mayOpenWithDate(line, lang) ? lineDate(line, lang) : undefined;
    if (date !== undefined) return date;
  }
  return undefined;
}

/** The words of a line as isDatelineLead splits them. */
const LEAD_SPLIT = /[^\s,:'’]+/gu;
const LETTER = /^\p{L}/u;
const LOWER_CASE = /^\p{Ll}/u;
/** The token a word opens with, as the shared tokenizer cuts it (word characters joined by inner hyphens). */
const FIRST_TOKEN = /^[\p{L}\p{N}\p{M}]+(?:[-\u2011][\p{L}\p{N}\p{M}]+)*/u;

/**
 * False when no dateline can open the line, told from its first words without running the
 * figure grammar on it (most first lines are a title or a paragraph). Before its date a
 * dateline has only figures of time, lead words and, first, a place in capitals; and every
 * figure starts at a token the grammar lets start one (a digit, a figure word...). So when the
 * first word cannot start a place (a lower-case letter first or second) and the words read lead
 * words until one that is neither that nor a possible start of a figure, that word stands
 * before every date of the line, and isDatelineLead refuses each.
 */
export function mayOpenWithDate(line: string, lang: Lang): boolean {
  const starters = figureLexicon(lang).figureStarters;
  const words = LEAD_SPLIT; // one scanner, restarted here: nothing below calls back into this function
  words.lastIndex = /^[\s#>*_\-–—]*/u.exec(line)![0].length; // the Markdown marks isDatelineLead strips
  let first = true;
  for (let m = words.exec(line); m !== null; m = words.exec(line)) {
    const word = m[0];
    if (!LETTER.test(word)) return true; // digits (a time, a day), a mark: only the grammar can tell
    if (first && !LOWER_CASE.test(word) && (word.length < 2 || !LOWER_CASE.test(word.slice(1)))) return true; // a place may start here
    first = false;
    // A figure may start at its first token (l’ included, as the elision it is before a word).
    const raw = FIRST_TOKEN.exec(word)?.[0] ?? word;
    const token = normalizeToken(raw);
    const hyphen = token.indexOf('-');
    const elided = /['’ʼ]/.test(line.charAt(m.index + raw.length)) && starters.has(`${token}'`);
    if (starters.has(token) || elided || (hyphen > 0 && starters.has(token.slice(0, hyphen)))) return true;
    if (!LEAD_WORDS.has(word.toLowerCase())) return false;
  }
  return true;
}

/** The full date that opens `line` as a dateline, if it does. */
export function lineDate(line: string, lang: Lang): string | undefined {
  // Only the figures up to the first that is no time are read: most datelines open a paragraph.
  const figures = extractFigures(line, { lang, defaultDollar: 'USD', leadingOnly: true });
  for (const f of figures) {
    if (f.kind === 'time') continue;
    if (f.kind !== 'date' || typeof f.value !== 'string' || !DAY_DATE.test(f.value)) return undefined;
    if (!isDatelineLead(line.slice(0, f.start), figures, f.start) || !DATELINE_END.test(line.slice(f.end))) return undefined;
    return isRealDay(f.value) ? f.value : undefined;
  }
  return undefined;
}

/** What stands before a dateline's date: times, a place in capitals and a comma, lead words. */
function isDatelineLead(before: string, figures: { kind: string; start: number; end: number }[], dateStart: number): boolean {
  let rest = before;
  // Times (11:41) are figures of their own; take them out.
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k];
    if (f.end <= dateStart && f.kind === 'time') rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  }
  rest = rest.replace(/^[\s#>*_\-–—]+/u, ''); // Markdown heading or emphasis marks
  const place = /^[\p{Lu}][\p{Lu}\p{M}' .-]*(?:\([^)]*\))?\s*,/u.exec(rest);
  if (place) rest = rest.slice(place[0].length);
  for (const word of rest.split(/[\s,:'’]+/u)) {
    if (word !== '' && !LEAD_WORDS.has(word.toLowerCase())) return false;
  }
  return true;
}

/** True for a YYYY-MM-DD that names a day of the calendar (no 31 April, 29 February in leap years only). */
function isRealDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4)), month = Number(iso.slice(5, 7)), day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}
