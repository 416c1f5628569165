// Dates at the precision written (6 mars 2025, le 2 juillet, 6/03/2025, 2025-03-06, March 6,
// 2025, mars 2025, en mai, premier trimestre 2025, T1 2025, Q1 2025, first half of 2024,
// l'année 2019, hiver 2021) and the resolution of the year a date does not write.
import { WordClass } from './lexicon';
import { atSentenceStart, isCapitalized, referenceDate, type ScanState } from './state';
import { matchRelativeDate, relativeYearAt, weekdayIndex } from './relative';
import { isDigits, type FigureToken } from './stream';
import { opensNumberWords, readWords } from './numbers';
import { looksPlural, nounCandidate } from './nouns';

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { HOLIDAY_OPENER, MONTH, ORDINAL, SEASON, WEEKDAY } = WordClass;
/** The word classes after digits that a date reader reads on: a month, or a number going on (2 000 ans, a count of relativeOffset). */
const DIGIT_FOLLOWER_CLASSES = MONTH | WordClass.NUMBER_OPENER | WordClass.NUMBER_JOINER | WordClass.ORDINAL_PART;

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** ISO 8601 week (with `year` its week-year), for relative weeks (la semaine dernière). */
  week?: number;
  /**
   * With `month`: the Nth (1-5; -1 the last) `weekday` of the month (the third Monday of May), or the
   * Nth day where no weekday is given (the last day of February): its day is known with the year only.
   */
  nth?: number;
  /** 0 for Monday ... 6 for Sunday, with `nth`. */
  weekday?: number;
  /** The weekday written before a day and month (mardi 3 mars), 0 for Monday: it tells the year where none is written. */
  writtenWeekday?: number;
}

export interface DateMatch {
  first: number;
  next: number;
  parts: DateParts;
  /** A decade ("les années 1990"): consumed, no figure. */
  none?: boolean;
}

export function isYear(text: string): boolean {
  if (text.length !== 4 || !isDigits(text)) return false;
  const y = Number(text);
  return y >= 1900 && y <= 2100;
}

/** isYear of a token's text. */
function isYearToken(t: FigureToken): boolean {
  if (t.digits !== 4) return false;
  const y = Number(t.text);
  return y >= 1900 && y <= 2100;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO 8601 text of what is known (`year` given in place of the parts' own); a missing year is written "--" (--07-02, --07, --Q4). */
export function formatDate(p: DateParts, year = p.year): string {
  const y = year === undefined ? '-' : String(year);
  if (p.week !== undefined) return `${y}-W${pad(p.week)}`;
  if (p.quarter !== undefined) return `${y}-Q${p.quarter}`;
  if (p.half !== undefined) return `${y}-H${p.half}`;
  if (p.nth !== undefined && p.month !== undefined) {
    // Without its year the day is unknown: the month is what is known.
    const day = year === undefined ? null : nthDayOfMonth(year, p.month, p.nth, p.weekday);
    return day === null ? `${y}-${pad(p.month)}` : `${y}-${pad(p.month)}-${pad(day)}`;
  }
  if (p.month !== undefined) return p.day !== undefined ? `${y}-${pad(p.month)}-${pad(p.day)}` : `${y}-${pad(p.month)}`;
  return y;
}

/** The day of the Nth (-1: the last) `weekday` of a month, or of its Nth (last) day without a weekday; null when the month has none (a fifth Monday). */
export function nthDayOfMonth(year: number, month: number, nth: number, weekday?: number): number | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (weekday === undefined) return nth < 0 ? days : nth <= days ? nth : null;
  if (nth < 0) {
    const lastWeekday = (new Date(Date.UTC(year, month - 1, days)).getUTCDay() + 6) % 7;
    return days - ((lastWeekday - weekday + 7) % 7);
  }
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (nth - 1);
  return day <= days ? day : null;
}

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month);
}

/**
 * A 4-digit year right at token j (after one space), or null. With `afterDay` (after a day and a
 * month, or a month) any year from 1000 is one (14 juillet 1789, July 4, 1776); else only 1900 to 2100.
 */
function yearAt(s: ScanState, j: number, afterDay = false): number | null {
  const t = s.tokens[j];
  // "July 10,2007": after a day, a comma may hold the year without a space.
  const spaced = t !== undefined && (t.spaceBefore || (afterDay && s.tokens[j - 1].text === ','));
  if (!t || !spaced || s.inEntity[j] || !(afterDay ? t.digits === 4 && t.text[0] !== '0' : isYearToken(t))) return null;
  // Not the start of a larger number (2025 000) nor of a decimal (2025,5).
  const after = s.tokens[j + 1];
  if (after && !after.spaceBefore && (after.text === ',' || after.text === '.') && s.tokens[j + 2] && !s.tokens[j + 2].spaceBefore && s.tokens[j + 2].digits > 0) return null;
  return Number(t.text);
}

/**
 * A year written with its last two digits after a month or a season (mai 68, l'été 76, juin 40;
 * English with its apostrophe: May '68, the summer of '69): the latest such year up to the
 * reference's (else up to 2029), or null. French digits alone are no year before a count (en mai 15
 * personnes, en juin 40 %, en mai 30 000 emplois): a plural noun, a unit, a scale, a percent or digits.
 */
function shortYearAt(s: ScanState, j: number): { year: number; next: number } | null {
  const tk = s.tokens;
  const apostrophe = tk[j] !== undefined && (tk[j].text === "'" || tk[j].text === '’') && tk[j].spaceBefore;
  const k = apostrophe ? j + 1 : j;
  const t = tk[k];
  if (!t || t.digits !== 2 || t.text.length !== 2 || s.inEntity[k] || (apostrophe ? t.spaceBefore : !t.spaceBefore)) return null;
  // On the line and in the sentence of the month: "août\n\n27 septembre" is a dateline's day.
  if (tk[j].lineStart || t.lineStart || tk[j - 1] === undefined || tk[j - 1].sentence !== t.sentence) return null;
  if (!apostrophe && s.lex.lang !== 'fr') return null;
  const after = tk[k + 1];
  if (after !== undefined && !apostrophe && (after.digits > 0 || startsLikeNumberPart(after.text) || countedAfter(s, k + 1))) return null;
  const ref = /^(\d{4})/.exec(referenceDate(s) ?? '');
  const base = ref ? Number(ref[1]) : 2029;
  const yy = Number(t.text);
  return { year: base - ((((base - yy) % 100) + 100) % 100), next: k + 1 };
}

/** A percent or per mille sign after two digits: "40 %", "40‰" (a comma or dot glued after them is countedAfter's). */
function startsLikeNumberPart(text: string): boolean {
  return text === '%' || text === '‰';
}

/** A word after two digits that makes them a count: a plural noun, a unit of time or measure, a scale, a currency or a percent. */
export function countedAfter(s: ScanState, k: number): boolean {
  const t = s.tokens[k], lex = s.lex;
  if (!t.spaceBefore) return t.text !== ',' && t.text !== '.';
  const n = t.norm;
  if (lex.scales.has(n) || lex.durationUnits.has(n) || lex.measureUnits.has(n) || lex.percentWords.starts(n) || lex.currencyWords.starts(n) || t.text === '%') return true;
  return nounCandidate(s, k) && looksPlural(n, lex);
}

/** The month named by token j (with the casing and context rules of the language), or null. */
function monthAt(s: ScanState, j: number, dayBefore: boolean): { month: number; next: number } | null {
  const t = s.tokens[j];
  if (!t || s.inEntity[j]) return null;
  const month = (t.cls & MONTH) !== 0 ? s.lex.months.get(t.norm) : undefined;
  if (month === undefined) return null;
  let next = j + 1;
  const abbreviated = s.lex.monthAbbreviations.has(t.norm);
  if (abbreviated && s.tokens[next]?.text === '.' && !s.tokens[next].spaceBefore) next++;
  const nextTok = s.tokens[next];
  const numberAfter = nextTok !== undefined && nextTok.spaceBefore && nextTok.digits > 0 && nextTok.digits <= 4;
  if (abbreviated && !dayBefore && !numberAfter && !inMonthRange(s, j, next)) return null;
  const capital = isCapitalized(t.text);
  if (s.lex.lang === 'fr') {
    // French months are lower case; "Mars" is the planet unless a day, a year or a sentence start says otherwise.
    if (capital && !dayBefore && !numberAfter && !atSentenceStart(s, j)) return null;
  } else {
    if (!capital) return null;
    // "May" is also the modal verb: it needs a day, a year or a preposition of time; "April Ryan", "June
    // Carter": a month that is also a first name, before a capitalized word, needs one too.
    const firstName = s.lex.monthsAlsoFirstNames.has(t.norm) && nextTok !== undefined && nextTok.spaceBefore && isCapitalized(nextTok.text) &&
      (nextTok.cls & (MONTH | WEEKDAY)) === 0;
    const lead = MONTH_LEADS_EN.has(s.tokens[j - 1]?.norm ?? '');
    if ((t.norm === 'may' || firstName) && !dayBefore && !numberAfter && !lead) return null;
    // A month inside a name: the Long March, the March of Dimes, March Madness.
    if (!dayBefore && !numberAfter && !lead && inName(s, j, next)) return null;
  }
  return { month, next };
}

/** English words before a month that make it one where it could be a verb or a name (in May, since April). */
const MONTH_LEADS_EN = new Set(['in', 'since', 'by', 'until', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'during', 'on', 'before', 'after', 'till', 'to', 'end']);

/**
 * True when the English month at token j (ending before `next`) is a word of a name: after a
 * capitalized word inside the sentence (the Long March), or before "of" and a capitalized word (the
 * March of Dimes) or before a capitalized word that is no date word (March Madness).
 */
function inName(s: ScanState, j: number, next: number): boolean {
  const tk = s.tokens;
  /** A capitalized word that is no date word. */
  const nameWord = (k: number) => tk[k] !== undefined && isCapitalized(tk[k].text) && /^\p{L}/u.test(tk[k].text) && (tk[k].cls & (MONTH | WEEKDAY)) === 0;
  const capitalWord = (k: number) => nameWord(k) && tk[k].spaceBefore;
  if (tk[j].spaceBefore && nameWord(j - 1) && !atSentenceStart(s, j - 1)) return true;
  if (tk[next]?.norm === 'of') return capitalWord(next + 1);
  return capitalWord(next) && !s.lex.relativeDates.starts(tk[next].norm) && tk[next].norm !== 'the';
}

/** True when the month at token j (ending before `next`) is an end of a range of months: "Jan. to March", "Jan-Mar". */
function inMonthRange(s: ScanState, j: number, next: number): boolean {
  const tk = s.tokens;
  const monthAt = (k: number) => tk[k] !== undefined && (tk[k].cls & MONTH) !== 0;
  if (tk[next] && DATE_RANGE_LINKS.has(tk[next].norm) && monthAt(next + 1)) return true;
  const before = tk[j - 1]?.text === '.' ? j - 2 : j - 1;
  return before > 0 && tk[j - 1] !== undefined && DATE_RANGE_LINKS.has(tk[before].norm) && monthAt(before - 1);
}

/** A day number (1-31, "1er", "premier", "4th") at token j: its value and the index after it. */
function dayAt(s: ScanState, j: number): { day: number; next: number } | null {
  const t = s.tokens[j];
  if (!t || s.inEntity[j]) return null;
  if (s.lex.lang === 'fr' && (t.norm === 'premier' || t.norm === '1er')) return { day: 1, next: j + 1 };
  // "le vingt et un juin", "samedi quinze août": a day said in words after an article or a weekday.
  if (s.lex.lang === 'fr' && t.digits === 0 && opensNumberWords(s.tokens, j, s.lex)) return dayInWordsAt(s, j);
  // "the first of May", "the twenty-first of May": a rank in words, before "of".
  if (s.lex.lang === 'en' && t.digits === 0 && s.tokens[j + 1]?.norm === 'of') {
    const day = ordinalWordValue(t.norm, s.lex);
    // "the Fourth of July": capitalized only before a month.
    const monthAfter = s.tokens[j + 2] !== undefined && (s.tokens[j + 2].cls & MONTH) !== 0;
    return day !== undefined && day >= 1 && day <= 31 && (!isCapitalized(t.text) || monthAfter) ? { day, next: j + 1 } : null;
  }
  if (t.digits === 0 || t.digits > 2) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  let next = j + 1;
  const suffix = s.tokens[next];
  if (suffix?.glued) {
    if (!s.lex.ordinalSuffixes.has(suffix.norm)) return null;
    next++;
  }
  return { day, next };
}

/** Words before a French day said in words (le vingt et un juin, du trois au cinq juillet) or a weekday. */
const DAY_WORD_LEADS = new Set(['le', 'du', 'au', 'ce', 'dès', 'et']);

/** A French day of the month in words at token j (deux ... trente et un), after an article, au, et or a weekday; or null. */
function dayInWordsAt(s: ScanState, j: number): { day: number; next: number } | null {
  const before = s.tokens[j - 1];
  if (!before || !(DAY_WORD_LEADS.has(before.norm) || (before.cls & WEEKDAY) !== 0 || atSentenceStart(s, j))) return null;
  const read = readWords(s.tokens, j, s.lex);
  if (!read || read.ordinal || !Number.isInteger(read.value) || read.value < 2 || read.value > 31) return null;
  for (let m = j; m < read.next; m++) if (s.inEntity[m]) return null;
  return { day: read.value, next: read.next };
}

/** June twenty-first, October the second, May fifth: an English day said as a rank after its month, or null. */
function dayRankAfterMonth(s: ScanState, j: number): { day: number; next: number } | null {
  const tk = s.tokens;
  const k = tk[j]?.norm === 'the' ? j + 1 : j;
  const t = tk[k];
  if (!t || !t.spaceBefore || t.digits > 0 || s.inEntity[k]) return null;
  // One word (fifth, twenty-first) or a compound the number grammar reads (twenty first).
  const word = ordinalWordValue(t.norm, s.lex);
  const read = word !== undefined ? { value: word, next: k + 1, ordinal: true } : readWords(tk, k, s.lex);
  if (!read || !read.ordinal || read.value < 1 || read.value > 31 || !Number.isInteger(read.value)) return null;
  // "June second quarter", "in June third parties": a rank of the noun after it.
  const after = tk[read.next];
  if (after?.spaceBefore && (s.lex.quarterWords.has(after.norm) || s.lex.halfWords.has(after.norm) || (nounCandidate(s, read.next) && looksPlural(after.norm, s.lex)))) return null;
  return { day: read.value, next: read.next };
}

/**
 * A year said in words (deux mille un, nineteen seventy-six) at token j, from 1000 to 2100, not
 * before a noun (deux mille personnes is a count); or null.
 */
function yearInWordsAt(s: ScanState, j: number): { year: number; next: number } | null {
  const t = s.tokens[j];
  if (!t || !t.spaceBefore || t.digits > 0 || !opensNumberWords(s.tokens, j, s.lex)) return null;
  const read = readWords(s.tokens, j, s.lex);
  if (!read || read.ordinal || !Number.isInteger(read.value) || read.value < 1000 || read.value > 2100 || nounCandidate(s, read.next)) return null;
  for (let m = j; m < read.next; m++) if (s.inEntity[m]) return null;
  return { year: read.value, next: read.next };
}

/** first -> 1, twenty-first -> 21: an ordinal word's value, or undefined. */
function ordinalWordValue(norm: string, lex: ScanState['lex']): number | undefined {
  const word = lex.ordinals.get(norm);
  if (word !== undefined) return word;
  const cut = norm.indexOf('-');
  if (cut < 0) return undefined;
  const ten = lex.tens.get(norm.slice(0, cut)), unit = lex.units.get(lex.ordinalParts.get(norm.slice(cut + 1)) ?? '');
  return ten !== undefined && unit !== undefined ? ten + unit : undefined;
}

const ORDINAL_PERIOD_WORDS = new Map<string, number>([
  ['premier', 1], ['première', 1], ['1er', 1], ['deuxième', 2], ['second', 2], ['seconde', 2], ['troisième', 3], ['quatrième', 4],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4],
]);

/** An ordinal of a quarter or half at token j ("premier", "1er", "2e", "first", "2nd"). */
function periodOrdinalAt(s: ScanState, j: number): { n: number; next: number } | null {
  const t = s.tokens[j];
  if (!t) return null;
  const word = ORDINAL_PERIOD_WORDS.get(t.norm);
  if (word !== undefined) return { n: word, next: j + 1 };
  if (t.digits === 1 && s.tokens[j + 1]?.glued && s.lex.ordinalSuffixes.has(s.tokens[j + 1].norm)) {
    return { n: Number(t.text), next: j + 2 };
  }
  return null;
}

/**
 * "le dernier trimestre 2024", "the last quarter of 2024", "the final half of 2023": the last quarter or half of a
 * year written after it (Q4, H2). Without its year, "le dernier trimestre" is no such rank (the relative readers').
 */
function matchLastPeriodOfYear(s: ScanState, i: number): DateMatch | null {
  const word = s.tokens[i + 1];
  if (!word || !word.spaceBefore || s.inEntity[i + 1]) return null;
  const parts: DateParts | null = s.lex.quarterWords.has(word.norm) ? { quarter: 4 } : s.lex.halfWords.has(word.norm) ? { half: 2 } : null;
  const y = parts ? trailingYear(s, i + 2) : null;
  if (!parts || !y) return null;
  parts.year = y.year;
  return { first: i, next: y.next, parts };
}

/** "2025", "de 2025", "of 2025", "fiscal 2025", "of fiscal 2025", "de l'exercice 2025" after a period: the year and the index after it. */
function trailingYear(s: ScanState, j: number): { year: number; next: number } | null {
  const y = yearAt(s, j);
  if (y !== null) return { year: y, next: j + 1 };
  const link = s.tokens[j]?.norm;
  if (link === 'de' || link === 'of' || link === 'fiscal') {
    const y2 = yearAt(s, j + 1);
    if (y2 !== null) return { year: y2, next: j + 2 };
  }
  let k = link === 'de' || link === 'of' || link === 'du' ? j + 1 : j;
  if (k > j && s.tokens[k] && (s.tokens[k].norm === "l'" || s.tokens[k].norm === 'the')) k++;
  const fiscal = s.tokens[k] ? matchFiscalYear(s, k) : null;
  if (fiscal) return { year: fiscal.parts.year!, next: fiscal.next };
  return relativeYearAt(s, j);
}

/**
 * A fiscal year named by the year it is called after: FY2024, FY24, FY 2025, fiscal 2025,
 * fiscal year 2024, l'exercice (fiscal) 2024, l'année fiscale 2024. Its value is that year.
 */
function matchFiscalYear(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  if (s.inEntity[i]) return null;
  // FY2024, FY24: one token.
  if ((t.text.length === 4 || t.text.length === 6) && t.text.charCodeAt(0) === 70) {
    const code = /^FY(\d{2}|\d{4})$/.exec(t.text);
    if (code) {
      const year = code[1].length === 2 ? 2000 + Number(code[1]) : Number(code[1]);
      return isYear(String(year)) ? { first: i, next: i + 1, parts: { year } } : null;
    }
  }
  if (!s.lex.fiscalYearWords.starts(t.norm) || (isCapitalized(t.text) && t.text !== 'FY' && !atSentenceStart(s, i))) return null;
  const phrase = s.lex.fiscalYearWords.longestBy(i, (m) => (m === i || s.tokens[m]?.spaceBefore) && !s.inEntity[m] ? s.tokens[m]?.norm : undefined);
  if (!phrase) return null;
  const year = yearAt(s, phrase.end);
  return year === null ? null : { first: i, next: phrase.end + 1, parts: { year } };
}

/**
 * The second end of a span of years glued to the first (2024-2025, 2024-25, 2024/25): a later
 * year, written whole or by its last two digits (at most ten years on), or null.
 */
function yearSpanEnd(s: ScanState, j: number, first: number): DateMatch | null {
  const tk = s.tokens;
  const dash = tk[j], end = tk[j + 1];
  if (!dash || !end || dash.spaceBefore || end.spaceBefore || (dash.text !== '-' && dash.text !== '–' && dash.text !== '/') || s.inEntity[j + 1]) return null;
  const after = tk[j + 2];
  if (after && !after.spaceBefore && (after.text === '-' || after.text === '/' || isDigits(after.text))) return null;
  let year: number;
  if (end.text.length === 4 && isYear(end.text)) {
    year = Number(end.text);
    if (year <= first) return null;
  } else if (end.text.length === 2 && isDigits(end.text)) {
    year = first - (first % 100) + Number(end.text);
    if (year <= first) year += 100;
    if (year - first > 10) return null;
  } else {
    return null;
  }
  return { first: j + 1, next: j + 2, parts: { year } };
}

/** A date starting at token i, or null; `absolute` false: only a relative date, a holiday or a weekday's (see routes.ts). */
export function matchDate(s: ScanState, i: number, absolute = true): DateMatch | null {
  const t = s.tokens[i];
  const lex = s.lex;
  // Before the relative readers: "the last Friday of the month" is no "last Friday".
  if ((t.cls & ORDINAL) !== 0 || t.digits === 1 || t.norm === '1er' || lex.weekdayOfMonth.lastWords.has(t.norm)) {
    const ofMonth = matchWeekdayOfMonth(s, i);
    if (ofMonth) return ofMonth;
    const lastOfYear = lex.weekdayOfMonth.lastWords.has(t.norm) ? matchLastPeriodOfYear(s, i) : null;
    if (lastOfYear) return lastOfYear;
  }
  const relative = matchRelativeDate(s, i);
  if (relative) return relative;
  if ((t.cls & HOLIDAY_OPENER) !== 0) {
    const holiday = matchHoliday(s, i);
    if (holiday) return holiday;
  }
  // A weekday belongs to the span only when a day and month follow ("vendredi 29 juillet").
  if ((t.cls & WEEKDAY) !== 0) {
    let j = i + 1;
    if (s.tokens[j]?.text === ',') j++;
    const inner = matchDayMonth(s, j) ?? (lex.lang === 'en' ? matchMonthFirst(s, j) : null);
    if (inner && inner.parts.day === undefined) return null;
    return inner ? { ...inner, first: i, parts: { ...inner.parts, writtenWeekday: weekdayIndex(lex.weekdays, t.norm) } } : null;
  }
  if (!absolute) return t.digits === 0 && opensNumberWords(s.tokens, i, lex) ? matchDayMonth(s, i) ?? yearInWordsAfterLead(s, i) : null;
  return matchDayOfEveryMonth(s, i) ?? matchIsoToken(s, i) ?? matchNumericDate(s, i) ?? matchRomanMonthDate(s, i) ?? matchMonthSlashYear(s, i) ?? matchDaySlashMonth(s, i) ?? matchHyphenDayMonthYear(s, i) ?? matchDayMonth(s, i) ?? matchMonthFirst(s, i) ??
    matchPeriod(s, i) ?? matchFiscalYear(s, i) ?? matchPeriodWordYear(s, i) ?? matchMid(s, i) ?? matchWeekNumber(s, i);
}

/** "week 10 of 2024", "la semaine 10 de 2024": the ISO week, with its year written (a week number alone is no date). */
function matchWeekNumber(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i], n = s.tokens[i + 1];
  if (!s.lex.weekNumberWords.has(t.norm) || !n || !n.spaceBefore || n.digits === 0 || n.text.length > 2 || s.inEntity[i + 1]) return null;
  const week = Number(n.text);
  const y = week >= 1 && week <= 53 ? trailingYear(s, i + 2) : null;
  return y ? { first: i, next: y.next, parts: { year: y.year, week } } : null;
}

/** "en deux mille vingt", "since two thousand ten", "in nineteen ninety-nine": a year in words after a word that leads a year. */
function yearInWordsAfterLead(s: ScanState, i: number): DateMatch | null {
  const before = s.tokens[i - 1];
  if (!before || !s.lex.oldYearLeads.has(before.norm)) return null;
  const said = yearInWordsAt(s, i);
  return said && said.year >= 1900 ? { first: i, next: said.next, parts: { year: said.year } } : null;
}

/**
 * Noël 2023, à Noël, le jour de l'An, Christmas Eve, Easter 2025: a holiday is its day, with the year
 * written after it, or after a lead (à, le, at, on...) as a date without its year; a holiday counted
 * from Easter needs its year. Not a name (Noël Mamère, Christmas Island) nor a noun's complement
 * (vacances de Noël, Christmas sales).
 */
function matchHoliday(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens;
  if (s.lex.lang === 'en' && !isCapitalized(tk[i].text)) return null;
  const hit = s.lex.holidays.longestBy(i, (m) => (m === i || !s.inEntity[m] ? tk[m]?.norm : undefined));
  if (!hit) return null;
  const year = yearAt(s, hit.end);
  const holiday = hit.value;
  // Thanksgiving, Labor Day: the Nth weekday of a month, its day computed with the year (DateParts.nth).
  const parts: DateParts | null = 'nth' in holiday ? { month: holiday.month, nth: holiday.nth, weekday: holiday.weekday } :
    'day' in holiday ? { month: holiday.month, day: holiday.day } : null;
  if (year !== null) return { first: i, next: hit.end + 1, parts: parts ? { ...parts, year } : easterDay(year, (holiday as { fromEaster: number }).fromEaster) };
  const after = tk[hit.end];
  const lead = tk[i - 1]?.norm ?? '';
  if (!parts || !s.lex.holidayLeads.has(lead) || (after?.spaceBefore && isCapitalized(after.text) && /^\p{L}/u.test(after.text))) return null;
  // "la rue de l'Armistice", "la place de la Saint-Jean": a noun's complement, no date.
  const article = tk[i - 2]?.norm ?? '';
  if (HOLIDAY_ARTICLES.has(lead) && (article === 'de' || article === "d'" || article === 'du')) return null;
  return { first: i, next: hit.end, parts };
}

/** The articles among the holiday leads (à la Toussaint, le jour de l'An): after "de" they make a name's complement. */
const HOLIDAY_ARTICLES = new Set(['le', 'la', "l'"]);

/**
 * le troisième lundi de mai, le premier mardi de novembre 2024, le dernier vendredi du mois (prochain),
 * the second Sunday in May, the last day of February, the first day of next month: a rank up to
 * the fifth or the last, a weekday or the word of a day, a link and a month (with its year, or
 * the reference's month: du mois, of the month, this month, next month). The day is computed once
 * the year is known (DateParts.nth). "de chaque mois", "of every month": a recurring day, no figure.
 */
function matchWeekdayOfMonth(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens, lex = s.lex, words = lex.weekdayOfMonth;
  const t = tk[i];
  let nth: number | undefined;
  let k = i + 1;
  if (words.lastWords.has(t.norm)) nth = -1;
  else if (t.norm === '1er') nth = 1;
  else if ((t.cls & ORDINAL) !== 0) nth = lex.ordinals.get(t.norm);
  else if (t.digits === 1 && t.text.length === 1 && tk[k]?.glued && lex.ordinalSuffixes.has(tk[k].norm)) nth = Number(tk[k++ - 1].text);
  if (nth === undefined || nth === 0 || nth > 5) return null;
  const w = tk[k], link = tk[k + 1];
  if (!w || !link || !w.spaceBefore || !link.spaceBefore || !words.links.has(link.norm) || s.inEntity[k] || s.inEntity[k + 1]) return null;
  const isWeekday = (w.cls & WEEKDAY) !== 0;
  if (!isWeekday && !words.dayWords.has(w.norm)) return null;
  const weekday = isWeekday ? weekdayIndex(lex.weekdays, w.norm) : undefined;
  let j = k + 2;
  const phrase = (m: number) => (m === j || (tk[m]?.spaceBefore && !s.inEntity[m]) ? tk[m]?.norm : undefined);
  const every = words.everyMonth.starts(tk[j]?.norm) ? words.everyMonth.longestBy(j, phrase) : null;
  if (every) return { first: i, next: every.end, parts: {}, none: true };
  // "du mois de mai": the noun of the month before its name.
  if (words.monthNoun.has(tk[j]?.norm ?? '') && (tk[j + 1]?.norm === 'de' || tk[j + 1]?.norm === "d'") && tk[j + 2] && (tk[j + 2].cls & MONTH) !== 0) j += 2;
  const parts: DateParts = { nth };
  if (weekday !== undefined) parts.weekday = weekday;
  let next: number;
  const m = monthAt(s, j, true);
  if (m) {
    parts.month = m.month;
    next = m.next;
    const year = yearAt(s, m.next);
    const relative = year === null ? relativeYearAt(s, m.next) : null;
    if (year !== null) {
      parts.year = year;
      next++;
    } else if (relative) {
      parts.year = relative.year;
      next = relative.next;
    }
  } else {
    // The reference's month, or one named from it (next month, le mois prochain).
    const relative = matchRelativeDate(s, j);
    if (relative) {
      const p = relative.parts;
      if (relative.none) return { first: i, next: relative.next, parts: {}, none: true };
      if (p.month === undefined || p.day !== undefined || p.year === undefined) return null;
      parts.year = p.year;
      parts.month = p.month;
      next = relative.next;
    } else {
      const current = words.referenceMonth.starts(tk[j]?.norm) ? words.referenceMonth.longestBy(j, phrase) : null;
      if (!current) return null;
      // "du mois de mai" was read above; "du mois dernier" is relative: "du mois" alone is the reference's.
      const ref = /^(\d{4})-(\d{2})/.exec(referenceDate(s) ?? '');
      if (!ref) return { first: i, next: current.end, parts: {}, none: true };
      parts.year = Number(ref[1]);
      parts.month = Number(ref[2]);
      next = current.end;
    }
  }
  // "the fifth Monday of February 2025": no such day; "chaque premier lundi du mois", "every first Monday of the month": a
  // recurring day, no figure (as "de chaque mois").
  if ((parts.year !== undefined && nthDayOfMonth(parts.year, parts.month!, nth, weekday) === null) || words.everyBefore.has(tk[i - 1]?.norm ?? '')) {
    return { first: i, next, parts: {}, none: true };
  }
  return { first: i, next, parts };
}

/** "le 15 de chaque mois", "the 15th of each month": a recurring day, consumed, no figure (as "le premier lundi de chaque mois"). */
function matchDayOfEveryMonth(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens, t = tk[i], words = s.lex.weekdayOfMonth;
  if (t.digits === 0 || t.digits > 2 || !isDigits(t.text)) return null;
  let k = i + 1;
  if (tk[k]?.glued && s.lex.ordinalSuffixes.has(tk[k].norm)) k++;
  const link = tk[k];
  if (!link || !link.spaceBefore || !words.links.has(link.norm) || !words.everyMonth.starts(tk[k + 1]?.norm)) return null;
  const every = words.everyMonth.longestBy(k + 1, (m) => (tk[m]?.spaceBefore ? tk[m].norm : undefined));
  return every ? { first: i, next: every.end, parts: {}, none: true } : null;
}

/** The day `offset` days from Easter Sunday of `year` (the Gregorian computus). */
function easterDay(year: number, offset: number): DateParts {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const k = Math.floor(c / 4), l = (32 + 2 * e + 2 * k - h - (c % 4)) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  const date = new Date(Date.UTC(year, month - 1, day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** mi-mars, mid-March, mid-2025: one hyphenated token, the month or the year it names. */
function matchMid(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  const hyphen = t.hyphen;
  if (hyphen < 1 || !s.lex.midPrefixes.has(t.norm.slice(0, hyphen))) return null;
  const rest = t.norm.slice(hyphen + 1);
  const month = s.lex.months.get(rest);
  if (month !== undefined && !s.lex.monthAbbreviations.has(rest)) {
    const year = yearAt(s, i + 1);
    return year === null ? { first: i, next: i + 1, parts: { month } } : { first: i, next: i + 2, parts: { year, month } };
  }
  if (isYear(rest)) return { first: i, next: i + 1, parts: { year: Number(rest) } };
  return null;
}

// ----------------------------------------------------------------------------------------
// Ranges of dates sharing their month or year (du 3 au 5 mars 2025, between 3 and 5 March,
// March 3-5, 2025, de mars à mai 2025): as in a range of numbers, the first date takes what it
// does not write (the month, the year) from the second, or the second from the first where
// the first writes the month (March 3-5).

const DATE_RANGE_LINKS = new Set(['au', 'à', 'et', '-', '–', 'to', 'and', 'through']);
const RANGE_ARTICLES = new Set(['le', 'les', 'des', 'the']);

/**
 * The words after a number of digits that some date reader starting at that number reads on (see
 * digitsOpenNoDate): a range link, a list's comma, English "of" (the 4th of July), a unit of a relative
 * offset (3 jours plus tard), a word of the current month (le 15 courant), a link before every month;
 * and a month in Roman numerals (4 III 1990), told by its capitals.
 */
const DIGIT_DATE_FOLLOWERS = new WeakMap<ScanState['lex'], Set<string>>();

function digitDateFollowers(lex: ScanState['lex']): Set<string> {
  let words = DIGIT_DATE_FOLLOWERS.get(lex);
  if (!words) {
    words = new Set([...DATE_RANGE_LINKS, ',', '.', 'of', ...lex.relativeOffsetUnits, ...lex.currentMonthWords, ...lex.weekdayOfMonth.links]);
    DIGIT_DATE_FOLLOWERS.set(lex, words);
  }
  return words;
}

/**
 * True when no date reader can start at token i: a number of digits alone (no word class, no letter,
 * hyphen or separator in it) before a spaced word that none reads on (no month, no number, none of
 * digitDateFollowers, nothing glued). Most numbers are no date and went through some twenty readers
 * (a reader that starts at digits and reads another word after them must add it there).
 */
function digitsOpenNoDate(s: ScanState, i: number): boolean {
  const t = s.tokens[i], next = s.tokens[i + 1];
  if (t.digits === 0 || t.digits !== t.text.length || t.cls !== 0 || next === undefined) return false;
  return next.spaceBefore && !next.glued && next.digits === 0 && next.hyphen < 0 && (next.cls & DIGIT_FOLLOWER_CLASSES) === 0 &&
    !digitDateFollowers(s.lex).has(next.norm) && !ROMAN_MONTHS.has(next.text);
}

/** The dates starting at token i: one date, or the two ends of a range; null when none. `absolute`: see matchDate. */
export function matchDates(s: ScanState, i: number, absolute = true): DateMatch[] | null {
  if (digitsOpenNoDate(s, i)) return null;
  const single = matchDate(s, i, absolute);
  if (single) {
    // "l'exercice 2024-2025", "fiscal 2024-25": a span of years.
    const p = single.parts;
    const yearOnly = p.month === undefined && p.quarter === undefined && p.half === undefined && p.week === undefined;
    const decade = single.none ? Number(s.tokens[single.next - 1].text) : NaN;
    const span = yearOnly && (p.year !== undefined || decade > 0) ? yearSpanEnd(s, single.next, p.year ?? decade) : null;
    // "les années 1990-2000": decades, no figure.
    if (span) return single.none ? [{ ...single, next: span.next }] : [single, span];
    if (single.none || single.parts.year !== undefined) return [single];
    return rangeAfterDate(s, single) ?? [single];
  }
  // 2024-2025, 2024-25, 2024/25.
  if (isYear(s.tokens[i].text) && !s.inEntity[i]) {
    const span = yearSpanEnd(s, i + 1, Number(s.tokens[i].text));
    if (span) return [{ first: i, next: i + 1, parts: { year: Number(s.tokens[i].text) } }, span];
  }
  return rangeFromBareDay(s, i);
}

/** The link of a range at token k after the first end at `first`, and where the second end starts. */
function rangeLink(s: ScanState, first: number, k: number): number | null {
  const tk = s.tokens;
  const link = tk[k];
  if (!link || !DATE_RANGE_LINKS.has(link.norm) || s.inEntity[k]) return null;
  if (link.norm === 'et' || link.norm === 'and') {
    // "entre le 3 et le 5 mars", "les 3 et 4 mars", "between 3 and 5 March": never a list of counts.
    let b = first - 1;
    const article = tk[b] !== undefined && RANGE_ARTICLES.has(tk[b].norm);
    if (article) b--;
    const lead = tk[b]?.norm ?? '';
    // "jeudi 5 et vendredi 6 juin": a weekday before the first day makes it a date too.
    const weekdayFirst = (tk[first].cls & WEEKDAY) !== 0;
    if (lead !== 'entre' && lead !== 'between' && !(article && tk[first - 1].norm !== 'the') && !weekdayFirst) return null;
  }
  let j = k + 1;
  if (tk[j] && (tk[j].norm === 'le' || tk[j].norm === 'the') && tk[j].spaceBefore) j++;
  return j < tk.length ? j : null;
}

/** The day listed after a comma at token m (les 3, 4 et 5 mars), later than `previous`; or null. */
function listedDayAfter(s: ScanState, m: number, previous: number): { day: number; next: number } | null {
  const tk = s.tokens;
  if (tk[m]?.text !== ',' || !tk[m + 1]?.spaceBefore) return null;
  const dn = dayAt(s, m + 1);
  return dn && dn.day > previous ? dn : null;
}

/**
 * du 3 au 5 mars 2025, between 3 and 5 March, 3-5 mars, du lundi 3 au mercredi 5 mars, les 3, 4
 * et 5 mars: bare days (a weekday before the first belongs to it), then a full date.
 */
function rangeFromBareDay(s: ScanState, i: number): DateMatch[] | null {
  const tk = s.tokens, lex = s.lex;
  const k = (tk[i].cls & WEEKDAY) !== 0 ? i + 1 : i;
  if (!tk[k] || (k > 0 && !tk[k].spaceBefore && !tk[k - 1].norm.endsWith("'"))) return null;
  const d1 = dayAt(s, k);
  if (!d1) return null;
  // More days listed with commas, each later than the one before (at most 31: linear time). Most days have no
  // range link after them: the list of heads is made only once one is found.
  let m = d1.next, lastDay = d1.day, listed = 1;
  for (let dn = listedDayAfter(s, m, lastDay); dn !== null; dn = listedDayAfter(s, m, lastDay)) {
    m = dn.next;
    lastDay = dn.day;
    listed++;
  }
  const j = rangeLink(s, i, m);
  if (j === null) return null;
  if (listed > 1 && tk[m].norm !== 'et' && tk[m].norm !== 'and') return null;
  const heads: { first: number; next: number; day: number }[] = [{ first: i, next: d1.next, day: d1.day }];
  for (let dn = listedDayAfter(s, d1.next, d1.day); dn !== null; dn = listedDayAfter(s, heads[heads.length - 1].next, dn.day)) {
    heads.push({ first: heads[heads.length - 1].next + 1, next: dn.next, day: dn.day });
  }
  const second = (tk[j].cls & WEEKDAY) !== 0 ? matchDate(s, j) : matchDayMonth(s, j) ?? (lex.lang === 'en' ? matchMonthFirst(s, j) : null);
  if (!second || second.none || second.parts.day === undefined || second.parts.month === undefined) return null;
  const month = second.parts.month;
  if (heads[heads.length - 1].day >= second.parts.day || !validDay(heads[heads.length - 1].day, month)) return null;
  const out: DateMatch[] = heads.map((h) => {
    const parts: DateParts = { month, day: h.day };
    if (second.parts.year !== undefined) parts.year = second.parts.year;
    return { first: h.first, next: h.next, parts };
  });
  out.push(second);
  return out;
}

/** March 3-5, 2025 / du 3 mars au 5 avril 2025 / de mars à mai 2025: a date without its year, then the rest of the range. */
function rangeAfterDate(s: ScanState, m1: DateMatch): DateMatch[] | null {
  const tk = s.tokens;
  const p1 = m1.parts;
  // "in June and July 2024", "en juin et juillet 2024": two months joined by and share the year written after the second.
  const monthPair = p1.day === undefined && p1.month !== undefined && (tk[m1.first].cls & MONTH) !== 0 && (tk[m1.next]?.norm === 'and' || tk[m1.next]?.norm === 'et') &&
    (tk[m1.next + 1]?.cls & MONTH) !== 0 && tk[m1.next + 1].spaceBefore;
  const j = monthPair ? m1.next + 1 : rangeLink(s, m1.first, m1.next);
  if (j === null) return monthFirstList(s, m1);
  // Month first with a bare day after the link (March 3-5, 2025; March 3 to 5): the second day takes the month.
  if (p1.day !== undefined && p1.month !== undefined && s.lex.months.has(tk[m1.first].norm)) {
    const d2 = dayAt(s, j);
    if (d2 && d2.day > p1.day && validDay(d2.day, p1.month)) {
      let k = d2.next;
      if (tk[k]?.text === ',') k++;
      const year = yearAt(s, k);
      const after = tk[year !== null ? k + 1 : d2.next];
      const ends = after === undefined || after.sentence !== tk[d2.next - 1].sentence || !/^\p{L}/u.test(after.text);
      if (year !== null || ends) {
        const parts2: DateParts = { month: p1.month, day: d2.day };
        if (year !== null) parts2.year = year;
        const head = year === null ? m1 : { ...m1, parts: { ...p1, year } };
        return [head, { first: j, next: year !== null ? k + 1 : d2.next, parts: parts2 }];
      }
    }
  }
  // Two dates; the first takes the year of the second (a year earlier if it would come after it).
  // Without a year written, both stay a range: the second end follows the first when resolved.
  const m2 = matchDate(s, j);
  if (!m2 || m2.none || (m2.parts.month === undefined && m2.parts.quarter === undefined && m2.parts.half === undefined)) return null;
  if (p1.month === undefined && p1.quarter === undefined && p1.half === undefined) return null;
  if (m2.parts.year === undefined) return [m1, m2];
  const start1 = startMonth(p1) * 32 + (p1.day ?? 0), start2 = startMonth(m2.parts) * 32 + (m2.parts.day ?? 0);
  const year = start1 > start2 ? m2.parts.year - 1 : m2.parts.year;
  return [{ ...m1, parts: { ...p1, year } }, m2];
}

/**
 * "September 14 and 15", "April 10, 11 and 12, 2025": days listed after a day written month first take its
 * month (and the year written after the last); each day later than the one before, and no word after the
 * last (On May 5 and 6 people died: a count).
 */
function monthFirstList(s: ScanState, m1: DateMatch): DateMatch[] | null {
  const tk = s.tokens;
  const p1 = m1.parts;
  if (p1.day === undefined || p1.month === undefined || !s.lex.months.has(tk[m1.first].norm)) return null;
  const days: { first: number; next: number; day: number }[] = [];
  let k = m1.next, last = p1.day;
  // At most 31 days, each later: linear time.
  for (;;) {
    const link = tk[k];
    if (!link || (link.text !== ',' && link.norm !== 'and' && link.norm !== 'et') || !tk[k + 1]?.spaceBefore) break;
    const d = dayAt(s, k + 1);
    if (!d || d.day <= last || !validDay(d.day, p1.month) || tk[k + 1].text.length > 2) break;
    days.push({ first: k + 1, next: d.next, day: d.day });
    last = d.day;
    k = d.next;
    if (link.text !== ',') break;
  }
  if (days.length === 0 || tk[days[days.length - 1].first - 1].text === ',') return null;
  const end = days[days.length - 1].next;
  let y = end;
  if (tk[y]?.text === ',') y++;
  const year = yearAt(s, y);
  const after = tk[year !== null ? y + 1 : end];
  if (year === null && after !== undefined && after.sentence === tk[end - 1].sentence && /^\p{L}/u.test(after.text)) return null;
  const withYear = (parts: DateParts): DateParts => (year !== null ? { ...parts, year } : parts);
  const out: DateMatch[] = [{ ...m1, parts: withYear(p1) }];
  for (const d of days) out.push({ first: d.first, next: d === days[days.length - 1] && year !== null ? y + 1 : d.next, parts: withYear({ month: p1.month, day: d.day }) });
  return out;
}

/** 2025-03-06, 2025-03 (one token for the tokenizer). */
function matchIsoToken(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i].text;
  // 2024-W10: an ISO week.
  if (t.length === 8 && t[5] === 'W') {
    const w = /^(\d{4})-W(\d{2})$/.exec(t);
    const week = w ? Number(w[2]) : 0;
    return w && isYear(w[1]) && week >= 1 && week <= 53 ? { first: i, next: i + 1, parts: { year: Number(w[1]), week } } : null;
  }
  if (t.length !== 7 && t.length !== 10) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (!m || !isYear(m[1])) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { first: i, next: i + 1, parts: { year: Number(m[1]), month } };
  const day = Number(m[3]);
  if (!validDay(day, month)) return null;
  return { first: i, next: i + 1, parts: { year: Number(m[1]), month, day } };
}

/** 6/03/2025, 06.03.2025 (day first in French; month first in English unless impossible, but dots are day first in both). */
function matchNumericDate(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens;
  if (i + 4 >= tk.length) return null;
  const a = tk[i], s1 = tk[i + 1], b = tk[i + 2], s2 = tk[i + 3], c = tk[i + 4];
  // 2025/06/02: year first, then month and day, in every language.
  if (isYearToken(a) && s1.text === '/' && s2.text === '/' && b.digits === 2 && c.digits === 2 &&
    !s1.spaceBefore && !b.spaceBefore && !s2.spaceBefore && !c.spaceBefore) {
    const month = Number(b.text), day = Number(c.text);
    return validDay(day, month) ? { first: i, next: i + 5, parts: { year: Number(a.text), month, day } } : null;
  }
  if (a.digits === 0 || a.digits > 2 || b.digits === 0 || b.digits > 2) return null;
  if (s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore) return null;
  const sep = s1.text;
  if (s2.text !== sep || (sep !== '/' && sep !== '.' && sep !== '-')) return null;
  // English "05.08.2025": dots are the European order (no American writes them), a four-digit year only.
  if (sep === '.' && s.lex.lang !== 'fr' && !isYearToken(c)) return null;
  // 5/3/24: a two-digit year only with slashes (2.10.15 is mostly a version), not inside a longer run (1/2/34/5).
  const shortYear = sep === '/' && c.digits === 2 && !slashRunAround(s, i, i + 5);
  if (!isYearToken(c) && !shortYear) return null;
  let day = Number(a.text), month = Number(b.text);
  if (s.lex.lang === 'en' && sep !== '.' && !(day > 12)) [day, month] = [month, day];
  if (!validDay(day, month)) return null;
  return { first: i, next: i + 5, parts: { year: shortYear ? twoDigitYear(c.text) : Number(c.text), month, day } };
}

/** A year written with two digits: 1970-2069, the usual pivot. */
function twoDigitYear(text: string): number {
  const yy = Number(text);
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** True when a slash or a digit is glued before token `first` or after the token before `next` (a longer run of numbers). */
function slashRunAround(s: ScanState, first: number, next: number): boolean {
  const tk = s.tokens;
  const before = tk[first - 1], after = tk[next];
  const glued = (t: FigureToken | undefined) => t !== undefined && (t.text === '/' || t.text === '.' || t.text === '-' || t.digits > 0);
  return (before !== undefined && !tk[first].spaceBefore && glued(before)) ||
    (after !== undefined && !after.spaceBefore && glued(after) && (after.digits > 0 || (tk[next + 1] !== undefined && !tk[next + 1].spaceBefore && tk[next + 1].digits > 0)));
}

/** French "le 31/12", "au 1/07": a day and a month after le, du or au (the article says it is a day, not a fraction). */
function matchDaySlashMonth(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens;
  const a = tk[i], sep = tk[i + 1], b = tk[i + 2];
  if (s.lex.lang !== 'fr' || !sep || !b || a.digits === 0 || a.digits > 2 || sep.text !== '/' || sep.spaceBefore || b.spaceBefore || b.digits === 0 || b.digits > 2) return null;
  // "le 3/4 des salariés": a share.
  if (!DAY_SLASH_LEADS.has(tk[i - 1]?.norm ?? '') || slashRunAround(s, i, i + 3) || SHARE_AFTER.has(tk[i + 3]?.norm ?? '')) return null;
  const day = Number(a.text), month = Number(b.text);
  return validDay(day, month) ? { first: i, next: i + 3, parts: { month, day } } : null;
}

const DAY_SLASH_LEADS = new Set(['le', 'du', 'au']);
const SHARE_AFTER = new Set(['de', 'des', 'du', "d'"]);

/** 12/2023, 09/2027: a month and its year. */
function matchMonthSlashYear(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens;
  const a = tk[i], sep = tk[i + 1], c = tk[i + 2];
  if (!sep || !c || a.digits === 0 || a.digits > 2 || sep.text !== '/' || sep.spaceBefore || c.spaceBefore || !isYearToken(c)) return null;
  const month = Number(a.text);
  if (month < 1 || month > 12 || slashRunAround(s, i, i + 3)) return null;
  return { first: i, next: i + 3, parts: { year: Number(c.text), month } };
}

const ROMAN_MONTHS = new Map(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].map((r, k) => [r, k + 1]));

/** "4 III 1990": a day, a month in Roman numerals (capitals) and a year, apart. */
function matchRomanMonthDate(s: ScanState, i: number): DateMatch | null {
  const tk = s.tokens, a = tk[i];
  if (a.digits === 0 || a.digits > 2 || a.text.length !== a.digits) return null;
  // "1er V 1950": the first of the month with its suffix.
  const r0 = tk[i + 1]?.glued && a.text === '1' && s.lex.ordinalSuffixes.has(tk[i + 1].norm) ? i + 2 : i + 1;
  const r = tk[r0], c = tk[r0 + 1];
  // (Any year from 1000, as after a day and a month by name.)
  if (!r || !c || !r.spaceBefore || !c.spaceBefore || c.digits !== 4 || c.text.length !== 4 || Number(c.text) < 1000) return null;
  const month = ROMAN_MONTHS.get(r.text), day = Number(a.text);
  return month !== undefined && validDay(day, month) ? { first: i, next: r0 + 2, parts: { year: Number(c.text), month, day } } : null;
}

/** 5-mars-2024, 05-Mar-24, 01-Feb-2025: one token, a day, a month by name and a year. */
function matchHyphenDayMonthYear(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  if (t.hyphen < 1 || t.hyphen > 4 || t.text.length > 20 || s.inEntity[i]) return null;
  const m = /^(\d{1,2})-(\p{L}+)\.?-(\d{2}|\d{4})$/u.exec(t.norm);
  if (!m) return holidayDayMonth(s, i);
  // "12-VI-1815": a month in Roman numerals (capitals as written) and a four-digit year.
  const roman = /^\d{1,2}-([IVX]{1,4})-\d{4}$/.test(t.text) ? ROMAN_MONTHS.get(m[2].toUpperCase()) : undefined;
  if (roman !== undefined && validDay(Number(m[1]), roman) && Number(m[3]) >= 1000) return { first: i, next: i + 1, parts: { year: Number(m[3]), month: roman, day: Number(m[1]) } };
  const month = s.lex.months.get(m[2]), day = Number(m[1]);
  if (month === undefined || !validDay(day, month) || (m[3][0] === '0' && m[3].length === 4)) return null;
  const year = m[3].length === 2 ? twoDigitYear(m[3]) : Number(m[3]);
  return { first: i, next: i + 1, parts: { year, month, day } };
}

/**
 * French "le 14-Juillet", "le 1er-Mai", "du 8-Mai": a holiday written as a day and a capitalized month joined by a
 * hyphen (hyphenHolidays; "le 11-Septembre" is an event, no date) is its day (the year as for "14 juillet", or written after it).
 */
function holidayDayMonth(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  if (!s.lex.hyphenHolidays.has(t.norm)) return null;
  const m = /^(\d{1,2})(er)?-(\p{Lu}\p{Ll}+)$/u.exec(t.text);
  if (!m || (m[2] !== undefined && m[1] !== '1')) return null;
  const month = s.lex.months.get(m[3].toLowerCase()), day = Number(m[1]);
  if (month === undefined || !validDay(day, month)) return null;
  const year = yearAt(s, i + 1, true);
  return year !== null ? { first: i, next: i + 2, parts: { year, month, day } } : { first: i, next: i + 1, parts: { month, day } };
}

/** 6 mars 2025, le 2 juillet, 1er janvier 2016, 6 March 2025, 4th of July. */
function matchDayMonth(s: ScanState, i: number): DateMatch | null {
  const d = dayAt(s, i);
  if (!d) return null;
  let j = d.next;
  if (s.lex.lang === 'en' && s.tokens[j]?.norm === 'of') j++;
  const m = monthAt(s, j, true);
  if (!m || !s.tokens[j].spaceBefore || !validDay(d.day, m.month)) return null;
  // "the 2nd of June, 2025": English may set the year off with a comma.
  const comma = s.lex.lang === 'en' && s.tokens[m.next]?.text === ',' ? 1 : 0;
  const year = yearAt(s, m.next + comma, true);
  if (year !== null) return { first: i, next: m.next + comma + 1, parts: { year, month: m.month, day: d.day } };
  const said = yearInWordsAt(s, m.next + comma) ?? shortYearAt(s, m.next);
  if (said) return { first: i, next: said.next, parts: { year: said.year, month: m.month, day: d.day } };
  const relative = relativeYearAt(s, m.next);
  if (relative) return { first: i, next: relative.next, parts: { year: relative.year, month: m.month, day: d.day } };
  return { first: i, next: m.next, parts: { month: m.month, day: d.day } };
}

/** March 6, 2025 / March 6 / mars 2025 / March 2025 / en mai. */
function matchMonthFirst(s: ScanState, i: number): DateMatch | null {
  const m = monthAt(s, i, false);
  if (!m) return null;
  let j = m.next;
  if (s.lex.lang === 'en') {
    // "May the 1st": the article before a day written as a rank.
    const dj = s.tokens[j]?.norm === 'the' && s.tokens[j + 2]?.glued && s.lex.ordinalSuffixes.has(s.tokens[j + 2].norm) ? j + 1 : j;
    const digitsDay = dayAt(s, dj);
    const d = digitsDay && s.tokens[dj].spaceBefore ? digitsDay : dayRankAfterMonth(s, j);
    if (d && validDay(d.day, m.month)) {
      let k = d.next;
      if (s.tokens[k]?.text === ',') k++;
      const year = yearAt(s, k, true);
      if (year !== null) return { first: i, next: k + 1, parts: { year, month: m.month, day: d.day } };
      const said = yearInWordsAt(s, k);
      if (said) return { first: i, next: said.next, parts: { year: said.year, month: m.month, day: d.day } };
      const relative = relativeYearAt(s, d.next);
      if (relative) return { first: i, next: relative.next, parts: { year: relative.year, month: m.month, day: d.day } };
      return { first: i, next: d.next, parts: { month: m.month, day: d.day } };
    }
  }
  if (s.tokens[j]?.text === ',' && s.lex.lang === 'en') j++;
  // "January of 2024": English may join the month to its year with "of" (a year of four digits only).
  else if (s.lex.lang === 'en' && s.tokens[j]?.norm === 'of' && yearAt(s, j + 1) !== null) j++;
  // Right after a month any year from 1000 is its year (octobre 1862, May 1789), unless a count follows (May 1500 workers).
  const year = yearAt(s, j) ?? (j === m.next && s.tokens[j + 1] !== undefined && countedAfter(s, j + 1) ? null : yearAt(s, j, true));
  if (year !== null) return { first: i, next: j + 1, parts: { year, month: m.month } };
  const short = shortYearAt(s, m.next);
  if (short) return { first: i, next: short.next, parts: { year: short.year, month: m.month } };
  const relative = relativeYearAt(s, m.next);
  if (relative) return { first: i, next: relative.next, parts: { year: relative.year, month: m.month } };
  return { first: i, next: m.next, parts: { month: m.month } };
}

/** premier trimestre 2025, 2e semestre, T1 2025, Q1 2025, H1, first quarter of 2025, second half of 2024. */
function matchPeriod(s: ScanState, i: number): DateMatch | null {
  const lex = s.lex;
  const t = s.tokens[i];
  // T1 2025, Q4, S2, H1: one letter and one digit.
  if (t.text.length === 2 && /^[A-Za-z][1-4]$/.test(t.text) && t.text[0] === t.text[0].toUpperCase()) {
    const letter = t.norm[0], n = Number(t.text[1]);
    const isQuarter = lex.quarterPrefixes.has(letter);
    const isHalf = lex.halfPrefixes.has(letter) && n <= 2;
    if (!isQuarter && !isHalf) return null;
    const y = trailingYear(s, i + 1);
    const before = s.tokens[i - 1]?.norm ?? '';
    const prepositionBefore = ['au', 'du', 'en', 'le', 'ce', 'in', 'the', 'of', 'for', 'during', 'this', 'last', 'next', 'from', 'between'].includes(before);
    // "Q3 revenue", "Apple's Q4 results", "H1 sales": a period of the accounts before what it reports.
    const after = s.tokens[i + 1];
    const reported = (before === 's' && s.tokens[i - 2]?.text === "'") || (after !== undefined && after.spaceBefore && lex.periodCodeNounsAfter.has(after.norm));
    if (!y && !prepositionBefore && !reported) return null;
    const parts: DateParts = isQuarter ? { quarter: n } : { half: n };
    if (y) parts.year = y.year;
    return { first: i, next: y ? y.next : i + 1, parts };
  }
  // 3Q24, 1H25, 4Q2024: the financial shorthand, one token.
  if ((t.text.length === 4 || t.text.length === 6) && (t.text[1] === 'Q' || t.text[1] === 'H')) {
    const code = /^([1-4])([QH])(\d{2}|\d{4})$/.exec(t.text);
    if (code && (code[2] === 'Q' || Number(code[1]) <= 2)) {
      const year = code[3].length === 2 ? 2000 + Number(code[3]) : Number(code[3]);
      if (!isYear(String(year))) return null;
      return { first: i, next: i + 1, parts: code[2] === 'Q' ? { year, quarter: Number(code[1]) } : { year, half: Number(code[1]) } };
    }
  }
  // "fourth-quarter profit", "first-half 2024 sales": the period made one adjective.
  if (t.hyphen > 0 && !s.inEntity[i]) {
    const n = ORDINAL_PERIOD_WORDS.get(t.norm.slice(0, t.hyphen)), word = t.norm.slice(t.hyphen + 1);
    const parts: DateParts | null = n === undefined ? null : lex.quarterWords.has(word) && n <= 4 ? { quarter: n } : lex.halfWords.has(word) && n <= 2 ? { half: n } : null;
    if (!parts || (isCapitalized(t.text) && !atSentenceStart(s, i))) return null;
    const y = trailingYear(s, i + 1);
    if (y) parts.year = y.year;
    return { first: i, next: y ? y.next : i + 1, parts };
  }
  const ord = periodOrdinalAt(s, i);
  if (!ord) return null;
  const word = s.tokens[ord.next];
  if (!word || s.inEntity[ord.next]) return null;
  let parts: DateParts;
  const halfWithYear = lex.halfWordsNeedingYear.has(word.norm);
  if (lex.quarterWords.has(word.norm) && ord.n <= 4) parts = { quarter: ord.n };
  else if ((lex.halfWords.has(word.norm) || halfWithYear) && ord.n <= 2) parts = { half: ord.n };
  else return null;
  const y = trailingYear(s, ord.next + 1);
  // "la première moitié de 2024" is 2024-H1; "la première moitié du match" no date.
  if (halfWithYear && !y) return null;
  if (y) parts.year = y.year;
  return { first: i, next: y ? y.next : ord.next + 1, parts };
}

/** The words of a decade (the words of a period named before its year are the lexicon's yearPeriodWords). */
const DECADE_WORDS = new Set(['années', 'décennie']);

/**
 * The words (no digit, no hyphen) that may open a date of matchDate past its relative readers,
 * holidays and weekdays (see routes.ts): a day said as a rank, a month, a period and its rank,
 * a fiscal year, a period or season before its year.
 */
export function absoluteDateOpeners(lex: ScanState['lex']): string[] {
  return [...lex.months.keys(), ...lex.ordinals.keys(), ...ORDINAL_PERIOD_WORDS.keys(), 'premier', ...lex.fiscalYearWords.firstTokens(),
    ...lex.yearPeriodWords, ...lex.weekNumberWords, ...DECADE_WORDS, ...lex.seasonWords];
}

/** l'année 2019 -> "année 2019"; l'hiver 2021 -> "hiver 2021"; les années 1990 -> no figure. */
function matchPeriodWordYear(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  const word = t.norm;
  const isPeriod = s.lex.yearPeriodWords.has(word) || (t.cls & SEASON) !== 0;
  const isDecade = DECADE_WORDS.has(word);
  if (!isPeriod && !isDecade) return null;
  // "les années 90", "les années quatre-vingt": a decade in two digits or in words, no figure either.
  const after = s.tokens[i + 1];
  if (isDecade && after && after.spaceBefore && !s.inEntity[i + 1] && ((after.digits === 2 && after.text.endsWith('0')) ||
    (after.digits === 0 && decadeWordValue(after.norm, s.lex) !== undefined))) {
    return { first: i, next: i + 2, parts: {}, none: true };
  }
  // "the summer of 2024": the season, "of" and the year.
  const of = isPeriod && s.lex.lang === 'en' && after?.norm === 'of' ? 1 : 0;
  const y = yearAt(s, i + 1 + of);
  // "l'été 76", "the summer of '69": a season's year in two digits.
  const short = y === null && (t.cls & SEASON) !== 0 ? shortYearAt(s, i + 1 + of) : null;
  if (y === null && !short) return null;
  if (isDecade) return { first: i, next: i + 2, parts: {}, none: true };
  // "été" is also the participle of "être", "fall" a verb: only a season right after an article or preposition.
  if (s.lex.seasonsNeedingLead.has(word) && !s.lex.seasonLeads.has(s.tokens[i - 1]?.norm ?? '')) return null;
  return short ? { first: i, next: short.next, parts: { year: short.year } } : { first: i, next: i + 2 + of, parts: { year: y! } };
}

/** trente, quatre-vingt, soixante-dix: a ten in words (a decade's name), or undefined. */
function decadeWordValue(norm: string, lex: ScanState['lex']): number | undefined {
  const ten = lex.tens.get(norm);
  if (ten !== undefined) return ten;
  const cut = norm.lastIndexOf('-');
  if (cut < 0) return undefined;
  const head = lex.tens.get(norm.slice(0, cut)) ?? lex.units.get(norm.slice(0, cut)), tail = lex.tens.get(norm.slice(cut + 1)) ?? lex.units.get(norm.slice(cut + 1));
  // quatre-vingt (4 x 20), soixante-dix (60 + 10)
  if (head === undefined || tail === undefined) return undefined;
  const value = tail === 20 && head === 4 ? 80 : head + tail;
  return value % 10 === 0 ? value : undefined;
}

// ----------------------------------------------------------------------------------------
// Year resolution.

export interface PendingDate {
  parts: DateParts;
  /** Sentence of the date, for the in-sentence anchor and the tense cue. */
  sentence: number;
  /** Written after "depuis" / "since": a start point, not the article's year. */
  since: boolean;
  /** Written after "d'ici" / "by": a deadline, not the article's year. */
  deadline: boolean;
  /** Written with "prochain" / "next": the first such date after the reference. */
  future?: boolean;
  /** Written with "dernier" / "last": the most recent such date before the reference. */
  past?: boolean;
  /** The date's first token, for the tense of its clause. */
  token?: number;
  /** The first end of the range this date closes: both ends lie in the same year (or the next). */
  follows?: PendingDate;
  /** The year given to the date, once resolved. */
  resolvedYear?: number;
  /** The figure whose value the resolved date becomes. */
  figure: { value: number | string };
}

/**
 * Days since 1970-01-01 of a day (month 1 to 12; a day past the month's end runs on into the next, as
 * Date.UTC counts it), by the civil-calendar arithmetic: no Date object per date.
 */
export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC reads a year from 0 to 99 as 1900 to 1999: the same here.
  const y = (year >= 0 && year <= 99 ? year + 1900 : year) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The weekday of a day, 0 for Monday (1970-01-01 was a Thursday, 3). */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 3) % 7) + 7) % 7;
}

/** First month of the period a date names (a quarter's first month, a half's first month). */
function startMonth(p: DateParts): number {
  if (p.quarter !== undefined) return (p.quarter - 1) * 3 + 1;
  if (p.half !== undefined) return (p.half - 1) * 6 + 1;
  return p.month ?? 1;
}

/**
 * Fills in the year a date does not write: the caller's reference date, else the latest year
 * the article writes (start points and deadlines aside). A period reported as past in its
 * sentence (a past tense, "dernier") that would begin after the anchor (an earlier dated
 * month of the same sentence, or the reference date) is the most recent one before it.
 * A date in a clause of the future tense (il partira le 3 mars, will open on March 3) that would fall
 * before the reference is next year's.
 * `refDateOf` is asked only when a date writes no year (only those take it); `inPastSentence`
 * tells whether the date's sentence is reported as past.
 */
export function resolveDates(dates: PendingDate[], refDateOf: () => string | undefined, inPastSentence: (date: PendingDate) => boolean,
  isFutureTense: (date: PendingDate) => boolean = () => false): void {
  if (dates.every((d) => d.parts.year !== undefined)) return; // every year written: nothing to resolve
  let refYear: number | undefined;
  let refMonth: number | undefined;
  let refDayOfMonth = 0;
  const refDate = refDateOf();
  const ref = refDate ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(refDate) : null;
  if (ref) {
    refYear = Number(ref[1]);
    refMonth = Number(ref[2]);
    refDayOfMonth = ref[3] ? Number(ref[3]) : 0;
  } else {
    for (const d of dates) {
      if (d.parts.year !== undefined && !d.since && !d.deadline && (refYear === undefined || d.parts.year > refYear)) refYear = d.parts.year;
    }
  }
  let anchor: { sentence: number; year: number; month: number } | null = null;
  for (const d of dates) {
    const p = d.parts;
    const opening = d.follows;
    if (p.year === undefined && opening?.resolvedYear !== undefined) {
      // "Jan. 10 through 12": the second end follows the first, into the next year if it must.
      const before = startMonth(p) * 32 + (p.day ?? 0) < startMonth(opening.parts) * 32 + (opening.parts.day ?? 0);
      d.resolvedYear = opening.resolvedYear + (before ? 1 : 0);
      d.figure.value = formatDate(p, d.resolvedYear);
      if (p.month !== undefined) anchor = { sentence: d.sentence, year: d.resolvedYear, month: p.month };
    } else if (p.year === undefined) {
      // "prochain", "dernier", "next", "last" place a date against the reference itself, not against another date.
      const deictic = (d.future === true || d.past === true) && refMonth !== undefined && ref !== null;
      const inSentence: { year: number; month: number } | null = !deictic && anchor !== null && anchor.sentence === d.sentence ? anchor : null;
      const baseYear: number | undefined = inSentence ? inSentence.year : refYear;
      const baseMonth: number | undefined = inSentence ? inSentence.month : refMonth;
      if (baseYear !== undefined) {
        let year: number = baseYear;
        if (baseMonth !== undefined) {
          // Compared at the day where both write one: "le 6 juillet prochain" said on 20 July is next year's.
          // An explicit "prochain" / "dernier" is compared at the day ("le 6 juillet prochain" said on
          // 20 July is next year's); a past tense in the sentence only at the month.
          const baseDay = deictic ? refDayOfMonth : 0;
          const sameMonthDay = startMonth(p) === baseMonth && p.day !== undefined && baseDay > 0;
          const after = startMonth(p) > baseMonth || (sameMonthDay && p.day! > baseDay);
          const before = startMonth(p) < baseMonth || (sameMonthDay && p.day! < baseDay);
          if (d.future && !d.past) {
            if (before) year++;
          } else if (after && (d.past || inPastSentence(d))) {
            year--;
          } else if (!inSentence && !d.past && ref !== null && isFutureTense(d)) {
            // Compared at the day ("il partira le 10 juin" said on 18 June is next year's); a period still
            // running is this year's ("aura besoin d'un bon second semestre" said in September).
            const lastMonth = p.quarter !== undefined ? startMonth(p) + 2 : p.half !== undefined ? startMonth(p) + 5 : startMonth(p);
            const sameMonth = lastMonth === baseMonth && p.day !== undefined && refDayOfMonth > 0;
            if (lastMonth < baseMonth || (sameMonth && p.day! < refDayOfMonth)) year++;
          }
        }
        // "mardi 3 mars": the year next to it where the day is that weekday, if the one found is not (an explicit
        // "prochain", "dernier" keeps its side; a day within a month of the reference keeps its year: the weekday is
        // then more likely a slip of the writer's).
        if (!deictic && p.writtenWeekday !== undefined && p.month !== undefined && p.day !== undefined && weekdayOf(year, p.month, p.day) !== p.writtenWeekday &&
          !(ref !== null && refDayOfMonth > 0 && refMonth !== undefined && Math.abs(dayNumber(year, p.month, p.day) - dayNumber(refYear!, refMonth, refDayOfMonth)) <= 31)) {
          if (weekdayOf(year + 1, p.month, p.day) === p.writtenWeekday) year++;
          else if (weekdayOf(year - 1, p.month, p.day) === p.writtenWeekday) year--;
        }
        d.figure.value = formatDate(p, year);
        d.resolvedYear = year;
        if (p.month !== undefined) anchor = { sentence: d.sentence, year, month: p.month };
      } else {
        d.figure.value = formatDate(p);
      }
    } else {
      d.resolvedYear = p.year;
      if (p.month !== undefined) anchor = { sentence: d.sentence, year: p.year, month: p.month };
    }
  }
}
