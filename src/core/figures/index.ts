// Figures: money, percentages, quantities, numbers, ordinals, dates, durations, times.
// One forward pass over the figure token stream (./stream.ts): at each token the readers
// try a time, a date, a currency before a number, a fraction, a number with what follows
// it (scale, currency, percent, duration unit, measure unit, counted noun), an ordinal.
// Qualifiers (plus de, about) and directions (hausse de, rose by) are read back from the
// figure; dates without a year are resolved at the end (./dates.ts).
import type { Approx, Direction, Figure, FigureKind } from '../types';
import { ageLeadBefore, ageLeadStart, ageSuffixUnit, countOf, hyphenatedAge } from './ages';
import { qualifiedFractionAlone } from './bounds';
import { formatDate, isYear, matchDates, resolveDates, type DateParts, type PendingDate } from './dates';
import { CURRENCIES, figureLexicon, INDEX_NAMES_BACKWARDS, WordClass, type TokenTrie } from './lexicon';
import { looksPlural, nounCandidate, readNoun, singularize } from './nouns';
import { extendNumber, halfAfter, quarterAfter, readDigits, readScaledWords, readWords, type NumberRead } from './numbers';
import { atSentenceStart, isCapitalized, isLetterWord, referenceDate, type FigureContext, type ScanState } from './state';
import { articleFollowers, ROUTE_ABSOLUTE_DATE, ROUTE_ALL, ROUTE_ARTICLE, ROUTE_CURRENCY, ROUTE_NEGATIVE, ROUTE_NUMBER, ROUTE_RELATIVE_DATE, ROUTE_TIME, ROMAN_ORDINAL } from './routes';
import { firstEndingAfter } from '../text/spans';
import { figureTokens, isDigits, type FigureToken } from './stream';
import { dayPartAfter, secondsAfter, spokenTimeAt } from './times';
import { futureTenseAt } from './relative';

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { ARTICLE_NUMBER, DOLLAR_PREFIX, FRACTION, FRACTION_HALF, HOLIDAY_OPENER, MONTH, NEGATIVE, ORDINAL, PAST_CUE, PAST_PERIOD_OPENER, STARTER, UNIT, WEEKDAY } = WordClass;

/** The classes of a word after an article that some reader of the article's route reads on (see plainAfterArticle). */
const ARTICLE_FOLLOWER_CLASSES = WordClass.NUMBER_OPENER | WordClass.NUMBER_JOINER | WordClass.ORDINAL_PART | WordClass.CLOCK_FOLLOWER |
  WordClass.CLOCK_FRACTION | WordClass.COLLECTIVE | WordClass.HALF_PREFIX | FRACTION | UNIT | ARTICLE_NUMBER | ORDINAL;

export type { FigureContext } from './state';

/** A figure being built: token indices instead of offsets. */
interface Draft {
  first: number;
  next: number;
  kind: FigureKind;
  value: number | string;
  unit?: string;
  approx?: Approx;
  direction?: Direction;
  /** The scale word's factor (milliards: 1e9), for the first number of a range. */
  scale?: number;
  dateParts?: DateParts;
  /** The second end of the date range this date opens. */
  rangeEnd?: Draft;
}

/** Whether finish makes a figure of the draft: a span of one token or more, and a finite number (scale products of safe
 * numbers stay finite; this keeps Infinity and NaN out whatever the path). */
function isKept(d: Draft): boolean {
  return d.next > d.first && (typeof d.value !== 'number' || Number.isFinite(d.value));
}

/**
 * A draft with all its fields, always in this order: the drafts of every kind then share one
 * hidden class, so that the passes over them (run, qualify, finish) read their fields without a
 * megamorphic lookup, and setting approx or direction later changes no shape.
 */
function draft(first: number, next: number, kind: FigureKind, value: number | string, unit?: string, scale?: number, dateParts?: DateParts): Draft {
  return { first, next, kind, value, unit, approx: undefined, direction: undefined, scale, dateParts, rangeEnd: undefined };
}

interface Match {
  drafts: Draft[];
  /** Token index where scanning goes on. */
  next: number;
}

/** Words after which an en dash before a number is its sign, no aside (de – 200 euros, to –5). */
const EN_DASH_SIGN_AFTER = new Set(['de', 'à', 'entre', 'et', 'of', 'to', 'at', 'from', 'between', 'and']);
const SIGNS = new Map([['+', 1], ['-', -1], ['−', -1], ['–', -1]]);
const RANGE_LINKS = new Set(['à', 'et', '-', '–', 'to', 'and', 'au']);
/** Between the codes of a list after a name: "Apollo 9 et 15", "Boeing 737 and 777", "Apollo 10, 13". */
const LIST_LINKS = new Set(['et', 'and', ',', '&']);
/** Between the two numbers of a score: "7 à 3", "19 – 12", "21 to 14". */
const SCORE_LINKS = new Set(['à', 'to', '-', '–']);
/** Before the first end of a range or a change, not a score: "de 12 à 8", "from 12 to 8". */
const RANGE_OPENERS = new Set(['de', "d'", 'entre', 'from', 'between', 'of']);
/** "between noon and 2", "from noon until 4": a range of clock times opened at noon (clock.named in the lexicon). */
const NOON_RANGE_LINKS = new Set(['and', 'to', 'until', 'till', '-', '–']);
const NOON_RANGE_OPENERS = new Set(['between', 'from']);
const PUNCTUATION_STOPS = new Set([',', '.', ';', ':', '(', ')', '!', '?', '«', '»', '"', '“', '”']);
/** French articles a date may open with after d'ici or depuis (d'ici l'an prochain, depuis la semaine dernière); English "by the" is rarely a deadline (by the 1961 film). */
const DATE_ARTICLES = new Set(["l'", 'le', 'la']);
/** The words after which a fraction is a share of a whole (deux tiers des, 3/4 of). */
 /** Articles between a qualifier and a fraction word (près de la moitié). */
const FRACTION_ARTICLES = new Set(['la', 'le', "l'", 'les', 'the']);
const SHARE_LINKS = new Set(['de', 'du', 'des', "d'", 'of']);
/** The words that may follow unnamed cents (douze euros cinquante le kilo, five dollars fifty each). */
const CENTS_FOLLOWERS = new Set(['le', 'la', 'l\'', 'les', 'par', 'pour', 'et', 'ou', 'the', 'a', 'an', 'per', 'each', 'and', 'or', 'for']);
const ROMAN_DIGITS = new Set(['I', 'V', 'X', 'L', 'C']);

/** English "2.5m cars": after a decimal, a glued m before a plural noun counts millions, not metres (1.70m tall, a 2.5m wall). */
function englishMillionsBefore(s: ScanState, j: number): boolean {
  return s.lex.lang === 'en' && nounCandidate(s, j) && looksPlural(s.tokens[j].text, s.lex);
}

/** "sur" or a slash: what joins a number over itself (sameOverSameEnd). */
function isOverLink(t: FigureToken | undefined): boolean {
  return t !== undefined && (t.norm === 'sur' || t.text === '/');
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The spans by start (the entity layer gives them in order already: then no copy is made). */
function sortedByStart<T extends { start: number }>(spans: readonly T[]): readonly T[] {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * Sets entityEnd[i] to the end of the first span (by start) that overlaps token i, for every
 * token a span overlaps, visiting the spans' tokens only; true when it set any. A token before
 * `marked` is one an earlier span overlaps already (their union runs on from each later start).
 */
function markEntityTokens(tokens: readonly FigureToken[], spans: readonly { start: number; end: number }[], entityEnd: number[]): boolean {
  let first = 0;
  let marked = 0;
  let any = false;
  for (const span of spans) {
    first = firstEndingAfter(tokens, span.start, first);
    const from = Math.max(first, marked);
    let k = from;
    for (; k < tokens.length && tokens[k].start < span.end; k++) entityEnd[k] = span.end; // > 0: the span ends after the token starts
    if (k > from) any = true;
    marked = Math.max(marked, k);
  }
  return any;
}

/** Every figure of the text, in text order, spans not overlapping. */
export function extractFigures(text: string, ctx: FigureContext): Figure[] {
  const lex = figureLexicon(ctx.lang);
  // The tokens matchAt may read a figure at (about one in ten): the scan visits only these.
  const openers: number[] = [];
  const tokens = figureTokens(text, lex, ctx.tokens, openers);
  // A plain array of small integers: a typed array's store is allocated off the heap, which costs
  // more than the scan of a short text, the more so after the entity layer.
  const entityEnd: number[] = new Array<number>(tokens.length).fill(0);
  if (ctx.entitySpans && ctx.entitySpans.length > 0 && markEntityTokens(tokens, sortedByStart(ctx.entitySpans), entityEnd)) {
    // No figure starts inside a name.
    let kept = 0;
    for (let o = 0; o < openers.length; o++) if (entityEnd[openers[o]] === 0) openers[kept++] = openers[o];
    openers.length = kept;
  }
  // One array for both.
  return new FigureScanner({ text, tokens, lex, ctx, inEntity: entityEnd, entityEnd, articleDate: undefined, refDay: undefined }).run(openers);
}

class FigureScanner {
  private readonly tk;
  private readonly lex;
  private readonly articleFollowers: Set<string>;
  /** Token index after the last figure, where look-backs stop. */
  private lastFigureNext = 0;
  /** Whether the last figure is a clock time: a dash right after it links a range (9 h - 17 h), no sign. */
  private lastFigureIsTime = false;

  constructor(private readonly s: ScanState) {
    this.tk = s.tokens;
    this.lex = s.lex;
    this.articleFollowers = articleFollowers(s.lex);
  }

  /** The figures read at the tokens of `openers` (in order, none inside an entity: see extractFigures). */
  run(openers: readonly number[]): Figure[] {
    const drafts: Draft[] = [];
    let i = 0;
    // With leadingOnly: whether the first figure that is no clock time is read, and whether the scan may stop after it.
    let leadRead = this.s.ctx.leadingOnly !== true;
    let stop = false;
    for (let o = 0; o < openers.length && !stop; o++) {
      if (openers[o] < i) continue;
      i = openers[o];
      const m = this.matchAt(i);
      if (!m) continue;
      for (const d of m.drafts) {
        this.belowZeroAfter(d);
        this.qualify(d);
        drafts.push(d);
        this.lastFigureNext = d.next;
        this.lastFigureIsTime = d.kind === 'time';
        // A draft is final once read (finish only gives a date without its year one): the figures after
        // the first that is no time change it only then.
        if (!leadRead && d.kind !== 'time' && isKept(d)) {
          leadRead = true;
          stop = d.dateParts === undefined || d.dateParts.year !== undefined;
        }
      }
      i = Math.max(m.next, this.lastFigureNext, i + 1);
    }
    return this.finish(drafts);
  }

  /** "8 degrees below zero", "8 degrés sous zéro": a temperature below zero, the words in the span. */
  private belowZeroAfter(d: Draft): void {
    if (d.kind !== 'quantity' || typeof d.value !== 'number' || d.value <= 0 || !this.lex.temperatureUnits.has(this.tk[d.next - 1].norm)) return;
    for (const words of this.lex.belowZero) {
      let m = 0;
      while (m < words.length && this.tk[d.next + m]?.norm === words[m]) m++;
      if (m < words.length) continue;
      d.next += m;
      d.value = -d.value;
      d.direction = 'down';
      return;
    }
  }

  private matchAt(i: number): Match | null {
    const t = this.tk[i];
    // Most tokens are plain words: only a digit, a sign, a currency or a figure word starts a figure (routes.ts).
    const route = t.opens;
    if ((t.cls & PAST_PERIOD_OPENER) !== 0) {
      const period = this.pastPeriodAt(i);
      if (period) return period;
    }
    // (The tokens it is called at are those of isScanOpener, stream.ts: keep both tests alike.)
    if (route === 0) {
      // ".5 percent": a decimal without its zero.
      if (t.text === '.' && t.spaceBefore && this.tk[i + 1]?.digits > 0) return this.numberAt(i, 0);
      return (t.cls & HOLIDAY_OPENER) !== 0 ? this.dateAt(i) : null;
    }
    if (startsWithDigit(t.text) && this.endsIndexName(i)) return { drafts: [], next: i + 1 };
    if (t.digits > 0 || startsWithDigit(t.text)) {
      const offsetEnd = this.zoneOffsetEnd(i);
      if (offsetEnd > 0) return { drafts: [], next: offsetEnd };
      const allTheTime = this.sameOverSameEnd(i);
      if (allTheTime > 0) return { drafts: [], next: allTheTime };
    }
    const sign = t.digits === 0 && t.end - t.start === 1 ? SIGNS.get(t.text) : undefined;
    if (sign !== undefined) return this.signed(i, sign);
    // (Every such noun is a figure starter: the class bit spares the look-up for digits.)
    const decades = (t.cls & STARTER) !== 0 ? this.lex.ageDecadeNouns.get(t.norm) : undefined;
    if (decades !== undefined) return this.ageDecadeAt(i, decades);
    // A word that starts a figure by its class only tries the readers of its route (routes.ts): a reader
    // added here without a route test runs for every token, as all did.
    // "numéro un mondial": after a number sign the article may be the rank 1 (numberSignOne).
    if ((route & ROUTE_ARTICLE) !== 0 && this.plainAfterArticle(i) && this.numberSignBefore(i) < 0) return null;
    const inRow = (t.cls & ORDINAL) !== 0 ? this.rankInRowAt(i) : null;
    if (inRow) return inRow;
    const number = (route & ROUTE_NUMBER) !== 0;
    const m = ((route & ROUTE_TIME) !== 0 ? this.timeAt(i) : null) ??
      ((route & (ROUTE_RELATIVE_DATE | ROUTE_ABSOLUTE_DATE)) !== 0 ? this.dateAt(i, (route & ROUTE_ABSOLUTE_DATE) !== 0) : null) ?? this.gluedUnitAt(i) ??
      (number ? this.multiplierAt(i) ?? this.proportionAt(i) : null) ?? ((route & ROUTE_CURRENCY) !== 0 ? this.currencyFirstAt(i) : null) ??
      ((route & ROUTE_NEGATIVE) !== 0 ? this.negativeAt(i) : null) ?? (number ? this.halfUnitAt(i) ?? this.scaledAt(i) ?? this.fractionAt(i) : null) ??
      this.hyphenDurationAt(i) ?? (number ? this.numberAt(i, 0) ?? this.ordinalAt(i) : null);
    // "24/7", "9/11", "50/50", "2023/24": numbers joined by slashes that no date nor fraction read whole are a code, no figure.
    const slashed = t.digits > 0 ? this.slashRunEnd(i) : -1;
    return slashed > 0 && (!m || m.next < slashed) ? { drafts: [], next: slashed } : m;
  }

  /** The token after "9/11" or "1/2/3" glued from digits at i, or -1 when no slash and digits follow i. */
  private slashRunEnd(i: number): number {
    const tk = this.tk;
    let k = i + 1;
    while (tk[k]?.text === '/' && !tk[k].spaceBefore && tk[k + 1] !== undefined && tk[k + 1].digits > 0 && !tk[k + 1].spaceBefore) k += 2;
    return k > i + 1 ? k : -1;
  }

  /**
   * True when the word after the article at i (un, a: ROUTE_ARTICLE) is one no reader of its route
   * reads on: spaced, plain letters (no digit, hyphen or glued suffix), of no number, clock,
   * fraction or collective class, no follower of articleFollowers; and no proportion link nor
   * joiner two words on (un salarié sur trois, un litre et demi).
   */
  private plainAfterArticle(i: number): boolean {
    const tk = this.tk, next = tk[i + 1];
    if (next === undefined || !next.spaceBefore || next.hyphen >= 0 || next.glued || next.digits > 0 || startsWithDigit(next.text) ||
      (next.cls & ARTICLE_FOLLOWER_CLASSES) !== 0 || this.articleFollowers.has(next.norm)) return false;
    // "un litre et demi", "a mile and a half": a unit and its half (measureAt decides whether the word is a unit).
    return !this.lex.proportionLinks.starts(tk[i + 2]?.norm) && !this.lex.numberJoiners.has(tk[i + 2]?.norm ?? '');
  }

  /** The token after a time zone's offset at i ("UTC+2", "GMT−3", "UTC+5:30": a sign glued between the zone and the digits), or -1. */
  private zoneOffsetEnd(i: number): number {
    const tk = this.tk;
    const sign = tk[i - 1], zone = tk[i - 2];
    if (!sign || !zone || tk[i].spaceBefore || sign.spaceBefore || !SIGNS.has(sign.text) || !this.lex.clock.timeZones.has(zone.text)) return -1;
    return tk[i + 1]?.text === ':' && !tk[i + 1].spaceBefore && tk[i + 2]?.digits > 0 && !tk[i + 2].spaceBefore ? i + 3 : i + 1;
  }

  /** The token after "24 h sur 24", "7 jours sur 7", "24h/24", "7j/7" at i (the same number over itself: all the time, no figure), or -1. */
  private sameOverSameEnd(i: number): number {
    const tk = this.tk, t = tk[i];
    const n = digitPrefixLength(t.text);
    // "sur" or a slash is the next token or the one after: most numbers stop here.
    if (n === 0 || n > 2 || (!isOverLink(tk[i + 1]) && !isOverLink(tk[i + 2]))) return -1;
    let k = i + 1;
    // A unit glued (24h) or one word after (24 heures, 7 jours).
    if (n === t.text.length && (tk[k]?.spaceBefore || tk[k]?.glued) && isLetterWord(tk[k].text) && tk[k].norm !== 'sur') k++;
    const over = tk[k];
    // A slash only after a glued unit (24h/24, 7j/7): "1/1" is a day.
    const gluedUnit = n < t.text.length || (k === i + 2 && tk[i + 1].glued);
    if (!over || (over.norm !== 'sur' && !(over.text === '/' && gluedUnit)) || tk[k + 1]?.text !== t.text.slice(0, n)) return -1;
    // "2 buts sur 2 tirs": a count of something else, two figures.
    return nounCandidate(this.s, k + 2) ? -1 : k + 2;
  }

  /** The number of a stock index's name (CAC 40, S&P 500): part of a name, no figure. */
  private endsIndexName(i: number): boolean {
    const tk = this.tk;
    if (!INDEX_NAMES_BACKWARDS.starts(tk[i].norm)) return false;
    return INDEX_NAMES_BACKWARDS.longestBy(0, (m) => tk[i - m]?.norm) !== null;
  }

  // ------------------------------------------------------------------ signs, times, dates

  /** "+18 %", "- 2,3 %": a sign before a number (not a bullet, not a range dash). */
  private signed(i: number, sign: number, depth = 0): Match | null {
    const t = this.tk[i], num = this.tk[i + 1];
    // "-5F": a bare temperature is one token of digits and a letter.
    const bareUnit = num && startsWithDigit(num.text) && !this.s.inEntity[i + 1] ? this.gluedUnitAt(i + 1) : null;
    // "-$200": the sign before a currency symbol written first.
    const symbolFirst = num !== undefined && num.digits === 0 && !num.spaceBefore && num.end - num.start === 1 && CURRENCIES.symbols.has(num.text);
    if (!num || (num.digits === 0 && !bareUnit && !symbolFirst) || this.s.inEntity[i + 1]) return null;
    // An en dash is mostly punctuation (an aside: "statistiques impressionnantes – 7 matchs joués"), but a sign
    // before a temperature or a percent (–10 °C, – 3 %) and after a preposition ("un solde de – 200 euros").
    const enDash = t.text === '–' && !EN_DASH_SIGN_AFTER.has(this.tk[i - 1]?.norm ?? '');
    // A dash at the start of a line is a bullet, unless a percent follows (- 2,3 %).
    const bullet = sign < 0 && t.lineStart;
    const prev = this.tk[i - 1];
    // Glued to the word before, a dash is a hyphen (2019-2020, Rhône-Alpes); after an opening bracket it is a sign ("(+3 %)").
    if (!t.spaceBefore && i > 0 && prev.text !== '(' && prev.text !== '[') return null;
    if (num.start - t.end > 1 || (this.lastFigureIsTime && this.lastFigureNext === i)) return null;
    if (prev && (prev.digits > 0 || prev.text === '%')) return null;
    // "– 3-4 mars": a dash before a range of days is punctuation, not a sign.
    const after = this.tk[i + 2];
    if (after && !after.spaceBefore && (after.text === '-' || after.text === '–') && this.tk[i + 3] && !this.tk[i + 3].spaceBefore && this.tk[i + 3].digits > 0) return null;
    const m = bareUnit ?? (symbolFirst ? this.currencyFirstAt(i + 1) : this.numberAt(i + 1, depth));
    // "from -5 to 3 degrees": the sign is the first end's.
    if (!m || m.drafts.length === 0 || (m.drafts.length > 1 && m.drafts[0].first !== i + 1)) return m;
    const d = m.drafts[0];
    if (enDash && d.kind !== 'percent' && !(d.kind === 'quantity' && this.lex.temperatureUnits.has(this.tk[d.next - 1].norm))) return null;
    if (d.kind !== 'percent' && d.kind !== 'money' && d.kind !== 'number' && d.kind !== 'quantity') return m;
    if (bullet && d.kind !== 'percent') return m;
    d.first = i;
    d.value = (d.value as number) * sign;
    d.direction = sign > 0 ? 'up' : 'down';
    return m;
  }

  /**
   * "between 2 and 4 p.m.", "from 9 to 11 a.m.", "from 3:15 to 5:40 p.m.": where the hour at `i` (1 to 12) opens a range
   * (between ... and, from ... to) whose link is at `k` and whose second end writes am or pm, the hour in that half of the
   * day, if it is not later than the second end there (between 9:30 and 4 p.m. keeps 9:30); else null.
   */
  private rangeEndHour(i: number, k: number, hour: number): number | null {
    const tk = this.tk, link = tk[k]?.norm, before = tk[i - 1]?.norm;
    if (hour < 1 || hour > 12 || !((before === 'between' && link === 'and') || (before === 'from' && (link === 'to' || link === '-' || link === '–')))) return null;
    const second = tk[k + 1];
    if (!second || !isDigits(second.text) || second.text.length > 2) return null;
    const minutes = tk[k + 2]?.text === ':' && !tk[k + 2].spaceBefore && tk[k + 3]?.digits === 2 && !tk[k + 3].spaceBefore;
    const half = this.amPmAt(minutes ? k + 4 : k + 2);
    if (!half) return null;
    const shifted = this.hour12(hour, half.pm);
    return shifted <= this.hour12(Number(second.text), half.pm) ? shifted : null;
  }

  /** 11:41, 14h30, 14 h, 14h, 2 p.m., 2:30pm, à 14 heures. */
  private timeAt(i: number): Match | null {
    const tk = this.tk;
    const t = tk[i];
    // Words: midi, noon, half past two, huit heures.
    if (!startsWithDigit(t.text)) return this.spokenTime(i);
    const length = t.end - t.start;
    const compact = length === 4 || length === 5 ? /^(\d{1,2})h(\d{2})$/.exec(t.norm) : null;
    // 9H30 is a time, 1H25 the first half of 2025.
    if (compact && !(t.text !== t.norm && compact[1].length === 1 && (compact[1] === '1' || compact[1] === '2'))) {
      // "le vol dure 1h45": how long, after a word of duration.
      const duration = this.lex.clock.durationBeforeH.has(tk[i - 1]?.norm ?? '') ? this.hoursDuration(i, i + 1, Number(compact[1]), Number(compact[2])) : null;
      return duration ?? this.timeDraft(i, i + 1, Number(compact[1]), Number(compact[2]));
    }
    // "at 1430 GMT": four digits before a time zone.
    if (t.digits === 4 && this.lex.clock.timeZones.has(tk[i + 1]?.text ?? '') && tk[i + 1].spaceBefore) {
      return this.timeDraft(i, i + 1, Number(t.text.slice(0, 2)), Number(t.text.slice(2)));
    }
    // "0800 hours", "at 1430 hours": the military clock (a leading zero or a lead; "1000 hours of video" is a count).
    if (t.digits === 4 && this.lex.clock.militaryHourWords.has(tk[i + 1]?.norm ?? '') && (t.text[0] === '0' || this.lex.clock.leads.has(tk[i - 1]?.norm ?? '')) &&
        tk[i + 2]?.norm !== 'of') {
      return this.timeDraft(i, i + 2, Number(t.text.slice(0, 2)), Number(t.text.slice(2)));
    }
    if (t.digits === 0 || t.digits > 2) return null;
    const hour = Number(t.text);
    const a = tk[i + 1], b = tk[i + 2];
    // HH:MM, exactly two digits of minutes.
    // 9.30am: a dot only before am/pm.
    if ((a?.text === ':' || (a?.text === '.' && this.amPmAt(i + 3))) && !a.spaceBefore && b && !b.spaceBefore && b.digits === 2) {
      // 23:59:59: seconds written belong to the time.
      const sec = a.text === ':' && tk[i + 3]?.text === ':' && !tk[i + 3].spaceBefore && tk[i + 4]?.digits === 2 && !tk[i + 4].spaceBefore ? Number(tk[i + 4].text) : -1;
      const end = sec >= 0 ? i + 5 : i + 3;
      // "en 2:03:59", "in 2:05:41": a race time after a word of how long, a duration.
      if (sec >= 0 && a.text === ':' && (this.lex.clock.durationBeforeH.has(tk[i - 1]?.norm ?? '') || this.raceTimeNounBefore(i))) {
        return { drafts: [draft(i, end, 'duration', clockDuration(hour, Number(b.text), sec))], next: end };
      }
      const pm = this.amPmAt(end);
      if (pm) return this.timeDraft(i, pm.next, this.hour12(hour, pm.pm), Number(b.text), sec);
      // "7:00 in the evening", "8:30 du soir".
      const part = dayPartAfter(this.s, end, hour);
      if (part) return this.timeDraft(i, part.next, part.hour, Number(b.text), sec);
      // "7:45 tonight": the relative day after says the half of the day (it stays its own date), as "at 7 tonight".
      const half = hour >= 1 && hour <= 12 && tk[end]?.spaceBefore ? this.phraseAt(this.lex.clock.halfOfDayAfter, end) : null;
      if (half) return this.timeDraft(i, end, this.hour12(hour, half.value === 'pm'), Number(b.text), sec);
      // "from 3:15 to 5:40 p.m.": the first end takes the half of the day of the second, as a bare hour does.
      return this.timeDraft(i, end, this.rangeEndHour(i, end, hour) ?? hour, Number(b.text), sec);
    }
    // 14h (glued), 14 h, 14 h 30; English "2 h 14 min" only before its minutes, or after a word of how long ("takes 2 h 30").
    if (a && a.norm === 'h' && (a.glued || (a.spaceBefore && (this.lex.lang === 'fr' || this.hoursMinutesAfter(i + 2) ||
      (tk[i + 2]?.digits === 2 && tk[i + 2].spaceBefore && this.lex.clock.durationBeforeH.has(tk[i - 1]?.norm ?? '')))))) {
      const after = tk[i + 2];
      // "14 h 30", "1 h 2 min": two digits of minutes, or one before a word of minutes.
      const minutes = after && (after.digits === 2 || (after.digits === 1 && this.hoursMinutesAfter(i + 2))) && (after.spaceBefore === a.spaceBefore);
      // "8 h du soir": 20:00.
      const part = dayPartAfter(this.s, minutes ? i + 3 : i + 2, hour);
      if (!part) {
        const duration = this.hoursDuration(i, minutes ? i + 3 : i + 2, hour, minutes ? Number(after.text) : 0, hour > 24 && tk[i + 2]?.text !== '/');
        if (duration) return duration;
      }
      return this.timeDraft(i, part ? part.next : minutes ? i + 3 : i + 2, part ? part.hour : hour, minutes ? Number(after.text) : 0);
    }
    const pm = this.amPmAt(i + 1);
    if (pm && hour >= 1 && hour <= 12) return this.timeDraft(i, pm.next, this.hour12(hour, pm.pm), 0);
    // "between 2 and 4 p.m.", "from 9 to 11 a.m.": the first end takes the half of the day of the second.
    const link = tk[i + 1]?.norm, before = tk[i - 1]?.norm;
    const inRange = this.rangeEndHour(i, i + 1, hour);
    if (inRange !== null) return this.timeDraft(i, i + 1, inRange, 0);
    // "between noon and 2", "from noon to 3": the second end of a range opened at noon is in the afternoon.
    if (hour >= 1 && hour <= 11 && (link === undefined || !isLetterWord(tk[i + 1].text) || !tk[i + 1].spaceBefore || !this.lex.durationUnits.has(link)) &&
        NOON_RANGE_LINKS.has(before ?? '') && this.lex.clock.named.get(tk[i - 2]?.norm ?? '') === 12 && NOON_RANGE_OPENERS.has(tk[i - 3]?.norm ?? '')) {
      return this.timeDraft(i, i + 1, hour + 12, 0);
    }
    // "at 7 tonight", "at 8 this morning": the part of the day after says the half.
    if (hour >= 1 && hour <= 12 && before === 'at' && tk[i + 1]?.spaceBefore) {
      const half = this.phraseAt(this.lex.clock.halfOfDayAfter, i + 1);
      if (half) return this.timeDraft(i, i + 1, this.hour12(hour, half.value === 'pm'), 0);
    }
    // "tonight at 8", "tomorrow morning at 10", "tomorrow at 9", "at 9 tomorrow", "Monday at 4", "at 9 sharp".
    if (hour >= 1 && hour <= 12 && before === 'at') {
      const half = this.dayAroundAt(i);
      if (half !== null) return this.timeDraft(i, i + 1, half === 'said' ? hour : this.hour12(hour, half === 'pm'), 0);
    }
    // "à 14 heures", "3 o'clock", "ten past three": a clock time, not a duration.
    return this.spokenTime(i);
  }

  /**
   * "Le record du monde est de 1:59:40", "his best time was 2:03:59", "chrono : 2:06:12": a word of a race's time within
   * six words before i (a colon may end them), in the clause.
   */
  private raceTimeNounBefore(i: number): boolean {
    const tk = this.tk;
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (!isLetterWord(tk[k].text) && !(k === i - 1 && tk[k].text === ':')) return false;
      if (this.lex.clock.raceTimeNouns.has(tk[k].norm)) return true;
    }
    return false;
  }

  /** "14 min" at k: two digits of minutes and a word of minutes, spaced (English spaced "2 h" needs them). */
  private hoursMinutesAfter(k: number): boolean {
    const tk = this.tk;
    return tk[k]?.digits > 0 && tk[k].spaceBefore && tk[k].text.length <= 2 && !!tk[k + 1]?.spaceBefore && this.lex.clock.minuteWords.has(tk[k + 1].norm);
  }

  /**
   * The day said around "at N" (N at i): a part of the day before "at" (tonight at 8: pm; this morning at 9:
   * am), or a day or weekday right before "at" or right after N, or "sharp" after it (the hour as said); null
   * when none ("He scored 7 at 9" stays a number).
   */
  private dayAroundAt(i: number): string | null {
    const tk = this.tk, clock = this.lex.clock;
    const isDay = (k: number) => tk[k] !== undefined && !this.s.inEntity[k] && (clock.dayWordsAroundAt.has(tk[k].norm) || (tk[k].cls & WEEKDAY) !== 0);
    const after = tk[i + 1];
    if (after?.spaceBefore && (isDay(i + 1) || clock.sharpAfter.has(after.norm))) return 'said';
    // A part of the day ending right before "at" (up to three words).
    for (let k = Math.max(0, i - 4); k <= i - 2; k++) {
      const half = this.phraseAt(clock.halfOfDayAfter, k);
      if (half && half.end === i - 1) return half.value;
    }
    return isDay(i - 2) ? 'said' : null;
  }

  /**
   * "2 h 30 de route", "2 h 05 min", "en 2 h": hours written with h that say how long (PT2H30M), by a
   * word after (de, min) or before them (en, pendant); else the h makes a clock time.
   */
  private hoursDuration(i: number, next: number, hours: number, minutes: number, noClock = false): Match | null {
    const clock = this.lex.clock, tk = this.tk;
    const after = tk[next], before = tk[i - 1];
    // de/d' before a lower-case noun (de route, d'attente), not a determiner (à 9 h de la séance, vers 21 h 30 d'une
    // attaque) nor a name (le journal de 20h de TF1).
    const noun = tk[next + 1];
    const wordAfter = after !== undefined && after.spaceBefore && clock.durationAfterH.has(after.norm) &&
      (clock.minuteWords.has(after.norm) || (noun !== undefined && /^\p{Ll}/u.test(noun.text) && !clock.determiners.has(noun.norm)));
    // "48h", "72 h": more hours than a day has are no clock time.
    if (!wordAfter && !noClock && !(before !== undefined && clock.durationBeforeH.has(before.norm))) return null;
    // "2 h 05 min": the unit of the minutes is in the span; "de" stays out.
    let end = wordAfter && clock.minuteWords.has(after.norm) ? next + 1 : next;
    if (minutes > 59) return null;
    // "5 h 18 min 12 s": the seconds after the unit of the minutes.
    const seconds = end > next ? secondsAfter(this.s, end) : null;
    if (seconds) end = seconds.next;
    // "suspendue à 10 h 47 min 12 s": after a word that places it in the day (and no "de" after), the clock to the second.
    if (wordAfter && hours < 24 && before !== undefined && clock.leads.has(before.norm) && !clock.durationAfterH.has(tk[end]?.norm ?? '') &&
      !clock.minuteWords.has(tk[end]?.norm ?? '')) {
      return this.timeDraft(i, end, hours, minutes, seconds ? seconds.count : -1);
    }
    const value = `PT${hours}H${minutes > 0 ? `${minutes}M` : ''}${seconds ? `${seconds.count}S` : ''}`;
    return { drafts: [draft(i, end, 'duration', value)], next: end };
  }

  private spokenTime(i: number): Match | null {
    const read = spokenTimeAt(this.s, i);
    if (!read) return null;
    if (read.kind === 'time') return this.timeDraft(read.first, read.next, read.hour, read.minute);
    return { drafts: [draft(read.first, read.next, 'duration', read.value)], next: read.next };
  }

  private amPmAt(k: number): { pm: boolean; next: number } | null {
    const tk = this.tk;
    const t = tk[k];
    if (!t) return null;
    if (t.norm === 'am' || t.norm === 'pm') return this.lex.lang === 'en' ? { pm: t.norm === 'pm', next: k + 1 } : null;
    if ((t.norm === 'a' || t.norm === 'p') && tk[k + 1]?.text === '.' && tk[k + 2]?.norm === 'm' && !tk[k + 1].spaceBefore && !tk[k + 2].spaceBefore) {
      const next = tk[k + 3]?.text === '.' && !tk[k + 3].spaceBefore ? k + 4 : k + 3;
      return { pm: t.norm === 'p', next };
    }
    return null;
  }

  private hour12(hour: number, pm: boolean): number {
    if (hour === 12) return pm ? 12 : 0;
    return pm ? hour + 12 : hour;
  }

  private timeDraft(first: number, next: number, hour: number, minute: number, second = -1): Match | null {
    if (hour > 23 || minute > 59 || second > 59) return null;
    const value = `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}${second < 0 ? '' : second < 10 ? `:0${second}` : `:${second}`}`;
    return { drafts: [draft(first, next, 'time', value)], next };
  }

  private dateAt(i: number, absolute = true): Match | null {
    const found = matchDates(this.s, i, absolute);
    if (!found) return null;
    const drafts: Draft[] = [];
    for (const m of found) if (!m.none) drafts.push(draft(m.first, m.next, 'date', formatDate(m.parts), undefined, undefined, m.parts));
    for (let k = 0; k < drafts.length - 1; k++) drafts[k].rangeEnd = drafts[drafts.length - 1];
    return { drafts, next: found[found.length - 1].next };
  }

  // ------------------------------------------------------------------ money, percent, numbers

  /** A currency at token k after a number: symbol, ISO code or name (dollars canadiens). */
  private currencyAt(k: number): { code: string; next: number } | null {
    const t = this.tk[k];
    if (!t || this.s.inEntity[k]) return null;
    const symbol = CURRENCIES.symbols.get(t.text);
    if (symbol !== undefined) {
      // "300 $ US", "50 $ CA": the country's letters after the sign, apart (French usage).
      const after = this.tk[k + 1];
      const country = t.text === '$' && after?.spaceBefore && after.text.length >= 2 && after.text === after.text.toUpperCase() && !this.s.inEntity[k + 1]
        ? CURRENCIES.dollarPrefixes.get(after.norm) : undefined;
      return country !== undefined ? { code: country, next: k + 2 } : { code: this.dollar(symbol), next: k + 1 };
    }
    // "70 millions de US$", "5 HK$": a dollar sign after the country's letters, after the amount.
    const prefix = (t.cls & DOLLAR_PREFIX) !== 0 && isCapitalized(t.text) ? CURRENCIES.dollarPrefixes.get(t.norm) : undefined;
    if (prefix !== undefined && this.tk[k + 1]?.text === '$' && !this.tk[k + 1].spaceBefore) return { code: prefix, next: k + 2 };
    if (t.spaceBefore && t.text.length === 3 && CURRENCIES.codes.has(t.text)) return { code: CURRENCIES.codes.get(t.text)!, next: k + 1 };
    if (!t.spaceBefore && !this.tk[k - 1]?.norm.endsWith("'")) return null;
    const word = this.phraseAt(this.lex.currencyWords, k);
    if (word) return { code: this.dollar(word.value), next: word.end };
    return null;
  }

  /** trie.longestBy over the phrase at k (see phraseNorm), read only when its first token opens an entry. */
  private phraseAt<V>(trie: TokenTrie<V>, k: number): { value: V; end: number } | null {
    const t = this.tk[k];
    return t !== undefined && trie.starts(t.norm) ? trie.longestBy(k, this.phraseNorm(k)) : null;
  }

  /** Reads the normalized tokens of a phrase from k on: words apart, or glued after an elision. */
  private phraseNorm(k: number): (m: number) => string | undefined {
    const tk = this.tk;
    return (m) => {
      const t = tk[m];
      // Glued only after an elision or around the dots of an abbreviation (U.S. dollars).
      if (!t || (m > k && !t.spaceBefore && !tk[m - 1].norm.endsWith("'") && t.text !== '.' && tk[m - 1].text !== '.') || this.s.inEntity[m]) return undefined;
      return t.norm;
    };
  }

  private dollar(code: string): string {
    return code === 'DOLLAR' ? this.s.ctx.defaultDollar : code;
  }

  /** $4.15 billion, US$ 5, HK$10m, €10bn, USD 10 m, EUR 5 millions. */
  private currencyFirstAt(i: number, depth = 0): Match | null {
    const tk = this.tk;
    const t = tk[i];
    let code: string | undefined;
    let k = i + 1;
    const prefix = (t.cls & DOLLAR_PREFIX) !== 0 ? CURRENCIES.dollarPrefixes.get(t.norm) : undefined;
    if (prefix !== undefined && tk[i + 1]?.text === '$' && !tk[i + 1].spaceBefore && isCapitalized(t.text)) {
      code = prefix;
      k = i + 2;
    } else if (t.end - t.start === 1 && CURRENCIES.symbols.has(t.text)) {
      code = this.dollar(CURRENCIES.symbols.get(t.text)!);
    } else if (t.end - t.start === 3 && CURRENCIES.codes.has(t.text) && tk[i + 1] !== undefined && tk[i + 1].digits > 0 && (tk[i + 1].spaceBefore || tk[i + 1].start === t.end)) {
      code = CURRENCIES.codes.get(t.text);
    } else if (CURRENCIES.prefixAbbreviations.has(t.text)) {
      // Rs 300, Rs. 300: the number stands apart.
      if (tk[k]?.text === '.' && !tk[k].spaceBefore) k++;
      if (!tk[k]?.spaceBefore || tk[k].digits === 0) return null;
      code = CURRENCIES.prefixAbbreviations.get(t.text);
    }
    if (code === undefined) return null;
    // "$(3.2) million", "$(0.45)": accounting brackets around the digits are a negative amount.
    const bracket = tk[k]?.text === '(' && tk[k].start === tk[k - 1].end;
    if (bracket) k++;
    const numTok = tk[k];
    if (!numTok || this.s.inEntity[k] || numTok.start - tk[k - 1].end > (bracket ? 0 : 1)) return null;
    const num = readDigits(this.s.text, tk, k, this.lex);
    if (!num) return null;
    if (!isSafeFigureNumber(num.value)) return { drafts: [], next: num.next };
    if (bracket && (tk[num.next]?.text !== ')' || tk[num.next].spaceBefore)) return null;
    let value = bracket ? -num.value : num.value;
    let next = bracket ? num.next + 1 : num.next;
    let scale = 1;
    const scaleTok = tk[next];
    if (scaleTok && !this.s.inEntity[next]) {
      const full = this.lex.scales.get(scaleTok.norm) ?? (this.lex.thousand.has(scaleTok.norm) ? 1000 : undefined);
      const abbreviation = this.lex.scaleAbbreviations.get(scaleTok.norm);
      if (full !== undefined && scaleTok.spaceBefore) {
        scale = full;
        next++;
      } else if (abbreviation !== undefined && (scaleTok.glued || scaleTok.spaceBefore)) {
        scale = abbreviation;
        next++;
      } else if (scaleTok.glued) {
        return { drafts: [], next: next + 1 };
      }
    }
    value *= scale;
    const head = draft(i, next, 'money', value, code, scale);
    // Like "-$200", a value below zero.
    if (bracket) head.direction = 'down';
    if (scale === 1 && depth === 0 && !bracket) {
      const range = this.moneyRangeAfter(head, num.value, i);
      if (range) return range;
    }
    return { drafts: [head], next };
  }

  /**
   * "$10 to $20 million", "€3-5 billion", "between $10 and $20 billion": the first amount takes the
   * scale of the second, as in "entre 15 et 25 millions d'euros".
   */
  private moneyRangeAfter(head: Draft, count: number, i: number): Match | null {
    const tk = this.tk;
    const k = head.next, link = tk[k];
    if (!link || !RANGE_LINKS.has(link.norm) || !tk[k + 1]) return null;
    if ((link.norm === 'and' || link.norm === 'et') && !['between', 'entre'].includes(tk[i - 1]?.norm ?? '')) return null;
    const second = this.currencyFirstAt(k + 1, 1) ?? this.numberAt(k + 1, 1);
    if (!second || second.drafts.length !== 1) return null;
    const d = second.drafts[0];
    const scale = d.scale ?? 1;
    if (scale === 1 || typeof d.value !== 'number') return null;
    if (d.kind === 'number') {
      // "€3-5 billion": the second number takes the currency of the first.
      d.kind = 'money';
      d.unit = head.unit;
    } else if (d.kind !== 'money' || d.unit !== head.unit) {
      return null;
    }
    head.value = count * scale;
    head.scale = scale;
    return { drafts: [head, d], next: second.next };
  }

  /**
   * "minus five degrees", "moins cinq degrés", "de moins 2 % à": a negative number in words.
   * French "moins" is negative before a temperature or after à, de, entre, et (de moins 5 à plus 3);
   * elsewhere it is an adverb (au moins 5, moins 5 qu'hier) and the number stands alone.
   */
  private negativeAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const t = tk[i], after = tk[i + 1];
    if ((t.cls & NEGATIVE) === 0 || !after || !after.spaceBefore || this.s.inEntity[i + 1]) return null;
    const before = tk[i - 1];
    // "ten minus 5", "15 moins 3": a subtraction.
    if (before && (before.digits > 0 || before.text === '%' || (i > 0 && this.lastFigureNext === i))) return null;
    // "minus 12C": a glued temperature is read by gluedUnitAt.
    const m = this.numberAt(i + 1, 1) ?? this.gluedUnitAt(i + 1);
    if (!m || m.drafts.length !== 1) return null;
    const d = m.drafts[0];
    if (d.first !== i + 1 || typeof d.value !== 'number' || (d.kind !== 'number' && d.kind !== 'quantity' && d.kind !== 'percent' && d.kind !== 'money')) return null;
    const temperature = (lex.temperatureUnits.has(tk[d.next - 1].norm) && d.next - 1 > i + 1) || d.unit === '°C' || d.unit === '°F';
    // French: after à, de, entre, et only a number, a percent, an amount or points ("à moins 5 km" is "less than").
    const signedKind = d.kind === 'number' || d.kind === 'percent' || d.kind === 'money' || (d.kind === 'quantity' && lex.fractionPointNouns.has(d.unit ?? ''));
    if (lex.negativeAfter.size > 0 && !temperature && (!lex.negativeAfter.has(before?.norm ?? '') || !signedKind)) return null;
    d.first = i;
    d.value = -d.value;
    // Like "-5 °C" and "- 2 %": a value below zero, read downwards.
    d.direction = 'down';
    // "from minus 5 to plus 3 degrees": the first end of a range takes the unit of the second.
    if (d.kind === 'number' && (d.scale ?? 1) === 1 && tk[d.next] && RANGE_LINKS.has(tk[d.next].norm) && tk[d.next + 1]) {
      const range = this.rangeFrom(i, d.next, { value: d.value, first: i, next: d.next, digits: true, plain: null, articleOnly: false });
      if (range) {
        range.drafts[0].direction = 'down';
        return range;
      }
    }
    return m;
  }

  /** Half a million dollars, un quart de milliard, une centaine de personnes (about 100), a dozen eggs. */
  private scaledAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex;
    let pre = readScaledWords(tk, i, lex);
    if (!pre) return null;
    const t = tk[i];
    if (isCapitalized(t.text) && !atSentenceStart(this.s, i)) return null;
    // une dizaine de milliers, une centaine de millions d'euros: the collective counts a plural scale.
    const linked = pre.next + 1;
    // English takes a singular scale after "of": a couple of million dollars.
    const link = tk[pre.next]?.norm ?? '';
    if ((link === 'de' || link === "d'" || (link === 'of' && lex.scales.has(tk[linked]?.norm ?? ''))) && tk[linked] && tk[linked].spaceBefore &&
      (tk[linked].norm.endsWith('s') || link === 'of')) {
      const more = lex.scales.get(tk[linked].norm) ?? lex.collectiveNumbers.get(tk[linked].norm);
      if (more !== undefined && !lex.exactCollectives.has(tk[linked].norm)) pre = { ...pre, scale: pre.scale! * more, next: linked + 1 };
    }
    for (let m = i; m < pre.next; m++) if (this.s.inEntity[m]) return null;
    // une dizaine de jours, a dozen years: about that many units of time; une centaine de kilomètres.
    let k = pre.next;
    if (['de', "d'", 'of'].includes(tk[k]?.norm ?? '')) k++;
    const unit = tk[k] && k > pre.next ? lex.durationUnits.get(tk[k].norm) : undefined;
    const measure = tk[k] && k > pre.next && !this.s.inEntity[k] && tk[k].norm.length > 1 ? lex.measureUnits.get(tk[k].norm) : undefined;
    let m: Match | null;
    if (unit !== undefined) m = this.durationDraft(i, k + 1, pre.value * pre.scale!, unit);
    else if (measure !== undefined) m = this.single(i, k + 1, 'quantity', pre.value * pre.scale!, measure);
    else m = this.numberAt(i, 0, pre);
    if (m && pre.approx) for (const d of m.drafts) d.approx = 'about';
    return m;
  }

  /** "and fifty cents", "et 50 centimes", "cinquante" after "douze euros": the cents of an amount. */
  private centsAfter(k: number): { value: number; next: number } | null {
    const tk = this.tk, lex = this.lex;
    let j = k;
    if (tk[j] && tk[j].spaceBefore && lex.numberJoiners.has(tk[j].norm)) j++;
    const t = tk[j];
    if (!t || !t.spaceBefore || this.s.inEntity[j]) return null;
    const num = readDigits(this.s.text, tk, j, lex) ?? readWords(tk, j, lex);
    if (!num || num.articleOnly || num.ordinal || !Number.isInteger(num.value) || num.value < 1 || num.value > 99) return null;
    if (num.digits && (num.plain === null || num.plain.length !== 2)) return null;
    const sub = tk[num.next];
    if (sub && sub.spaceBefore && lex.subunits.has(sub.norm)) return { value: num.value / 100, next: num.next + 1 };
    // Without the subunit named, only right after the currency and before no noun nor number (douze euros cinquante).
    if (j !== k) return null;
    if (sub && (isLetterWord(sub.text) ? !CENTS_FOLLOWERS.has(sub.norm) : sub.digits > 0 || sub.text === '%' || (!sub.spaceBefore && sub.text !== '.' && sub.text !== ','))) return null;
    return { value: num.value / 100, next: num.next };
  }

  /**
   * The unit of measure at token k (km/h, °C, degrés Celsius, 1,70 m). A unit that is also a
   * scale abbreviation (m) is the unit in lower case only, and not before a currency; in English,
   * where 5m is mostly millions (5m users, rose to 5m), only after a decimal (1.70m) or before a
   * singular word (a 10m yacht, 2m tall), and never glued between a decimal and a plural (2.5m cars).
   */
  private measureAt(k: number, value: number): { unit: string; next: number } | null {
    const tk = this.tk, s = this.s;
    const t = tk[k];
    if (!t || s.inEntity[k]) return null;
    // "98.6 F", "40 C" in a weather report: a capital C or F apart from its number, with a word of the weather near (as 40C).
    if ((t.text === 'C' || t.text === 'F') && t.spaceBefore && this.nearWord(k, this.lex.temperatureContext)) return { unit: t.text === 'C' ? '°C' : '°F', next: k + 1 };
    if (!this.lex.measurePhrases.starts(t.norm)) return null;
    const hit = this.lex.measurePhrases.longestBy(k, (m) => (m === k || !s.inEntity[m] ? tk[m]?.norm : undefined));
    if (!hit) return null;
    if (hit.end === k + 1 && this.lex.capitalOnlyUnits.has(t.norm) && t.text === t.norm) return null;
    if (hit.end === k + 1 && this.lex.scaleAbbreviations.has(t.norm)) {
      if (t.text !== t.norm) return null;
      let c = k + 1;
      if (['de', "d'", 'of'].includes(tk[c]?.norm ?? '')) c++;
      if (this.currencyAt(c)) return null;
      // English "5m users" are millions; "2 mm" stays millimetres (millions so written follow a currency).
      if (this.lex.lang === 'en' && t.norm === 'm' && (Number.isInteger(value) ? !(nounCandidate(s, k + 1) && !looksPlural(tk[k + 1].text, this.lex))
        : t.glued && englishMillionsBefore(s, k + 1))) return null;
    }
    return { unit: hit.value, next: hit.end };
  }

  /** "6 ft 2 in", "5 feet 11 inches": a height in feet and inches, all of it in inches (74), at k after the feet. */
  private inchesAfterFeet(unit: string, k: number, feet: number): { value: number; next: number; unit: string } | null {
    const tk = this.tk, lex = this.lex;
    const metres = unit === 'm' && (feet === 1 || feet === 2);
    if ((unit !== 'ft' && unit !== 'foot' && !metres) || !Number.isInteger(feet)) return null;
    // "six foot, three inches": a comma may part the two units.
    const comma = !metres && tk[k]?.text === ',' && tk[k + 1]?.spaceBefore ? 1 : 0;
    const n = tk[k + comma];
    if (!n?.spaceBefore || this.s.inEntity[k + comma]) return null;
    // Digits or words (six foot three, un mètre quatre-vingt-dix).
    const small = n.digits > 0 ? (n.digits === n.text.length ? { value: Number(n.text), next: k + comma + 1 } : null) : readWords(tk, k + comma, lex);
    if (!small || !Number.isInteger(small.value) || small.value > (metres ? 99 : 11) || small.value < 1) return null;
    const u = tk[small.next];
    if (!metres && u?.spaceBefore && lex.inchWords.has(u.norm) && !this.s.inEntity[small.next]) return { value: feet * 12 + small.value, next: small.next + 1, unit: 'inch' };
    // Without the smaller unit, only where the height ends its clause (he stands six foot three; il mesure 1 m 90).
    if (comma > 0 || (u !== undefined && !PUNCTUATION_STOPS.has(u.text) && !lex.heightEndWords.has(u.norm))) return null;
    return metres ? { value: feet + small.value / 100, next: small.next, unit: 'm' } : { value: feet * 12 + small.value, next: small.next, unit: 'inch' };
  }

  /** "5.5k units", "1.2M subscribers", "1,2 M d'abonnés": a scale abbreviation before a counted noun. */
  private abbreviatedCount(i: number, k: number, value: number, scale: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const scaleTok = tk[k];
    let c = k + 1;
    if (this.plusAt(c)) c++;
    if (['de', "d'", 'of'].includes(tk[c]?.norm ?? '')) c++;
    // Apart from the digits, only a capital abbreviation followed by "de"; a lower-case "m" is a metre (100m dos, 100m hurdles).
    // English "2.5m cars": a decimal and a glued m before a plural are millions (see measureAt).
    if (!scaleTok.glued ? c === k + 1 || !isCapitalized(scaleTok.text)
      : scaleTok.text === 'm' && (Number.isInteger(value / scale) || !englishMillionsBefore(this.s, c))) return null;
    const noun = readNoun(this.s, c, value);
    if (!noun || noun.spanNext <= c) return null;
    return { drafts: [draft(i, noun.spanNext, 'quantity', value, noun.unit, scale)], next: noun.spanNext };
  }

  /** un tiers, deux tiers, trois quarts, la moitié de, a third of, two-thirds, half of: a share in percent. */
  private fractionAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const t = tk[i];
    let numerator: number | undefined;
    let denomIndex = i + 1;
    const first = i;
    if (t.hyphen >= 0) {
      const [a, b] = t.norm.split('-');
      const den = lex.fractions.get(b);
      const num = lex.units.get(a);
      // "dix-neuvième" is the nineteenth, no ten ninths: a fraction in one word is below one.
      if (den === undefined || num === undefined || lex.fractionHalf.has(b) || num >= den) return null;
      return this.fractionDraft(i, i + 1, num, den);
    }
    if ((t.cls & FRACTION) !== 0 && (t.cls & FRACTION_HALF) !== 0) {
      // la moitié de, half of: no numerator written.
      numerator = 1;
      denomIndex = i;
    } else if ((t.cls & (ARTICLE_NUMBER | UNIT)) !== 0) {
      numerator = lex.units.get(t.norm) ?? 1;
    } else if ((t.cls & FRACTION) !== 0 && lex.lang === 'fr' && ['le', 'du', "l'"].includes(tk[i - 1]?.norm ?? '') &&
      this.wholeAfter(i + 1)) {
      // "le tiers des salariés", "près du quart de la population": one part, the article for the numerator
      // ("le quart de finale" names a round).
      numerator = 1;
      denomIndex = i;
    } else {
      return null;
    }
    const den = tk[denomIndex];
    if (!den || (denomIndex > i && !den.spaceBefore) || this.s.inEntity[denomIndex]) return null;
    const denominator = (den.cls & FRACTION) !== 0 ? lex.fractions.get(den.norm) : undefined;
    if (denominator === undefined) return null;
    // "one half of the money" is a share; "a half" is no count.
    if (lex.fractionHalf.has(den.norm) && denomIndex > i && !(lex.units.has(t.norm) && SHARE_LINKS.has(tk[denomIndex + 1]?.norm ?? ''))) return null;
    // "a third more than forecast", "un tiers de plus": a difference by a share, not a rank.
    const compared = tk[denomIndex + 1]?.norm === 'de' && lex.lang === 'fr' ? denomIndex + 2 : denomIndex + 1;
    if (denomIndex > i && tk[compared]?.spaceBefore && lex.fractionComparatives.has(tk[compared].norm)) return this.fractionDraft(first, denomIndex + 1, numerator, denominator);
    // Only a share of something: "de", "du", "des", "d'", "of" follows.
    const link = tk[denomIndex + 1]?.norm ?? '';
    // "half the shares": English half takes the whole without "of".
    if (denomIndex === i && lex.lang === 'en' && lex.fractionDeterminers.has(link) && tk[denomIndex + 1].spaceBefore) {
      if (this.notShareNounAt(denomIndex + 1)) return { drafts: [], next: denomIndex + 1 };
      return this.fractionDraft(first, i + 1, numerator, denominator);
    }
    // "half an hour", "half a day": half of a unit of time; "half a point"; "half a litre", half of a unit of measure.
    if ((link === 'a' || link === 'an') && denomIndex === i) {
      const unitTok = tk[denomIndex + 2];
      if (!unitTok || !unitTok.spaceBefore) return null;
      if (lex.fractionPointNouns.has(unitTok.norm)) return this.single(first, denomIndex + 3, 'quantity', numerator / denominator, unitTok.norm);
      const duration = lex.durationUnits.get(unitTok.norm);
      if (duration !== undefined) return this.durationDraft(first, denomIndex + 3, numerator / denominator, duration);
      const measure = unitTok.norm.length > 1 ? lex.measureUnits.get(unitTok.norm) : undefined;
      if (measure !== undefined) return this.single(first, denomIndex + 3, 'quantity', numerator / denominator, measure);
      // "half a dollar": half of one of a currency (not "half a pound" of butter: oneNotCurrency).
      const currency = this.currencyAt(denomIndex + 2);
      if (!currency || CURRENCIES.symbols.has(unitTok.text) || (currency.next === denomIndex + 3 && lex.oneNotCurrency.has(unitTok.norm))) return null;
      return this.single(first, currency.next, 'money', numerator / denominator, currency.code);
    }
    // "a quarter point": a fraction of a point of a rate.
    if (lex.fractionPointNouns.has(link) && tk[denomIndex + 1].spaceBefore) return this.single(first, denomIndex + 2, 'quantity', numerator / denominator, link);
    if (!SHARE_LINKS.has(link)) {
      // "more than a third.", "près de la moitié.": a share of a whole said before (bounds.ts).
      if (qualifiedFractionAlone(tk, first, denomIndex + 1, lex)) return this.fractionDraft(first, denomIndex + 1, numerator, denominator);
      return this.changeFraction(first, denomIndex + 1, numerator, denominator);
    }
    // "half of the reason", "la moitié du temps": a part of no countable whole, no figure.
    if (this.notShareNounAt(denomIndex + 1)) return { drafts: [], next: denomIndex + 1 };
    // "un dixième de seconde", "a tenth of a mile", "un quart d'heure": a measure, not a share.
    let u = denomIndex + 2;
    if (['a', 'an'].includes(tk[u]?.norm ?? '')) u++;
    const unitNorm = tk[u]?.norm ?? '';
    // "un quart de point": a fraction of a point of a rate, not a share.
    if (lex.fractionPointNouns.has(unitNorm)) return this.single(first, u + 1, 'quantity', numerator / denominator, unitNorm);
    const duration = lex.durationUnits.get(unitNorm);
    // "la moitié du mois" is a share of a given month; "trois quarts d'heure", "a quarter of a century" a length.
    if (duration !== undefined && link !== 'du' && link !== 'des') {
      return this.durationDraft(first, u + 1, numerator / denominator, duration);
    }
    // "a tenth of a mile"; a half, a third, a quarter only of one unit ("a quarter of a mile", "un quart de mile").
    if (denominator > 4 || u > denomIndex + 2 || (lex.lang === 'fr' && (link === 'de' || link === "d'"))) {
      const measure = lex.measureUnits.get(unitNorm);
      if (measure !== undefined) return this.single(first, u + 1, 'quantity', numerator / denominator, measure);
      if (lex.scales.has(unitNorm)) return null;
    }
    return this.fractionDraft(first, denomIndex + 1, numerator, denominator);
  }

  /**
   * "grew by two thirds", "a baissé d'un tiers", "cut deaths by a third", "a réduit les décès d'un tiers": a fraction after a
   * verb of change (its object between, up to four words) and its link is the change in percent.
   */
  private changeFraction(first: number, next: number, numerator: number, denominator: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const link = tk[first - 1];
    if (!link || !lex.directionLinks.has(link.norm)) return null;
    let verb = -1;
    for (let m = first - 2; m >= Math.max(0, this.lastFigureNext, first - 6) && verb < 0; m--) {
      if (PUNCTUATION_STOPS.has(tk[m].text)) return null;
      if (lex.directionUp.has(tk[m].norm) || lex.directionDown.has(tk[m].norm)) verb = m;
    }
    if (verb < 0) return null;
    // Nothing counted after it: "by two thirds of", "by a third party" are other readings.
    const after = tk[next];
    if (after && after.spaceBefore && isLetterWord(after.text) && !lex.stopWords.has(after.norm)) return null;
    return this.fractionDraft(first, next, numerator, denominator);
  }

  /** A noun after the link at k (and one determiner or article at most) that a fraction takes no share of: reason, time, battle, problème. */
  private notShareNounAt(k: number): boolean {
    const tk = this.tk, lex = this.lex;
    let m = k;
    const det = tk[m + 1]?.norm ?? '';
    if (lex.fractionDeterminers.has(det) || FRACTION_ARTICLES.has(det)) m++;
    const noun = tk[m + 1];
    return noun !== undefined && lex.fractionNotShareNouns.has(noun.norm);
  }

  /** "des", "du", or "de"/"d'" and a determiner at k: what a fraction is a share of. */
  private wholeAfter(k: number): boolean {
    const link = this.tk[k]?.norm ?? '';
    if (link === 'des' || link === 'du') return true;
    return (link === 'de' || link === "d'") && this.lex.fractionDeterminers.has(this.tk[k + 1]?.norm ?? '');
  }

  private fractionDraft(first: number, next: number, numerator: number, denominator: number): Match {
    return { drafts: [draft(first, next, 'percent', (numerator * 100) / denominator, '%')], next };
  }

  /** A number and what it counts; `depth` guards the range look-ahead. "3,000+ employees": a plus glued after the number is at least. */
  private numberAt(i: number, depth: number, pre?: NumberRead): Match | null {
    const bracketed = pre === undefined ? this.bracketedAmountAt(i, depth) : null;
    if (bracketed) return bracketed;
    const m = this.countedNumberAt(i, depth, pre);
    const d = m?.drafts[0];
    // A bare number naming a thing is a code, no figure: after its label noun (l'article 49, la ligne 7, Chapter 11)
    // or alone in square brackets (a reference mark: "Iteka [1]"); "une ligne 20 000 volts" stays a measure.
    // "n°1 mondial", "numéro deux du régime", "reached number 2": a rank; "n° 52", "maillot numéro 10": a label, no figure.
    const sign = d && d.first === i && m!.drafts.length === 1 && (d.kind === 'number' || d.kind === 'quantity') ? this.numberSignBefore(i) : -1;
    if (sign >= 0) return this.numberSignRank(sign, i, d!);
    if (!m) return this.numberSignOne(i);
    // A score is no figure: "7 à 3", "(19 – 12)", "won 21 to 14".
    const score = d && d.kind === 'number' && d.first === i && m!.drafts.length === 1 ? this.scoreEnd(i, d.next) : 0;
    if (score > 0) return { drafts: [], next: score };
    if (d && d.kind === 'number' && d.first === i && this.tk[i].digits > 0 && m!.drafts.length === 1 && this.labelAt(i, d.next)) return { drafts: [], next: d.next };
    if (d && d.approx === undefined) {
      for (let p = d.first + 1; p < d.next; p++) {
        if (this.tk[p].text === '+' && !this.tk[p].spaceBefore) {
          d.approx = 'at_least';
          break;
        }
      }
    }
    return m;
  }

  /**
   * "(3,2) M€", "(12) millions d'euros": accounting brackets glued around digits before a currency or its scale are a
   * negative amount, the brackets in the span (as "$(3.2) million"); anything else in brackets is read as before.
   */
  private bracketedAmountAt(i: number, depth: number): Match | null {
    const tk = this.tk, t = tk[i];
    if (t.digits === 0 || tk[i - 1]?.text !== '(' || tk[i - 1].end !== t.start) return null;
    const num = readDigits(this.s.text, tk, i, this.lex);
    const close = num ? tk[num.next] : undefined;
    if (!num || !close || close.text !== ')' || close.spaceBefore || !tk[num.next + 1]?.spaceBefore) return null;
    const m = this.countedNumberAt(i, depth, { ...num, next: num.next + 1, plain: null });
    const d = m?.drafts.length === 1 ? m.drafts[0] : undefined;
    if (!d || d.kind !== 'money' || d.first !== i || typeof d.value !== 'number') return null;
    d.first = i - 1;
    d.value = -d.value;
    d.direction = 'down';
    return m;
  }

  /** "+" glued after a figure at k and not before another number (3+4): an open bound. */
  private plusAt(k: number): boolean {
    const t = this.tk[k], after = this.tk[k + 1];
    return t !== undefined && t.text === '+' && !t.spaceBefore && !(after && !after.spaceBefore && after.digits > 0);
  }

  /**
   * True when the digits of tokens [i, next) are a label's code: after a label noun, a number sign (n° 52) or a capitalized
   * word inside its sentence (Bell 206, Apollo 9, Ligue 1: a number inside a name), and before no unit or scale; or a
   * reference mark in brackets. The numbers listed after such a code are codes too (Apollo 9 et 15, Boeing 737 and 777).
   */
  private labelAt(i: number, next: number): boolean {
    const tk = this.tk, before = tk[i - 1], after = tk[next];
    if (!before) return false;
    if (before.text === '[') return after?.text === ']' && !after.spaceBefore && !tk[i].spaceBefore && next - i === 1;
    if (this.lex.labelNouns.has(before.norm) && tk[i].spaceBefore) return true;
    if (!tk[i].spaceBefore || !this.plainDigits(i, next)) return false;
    let first = i;
    // Back over "N et", "N ,", "N and" (a few: "Apollo 10, 13 et 16").
    for (let n = 0; n < 4 && first >= 2 && LIST_LINKS.has(tk[first - 1].norm) && tk[first - 2].digits > 0 && tk[first - 2].spaceBefore; n++) first -= 2;
    return this.codeLead(first);
  }

  /** True when digits at `i` (a single run, maybe with a decimal part) follow a word that makes them a code. */
  private codeLead(i: number): boolean {
    const tk = this.tk, lex = this.lex, before = tk[i - 1];
    if (!before || !tk[i].spaceBefore) return false;
    if (lex.labelNouns.has(before.norm) || this.numberSignBefore(i) >= 0) return true;
    // A capitalized word inside its sentence that no month, weekday or currency code is: the number is part of a name.
    return isCapitalized(before.text) && /\p{L}/u.test(before.text) && !atSentenceStart(this.s, i - 1) && (before.cls & (MONTH | WEEKDAY)) === 0 &&
      !lex.monthAbbreviations.has(before.norm) && !CURRENCIES.codes.has(before.text) && !lex.numberWordKinds.has(before.norm);
  }

  /** True when tokens [i, next) are digits with at most a decimal part, with no space inside (12, 70.3, 12.10). */
  private plainDigits(i: number, next: number): boolean {
    const tk = this.tk;
    if (tk[i].digits === 0 || next - i > 3) return false;
    if (next - i === 1) return true;
    return next - i === 3 && (tk[i + 1].text === '.' || tk[i + 1].text === ',') && !tk[i + 1].spaceBefore && tk[i + 2].digits > 0 && !tk[i + 2].spaceBefore;
  }

  /** The index of a number sign right before token i (n°, nº, No., numéro, number), else -1. */
  private numberSignBefore(i: number): number {
    const tk = this.tk, b = tk[i - 1];
    if (!b) return -1;
    if (this.lex.numberSignWords.has(b.norm)) return i - 1;
    const a = tk[i - 2];
    if (!a || b.spaceBefore) return -1;
    if ((b.text === '°' || b.text === 'º') && a.norm === 'n') return i - 2;
    if (b.text === '.' && a.norm === 'no' && this.lex.lang === 'en') return i - 2;
    return -1;
  }

  /** True where a body's name or noun opens at k, after an article (du parti, of the regime, de la CGT): not a market (du secteur). */
  private bodyAfterLink(k: number): boolean {
    const tk = this.tk;
    if (tk[k] && this.lex.relativeArticles.has(tk[k].norm)) k++;
    const t = tk[k];
    return t !== undefined && (this.lex.numberSignTitleBodies.has(t.norm) || (isCapitalized(t.text) && isLetterWord(t.text)));
  }

  /**
   * "numéro un mondial", "the world number one": `un`, `one` (no figure alone) after a number sign is the rank 1 where a word of
   * ranking follows or leads it ("number one in 2024" stays none).
   */
  private numberSignOne(i: number): Match | null {
    const tk = this.tk, lex = this.lex, t = tk[i];
    if ((t.cls & ARTICLE_NUMBER) === 0 || lex.units.get(t.norm) !== 1 || !t.spaceBefore) return null;
    const sign = this.numberSignBefore(i);
    if (sign < 0) return null;
    const lead = tk[sign - 1];
    if (!lex.rankAfterNumberSign.has(tk[i + 1]?.norm ?? '') && !(lead !== undefined && lex.rankBeforeNumberSign.has(lead.norm))) return null;
    return { drafts: [draft(sign, i + 1, 'ordinal', 1)], next: i + 1 };
  }

  /**
   * A number after its number sign: a rank where the number is in words (numéro deux), is 1 (n°1 du secteur), is followed by a
   * word of ranking (n°2 mondial, No. 1 seed) or follows one (world No. 1, tête de série n°6); else a label's code, no figure.
   */
  private numberSignRank(sign: number, i: number, d: Draft): Match {
    const tk = this.tk, lex = this.lex;
    // "n°1 mondiale" was read as a count of "mondiale": the number ends before the ranking word.
    const end = d.kind === 'quantity' ? (d.next - 1 > i && lex.rankAfterNumberSign.has(tk[d.next - 1].norm) ? d.next - 1 : -1) : d.next;
    if (end < 0) return { drafts: [d], next: d.next };
    // "le numéro deux du parti", "the number two of the regime": a place in a body's hierarchy names a person, no figure.
    if (tk[i].digits === 0 && lex.numberSignTitleLinks.has(tk[end]?.norm ?? '') && this.bodyAfterLink(end + 1)) return { drafts: [], next: d.next };
    const value = d.value as number;
    const lead = tk[sign - 1];
    const rank = tk[i].digits === 0 || lex.rankAfterNumberSign.has(tk[end]?.norm ?? '') || (lead !== undefined && lex.rankBeforeNumberSign.has(lead.norm)) ||
      (value === 1 && tk[sign].text !== 'Number' && !(lead && isCapitalized(lead.text) && !atSentenceStart(this.s, sign - 1))) || tk[sign].text === 'number' ||
      // "the No. 2 official", "Toyota's No. 3 plant".
      (lex.lang === 'en' && lead !== undefined && (lead.norm === 'the' || lead.norm === "'s") && isLetterWord(tk[end]?.text ?? '') && !isCapitalized(tk[end].text));
    if (!rank) return { drafts: [], next: d.next };
    return { drafts: [draft(sign, end, 'ordinal', value)], next: end };
  }

  /**
   * The end of a score whose first number is tokens [i, next): a bare integer, a link (à, to, a dash) and a second bare
   * integer not above it, neither with a unit, scale or decimal, and no "de", "entre", "from" before the first (a change
   * or a range: "passé de 12 à 8") unless a score noun comes before that ("sur le score de 7 à 3"). 0 when none.
   */
  private scoreEnd(i: number, next: number): number {
    const tk = this.tk, lex = this.lex, link = tk[next], second = tk[next + 1], after = tk[next + 2];
    if (next !== i + 1 || !link || !second || !SCORE_LINKS.has(link.norm) || second.digits === 0 || second.digits > 3 || tk[i].digits > 3) return 0;
    // "à"/"to" are spaced words; a dash is glued on both sides or spaced on both (3-2, 19 – 12).
    if ((link.norm === 'à' || link.norm === 'to') ? !(link.spaceBefore && second.spaceBefore) : link.spaceBefore !== second.spaceBefore) return 0;
    // "10 à 1 000 fois": the second number goes on past a group separator.
    if (Number(second.text) > Number(tk[i].text) || after?.digits > 0) return 0;
    if (after && !after.spaceBefore && (after.text === ',' || after.text === '.') && tk[next + 3]?.digits > 0 && !tk[next + 3].spaceBefore) return 0;
    if (after && after.spaceBefore && (lex.scales.has(after.norm) || lex.percentWords.starts(after.norm) || lex.currencyWords.starts(after.norm) ||
      lex.durationUnits.has(after.norm) || lex.measureUnits.has(after.norm) || nounCandidate(this.s, next + 2))) return 0;
    const before = tk[i - 1]?.norm ?? '';
    if (RANGE_OPENERS.has(before) && !lex.scoreNouns.has(tk[i - 2]?.norm ?? '')) return 0;
    return next + 2;
  }

  private countedNumberAt(i: number, depth: number, pre?: NumberRead): Match | null {
    const tk = this.tk, lex = this.lex, s = this.s;
    const t = tk[i];
    let num: NumberRead | null = pre ?? readDigits(s.text, tk, i, lex) ?? readWords(tk, i, lex);
    if (num && !pre) num = extendNumber(tk, num, lex);
    if (!num && (t.cls & ARTICLE_NUMBER) !== 0) {
      num = { value: 1, first: i, next: i + 1, digits: false, plain: null, articleOnly: true };
    }
    if (!num) return null;
    if (!isSafeFigureNumber(num.value)) return { drafts: [], next: num.next };
    // A number of words written in capitals inside a name ("Les Deux Alpes") is no figure.
    if (!num.digits && isCapitalized(t.text) && !atSentenceStart(s, i)) return null;
    for (let m = num.first; m < num.next; m++) if (s.inEntity[m]) return null;
    if (num.ordinal) return this.ordinalFrom(i, num.next, num.value);
    let k = num.next;
    if (num.share && SHARE_LINKS.has(tk[k]?.norm ?? '')) return this.single(i, k, 'percent', num.value * 100, '%');
    // "3,000+": at least that many, the sign in the span.
    const plus = this.plusAt(k);
    if (plus) k++;
    const glued = tk[k]?.glued ? tk[k] : undefined;
    if (glued) {
      // "21st", "1,000th": grouped digits too, whole numbers only.
      if (lex.ordinalSuffixes.has(glued.norm) && (num.plain || (num.digits && Number.isInteger(num.value)))) return this.ordinalFrom(i, k + 1, num.value);
      const unit = this.measureAt(k, num.value);
      // 1m70: the centimetres after the metres.
      const cm = unit?.unit === 'm' && num.plain ? tk[unit.next] : undefined;
      if (cm && !cm.spaceBefore && cm.text.length === 2 && isDigits(cm.text)) return this.single(i, unit!.next + 1, 'quantity', num.value + Number(cm.text) / 100, 'm');
      if (unit) return this.single(i, unit.next, 'quantity', num.value, unit.unit);
      // "1,000-year-old": an age (ages.ts).
      const ageUnit = glued.norm[0] === '-' ? ageSuffixUnit(glued.norm, lex) : undefined;
      if (ageUnit !== undefined) return this.durationDraft(i, k + 1, num.value, ageUnit);
      // "2.5-fold": a factor written with a decimal.
      if (glued.norm[0] === '-' && lex.multiplierSuffixes.has(glued.norm.slice(1)) && num.value > 1) return this.single(i, k + 1, 'quantity', num.value, 'x');
      if (!lex.scaleAbbreviations.has(glued.norm) && !lex.percentWords.starts(glued.norm)) return { drafts: [], next: k + 1 };
    }
    // "three times the size", "five times as many", "cinq fois plus de": a multiple, the factor (as "multiplied by 3");
    // after a verb of an event ("a gagné cinq fois le Tour de France") a count of times, the number.
    if (tk[k]?.spaceBefore && lex.multiplierTimes.has(tk[k].norm) && tk[k + 1]?.spaceBefore && lex.multiplierTimesBefore.has(tk[k + 1].norm) && num.value > 1 &&
      !lex.multiplierCountVerbs.has(tk[i - 1]?.norm ?? '')) {
      const m = this.single(i, k + 1, 'quantity', num.value, 'x', 1);
      // "ten times more", "five times more cars": a larger multiple, up as "10 times higher".
      if (lex.multiplierTimesUp.has(tk[k + 1].norm)) m.drafts[0].direction = 'up';
      return m;
    }
    // Scale: milliards, million, thousand; abbreviations (M, Md, bn, k) only before a currency.
    let scale = 1;
    let fullScale = false;
    let count = num.value;
    const scaleTok = tk[k];
    if (num.scale !== undefined) {
      scale = num.scale;
      fullScale = true;
    } else if (scaleTok && !s.inEntity[k] && (scaleTok.spaceBefore || scaleTok.glued)) {
      // "2.5 thousand", "two and a half thousand": thousand as a scale after digits or a part in words.
      const full = lex.scales.get(scaleTok.norm) ?? ((num.digits || !Number.isInteger(num.value)) && lex.thousand.has(scaleTok.norm) ? 1000 : undefined);
      if (full !== undefined && !scaleTok.glued) {
        scale = full;
        fullScale = true;
        k++;
      } else {
        const abbreviation = lex.scaleAbbreviations.get(scaleTok.norm);
        if (abbreviation !== undefined) {
          let c = k + 1;
          if (['de', "d'"].includes(tk[c]?.norm ?? '')) c++;
          const currency = this.currencyAt(c);
          if (currency) return this.single(i, currency.next, 'money', num.value * abbreviation, currency.code, abbreviation);
          const counted = this.abbreviatedCount(i, k, num.value * abbreviation, abbreviation);
          if (counted) return counted;
          if (scaleTok.glued) return { drafts: [], next: k + 1 };
        }
      }
    }
    if (num.articleOnly && !fullScale) {
      const one = this.oneOfUnit(i, k);
      if (one) return one;
      // "un mètre quatre-vingt-dix", "a foot ten": a height of one unit and the smaller one.
      const unitOfOne = tk[k]?.spaceBefore && (tk[k].cls & UNIT) === 0 ? this.measureAt(k, 1) : null;
      const height = unitOfOne ? this.inchesAfterFeet(unitOfOne.unit, unitOfOne.next, 1) : null;
      if (height) return this.single(i, height.next, 'quantity', height.value, height.unit);
      // "un litre et demi", "a mile and a half": one and a half units (as "trois kilomètres et demi").
      const halfUnit = unitOfOne ? halfAfter(tk, unitOfOne.next, lex) : null;
      if (halfUnit !== null) return this.single(i, halfUnit, 'quantity', 1.5, unitOfOne!.unit);
      // "un an", "one year": a duration; otherwise "un", "a", "one" is an article.
      const unitTok = tk[k];
      if (unitTok && lex.durationAfterArticle.has(unitTok.norm)) {
        // "une heure et demie", "a year and a half": one and a half units, whatever the article.
        const half = halfAfter(tk, k + 1, lex);
        if (half !== null) return this.durationDraft(i, half, 1.5, lex.durationUnits.get(unitTok.norm)!);
        // "une heure et quart", "an hour and a quarter": one and a quarter (as "deux heures et quart").
        const quarter = quarterAfter(tk, k + 1, lex);
        if (quarter !== null) return this.durationDraft(i, quarter, 1.25, lex.durationUnits.get(unitTok.norm)!);
        if (lex.units.has(t.norm) || lex.durationAfterIndefinite.has(unitTok.norm)) {
          const one = this.durationDraft(i, k + 1, 1, lex.durationUnits.get(unitTok.norm)!);
          return this.durationTail(one, 1, lex.durationUnits.get(unitTok.norm)!);
        }
      }
      return null;
    }
    // "un million et demi", "a million and a half".
    if (fullScale && num.scale === undefined && Number.isInteger(count)) {
      const half = halfAfter(tk, k, lex);
      if (half !== null) {
        count += 0.5;
        k = half;
      } else {
        // "1 milliard 200 millions": a smaller scale after a larger one adds to it, and so on
        // (deux milliards trois cents millions quatre cent mille: each scale smaller than the last).
        for (let last = scale; last > 1;) {
          const rest = tk[k]?.spaceBefore && !s.inEntity[k] ? readDigits(s.text, tk, k, lex) ?? readWords(tk, k, lex) : null;
          if (!rest || rest.articleOnly || rest.ordinal || !Number.isInteger(rest.value)) break;
          const small = tk[rest.next];
          const smallScale = small && small.spaceBefore ? lex.scales.get(small.norm) : undefined;
          if (smallScale !== undefined && rest.value * smallScale < last) {
            count += (rest.value * smallScale) / scale;
            k = rest.next + 1;
            last = smallScale;
          } else {
            // "two million three hundred thousand", "un million deux cent mille": the rest in words, hundreds at least.
            if (smallScale === undefined && !rest.digits && rest.value >= 100 && rest.value < last) {
              count += rest.value / scale;
              k = rest.next;
            }
            break;
          }
        }
      }
    }
    const value = count * scale;
    // "milliards de dollars", "millions d'euros", "billion of"
    let c = k;
    // "1 000 000 d'euros": a million in digits takes "de" as the word does.
    const takesDe = fullScale || (num.digits && value >= 1e6 && lex.lang === 'fr');
    if (takesDe && ['de', "d'", 'of'].includes(tk[c]?.norm ?? '')) c++;
    let currency = this.currencyAt(c);
    // "une trentaine de livres", "a dozen pounds": a round count of a currency that is a common noun too counts the noun (books).
    if (currency && num.approx && currency.next === c + 1 && lex.oneNotCurrency.has(singularize(tk[c].norm, lex))) currency = null;
    // "il pèse 200 livres", "he weighs 200 pounds": pounds of weight after a verb of weighing.
    if (currency && c === k && scale === 1 && lex.poundWeightWords.has(tk[c].norm) && this.weighedBefore(i)) return this.single(i, c + 1, 'quantity', value, 'lb');
    if (currency && (c === k || !CURRENCIES.symbols.has(tk[c].text))) {
      // "70 euro cents": a hundredth of the currency named before.
      const sub = scale === 1 && tk[currency.next]?.spaceBefore ? lex.subunits.get(tk[currency.next].norm) : undefined;
      if (sub !== undefined && !CURRENCIES.symbols.has(tk[c].text)) return this.single(i, currency.next + 1, 'money', value / 100, currency.code, scale);
      const cents = scale === 1 && Number.isInteger(value) && !CURRENCIES.symbols.has(tk[c].text) ? this.centsAfter(currency.next) : null;
      if (cents) return this.single(i, cents.next, 'money', value + cents.value, currency.code, scale);
      return this.single(i, currency.next, 'money', value, currency.code, scale);
    }
    // "fifty cents", "99 centimes", "50 pence": a hundredth of the currency.
    const subunit = !fullScale && tk[k]?.spaceBefore && !s.inEntity[k] && tk[k].text === tk[k].norm ? lex.subunits.get(tk[k].norm) : undefined;
    if (subunit !== undefined) {
      // "70 centimes d'euro", "50 cents of a dollar": the currency named after takes the span.
      const link = tk[k + 1]?.norm ?? '';
      const named = link === 'de' || link === "d'" ? this.currencyAt(k + 2) : null;
      if (named && !CURRENCIES.symbols.has(tk[k + 2].text)) return this.single(i, named.next, 'money', value / 100, named.code, scale);
      return this.single(i, k + 1, 'money', value / 100, this.dollar(subunit), scale);
    }
    // "3 millions de personnes": the scale word takes "de" before the thing counted.
    if (takesDe && c === k + 1) {
      // "65 millions d'années", "3 millions d'heures de vol": a length of time, however large.
      const longUnit = fullScale && tk[c] && !s.inEntity[c] ? lex.durationUnits.get(tk[c].norm) : undefined;
      if (longUnit !== undefined) return this.scaledDuration(i, c + 1, value, longUnit, scale);
      // "3,5 millions de m²", "2 milliards de kWh": a measure.
      const measure = tk[c]?.spaceBefore ? this.measureAt(c, value) : null;
      if (measure) return this.single(i, measure.next, 'quantity', value, measure.unit, scale);
      const noun = readNoun(s, c, value);
      if (noun && noun.spanNext > c) return { drafts: [draft(i, noun.spanNext, 'quantity', value, noun.unit, scale)], next: noun.spanNext };
    }
    const percent = tk[k] && !s.inEntity[k] ? this.phraseAt(lex.percentWords, k) : null;
    if (percent && !fullScale) return this.single(i, percent.end, 'percent', value, '%', scale);
    // "3 ‰", "12 pour mille": per mille, a tenth of a percent.
    const perMille = tk[k] && !s.inEntity[k] && !fullScale ? this.phraseAt(lex.perMilleWords, k) : null;
    if (perMille) return this.single(i, perMille.end, 'percent', value / 10, '%', scale);
    // "5 grand", "fifty grand": thousands of the default dollar (not "5 grand pianos").
    if (scale === 1 && tk[k]?.spaceBefore && lex.grandWords.has(tk[k].text) && (!tk[k + 1] || !isLetterWord(tk[k + 1].text) || lex.grandFollowers.has(tk[k + 1].norm))) {
      return this.single(i, k + 1, 'money', value * 1000, this.s.ctx.defaultDollar, 1000);
    }
    // Durations: cinq ans, trois prochaines années, dix dernières années, 18 mois.
    let u = k;
    if (tk[u] && ((lex.durationAdjectives.has(tk[u].norm) && lex.lang === 'fr') || (lex.dayKinds.has(tk[u].norm) && lex.durationUnits.get(tk[u + 1]?.norm ?? '') === 'D'))) u++;
    const durationUnit = tk[u] && tk[u].spaceBefore && !(lex.durationAbbreviations.has(tk[u].norm) && tk[u].text !== tk[u].norm)
      ? lex.durationUnits.get(tk[u].norm) : undefined;
    // "65 million years", "4.5 billion years": a length of time with its scale.
    if (durationUnit !== undefined && fullScale && u === k) return this.scaledDuration(i, u + 1, value, durationUnit, scale);
    if (durationUnit !== undefined && !fullScale && !(num.plain && isYear(num.plain) && u === k && tk[u].norm.startsWith('ann'))) {
      // "deux ans et demi", "trois heures et demie": half a unit more.
      const half = Number.isInteger(value) ? halfAfter(tk, u + 1, lex) : null;
      if (half !== null) return this.durationDraft(i, half, value + 0.5, durationUnit);
      // "deux heures et quart": a quarter of the unit more.
      const quarter = Number.isInteger(value) ? quarterAfter(tk, u + 1, lex) : null;
      if (quarter !== null) return this.durationDraft(i, quarter, value + 0.25, durationUnit);
      return this.durationTail(this.durationDraft(i, u + 1, value, durationUnit), value, durationUnit);
    }
    const measure = tk[k] && (tk[k].spaceBefore || tk[k].text === '°') ? this.measureAt(k, value) : null;
    if (measure && (measure.next > k + 1 || tk[k].norm.length > 1 || num.digits)) {
      // "trois kilomètres et demi", "five miles and a half": half a unit more.
      const half = Number.isInteger(value) && scale === 1 ? halfAfter(tk, measure.next, lex) : null;
      const inches = half === null && scale === 1 ? this.inchesAfterFeet(measure.unit, measure.next, value) : null;
      if (inches) return this.single(i, inches.next, 'quantity', inches.value, inches.unit);
      return this.single(i, half ?? measure.next, 'quantity', half !== null ? value + 0.5 : value, measure.unit, scale);
    }
    // A year: a plain 4-digit number from 1900 to 2100, unless it counts a plural noun; an older
    // one (1000-1899) only after a word that leads a year (en 1870, in 1776) and before no noun.
    const before = i > 0 ? tk[i - 1].norm : '';
    const plainYear = !!num.plain && num.plain.length === 4 && value >= 1000 && scale === 1;
    const yearRange = plainYear ? this.yearRangeAt(i, num.next) : null;
    const oldYear = plainYear && value < 1900 && (lex.oldYearLeads.has(before) || yearRange === 'years');
    if (num.plain && (isYear(num.plain) || oldYear) && scale === 1 && yearRange !== 'count') {
      const noun = lex.yearContextBefore.has(before) && !oldYear ? null : readNoun(s, k, value, true);
      if (!noun) {
        const parts = { year: value };
        return { drafts: [draft(i, k, 'date', formatDate(parts), undefined, undefined, parts)], next: k };
      }
    }
    // A range: the first number takes the unit and scale of the second (entre 15 et 25 millions d'euros).
    if (depth === 0 && !fullScale && tk[k] && RANGE_LINKS.has(tk[k].norm) && tk[k + 1]) {
      const range = this.clockRangeFrom(i, k, num) ?? this.rangeFrom(i, k, num);
      if (range) return range;
    }
    // "une dizaine au-dessus": a French collective takes its noun after "de" only.
    const noun = num.scale !== undefined && lex.lang === 'fr' ? null : readNoun(s, k, value);
    // "Boy aged 9 saves sister": after an age lead the number is the age, the word after it a headline's verb.
    const ageable = scale === 1 && Number.isInteger(value) && value > 0 && value < 130;
    const aged = ageable && ageLeadBefore(tk, num.first, lex);
    if (noun && !aged) {
      return { drafts: [draft(i, noun.spanNext, 'quantity', value, noun.unit, scale)], next: Math.max(noun.spanNext, k) };
    }
    if (!num.digits && !fullScale && lex.bareWordExclusions.has(tk[num.first].norm) && num.next === num.first + 1) return null;
    // "aged 40", "at the age of 87": years of age (ages.ts).
    if (aged || (ageable && this.ageBetweenCommas(i, k))) {
      return this.durationDraft(i, k, value, 'Y');
    }
    return this.single(i, k, 'number', value, undefined, scale);
  }

  /**
   * The plain 4-digit number at i (ending at `next`) as an end of a range of two such numbers opened by a word
   * (de 1643 à 1715, entre 1802 et 1885, from 1515 to 1547): 'years' where the second is later and no noun
   * follows it, 'count' where a noun does (de 1500 à 2000 personnes), null where it is no such end.
   */
  private yearRangeAt(i: number, next: number): 'years' | 'count' | null {
    const tk = this.tk, lex = this.lex;
    const plain4 = (k: number) => tk[k] !== undefined && tk[k].digits === 4 && tk[k].text.length === 4 && tk[k].spaceBefore && !this.s.inEntity[k];
    let first: number, second: number;
    if (tk[next]?.spaceBefore && lex.yearRangeLinks.get(tk[i - 1]?.norm ?? '') === tk[next].norm && plain4(next + 1)) [first, second] = [i, next + 1];
    else if (i >= 3 && plain4(i - 2) && lex.yearRangeLinks.get(tk[i - 3].norm) === tk[i - 1].norm && next === i + 1) [first, second] = [i - 2, i];
    else return null;
    const from = Number(tk[first].text), to = Number(tk[second].text);
    if (to <= from || to > 2100) return null;
    return readNoun(this.s, second + 1, to) ? 'count' : 'years';
  }

  /**
   * English "Jane Doe, 71, of Leeds", "the suspect, 34, was charged": plain digits between commas right after a
   * name (a capitalized word that is no month nor weekday) or a noun of a person (agePersonNouns): an age.
   */
  private ageBetweenCommas(i: number, next: number): boolean {
    const tk = this.tk, lex = this.lex;
    if (lex.agePersonNouns.size === 0 || next !== i + 1 || tk[i].digits !== tk[i].text.length || tk[i].digits > 3) return false;
    const open = tk[i - 1], who = tk[i - 2], close = tk[next];
    if (open?.text !== ',' || close?.text !== ',' || !who || !isLetterWord(who.text) || (who.cls & (MONTH | WEEKDAY)) !== 0) return false;
    return lex.agePersonNouns.has(who.norm) || (isCapitalized(who.text) && !lex.stopWords.has(who.norm));
  }

  /** "un octogénaire", "an octogenarian": a person of at least that many years (P80Y, at_least); not a capital inside a sentence (a name). */
  private ageDecadeAt(i: number, years: number): Match | null {
    const t = this.tk[i];
    if (this.s.inEntity[i] || (isCapitalized(t.text) && !atSentenceStart(this.s, i))) return null;
    const m = this.durationDraft(i, i + 1, years, 'Y');
    for (const d of m.drafts) d.approx = 'at_least';
    return m;
  }

  /** A verb of weighing up to four words before token i, in its sentence ("weighed in at", "pèse environ"). */
  private weighedBefore(i: number): boolean {
    const tk = this.tk, verbs = this.lex.weighVerbs;
    for (let m = i - 1; m >= Math.max(0, i - 4) && tk[m].sentence === tk[i].sentence; m--) if (verbs.has(tk[m].norm)) return true;
    return false;
  }

  /** Within 25 tokens of k in its sentence (a bound: the look stays linear), a word of `words` (the context that makes a bare 40C or 20p safe). */
  private nearWord(k: number, words: Set<string>): boolean {
    const tk = this.tk, sentence = tk[k].sentence;
    for (let m = Math.max(0, k - 25); m < Math.min(tk.length, k + 26); m++) if (tk[m].sentence === sentence && words.has(tk[m].norm)) return true;
    return false;
  }

  /** "40C", "5F" near a word of the weather; "20p", "310p" near a word of prices or shares (not 1080p): one token of digits and a letter. */
  private gluedUnitAt(i: number): Match | null {
    const t = this.tk[i], lex = this.lex;
    const length = t.end - t.start;
    // "101.3F": the whole digits, the decimal separator of the language and the decimals glued to the letter.
    if (t.digits > 0 && t.digits === length && length <= 3) {
      const sep = this.tk[i + 1], tail = this.tk[i + 2];
      if (!sep || sep.spaceBefore || sep.text !== (lex.lang === 'fr' ? ',' : '.') || !tail || tail.spaceBefore || tail.digits > 0) return null;
      const last = tail.text[tail.text.length - 1], decimals = tail.text.slice(0, -1);
      if ((last !== 'C' && last !== 'F') || decimals.length === 0 || decimals.length > 2 || !isDigits(decimals) || !this.nearWord(i, lex.temperatureContext)) return null;
      return this.single(i, i + 3, 'quantity', Number(`${t.text}.${decimals}`), last === 'C' ? '°C' : '°F');
    }
    if (length < 2 || length > 5 || t.digits > 0 || !startsWithDigit(t.text)) return null;
    const last = t.text[length - 1], digits = t.text.slice(0, length - 1);
    if (!isDigits(digits)) return null;
    if ((last === 'C' || last === 'F') && length <= 4 && this.nearWord(i, lex.temperatureContext)) {
      return this.single(i, i + 1, 'quantity', Number(digits), last === 'C' ? '°C' : '°F');
    }
    if (last === 'p' && !lex.videoResolutions.has(digits) && lex.penceContext.size > 0 && this.nearWord(i, lex.penceContext)) {
      return this.single(i, i + 1, 'money', Number(digits) / 100, 'GBP');
    }
    return null;
  }

  /** A multiplier: tenfold, 10-fold, two-fold, 3x, x3, multiplié par trois, divisé par deux (a quantity of unit "x"). */
  private multiplierAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex, t = tk[i];
    const word = lex.multiplierWords.get(t.norm);
    if (word !== undefined) return this.single(i, i + 1, 'quantity', word, 'x');
    if (t.hyphen > 0 && lex.multiplierSuffixes.has(t.norm.slice(t.hyphen + 1))) {
      const head = t.norm.slice(0, t.hyphen);
      const value = isDigits(head) ? Number(head) : lex.units.get(head) ?? lex.tens.get(head);
      return value !== undefined && value >= 2 ? this.single(i, i + 1, 'quantity', value, 'x') : null;
    }
    const length = t.end - t.start;
    if (length >= 2 && length <= 5 && t.digits === 0) {
      const glued = t.text[0] === 'x' ? t.text.slice(1) : t.text[length - 1] === 'x' ? t.text.slice(0, -1) : '';
      // x86, x64 name processors: a factor written first is a small one (x3, x10).
      if (isDigits(glued) && Number(glued) >= 2 && (t.text[0] !== 'x' || Number(glued) <= 20)) return this.single(i, i + 1, 'quantity', Number(glued), 'x');
    }
    // "multiplié par trois": the factor after the verb and its link; the verb gives the direction.
    const verb = i >= 2 && lex.multiplierLinks.has(tk[i - 1].norm) ? lex.multiplierVerbs.get(tk[i - 2].norm) : undefined;
    if (verb === undefined) return null;
    const m = this.numberAt(i, 1);
    const d = m?.drafts.length === 1 ? m.drafts[0] : undefined;
    if (!d || d.kind !== 'number' || typeof d.value !== 'number' || d.value <= 1) return null;
    d.kind = 'quantity';
    d.unit = 'x';
    d.direction = verb;
    return m;
  }

  /** A proportion, a percent of the whole: one in three, 9 out of 10, un sur trois, un Français sur deux. */
  private proportionAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex, s = this.s, t = tk[i];
    if (t.digits === 0 && (t.cls & (UNIT | ARTICLE_NUMBER)) === 0 && !(t.cls & WordClass.NUMBER_OPENER)) return null;
    // The link comes right after a one-token number, or after its named whole in French: looked at before any number is read.
    const links = lex.proportionLinks;
    if (!links.starts(tk[i + 1]?.norm) && !(lex.lang === 'fr' && links.starts(tk[i + 2]?.norm))) return null;
    if (lex.lang === 'en' && ['number', 'no'].includes(tk[i - 1]?.norm ?? '')) return null;
    const top = readDigits(s.text, tk, i, lex) ?? readWords(tk, i, lex);
    const a = top ? top.value : (t.cls & ARTICLE_NUMBER) !== 0 ? 1 : undefined;
    if (a === undefined || !Number.isInteger(a) || a < 1) return null;
    let k = top ? top.next : i + 1;
    // "un jour sur deux", "une semaine sur trois", "un mardi sur deux": a rhythm (every other day), no figure, as "24 heures sur 24".
    if (lex.lang === 'fr' && a === 1 && tk[k] && (lex.durationUnits.has(tk[k].norm) || (tk[k].cls & WEEKDAY) !== 0) && tk[k + 1]?.norm === 'sur' && tk[k + 2]?.spaceBefore) {
      const every = readDigits(s.text, tk, k + 2, lex) ?? readWords(tk, k + 2, lex);
      if (every && !every.ordinal && Number.isInteger(every.value) && every.value > 1 && !readNoun(s, every.next, every.value)) return { drafts: [], next: every.next };
    }
    // French names the whole between: "un salarié sur trois" (one word, no unit of time or measure: "un jour sur deux", "3 mètres sur 4").
    if (lex.lang === 'fr' && tk[k] && tk[k].norm !== 'sur' && isLetterWord(tk[k].text) && !s.inEntity[k] && !lex.stopWords.has(tk[k].norm) &&
      !lex.durationUnits.has(tk[k].norm) && !lex.measureUnits.has(tk[k].norm) && tk[k].cls === 0) k++;
    // French digits alone ("un risque de 3 sur 5", "alerte 4 sur 5") are mostly a rating on a scale: only words or a named whole make a proportion.
    if (lex.lang === 'fr' && k === (top ? top.next : i + 1) && t.digits > 0) return null;
    const link = tk[k] && tk[k].spaceBefore ? this.phraseAt(lex.proportionLinks, k) : null;
    if (!link || !tk[link.end]?.spaceBefore) return null;
    const bottom = readDigits(s.text, tk, link.end, lex) ?? readWords(tk, link.end, lex);
    if (!bottom || bottom.ordinal || !Number.isInteger(bottom.value) || bottom.value <= a || bottom.value > 1000) return null;
    for (let m = i; m < bottom.next; m++) if (s.inEntity[m]) return null;
    // "one in 10 years": a count of time or measure after it is no proportion.
    const after = tk[bottom.next];
    if (after && after.spaceBefore && (lex.durationUnits.has(after.norm) || lex.measureUnits.has(after.norm) || lex.scales.has(after.norm))) return null;
    // French puts the whole before "sur": a noun after it is what "sur" is about (un moratoire sur trois mesures, 2 buts sur 7 tirs).
    if (lex.lang === 'fr' && readNoun(s, bottom.next, bottom.value)) return null;
    return this.fractionDraft(i, bottom.next, a, bottom.value);
  }

  /** "une demi-heure", "a half-hour", "deux demi-journées": half units of time. */
  private halfUnitAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const t = tk[i];
    if ((t.cls & (ARTICLE_NUMBER | UNIT)) === 0) return null;
    const w = tk[i + 1];
    if (!w || !w.spaceBefore || w.hyphen <= 0 || !lex.halfWordPrefixes.has(w.norm.slice(0, w.hyphen)) || this.s.inEntity[i + 1]) return null;
    const noun = w.norm.slice(w.hyphen + 1);
    const count = (lex.units.get(t.norm) ?? 1) / 2;
    // "un demi-point de pourcentage": half a percentage point, a percent (the percent words read on from the point).
    const percent = lex.percentWords.starts(noun) ? lex.percentWords.longestBy(i + 1, (m) => (m === i + 1 ? noun : tk[m]?.norm)) : null;
    if (percent && percent.end > i + 2) return this.single(i, percent.end, 'percent', count, '%');
    // "un demi-point": half a point of a rate.
    if (lex.fractionPointNouns.has(noun)) return this.single(i, i + 2, 'quantity', count, noun);
    const unit = lex.durationUnits.get(noun);
    if (unit !== undefined) return this.durationDraft(i, i + 2, count, unit);
    // "un demi-litre", "a half-mile": half a unit of measure.
    const measure = noun.length > 1 ? lex.measureUnits.get(noun) : undefined;
    if (measure !== undefined) return this.single(i, i + 2, 'quantity', count, measure);
    // "un demi-euro", "a half-dollar": half of one of a currency (not "une demi-livre" of butter: oneNotCurrency).
    const currency = lex.currencyWords.starts(noun) && !lex.oneNotCurrency.has(noun) ? lex.currencyWords.longestBy(i + 1, (m) => (m === i + 1 ? noun : tk[m]?.norm)) : null;
    return currency ? this.single(i, currency.end, 'money', count, this.dollar(currency.value)) : null;
  }

  /** "a five-year contract", "30-year bonds", "a 90-day delay": a number and a unit of time made one adjective. */
  private hyphenDurationAt(i: number): Match | null {
    const t = this.tk[i], lex = this.lex;
    if (t.hyphen <= 0 || lex.hyphenDurationUnits.size === 0 || this.s.inEntity[i]) return null;
    const age = hyphenatedAge(t.norm, lex);
    if (age) return isCapitalized(t.text) && !atSentenceStart(this.s, i) ? null : this.durationDraft(i, i + 1, age.count, age.unit);
    let cut = t.norm.lastIndexOf('-');
    // "a two-year-long probe": the tail after the unit keeps the length.
    const norm = lex.hyphenDurationTails.has(t.norm.slice(cut + 1)) ? t.norm.slice(0, cut) : t.norm;
    if (norm !== t.norm) cut = norm.lastIndexOf('-');
    const unitWord = norm.slice(cut + 1);
    if (cut <= 0 || !lex.hyphenDurationUnits.has(unitWord)) return norm === t.norm ? this.hyphenUnitWordAt(i, cut) : null;
    const count = norm.slice(0, cut);
    let value: number | undefined;
    if (/^\d{1,3}$/.test(count)) value = Number(count);
    else {
      // "thirty-second" is a rank.
      if (lex.ordinals.has(unitWord)) return null;
      const parts = count.split('-');
      // "two-and-a-half-hour": a half after the count, as "two and a half hours".
      const n = parts.length;
      const half = n >= 4 && lex.numberJoiners.has(parts[n - 3]) && lex.articleNumbers.has(parts[n - 2]) && lex.halfAfterJoiner.has(parts[n - 1]) ? 0.5 : 0;
      if (half > 0) parts.length = n - 3;
      if (parts.length > 2) return null;
      value = half;
      for (const part of parts) {
        const v = lex.units.get(part) ?? lex.tens.get(part);
        if (v === undefined) return null;
        value += v;
      }
    }
    if (value === 0) return null;
    if (isCapitalized(t.text) && !atSentenceStart(this.s, i)) return null;
    return this.durationDraft(i, i + 1, value, lex.durationUnits.get(unitWord)!);
  }

  /** "a ten-dollar bill", "a five-mile walk": a number in words and a currency or a unit of measure made one adjective (digits: stream.ts). */
  private hyphenUnitWordAt(i: number, cut: number): Match | null {
    const t = this.tk[i], lex = this.lex;
    const unitWord = t.norm.slice(cut + 1);
    const count = countOf(t.norm.slice(0, cut).split('-'), lex);
    if (count === undefined || (isCapitalized(t.text) && !atSentenceStart(this.s, i))) return null;
    const currency = lex.currencyWords.longest([unitWord], 0);
    if (currency && currency.end === 1) return this.single(i, i + 1, 'money', count, this.dollar(currency.value));
    const measure = lex.measureUnits.get(unitWord);
    return measure !== undefined && unitWord.length > 2 ? this.single(i, i + 1, 'quantity', count, measure) : null;
  }

  /**
   * "2 hours and 30 minutes", "two years and six months", "1 hour 20 minutes": a smaller unit of
   * time after a duration adds to it (PT2H30M, P2Y6M). The match is returned as is otherwise.
   */
  private durationTail(m: Match, value: number, unit: string): Match {
    const tk = this.tk, lex = this.lex;
    const d = m.drafts[0];
    if (!d || m.drafts.length !== 1 || !Number.isInteger(value) || DURATION_ORDER.indexOf(unit) < 0) return m;
    const parts: [number, string][] = [[value, unit]];
    // "74 jours 3 heures 35 minutes 46 secondes": each part smaller than the one before (at most the seven units);
    // a comma may part them as "and" does ("one year, two months and ten days").
    for (let next = d.next; parts.length < DURATION_ORDER.length;) {
      let j = next;
      if (tk[j] && ((tk[j].spaceBefore && lex.numberJoiners.has(tk[j].norm)) || (!tk[j].spaceBefore && tk[j].text === ','))) j++;
      if (!tk[j] || !tk[j].spaceBefore || this.s.inEntity[j]) break;
      const rest = readDigits(this.s.text, tk, j, lex) ?? readWords(tk, j, lex);
      if (!rest || rest.articleOnly || rest.ordinal || !Number.isInteger(rest.value)) break;
      const unitTok = tk[rest.next];
      const last = parts[parts.length - 1][1];
      // "29 min 17 s": a lone "s" after minutes is seconds in English too (as in 2 h 14 min 4 s).
      const second = unitTok && unitTok.spaceBefore ? lex.durationUnits.get(unitTok.norm) ?? (unitTok.text === 's' && last === 'MIN' ? 'S' : undefined) : undefined;
      if (second === undefined || DURATION_ORDER.indexOf(second) <= DURATION_ORDER.indexOf(last) || second === 'W' || last === 'W') break;
      // "10 years, 5 days a week": a part before a rate's unit of time counts the rate, no part of this duration.
      if (this.rateAfter(rest.next + 1)) break;
      parts.push([rest.value, second]);
      next = rest.next + 1;
      d.next = next;
    }
    if (parts.length === 1) return m;
    d.value = compoundDuration(parts);
    return { drafts: [d], next: d.next };
  }

  private single(first: number, next: number, kind: FigureKind, value: number, unit?: string, scale?: number): Match {
    const d = draft(first, next, kind, value, undefined, scale);
    if (unit !== undefined) d.unit = unit;
    return { drafts: [d], next };
  }

  /** A duration with a scale word (65 millions d'années): the scale kept for the first end of a range (entre 1,8 et 3 milliards d'années). */
  private scaledDuration(first: number, next: number, value: number, unit: string, scale: number): Match {
    const m = this.durationDraft(first, next, value, unit);
    for (const d of m.drafts) d.scale = scale;
    return m;
  }

  /** "over the past decade", "au cours de la dernière décennie": a length of time up to now (the determiner stays out). */
  private pastPeriodAt(i: number): Match | null {
    if (i === 0 || !this.lex.pastPeriodDeterminers.has(this.tk[i - 1].norm)) return null;
    const period = this.phraseAt(this.lex.pastPeriodDurations, i);
    return period ? this.durationDraft(i, period.end, period.value[0], period.value[1]) : null;
  }

  private durationDraft(first: number, next: number, value: number, unit: string): Match {
    const iso = isoDuration(value, unit);
    return { drafts: iso === null ? [] : [draft(first, next, 'duration', iso)], next };
  }

  /**
   * "one dollar", "un euro", "one percentage point", "un point de pourcentage": one of a currency or a percent
   * (not "a dollar", "an euro": the article; French "un" before a currency only where no adjective follows: "un euro fort" is the currency).
   */
  private oneOfUnit(i: number, k: number): Match | null {
    const tk = this.tk, lex = this.lex;
    if (!lex.units.has(tk[i].norm) || !tk[k]?.spaceBefore) return null;
    const percent = this.phraseAt(lex.percentWords, k);
    if (percent) return this.single(i, percent.end, 'percent', 1, '%');
    const currency = this.currencyAt(k);
    if (!currency || CURRENCIES.symbols.has(tk[k].text) || (currency.next === k + 1 && lex.oneNotCurrency.has(tk[k].norm))) return null;
    const after = tk[currency.next];
    if (lex.lang === 'fr' && after && after.spaceBefore && isLetterWord(after.text) && !lex.stopWords.has(after.norm)) return null;
    return this.single(i, currency.next, 'money', 1, currency.code);
  }

  /** "15 à 25 %", "entre 15 et 25 millions d'euros", "between 2 and 3 percent". */
  private rangeFrom(i: number, k: number, first: NumberRead): Match | null {
    const link = this.tk[k].norm;
    if (link === 'et' || link === 'and') {
      // "entre -5 et 3": past the sign of the first end.
      const lead = i > 0 && SIGNS.has(this.tk[i - 1].text) ? i - 2 : i - 1;
      const before = this.tk[lead]?.norm ?? '';
      if (before !== 'entre' && before !== 'between') return null;
    }
    if ((link === '-' || link === '–') && !first.digits) return null;
    // "de -5 à +3 degrés": a sign before the second end.
    const sign = this.tk[k + 1].end - this.tk[k + 1].start === 1 ? SIGNS.get(this.tk[k + 1].text) : undefined;
    // "de moins 5 à plus 3 degrés", "from minus 2 to plus 4 percent": a sign said in words before the second end.
    const plusWord = this.tk[k + 1].norm === 'plus' && this.tk[k + 2]?.spaceBefore && this.tk[k + 2].norm !== 'de' && this.tk[k + 2].norm !== 'than';
    const second = sign !== undefined && link !== '-' && link !== '–' ? this.signed(k + 1, sign, 1) : plusWord ? this.numberAt(k + 2, 1) : this.numberAt(k + 1, 1);
    if (!second || second.drafts.length !== 1) return null;
    if (plusWord) {
      if (second.drafts[0].first !== k + 2) return null;
      second.drafts[0].first = k + 1;
      second.drafts[0].direction = 'up';
    }
    const d = second.drafts[0];
    // "de 20 à 30 millions", "2 to 3 billion": a bare number takes the scale of the second too.
    if (d.kind !== 'money' && d.kind !== 'percent' && d.kind !== 'duration' && !(d.kind === 'quantity' && d.scale !== undefined) &&
      !(d.kind === 'number' && (d.scale ?? 1) > 1)) return null;
    if (d.kind === 'quantity' && d.next === k + 2 && this.tk[k + 1].glued) return null;
    let scale = d.scale ?? 1;
    // "between two and three thousand jobs", "entre deux et trois cents personnes": a first end in words below the second's
    // count of thousands or hundreds takes its thousand or hundred, as it takes a scale.
    if (scale === 1 && !first.digits && Number.isInteger(first.value) && first.value < 100) {
      const words = readWords(this.tk, k + 1, this.lex);
      const last = words && !words.ordinal ? this.tk[words.next - 1].norm : '';
      const unit = this.lex.thousand.has(last) ? 1000 : this.lex.hundred.has(last) ? 100 : 1;
      if (unit > 1 && words!.value % unit === 0 && first.value < words!.value / unit) scale = unit;
    }
    // "20 to 30 cents": the first end counts the subunit too.
    const subunit = d.kind === 'money' && scale === 1 && this.lex.subunits.has(this.tk[d.next - 1].norm) ? 0.01 : 1;
    const head = draft(i, first.next, d.kind, roundValue(first.value * scale * subunit), undefined, scale);
    if (d.kind === 'duration') {
      const count = plainDecimal(roundValue(first.value * scale));
      if (count === null) return null;
      head.value = (d.value as string).replace(/\d+(\.\d+)?/, count);
    }
    if (d.unit !== undefined) head.unit = d.unit;
    return { drafts: [head, d], next: second.next };
  }

  /**
   * "entre 6 et 8 heures du matin", "from 2 to 3:30 p.m.", "between 6 and 8 in the morning": a bare hour before a
   * clock time placed by its minutes after a colon, am/pm or a part of the day; the first end takes its half of the day.
   */
  private clockRangeFrom(i: number, k: number, first: NumberRead): Match | null {
    const tk = this.tk, t2 = k + 1;
    if (!first.digits || first.next !== i + 1 || !Number.isInteger(first.value) || first.value > 23 || tk[t2].digits === 0 || tk[t2].digits > 2) return null;
    const link = tk[k].norm;
    if ((link === 'et' || link === 'and') && tk[i - 1]?.norm !== 'entre' && tk[i - 1]?.norm !== 'between') return null;
    const said = Number(tk[t2].text);
    // "8 in the morning" right after the link: the part of the day places it (timeAt wants a lead there).
    const part = said >= 1 && said <= 12 ? dayPartAfter(this.s, t2 + 1, said) : null;
    // "de 9 à 17 heures", "entre 10 et 14 heures": an hour word after an hour past noon, later than the first end, is a
    // clock (no one counts 9 to 17 hours so), unless a rate follows (de 10 à 15 heures par semaine); so is an earlier
    // range after a word that places it in the day (ouvert de 8 à 11 heures, lundi de 8 à 10 heures; not dure de 8 à 11 heures).
    const lead = tk[i - 1]?.norm === 'de' || tk[i - 1]?.norm === 'entre' ? tk[i - 2] : undefined;
    const placedRange = lead !== undefined && (this.lex.clock.clockRangeLeads.has(lead.norm) || (lead.cls & WEEKDAY) !== 0);
    const clockHours = !part && (said >= 13 || (placedRange && first.value >= 1)) && said <= 24 && first.value < said && tk[t2 + 1]?.spaceBefore &&
      this.lex.durationUnits.get(tk[t2 + 1].norm) === 'H' &&
      !this.lex.clock.rateWordsAfterHours.has(tk[t2 + 2]?.norm ?? '') && !this.lex.clock.durationAfterH.has(tk[t2 + 2]?.norm ?? '');
    const m = part ? this.timeDraft(t2, part.next, part.hour, 0) : this.timeAt(t2);
    let d = m && m.drafts.length === 1 ? m.drafts[0] : undefined;
    // (After "et" no lead makes "14 heures" a time by itself.)
    if (clockHours && (!d || (d.kind === 'duration' && d.value === `PT${said}H` && d.next === t2 + 2))) d = this.timeDraft(t2, t2 + 2, said, 0)?.drafts[0];
    if (!d || d.kind !== 'time' || d.first !== t2) return null;
    let placed = tk[t2 + 1]?.text === ':' || (clockHours && d.value === `${said < 10 ? '0' : ''}${said}:00`);
    for (let x = t2 + 1; x <= t2 + 3 && !placed && x < d.next; x++) placed = this.amPmAt(x)?.next === d.next || dayPartAfter(this.s, x, said)?.next === d.next;
    if (!placed) return null;
    const hour2 = Number((d.value as string).slice(0, 2));
    const shifted = first.value + (hour2 - said);
    const head = this.timeDraft(i, i + 1, shifted >= 0 && shifted <= hour2 ? shifted : first.value, 0);
    return head ? { drafts: [...head.drafts, d], next: Math.max(m?.next ?? 0, d.next) } : null;
  }

  // ------------------------------------------------------------------ ordinals

  /** troisième position, deuxième centre de données, 1er, 2e, IIe siècle, first, second largest. */
  private ordinalAt(i: number): Match | null {
    const t = this.tk[i];
    const word = (t.cls & ORDINAL) !== 0 ? this.lex.ordinals.get(t.norm) : undefined;
    if (word !== undefined) {
      if (isCapitalized(t.text) && !atSentenceStart(this.s, i)) return null;
      // "une seconde", "a second": the unit of time.
      const before = this.tk[i - 1]?.norm ?? '';
      if ((t.norm === 'seconde' || t.norm === 'second') && ['une', 'a', 'one', 'quelques', 'per', 'par'].includes(before)) return null;
      // "the first 100 days", "the last three months": a count follows, the word ranks no thing (a year may: the first 2025 model).
      const count = this.tk[i + 1];
      // (Digits joined to a unit by a hyphen make an adjective, no count: the first 30-foot freight cars.)
      if (count?.spaceBefore && ((count.digits > 0 && count.digits !== 4 && isDigits(count.text.replace(/[,.]/g, '')) && this.s.text.charCodeAt(count.end) !== 45) ||
        ((count.cls & WordClass.NUMBER_OPENER) !== 0 && (count.cls & ORDINAL) === 0 && (count.cls & ARTICLE_NUMBER) === 0))) return { drafts: [], next: i + 1 };
      // "les trois premiers du secteur": a French plural rank after its count names the first ones, the count alone.
      const counted = this.tk[i - 1];
      if (this.lex.lang === 'fr' && t.norm.endsWith('s') && counted && this.lastFigureNext === i && (counted.digits > 0 || (counted.cls & WordClass.NUMBER_OPENER) !== 0)) {
        return { drafts: [], next: i + 1 };
      }
      return this.ordinalFrom(i, i + 1, word);
    }
    // "third-largest bank", "second-biggest": a rank and a superlative, one token; "19th-century": a rank and its noun.
    if (t.hyphen > 0 && (/est$/.test(t.norm) || this.rankNounAfterHyphen(t))) {
      // "2nd-largest": digits and an ordinal suffix too.
      const head = t.norm.slice(0, t.hyphen), digits = digitPrefixLength(head);
      const rank = digits > 0 && digits <= 4 && this.lex.ordinalSuffixes.has(head.slice(digits)) ? Number(head.slice(0, digits)) : this.lex.ordinals.get(head);
      if (rank !== undefined && !isCapitalized(t.text)) {
        // The noun it ranks is in the token: the word after is what the adjective describes (a 19th-century mill).
        return /est$/.test(t.norm) ? this.ordinalFrom(i, i + 1, rank) : { drafts: [draft(i, i + 1, 'ordinal', rank)], next: i + 1 };
      }
    }
    // IIe, XXIe siècle (a lone L or C before "e" is the word "Le", "Ce").
    if (!ROMAN_DIGITS.has(t.text[0])) return null;
    // Only the first takes -er, -re, -ère (Ier, Ire); "Ver-" cut at a line end is a word.
    const roman = ROMAN_ORDINAL.exec(t.text);
    if (roman && t.spaceBefore && roman[1] !== 'L' && roman[1] !== 'C' && (roman[1] === 'I' || (roman[2] !== 'er' && roman[2] !== 're' && roman[2] !== 'ère'))) {
      const value = romanValue(roman[1]);
      if (value > 0) return this.ordinalFrom(i, i + 1, value);
    }
    return null;
  }

  /**
   * "the third straight month", "le troisième trimestre consécutif", "the second month in a row": the rank of a
   * noun in a run (a period of time included: no date), the span the rank, its adjective before and the noun.
   */
  private rankInRowAt(i: number): Match | null {
    const tk = this.tk, lex = this.lex;
    const adjective = tk[i + 1] !== undefined && lex.rankInRowBefore.has(tk[i + 1].norm);
    // Most ranks have neither the adjective after them nor the phrase two words on: the two set lookups first.
    if (!adjective && !lex.rankInRowAfter.starts(tk[i + 2]?.norm)) return null;
    const value = lex.ordinals.get(tk[i].norm);
    if (value === undefined || (isCapitalized(tk[i].text) && !atSentenceStart(this.s, i))) return null;
    // "third consecutive quarterly loss", "second straight win": the counted noun as any rank reads it.
    if (adjective && readNoun(this.s, i + 1, undefined)) return null;
    const k = adjective ? i + 2 : i + 1;
    const noun = tk[k];
    // (A word no rank takes stays out as elsewhere, a unit of time aside: "la seconde fois consécutive" is "seconde", as "la première fois".)
    if (!noun?.spaceBefore || this.s.inEntity[k] || noun.text.length < 3 || !isLetterWord(noun.text) || isCapitalized(noun.text) ||
      (lex.stopWords.has(noun.norm) && !lex.durationUnits.has(noun.norm))) return null;
    if (!adjective && !(tk[k + 1]?.spaceBefore && this.phraseAt(lex.rankInRowAfter, k + 1))) return null;
    return { drafts: [draft(i, k + 1, 'ordinal', value)], next: k + 1 };
  }

  /** "19th-century": the word after the first hyphen is a noun a rank joins (rankHyphenNouns), read without a copy of it. */
  private rankNounAfterHyphen(t: FigureToken): boolean {
    for (const noun of this.lex.rankHyphenNouns) if (t.norm.length === t.hyphen + 1 + noun.length && t.norm.endsWith(noun)) return true;
    return false;
  }

  private ordinalFrom(first: number, k: number, value: number): Match | null {
    const nextTok = this.tk[k];
    if (nextTok && this.lex.nonRankNouns.has(nextTok.norm)) return { drafts: [], next: k + 1 };
    const noun = readNoun(this.s, k, undefined);
    const next = noun ? noun.spanNext : k;
    return { drafts: [draft(first, next, 'ordinal', value)], next: Math.max(next, k) };
  }

  // ------------------------------------------------------------------ qualifiers, directions

  private qualify(d: Draft): void {
    const tk = this.tk, lex = this.lex;
    let p = d.first; // the token before which qualifiers and predicates are read
    // "d'ici l'an prochain", "by the end": a date's article stands between it and its qualifier.
    // English "the" only before a date opening with a word (by the end of the year, not by the 1961 film).
    if (d.kind === 'date' && p - 1 >= this.lastFigureNext && p > 0 &&
      (DATE_ARTICLES.has(tk[p - 1].norm) || (tk[p - 1].norm === 'the' && !startsWithDigit(tk[p].text)))) p--;
    // "près de la moitié", "nearly the half": an article between the qualifier and a fraction word.
    if (d.kind === 'percent' && p > 1 && (tk[p].cls & FRACTION) !== 0 && FRACTION_ARTICLES.has(tk[p - 1].norm) && p - 1 >= this.lastFigureNext) p--;
    // "under age 5", "over the age of 65": the age's lead stands between it and its qualifier.
    if (d.kind === 'duration' && p > 0) {
      const lead = ageLeadStart(tk, p, lex);
      if (lead >= this.lastFigureNext) p = lead > 0 && tk[lead - 1].norm === 'the' ? lead - 1 : lead;
    }
    const candidates = p > 0 ? lex.qualifiersByLastToken.get(tk[p - 1].norm) : undefined;
    // "la hausse est au maximum de 2 %": a bound ending in a link after a copula stands for the link.
    let boundLink = false;
    if (candidates !== undefined) for (const q of candidates) {
      const len = q.tokens.length;
      if (p - len < this.lastFigureNext) continue;
      let ok = true;
      for (let m = 0; m < len && ok; m++) if (tk[p - len + m].norm !== q.tokens[m]) ok = false;
      if (!ok) continue;
      // Deadlines qualify dates and durations only; the other qualifiers, the rest.
      const isDeadline = q.approx === 'by';
      const timeLike = d.kind === 'date' || d.kind === 'duration';
      if (isDeadline !== timeLike && !(d.kind === 'duration' && !isDeadline)) continue;
      if (d.kind === 'ordinal' || d.kind === 'time') continue;
      // "$2.4 billion over five years", "10% over three days": one word right after a figure (or its rate: "7% a year over
      // ten years") spans the time it took, no bound.
      if (d.kind === 'duration' && q.approx === 'over' && len === 1 && this.lastFigureNext > 0 &&
        (p - 1 === this.lastFigureNext || (p - 3 === this.lastFigureNext && this.rateAfter(this.lastFigureNext)))) break;
      // "tombée jusqu'à 9 milliards": the value reached, not a ceiling.
      if (q.approx === 'up_to' && lex.reachVerbs.has(tk[p - len - 1]?.norm ?? '')) return;
      d.approx = q.approx;
      p -= len;
      boundLink = lex.directionLinks.has(q.tokens[len - 1]) && p > 0 && lex.directionCopulas.has(tk[p - 1].norm);
      break;
    }
    if (d.approx === undefined && (d.kind === 'money' || d.kind === 'percent' || d.kind === 'quantity' || d.kind === 'number' || d.kind === 'duration')) this.openBoundAfter(d);
    if (d.direction !== undefined) return;
    if (d.kind !== 'money' && d.kind !== 'percent' && d.kind !== 'quantity' && d.kind !== 'number') return;
    // "a gagné cinq fois le Tour": a count of times after a verb of an event is no change ("rose 2.5 times" stays up).
    if (d.kind === 'number' && lex.multiplierTimes.has(tk[d.next]?.norm ?? '') && lex.multiplierCountVerbs.has(tk[d.first - 1]?.norm ?? '')) return;
    // A change word right after the figure: "a 15% rise", "3% lower", "10 % de hausse".
    const after = d.next < tk.length && lex.directionLinks.has(tk[d.next].norm) && lex.lang === 'fr' ? d.next + 1 : d.next;
    if (after < tk.length && (lex.directionAfterUp.has(tk[after].norm) || lex.directionAfterDown.has(tk[after].norm))) {
      d.direction = lex.directionAfterUp.has(tk[after].norm) ? 'up' : 'down';
      return;
    }
    let before = p - 1;
    if (before < this.lastFigureNext || before < 0) return;
    // "gained a further 4.5%": the verb before the bridge.
    if (lex.directionBridgeEnds.has(tk[before].norm)) {
      for (const bridge of lex.directionBridges) {
        const from = before - bridge.length + 1;
        if (from > this.lastFigureNext && bridge.every((w, m) => tk[from + m].norm === w)) {
          before = from - 1;
          break;
        }
      }
    }
    const direct = (d.kind === 'money' && (lex.directionNotOnMoney.has(tk[before].norm) || (lex.directionNotOnPay.has(tk[before].norm) && this.rateAfter(d.next)))) ||
      lex.directionOnlyThroughLink.has(tk[before].norm) ||
      // "the storm dropped half a metre of snow", "planes dropped 20 tonnes of aid": an amount of a thing let fall, no change.
      (d.kind === 'quantity' && lex.releaseVerbs.has(tk[before].norm) && lex.releaseLinks.has(tk[d.next]?.norm ?? '')) ? undefined : this.cue(before);
    if (direct) {
      d.direction = direct;
      return;
    }
    if (!lex.directionLinks.has(tk[before].norm) && !boundLink) return;
    // A cue a few words back: "ont grimpé de", "une croissance de son revenu de".
    for (let m = before - 1; m >= Math.max(this.lastFigureNext, before - 5); m--) {
      if (PUNCTUATION_STOPS.has(tk[m].text)) return;
      // "a gagné une course de 10 km", "won a contract of": the figure measures the noun the article opens, not the verb's change
      // (a cue noun after the article was met first: "une hausse de 5 %").
      if ((tk[m].cls & ARTICLE_NUMBER) !== 0) return;
      const cue = this.cue(m);
      if (cue) {
        d.direction = cue;
        return;
      }
    }
  }

  /** True when a rate follows at k: "par mois", "a year", "per hour" (a rate word and a unit of time), "de l'heure". */
  private rateAfter(k: number): boolean {
    const tk = this.tk, clock = this.lex.clock;
    if (tk[k] === undefined) return false;
    const unit = clock.rateWordsAfterHours.has(tk[k].norm) ? k + 1
      : clock.rateLinksBeforeArticle.has(tk[k].norm) && clock.determiners.has(tk[k + 1]?.norm ?? '') ? k + 2 : -1;
    return unit > 0 && tk[unit] !== undefined && this.lex.durationUnits.has(tk[unit].norm);
  }

  /** "100 000 et plus", "65 and over", "50 or more": at least (not "et plus de 20", a comparison; not before another number). */
  private openBoundAfter(d: Draft): void {
    const bound = this.tk[d.next]?.spaceBefore ? this.phraseAt(this.lex.openBoundsAfter, d.next) : null;
    if (!bound) return;
    const after = this.tk[bound.end];
    if (after && (this.lex.openBoundsNotBefore.has(after.norm) || after.digits > 0 || ((after.cls & WordClass.NUMBER_OPENER) !== 0 && after.spaceBefore))) return;
    d.approx = 'at_least';
  }

  private cue(m: number): Direction | undefined {
    const n = this.tk[m].norm;
    if (this.lex.directionUp.has(n)) return m > 0 && this.lex.directionUpNotAfter.has(this.tk[m - 1].norm) ? undefined : 'up';
    if (this.lex.directionDown.has(n)) return 'down';
    return undefined;
  }

  // ------------------------------------------------------------------ output

  private finish(drafts: Draft[]): Figure[] {
    const tk = this.tk, text = this.s.text;
    const pending: PendingDate[] = [];
    /** For the closing end of a range, the pending date of its first end. */
    const openingOf = new Map<Draft, PendingDate>();
    const figures: Figure[] = [];
    for (const d of drafts) {
      if (!isKept(d)) continue;
      const start = tk[d.first].start, end = tk[d.next - 1].end;
      const f: Figure = { start, end, text: text.slice(start, end), kind: d.kind, value: d.value };
      if (d.unit !== undefined) f.unit = d.unit;
      if (d.approx !== undefined) f.approx = d.approx;
      if (d.direction !== undefined) f.direction = d.direction;
      if (typeof f.value === 'number') f.value = roundValue(f.value);
      figures.push(f);
      if (d.dateParts) {
        const article = d.first > 0 && DATE_ARTICLES.has(tk[d.first - 1].norm) ? 1 : 0;
        // The word after the range's last end speaks for both ends: "les 28 et 29 avril prochains".
        const after = tk[(d.rangeEnd ?? d).next]?.norm ?? '';
        const before = tk[d.first - 1 - article]?.norm ?? '';
        const date: PendingDate = {
          parts: d.dateParts,
          sentence: tk[d.first].sentence,
          since: this.lex.sinceWords.has(before),
          deadline: d.approx === 'by',
          future: this.lex.dateFutureAfter.has(after) || this.lex.dateFutureBefore.has(tk[d.first - 1]?.norm ?? ''),
          past: this.lex.datePastAfter.has(after) || this.lex.datePastBefore.has(tk[d.first - 1]?.norm ?? ''),
          token: d.first,
          figure: f,
        };
        pending.push(date);
        const opening = openingOf.get(d);
        if (opening) date.follows = opening;
        if (d.rangeEnd && !openingOf.has(d.rangeEnd)) openingOf.set(d.rangeEnd, date);
      }
    }
    if (pending.length > 0) {
      // Each sentence read on the first question about it: most articles never ask (their dates write the year).
      let ranks: Set<number> | undefined;
      const past = new Map<number, boolean>();
      const inPastSentence = (date: PendingDate): boolean => {
        let found = past.get(date.sentence);
        if (found === undefined) past.set(date.sentence, (found = this.pastSentenceAt(date.token!, (ranks ??= pastRanks(drafts)))));
        return found;
      };
      resolveDates(pending, () => referenceDate(this.s), inPastSentence, (date) => date.token !== undefined && futureTenseAt(this.s, date.token));
    }
    return figures;
  }

  /**
   * Whether the sentence of token `at` is written in a past tense or about a past period (a annoncé,
   * dernier): a past cue anywhere in it but at a rank of `ranks`. Only that sentence's tokens are read.
   */
  private pastSentenceAt(at: number, ranks: Set<number>): boolean {
    const tk = this.tk, sentence = tk[at].sentence;
    let first = at;
    while (first > 0 && tk[first - 1].sentence === sentence) first--;
    for (let i = first; i < tk.length && tk[i].sentence === sentence; i++) {
      // "the office is closed between Dec. 30 and Jan. 2": a participle after a copula of the present says a state, no past.
      if ((tk[i].cls & PAST_CUE) !== 0 && !ranks.has(i) && !(i > 0 && this.lex.presentCopulas.has(tk[i - 1].norm))) return true;
    }
    return false;
  }
}

/** The rank that opens "the last Friday of August", "le dernier jour de juillet": it places no period in the past. */
function pastRanks(drafts: Draft[]): Set<number> {
  const ranks = new Set<number>();
  for (const d of drafts) if (d.dateParts?.nth === -1) ranks.add(d.first);
  return ranks;
}

/**
 * Beyond 10^15 a double no longer holds every integer (and 10^21 prints in exponent
 * notation): a number written that large is no figure the analyzer can state exactly.
 */
const MAX_FIGURE_NUMBER = 1e15;

function isSafeFigureNumber(x: number): boolean {
  return Math.abs(x) <= MAX_FIGURE_NUMBER; // false for NaN and Infinity too
}

/** The number as plain decimal digits (no exponent notation), or null when it has none. */
function plainDecimal(x: number): string | null {
  const s = String(roundValue(x));
  return /^-?\d+(?:\.\d+)?$/.test(s) ? s : null;
}

/** "2:03:59" as an ISO duration, PT2H3M59S (the parts that are zero left out, but one). */
function clockDuration(hours: number, minutes: number, seconds: number): string {
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/** ISO 8601 duration of `value` units (Y, M, W, D, H, MIN, S, Q, DEC, CEN), or null for a count with no plain digits. */
function isoDuration(value: number, unit: string): string | null {
  const designator: Record<string, [string, number, string]> = {
    H: ['PT', 1, 'H'], MIN: ['PT', 1, 'M'], S: ['PT', 1, 'S'], Q: ['P', 3, 'M'], DEC: ['P', 10, 'Y'], CEN: ['P', 100, 'Y'],
    MIL: ['P', 1000, 'Y'], FN: ['P', 2, 'W'],
  };
  const [prefix, factor, letter] = designator[unit] ?? ['P', 1, unit];
  const count = plainDecimal(value * factor);
  return count === null || count.startsWith('-') ? null : `${prefix}${count}${letter}`;
}

/** The units of an ISO duration, largest first, and the part (date or time) each is written in. */
const DURATION_ORDER = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];

/**
 * "2 hours and 30 minutes" -> PT2H30M, "two years and six months" -> P2Y6M: the ISO duration of
 * whole counts of units, largest first (weeks mix with no other unit in ISO 8601: the caller
 * leaves them apart).
 */
function compoundDuration(parts: [number, string][]): string {
  let out = 'P';
  let inTime = false;
  for (const [count, unit] of parts) {
    if (!inTime && DURATION_ORDER.indexOf(unit) >= 4) {
      out += 'T';
      inTime = true;
    }
    out += `${count}${unit === 'MIN' ? 'M' : unit}`;
  }
  return out;
}

/** Removes float noise (11.6 * 1e9 = 11599999999.999998). */
function roundValue(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const r = Math.abs(x) >= 1e6 ? Math.round(x * 1000) / 1000 : Math.round(x * 1e9) / 1e9;
  return r === 0 ? 0 : r;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]], b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** The number of ASCII digits that open `text`. */
function digitPrefixLength(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) >= 48 && text.charCodeAt(n) <= 57) n++;
  return n;
}
