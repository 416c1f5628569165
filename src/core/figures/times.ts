// Clock times said with words: à huit heures du matin, 15 heures 30, 3 heures moins le quart,
// midi et demi, minuit; noon, midnight, 3 o'clock, half past two, a quarter to five, ten past
// three, at 8 in the evening. "N heures" is a time of day only after a word that places it in
// the day (à, vers, dès, il est) or before a part of the day (du soir); elsewhere it is a
// duration, which keeps its minutes (2 heures 30: PT2H30M). The digit forms (14h30, 11:41,
// 2 p.m.) are read in ./index.ts, which asks dayPartAfter() for "8 h du soir".
import { nounCandidate } from './nouns';
import { readDigits, readWords } from './numbers';
import { WordClass } from './lexicon';
import { atSentenceStart, isCapitalized, isLetterWord, type ScanState } from './state';
import { isDigits } from './stream';

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { ARTICLE_NUMBER, CLOCK_FOLLOWER, CLOCK_FRACTION, CLOCK_NAMED, UNIT } = WordClass;

export type SpokenTime =
  | { kind: 'time'; first: number; next: number; hour: number; minute: number }
  | { kind: 'duration'; first: number; next: number; value: string };

/** The tokens of a phrase from k on, read apart or glued (o'clock, de l'après-midi). */
function phraseAt(s: ScanState, k: number): (m: number) => string | undefined {
  // Callers test trie.starts() first: most tokens start no phrase, and this closure is then never made.
  return (m) => (m < s.tokens.length && !s.inEntity[m] && (m > k || s.tokens[m].spaceBefore) ? s.tokens[m].norm : undefined);
}

/** A whole hour or minute count at token k (digits, one or two; or words, "une" included). */
function countAt(s: ScanState, k: number, max: number): { value: number; next: number; digits: boolean } | null {
  const t = s.tokens[k];
  if (!t || s.inEntity[k]) return null;
  if (isDigits(t.text)) {
    if (t.text.length > 2) return null;
    const after = s.tokens[k + 1];
    // Not the start of a decimal (3,5) nor a glued unit (3h is read elsewhere).
    if (after && !after.spaceBefore && after.text !== ',' && after.text !== '.') return null;
    if (after && !after.spaceBefore && isDigits(s.tokens[k + 2]?.text ?? '') && !s.tokens[k + 2].spaceBefore) return null;
    const value = Number(t.text);
    return value <= max ? { value, next: k + 1, digits: true } : null;
  }
  const w = readWords(s.tokens, k, s.lex);
  if (!w || w.ordinal || !Number.isInteger(w.value) || w.value > max) return null;
  for (let m = k; m < w.next; m++) if (s.inEntity[m]) return null;
  return { value: w.value, next: w.next, digits: false };
}

/** du soir, in the afternoon at token k: the hour shifted into the part of the day, and the index after it. */
export function dayPartAfter(s: ScanState, k: number, hour: number): { hour: number; next: number } | null {
  if (!s.lex.clock.dayParts.starts(s.tokens[k]?.norm)) return null;
  const hit = s.lex.clock.dayParts.longestBy(k, phraseAt(s, k));
  if (!hit) return null;
  if (hit.value === 'pm' && hour >= 1 && hour < 12) return { hour: hour + 12, next: hit.end };
  // "11 heures du soir" is 23:00, "2 heures de la nuit" 02:00.
  if (hit.value === 'night' && hour >= 6 && hour < 12) return { hour: hour + 12, next: hit.end };
  if (hit.value === 'am' && hour > 12) return null;
  return { hour, next: hit.end };
}

/** No noun, percent or unit after the hour: "five to ten percent", "ten past three people" are no times. */
function endsClean(s: ScanState, k: number): boolean {
  const t = s.tokens[k];
  if (!t) return true;
  if (isDigits(t.text) || (s.lex.percentWords.starts(t.norm) && s.lex.percentWords.longestBy(k, phraseAt(s, k))) ||
    (s.lex.currencyWords.starts(t.norm) && s.lex.currencyWords.longestBy(k, phraseAt(s, k)))) return false;
  if (s.lex.scales.has(t.norm) || s.lex.durationUnits.has(t.norm) || s.lex.measureUnits.has(t.norm)) return false;
  return !nounCandidate(s, k) || s.lex.clock.past.has(t.norm) || dayPartAfter(s, k, 1) !== null;
}

function time(first: number, next: number, hour: number, minute: number): SpokenTime | null {
  // Minutes before the hour (moins le quart, a quarter to): count back across the hour, and midnight.
  let total = hour * 60 + minute;
  total = ((total % 1440) + 1440) % 1440;
  if (hour > 23 || minute > 59 || minute < -59) return null;
  return { kind: 'time', first, next, hour: Math.floor(total / 60), minute: total % 60 };
}

/** A word before token i that places what follows in the day: à, vers, aux alentours de, at, until ("A" for "À" opening a sentence). */
function leadBefore(s: ScanState, i: number): boolean {
  const tk = s.tokens, clock = s.lex.clock;
  const before = tk[i - 1];
  if (!before) return false;
  if (clock.leads.has(before.norm)) return true;
  if ((before.norm === 'de' || before.norm === "d'") && clock.leadsBeforeDe.has(tk[i - 2]?.norm ?? '')) return true;
  return before.text === 'A' && s.lex.lang === 'fr' && atSentenceStart(s, i - 1);
}

/** The clock time (or, without a word placing it in the day, the duration) starting at token i. */
/** Words that open a range of hours: the digits after them are its first end, no minutes before an hour. */
const CLOCK_RANGE_OPENERS = new Set(['from', 'between', 'de', 'entre']);

export function spokenTimeAt(s: ScanState, i: number): SpokenTime | null {
  const tk = s.tokens, clock = s.lex.clock;
  const t = tk[i];
  // midi, minuit, noon, midnight (a capital only where a sentence starts: "Minuit" is a name).
  const named = (t.cls & CLOCK_NAMED) !== 0 ? clock.named.get(t.norm) : undefined;
  if (named !== undefined) {
    if (isCapitalized(t.text) && !atSentenceStart(s, i)) return null;
    // "minuit dix", "midi vingt": French says the minutes after a named hour too, at the end of a phrase ("le repas de
    // midi deux fois par semaine" counts).
    const said = minutesAfter(s, i + 1, s.lex.lang === 'fr');
    const tail = said && said.plain && tk[said.next] !== undefined && isLetterWord(tk[said.next].text) ? null : said;
    // "après midi" is mostly the afternoon written without its hyphen.
    // "entre 10 h et midi", "entre midi et 14 h": an end of a range of clock times is placed by the other.
    if (clock.namedNeedingLead.has(t.norm) && (!leadBefore(s, i) || clock.namedNotAfter.has(tk[i - 1].norm)) && !tail &&
      !closingOfClockRange(s, i, named === 0 ? 24 : named) && !openingOfClockRange(s, i, i + 1, named)) return null;
    return time(i, tail ? tail.next : i + 1, named, tail ? tail.minute : 0);
  }
  const follower = tk[i + 1];
  if (follower === undefined) return null;
  // half past two, a quarter to five, quarter past 3.
  if (clock.fractions.size > 0) {
    const q = (t.cls & ARTICLE_NUMBER) !== 0 && (t.cls & UNIT) === 0 ? i + 1 : i;
    const fraction = tk[q] && (q === i || tk[q].spaceBefore) && (tk[q].cls & CLOCK_FRACTION) !== 0 ? clock.fractions.get(tk[q].norm) : undefined;
    if (fraction !== undefined) return pastOrTo(s, i, q + 1, fraction, true);
  }
  // "at seven thirty", "at nine forty-five (in the evening)": English says the hour and its minutes in words.
  if (s.lex.lang === 'en' && (t.cls & UNIT) !== 0 && follower.spaceBefore && leadBefore(s, i)) {
    const said = hourAndMinutesInWords(s, i);
    if (said) return said;
  }
  // Only a number before a word of the clock (heures, o'clock, past, to, du soir, noon) starts the
  // rest: digits or one number word (huit, vingt-trois, une). Most numbers stop here.
  if ((follower.cls & CLOCK_FOLLOWER) === 0) return null;
  const hyphen = t.norm.indexOf('-');
  const word = hyphen > 0 ? t.norm.slice(0, hyphen) : t.norm;
  if (!isDigits(t.text) && !s.lex.units.has(word) && !s.lex.tens.has(word)) return null;
  const count = countAt(s, i, 59);
  if (!count) return null;
  const k = count.next;
  const lead = leadBefore(s, i);
  const unit = tk[k];
  if (unit && unit.spaceBefore && clock.hourUnits.has(unit.norm) && !s.inEntity[k]) return hoursAt(s, i, count.value, k + 1, lead);
  // 12 noon, twelve midnight.
  const namedAfter = unit?.spaceBefore ? clock.named.get(unit.norm) : undefined;
  if (count.value === 12 && namedAfter !== undefined) return time(i, k + 1, namedAfter, 0);
  // 3 o'clock (in the afternoon), at 8 in the evening.
  if (count.value >= 1 && count.value <= 12) {
    const oClock = clock.oClock.starts(tk[k]?.norm) ? clock.oClock.longestBy(k, phraseAt(s, k)) : null;
    const part = dayPartAfter(s, oClock ? oClock.end : k, count.value);
    // "8 o'clock tonight", "7 o'clock this morning": the relative day after says the half (it stays its own date).
    const half = oClock && !part && tk[oClock.end]?.spaceBefore && clock.halfOfDayAfter.starts(tk[oClock.end].norm)
      ? clock.halfOfDayAfter.longestBy(oClock.end, phraseAt(s, oClock.end)) : null;
    if (half && count.value <= 12) return time(i, oClock!.end, half.value === 'pm' ? (count.value % 12) + 12 : count.value % 12, 0);
    if (oClock || (part && lead)) return time(i, part ? part.next : oClock!.end, part ? part.hour : count.value, 0);
  }
  // ten past three, twenty to six: minutes first, only where the sentence places a time.
  // ("from 9 to 11 in the evening" is a range of hours.)
  if (count.value >= 1 && count.value < 30 && tk[k]?.spaceBefore && (clock.past.has(tk[k].norm) || clock.to.has(tk[k].norm)) &&
    !(count.digits && CLOCK_RANGE_OPENERS.has(tk[i - 1]?.norm ?? ''))) {
    let m = k;
    if (tk[m + 1] && clock.minuteWords.has(tk[m].norm)) m++;
    return pastOrTo(s, i, m, count.value, lead);
  }
  return null;
}

/** "seven thirty", "eight fifteen", "six thirty in the evening" at i (an hour word, then ten to fifty-nine minutes in words). */
function hourAndMinutesInWords(s: ScanState, i: number): SpokenTime | null {
  const hour = s.lex.units.get(s.tokens[i].norm);
  if (hour === undefined || hour < 1 || hour > 12) return null;
  const minutes = countAt(s, i + 1, 59);
  if (!minutes || minutes.digits || minutes.value < 10) return null;
  const part = dayPartAfter(s, minutes.next, hour);
  const next = part ? part.next : minutes.next;
  return endsClean(s, next) ? time(i, next, part ? part.hour : hour, minutes.value) : null;
}

/** "past two", "to five" at token k after `minutes`: the time, or null. `placed` when nothing more is needed than a clean end. */
function pastOrTo(s: ScanState, i: number, k: number, minutes: number, placed: boolean): SpokenTime | null {
  const tk = s.tokens, clock = s.lex.clock;
  const link = tk[k];
  if (!link || !link.spaceBefore) return null;
  const sign = clock.past.has(link.norm) ? 1 : clock.to.has(link.norm) ? -1 : 0;
  if (sign === 0) return null;
  const hourAt = tk[k + 1];
  const named = hourAt && hourAt.spaceBefore ? clock.named.get(hourAt.norm) : undefined;
  const hour = named !== undefined ? { value: named, next: k + 2 } : hourAt?.spaceBefore ? countAt(s, k + 1, 12) : null;
  if (!hour || (named === undefined && hour.value < 1)) return null;
  let next = hour.next;
  const oClock = clock.oClock.starts(tk[next]?.norm) ? clock.oClock.longestBy(next, phraseAt(s, next)) : null;
  if (oClock) next = oClock.end;
  const part = dayPartAfter(s, next, hour.value);
  if (part) next = part.next;
  if (!placed && !oClock && !part) return null;
  if (!endsClean(s, next)) return null;
  return time(i, next, part ? part.hour : hour.value, sign * minutes);
}

/** The minutes said after an hour: et quart, et demie, moins le quart, moins dix; and, when `numbers`, 30 or trente (minutes). */
function minutesAfter(s: ScanState, k: number, numbers: boolean): { minute: number; next: number; plain: boolean } | null {
  const tk = s.tokens, clock = s.lex.clock;
  if (!tk[k] || !tk[k].spaceBefore) return null;
  const tail = clock.minuteTails.starts(tk[k].norm) ? clock.minuteTails.longestBy(k, phraseAt(s, k)) : null;
  if (tail) return { minute: tail.value, next: tail.end, plain: false };
  const before = clock.minutesBefore.has(tk[k].norm);
  if (!before && !numbers) return null;
  const from = before ? k + 1 : k;
  if (!tk[from]?.spaceBefore) return null;
  const count = countAt(s, from, before ? 30 : 59);
  if (!count || count.value < 1 && before) return null;
  // "15 heures 30": two digits; in words any count (huit heures trente).
  if (count.digits && !before && tk[from].text.length !== 2) return null;
  let next = count.next;
  if (tk[next]?.spaceBefore && clock.minuteWords.has(tk[next].norm)) next++;
  else if (!endsClean(s, next)) return null;
  return { minute: before ? -count.value : count.value, next, plain: !before };
}

/** "de 9 heures à 17 heures", "entre 14 heures et 16 heures": the first end of a range of later clock times. */
function openingOfClockRange(s: ScanState, i: number, next: number, hour: number): boolean {
  const tk = s.tokens, clock = s.lex.clock;
  const before = tk[i - 1]?.norm, link = tk[next]?.norm;
  if (!((before === 'de' && link === 'à') || (before === 'entre' && link === 'et'))) return false;
  // "de 9 heures à midi": a named hour closes it.
  const named = tk[next + 1]?.spaceBefore ? clock.named.get(tk[next + 1].norm) : undefined;
  if (named !== undefined) return (named === 0 ? 24 : named) > hour;
  const second = countAt(s, next + 1, 23);
  const unit = second ? tk[second.next] : undefined;
  const after = second ? tk[second.next + 1]?.norm : undefined;
  return second !== null && laterOnClock(hour, second.value) && unit !== undefined && (clock.hourUnits.has(unit.norm) || unit.norm === 'h') &&
    after !== 'de' && after !== "d'";
}

/** "entre 14 heures et 16 heures", "entre midi et 14 heures": the second end ("à" already places it in the day). */
function closingOfClockRange(s: ScanState, i: number, hour: number): boolean {
  const tk = s.tokens;
  if (tk[i - 1]?.norm !== 'et') return false;
  for (let m = i - 3; m >= Math.max(0, i - 7); m--) {
    if (tk[m].norm !== 'entre') continue;
    // "entre midi et 14 heures": a named hour opens it.
    const named = m + 2 === i - 1 ? s.lex.clock.named.get(tk[m + 1].norm) : undefined;
    if (named !== undefined) return laterOnClock(named, hour);
    const first = countAt(s, m + 1, 23);
    const unit = tk[first?.next ?? -1]?.norm ?? '';
    return first !== null && laterOnClock(first.value, hour) && (s.lex.clock.hourUnits.has(unit) || unit === 'h');
  }
  return false;
}

/** True when the hour `second` ends a range of clock times opened at `first`: later in the day, or past midnight after an evening hour (de 23 heures à 7 heures). */
function laterOnClock(first: number, second: number): boolean {
  return second > first || (first >= 18 && first <= 23 && second <= 12);
}

/** "N heures" and what follows it: minutes, a part of the day; a time after a lead, else a duration with minutes or nothing. */
function hoursAt(s: ScanState, i: number, hour: number, k: number, lead: boolean): SpokenTime | null {
  const tk = s.tokens;
  const minutes = minutesAfter(s, k, true);
  let next = minutes ? minutes.next : k;
  const part = dayPartAfter(s, next, hour);
  if (part) next = part.next;
  if (part || lead || openingOfClockRange(s, i, next, hour) || closingOfClockRange(s, i, hour)) {
    // "à 8 heures de route": how far, a duration.
    if (!part && (tk[next]?.norm === 'de' || tk[next]?.norm === "d'")) return null;
    return time(i, next, part ? part.hour : hour, minutes ? minutes.minute : 0);
  }
  // "2 heures 30": a duration of hours and minutes; "5 h 18 min 12 s" with its seconds.
  if (minutes && minutes.plain && hour > 0) {
    const seconds = secondsAfter(s, next);
    return { kind: 'duration', first: i, next: seconds ? seconds.next : next, value: `PT${hour}H${minutes.minute}M${seconds ? `${seconds.count}S` : ''}` };
  }
  return null;
}

/** "12 s", "15 secondes" at k, after the minutes of a duration (5 h 18 min 12 s): the seconds, under 60. */
export function secondsAfter(s: ScanState, k: number): { count: number; next: number } | null {
  // "3 heures 12 minutes et 5 secondes": the last part may be joined by et/and.
  if (s.tokens[k]?.spaceBefore && s.lex.numberJoiners.has(s.tokens[k].norm)) k++;
  const count = s.tokens[k], unit = s.tokens[k + 1];
  if (!count?.spaceBefore || count.digits === 0 || count.digits > 2 || count.text.length !== count.digits) return null;
  // A lone "s" is the unit there in English too (2 h 14 min 4 s).
  if (!unit?.spaceBefore || s.inEntity[k + 1] || (s.lex.durationUnits.get(unit.norm) !== 'S' && unit.text !== 's')) return null;
  const seconds = Number(count.text);
  return seconds < 60 ? { count: seconds, next: k + 2 } : null;
}
