// Relative dates (hier, l'an dernier, la semaine prochaine, lundi dernier, il y a trois jours,
// dans deux semaines; yesterday, last year, next week, last Monday, three days ago), resolved
// against the reference date at the precision written: a day, an ISO week, a month, a quarter
// or a year. Without a reference date they have no value at that precision: the phrase is
// consumed (so that "il y a trois jours" is not read as a duration) and gives no figure.
import { WordClass, type RelativeDate, type TokenTrie } from './lexicon';
import { readDigits, readWords } from './numbers';
import { atSentenceStart, isCapitalized, referenceDate, type ScanState } from './state';
import { countedAfter, type DateMatch, type DateParts } from './dates';
import type { FigureToken } from './stream';

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { AGO_OPENER, AHEAD_OPENER, ARTICLE_NUMBER, MONTH, NUMBER_JOINER, NUMBER_OPENER, ORDINAL_PART, RELATIVE_DATE_OPENER, WEEKDAY, WEEKDAY_LEAD } = WordClass;

/** The reference date as a UTC day number (days since 1970-01-01), or null. */
function refDay(s: ScanState): number | null {
  return s.refDay !== undefined ? s.refDay : (s.refDay = dayOf(referenceDate(s)));
}

/** The day number of a YYYY-MM-DD date (days since 1970-01-01), or null. */
function dayOf(refDate: string | undefined): number | null {
  const m = refDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(refDate) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86400000) : null;
}

function civil(day: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * 86400000);
  // 0 = Monday ... 6 = Sunday (ISO).
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: (d.getUTCDay() + 6) % 7 };
}

/** ISO 8601 week of a day: its week-year and week number. */
function isoWeek(day: number): { year: number; week: number } {
  const c = civil(day);
  const thursday = day - c.weekday + 3; // the Thursday of the same week names its year
  const year = civil(thursday).year;
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / 86400000);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** The date `offset` units of `unit` from the reference day, at that precision. */
export function shiftedParts(ref: number, unit: RelativeDate['unit'], offset: number): DateParts {
  const c = civil(ref);
  switch (unit) {
    case 'D': {
      const d = civil(ref + offset);
      return { year: d.year, month: d.month, day: d.day };
    }
    case 'W': {
      const w = isoWeek(ref + 7 * offset);
      return { year: w.year, week: w.week };
    }
    case 'M': {
      const index = c.year * 12 + (c.month - 1) + offset;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    }
    case 'Q': {
      const index = c.year * 4 + Math.floor((c.month - 1) / 3) + offset;
      return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    }
    default:
      return { year: c.year + offset };
  }
}

const UNIT_OF_DURATION: Record<string, RelativeDate['unit'] | undefined> = { D: 'D', W: 'W', M: 'M', Q: 'Q', Y: 'Y', DEC: 'Y', CEN: 'Y', FN: 'W' };
/** Units counted in another (a decade ago: ten years; a century ago: a hundred; a fortnight ago: two weeks). */
const UNIT_FACTOR: Record<string, number | undefined> = { DEC: 10, CEN: 100, FN: 2 };

/** French "le 3 courant", "du 12 courant": that day of the reference's month. */
function dayOfCurrentMonth(s: ScanState, i: number): Found | null {
  const tk = s.tokens, t = tk[i];
  if (t.digits === 0 || t.digits > 2 || t.text.length !== t.digits || s.lex.currentMonthWords.size === 0) return null;
  const after = tk[i + 1];
  if (!after || !after.spaceBefore || !s.lex.currentMonthWords.has(after.norm) || !s.lex.currentDayLeads.has(tk[i - 1]?.norm ?? '')) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  return { first: i, next: i + 2, resolve: (ref) => ({ ...shiftedParts(ref, 'M', 0), day }) };
}

/**
 * The day of the month at token i written in digits (3, 23rd, 1er), with the index after it, or null: 1 to 31,
 * its ordinal suffix glued, and no plural noun after it (lundi 3 personnes is a count).
 */
function dayNumberAt(s: ScanState, i: number): { day: number; next: number } | null {
  const tk = s.tokens, t = tk[i];
  if (!t || !t.spaceBefore || t.digits === 0 || t.digits > 2 || t.text.length !== t.digits) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const suffix = tk[i + 1]?.glued && s.lex.ordinalSuffixes.has(tk[i + 1].norm) ? 1 : 0;
  const after = tk[i + 1 + suffix];
  if (after && after.spaceBefore && ((after.cls & MONTH) !== 0 || countedAfter(s, i + 1 + suffix))) return null;
  return { day, next: i + 1 + suffix };
}

/**
 * "lundi 23", "le mardi 1er", "Monday the 23rd", "Friday 20": a weekday and a day of the month without the month is
 * that day in the month nearest the reference (up to six months before or after) where it falls on that weekday; in a
 * clause of the future tense (aura lieu le jeudi 12, will meet on Thursday the 12th) the nearest from the reference on.
 */
function weekdayAndDay(s: ScanState, i: number): Found | null {
  const tk = s.tokens;
  const j = s.lex.dayAloneArticles.has(tk[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  const found = dayNumberAt(s, j);
  if (!found) return null;
  // "du lundi 3 au mercredi 5 mars", "le lundi 3 et le mardi 4 mars": the first end of a range or list whose month comes after.
  for (let k = found.next; k < found.next + 6 && tk[k] && tk[k].sentence === tk[i].sentence; k++) if ((tk[k].cls & MONTH) !== 0) return null;
  const target = weekdayIndex(s.lex.weekdays, tk[i].norm), day = found.day;
  return {
    first: i,
    next: found.next,
    resolve: (ref) => {
      let best: DateParts | null = null, bestGap = Infinity;
      const future = futureTenseAt(s, i);
      for (let offset = future ? 0 : -6; offset <= 6; offset++) {
        const m = shiftedParts(ref, 'M', offset);
        const t = Date.UTC(m.year!, m.month! - 1, day);
        const d = Math.floor(t / 86400000), e = civil(d);
        if (e.day !== day || e.weekday !== target) continue;
        if (future && d < ref) continue;
        const gap = Math.abs(d - ref);
        if (gap < bestGap) { best = { year: e.year, month: e.month, day }; bestGap = gap; }
      }
      return best;
    },
  };
}

/**
 * Whether the clause of the date at token `at` is in the future tense: the nearest tense cue before it
 * in its sentence (up to twelve words), else after it, is a future one (il partira le 3 mars; le 3 mars,
 * il partira) rather than a past one (a annoncé). Asked only of a date without its year.
 */
export function futureTenseAt(s: ScanState, at: number): boolean {
  const tk = s.tokens, sentence = tk[at].sentence;
  for (let i = at - 1; i >= 0 && i >= at - 12 && tk[i].sentence === sentence; i--) {
    const tense = tenseOf(s, tk[i]);
    if (tense !== 0) return tense > 0;
  }
  for (let i = at + 1; i < tk.length && i <= at + 12 && tk[i].sentence === sentence; i++) {
    const tense = tenseOf(s, tk[i]);
    if (tense !== 0) return tense > 0;
  }
  return false;
}

/** 1 for a word of the future tense, -1 for a word of the past, 0 for neither. */
function tenseOf(s: ScanState, t: FigureToken): number {
  if ((t.cls & WordClass.PAST_CUE) !== 0) return -1;
  const lex = s.lex, norm = t.norm;
  if (lex.dateFutureCues.has(norm)) return 1;
  // A capital opens a name or the sentence, no verb of the future here.
  if (norm.length < 5 || t.text.charCodeAt(0) !== norm.charCodeAt(0) || lex.dateFutureNotEndings.has(norm)) return 0;
  for (const ending of lex.dateFutureEndings) if (norm.endsWith(ending)) return 1;
  return 0;
}

/** English "on the 3rd", "by the 25th": a day of the month alone after a lead and an article is that day of the reference's month (as le 3 courant). */
function dayAloneAfterLead(s: ScanState, i: number): Found | null {
  const tk = s.tokens;
  if (tk[i + 1]?.glued !== true || !s.lex.dayAloneArticles.has(tk[i - 1]?.norm ?? '') || !s.lex.dayAloneLeads.has(tk[i - 2]?.norm ?? '')) return null;
  const found = dayNumberAt(s, i);
  if (!found || found.next !== i + 2) return null;
  const after = tk[found.next];
  // "on the 3rd lap": a rank of the noun after it.
  if (after && after.spaceBefore && /^\p{L}/u.test(after.text)) return null;
  return { first: i, next: found.next, resolve: (ref) => ({ ...shiftedParts(ref, 'M', 0), day: found.day }) };
}

/** A relative date starting at token i, or null. */
export function matchRelativeDate(s: ScanState, i: number): DateMatch | null {
  const t = s.tokens[i];
  const found = relativePhrase(s, i) ?? relativeWeekday(s, i) ?? relativeOffset(s, i) ?? dayOfCurrentMonth(s, i) ??
    ((t.cls & WEEKDAY) !== 0 ? weekdayAndDay(s, i) : t.digits > 0 ? dayAloneAfterLead(s, i) : null);
  if (!found) return null;
  for (let m = found.first; m < found.next; m++) if (s.inEntity[m]) return null;
  const ref = refDay(s);
  if (ref === null) return { first: found.first, next: found.next, parts: {}, none: true };
  const parts = found.resolve(ref);
  return parts ? { first: found.first, next: found.next, parts } : { first: found.first, next: found.next, parts: {}, none: true };
}

interface Found {
  first: number;
  next: number;
  /** The date against the reference day; null where it names none (no month near has that weekday on that day). */
  resolve: (ref: number) => DateParts | null;
  /** The precision of a phrase of the lexicon (hier: D, l'an dernier: Y). */
  unit?: RelativeDate['unit'];
}

/** The phrase at i, tokens read apart or glued after an elision (aujourd'hui is three tokens). */
function normAt(s: ScanState, i: number): (m: number) => string | undefined {
  const tk = s.tokens;
  return (m) => {
    const t = tk[m];
    if (!t || (m > i && !t.spaceBefore && t.norm !== "'" && !tk[m - 1].norm.endsWith("'"))) return undefined;
    return t.norm;
  };
}

/**
 * trie.longestBy over the phrase at i (see normAt), read only when its first token opens an
 * entry: told by the token's word class where the lexicon gives one (`opener`), else by the trie.
 */
function phraseAt<V>(trie: TokenTrie<V>, s: ScanState, i: number, opener = 0): { value: V; end: number } | null {
  const t = s.tokens[i];
  if (t === undefined || (opener !== 0 ? (t.cls & opener) === 0 : !trie.starts(t.norm))) return null;
  return trie.longestBy(i, normAt(s, i));
}

/** hier, aujourd'hui, l'an dernier, cette semaine, last year, yesterday morning. */
function relativePhrase(s: ScanState, i: number): Found | null {
  const lex = s.lex, tk = s.tokens;
  const hit = phraseAt(lex.relativeDates, s, i, RELATIVE_DATE_OPENER);
  // Capitalized inside a sentence it is a name: USA Today, The Day After Tomorrow.
  if (!hit || (isCapitalized(tk[i].text) && !atSentenceStart(s, i))) return null;
  const before = tk[i - 1]?.norm ?? '';
  let next = hit.end;
  if (lex.relativeEndWords.has(tk[i].norm)) {
    // "d'ici la fin de l'année", "by the end of the year", "by year-end": a deadline or a time of this
    // period, after a word that places it (fêtes de fin d'année, the end of the year alone are generic).
    const lead = lex.relativeArticles.has(before) ? tk[i - 2]?.norm ?? '' : before;
    const after = tk[next];
    // Not the end of another period: fin de l'année 2019, fin du mois d'août, fin de l'année prochaine.
    const another = after && (/^\d/.test(after.text) || after.norm === 'de' || after.norm === "d'" || after.norm === 'of' ||
      lex.relativeNotAfter.has(after.norm) || lex.dateFutureAfter.has(after.norm) || lex.datePastAfter.has(after.norm));
    if (!lex.relativeEndLeads.has(lead) || another) return null;
    const { unit, offset } = hit.value;
    return { first: i, next, unit, resolve: (ref) => shiftedParts(ref, unit, offset) };
  }
  // "l'an dernier", "la semaine prochaine", "the day after tomorrow": a phrase that opens with its noun needs its article.
  const opensWithNoun = lex.durationUnits.has(tk[i].norm);
  // "à partir de demain", "en début de semaine prochaine": de after a word that places the date, no complement.
  const placedDe = (before === 'de' || before === "d'") && lex.relativeDeLeads.has(tk[i - 2]?.norm ?? '');
  if (opensWithNoun && !lex.relativeArticles.has(before) && !placedDe) return null;
  if ((lex.relativeNotBefore.has(before) && !opensWithNoun) || (hit.value.unit === 'D' && lex.relativeDayNotBefore.has(before) && !placedDe)) return null;
  if (tk[next] && lex.relativeNotAfter.has(tk[next].norm)) return null;
  if (hit.value.unit === 'D' && tk[next]?.spaceBefore && lex.relativeDayParts.has(tk[next].norm)) next++;
  const { unit, offset } = hit.value;
  return { first: i, next, unit, resolve: (ref) => shiftedParts(ref, unit, offset) };
}

/** lundi dernier, vendredi prochain, last Monday, next Friday: the nearest such day before or after the reference. */
function relativeWeekday(s: ScanState, i: number): Found | null {
  const lex = s.lex, tk = s.tokens;
  let weekdayAt: number, first: number, next: number, direction: number | undefined;
  const lead = (tk[i].cls & WEEKDAY_LEAD) !== 0 ? lex.relativeWeekdayBefore.get(tk[i].norm) : undefined;
  if (lead !== undefined) {
    // "this past Monday": the last such day.
    const past = lead === 0 && lex.relativeWeekdayPast.has(tk[i + 1]?.norm ?? '') ? 1 : 0;
    // "this coming Monday": the next such day.
    const coming = lead === 0 && !past && lex.relativeWeekdayComing.has(tk[i + 1]?.norm ?? '') ? 1 : 0;
    const w = i + 1 + past + coming;
    if (!tk[w] || (tk[w].cls & WEEKDAY) === 0 || lex.relativeNotBefore.has(tk[i - 1]?.norm ?? '')) return null;
    // "ce mercredi 4 juillet", "this Friday, June 20": the date written after the weekday says the day.
    const after = tk[w + 1]?.text === ',' ? tk[w + 2] : tk[w + 1];
    if (after && after.spaceBefore && ((after.digits > 0 && after.digits <= 2) || (after.cls & MONTH) !== 0)) return null;
    weekdayAt = w;
    first = i;
    next = w + 1;
    direction = past ? -1 : coming ? 1 : lead;
  } else {
    if ((tk[i].cls & WEEKDAY) === 0 || !tk[i + 1]) return null;
    direction = lex.relativeWeekdayAfter.get(tk[i + 1].norm);
    if (direction === undefined) return null;
    weekdayAt = i;
    first = i;
    next = i + 2;
  }
  const target = weekdayIndex(lex.weekdays, tk[weekdayAt].norm);
  const dir = direction;
  return {
    first,
    next,
    resolve: (ref) => {
      const today = civil(ref).weekday;
      // Strictly before or after the reference day: "lundi dernier" said on a Monday is a week ago;
      // "this Friday", "ce vendredi": that day of the reference's own (ISO) week, but the weekend
      // just past on a Monday or Tuesday (ce dimanche said on a Monday is yesterday) and the Monday
      // to come on a Sunday: from five days before to four days after.
      const week = target - today;
      const delta = dir === 0 ? (week > 4 ? week - 7 : week < -5 ? week + 7 : week) : dir < 0 ? -((today - target + 7) % 7 || 7) : (target - today + 7) % 7 || 7;
      const d = civil(ref + delta);
      return { year: d.year, month: d.month, day: d.day };
    },
  };
}

/** 0 for Monday ... 6 for Sunday: the lexicons list the weekdays in ISO order, Monday first. */
export function weekdayIndex(weekdays: Set<string>, norm: string): number {
  let k = 0;
  for (const w of weekdays) {
    if (w === norm) return k;
    k++;
  }
  return 0;
}

/**
 * A year named relatively after a period (premier trimestre de l'année dernière, mars l'an
 * dernier, first quarter of last year, March this year): the year and the index after it.
 * Null without a reference date: the period then keeps what it writes.
 */
export function relativeYearAt(s: ScanState, j: number): { year: number; next: number } | null {
  const lex = s.lex, tk = s.tokens;
  let k = j;
  const link = tk[k]?.norm;
  if (link === 'de' || link === "d'" || link === 'of') k++;
  if (tk[k] && lex.relativeArticles.has(tk[k].norm)) k++;
  if (!tk[k]) return null;
  const found = relativePhrase(s, k);
  if (!found || found.unit !== 'Y') return null;
  for (let m = j; m < found.next; m++) if (s.inEntity[m]) return null;
  const ref = refDay(s);
  if (ref === null) return null;
  const year = found.resolve(ref)?.year;
  return year === undefined ? null : { year, next: found.next };
}

/** Years back from which an offset is how long ago, not a year of the calendar. */
const FAR_PAST_YEARS = 1000;

/** il y a trois jours, dans deux semaines, two years ago, three weeks from now. */
function relativeOffset(s: ScanState, i: number): Found | null {
  const lex = s.lex, tk = s.tokens;
  let sign = 0;
  let k = i;
  const ago = phraseAt(lex.relativeAgoBefore, s, i, AGO_OPENER);
  const ahead = ago ? null : phraseAt(lex.relativeAheadBefore, s, i, AHEAD_OPENER);
  if (ago) {
    sign = -1;
    k = ago.end;
  } else if (ahead) {
    sign = 1;
    k = ahead.end;
  }
  // Most counts are one token and no unit of time follows: told before the count is read.
  const after = tk[k + 1];
  if (after !== undefined && !mayContinueCount(after) && !(after.spaceBefore && lex.relativeOffsetUnits.has(after.norm))) return null;
  const count = countAt(s, k);
  if (!count) return null;
  const unitTok = tk[count.next];
  if (!unitTok || !unitTok.spaceBefore || !lex.relativeOffsetUnits.has(unitTok.norm)) return null;
  const durationUnit = lex.durationUnits.get(unitTok.norm) ?? '';
  const unit = UNIT_OF_DURATION[durationUnit];
  if (unit === undefined) return null;
  // "il y a 2 000 ans", "10,000 years ago": a round length of time, no calendar year (a duration).
  if (unit === 'Y' && count.value * (UNIT_FACTOR[durationUnit] ?? 1) >= FAR_PAST_YEARS) return null;
  let next = count.next + 1;
  if (phraseAt(lex.relativeOffsetHalf, s, next)) return null;
  let first = i;
  // "a week from today", "two days from tomorrow": days counted from a relative day, a day.
  const fromDay = sign === 0 && (unit === 'D' || unit === 'W') ? phraseAt(lex.relativeFromDay, s, next) : null;
  if (fromDay) {
    const days = count.value * (unit === 'W' ? 7 : 1) + fromDay.value;
    return { first, next: fromDay.end, resolve: (ref) => shiftedParts(ref, 'D', days) };
  }
  if (sign === 0) {
    const after = phraseAt(lex.relativeAgoAfter, s, next);
    const afterAhead = after ? null : phraseAt(lex.relativeAheadAfter, s, next);
    if (after) sign = -1;
    else if (afterAhead) sign = 1;
    if (after || afterAhead) {
      next = (after ?? afterAhead)!.end;
    } else {
      const ahead = aheadLead(s, i, next);
      if (!ahead) return null;
      sign = 1;
      first = ahead.first;
      next = ahead.next;
    }
  } else if (tk[next] && lex.relativeOffsetNotAfter.has(tk[next].norm)) {
    // "il y a trois jours de grève", "il y a deux ans que": not an offset in time.
    return null;
  }
  const offset = sign * count.value * (UNIT_FACTOR[durationUnit] ?? 1);
  return { first, next, resolve: (ref) => shiftedParts(ref, unit, offset) };
}

/** True when the tokens right before `end` (exclusive) are `phrase`. */
function phraseEndsAt(s: ScanState, end: number, phrase: string[]): boolean {
  if (end - phrase.length < 0) return false;
  for (let m = 0; m < phrase.length; m++) if (s.tokens[end - phrase.length + m].norm !== phrase[m] || s.inEntity[end - phrase.length + m]) return false;
  return true;
}

/** Figures, superlatives and "time" before the lead make a count how long it took: rose 5% in three days, the first time in two years, the lowest in a decade. */
const TOOK_BEFORE = /^(?:\d.*|%|percent|times?|first|last|ever|best|worst|most|least|.{2,}[^aeiou]est)$/;

/**
 * in three days (after will, due, expires... earlier in the clause, or before "time": in three
 * days' time): a count of units at i..unitEnd read ahead of the reference, with where its span
 * starts and ends; or null. "rose 5% in three days" stays how long it took.
 */
function aheadLead(s: ScanState, i: number, unitEnd: number): { first: number; next: number } | null {
  const lex = s.lex, tk = s.tokens;
  for (const lead of lex.relativeAheadLeads) {
    if (!phraseEndsAt(s, i, lead.tokens)) continue;
    const leadStart = i - lead.tokens.length;
    let next = unitEnd;
    // in three days' time, in a week's time.
    let k = unitEnd;
    if (tk[k]?.text === "'" || tk[k]?.text === '’') k++;
    if (tk[k]?.norm === 's' && !tk[k].spaceBefore) k++;
    const time = k < tk.length && tk[k].spaceBefore && lex.relativeTimeAfter.has(tk[k].norm);
    if (time) next = k + 1;
    if (lead.cued && !time && !futureInClause(s, leadStart)) continue;
    return { first: lead.inSpan ? leadStart : i, next };
  }
  return null;
}

/** A word of the future in the clause before token `lead` (up to 8 words, not across a comma), with no figure or superlative right before the lead. */
function futureInClause(s: ScanState, lead: number): boolean {
  const tk = s.tokens, lex = s.lex;
  const before = tk[lead - 1];
  if (!before || TOOK_BEFORE.test(before.norm)) return false;
  for (let m = lead - 1; m >= Math.max(0, lead - 8); m--) {
    const t = tk[m];
    if (t.sentence !== tk[lead].sentence || /^[,;:()«»"“”]$/.test(t.text)) return false;
    if (lex.relativeFutureCues.has(t.norm)) return true;
  }
  return false;
}

/**
 * True when token t may go on a count begun before it (countAt): digits (a group of thousands),
 * a separator, a number word, a joiner, an ordinal part or a hyphenated word. Otherwise the
 * count is one token.
 */
function mayContinueCount(t: FigureToken): boolean {
  return t.digits > 0 || t.text === '.' || t.text === ',' || t.hyphen >= 0 || (t.cls & (NUMBER_OPENER | NUMBER_JOINER | ORDINAL_PART)) !== 0;
}

/** A whole count at token k: digits, number words, or an article (un an, a year). */
function countAt(s: ScanState, k: number): { value: number; next: number } | null {
  const tk = s.tokens;
  const t = tk[k];
  if (!t) return null;
  const read = readDigits(s.text, tk, k, s.lex) ?? readWords(tk, k, s.lex);
  if (read && !read.ordinal && Number.isInteger(read.value) && read.value > 0 && read.value <= 10000) return { value: read.value, next: read.next };
  if ((t.cls & ARTICLE_NUMBER) !== 0) return { value: 1, next: k + 1 };
  return null;
}
