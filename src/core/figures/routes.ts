// Which readers of the scanner a figure word may open, so that matchAt tries only those. Most
// tokens that start a figure by their word alone ("dans", "un", "cette", "au", "il") open no
// figure, and each went through every reader of the chain (some thirty look-ups). A word's
// route is found from the lists the readers themselves test at their first token; a word of
// the figure starters that none of these lists names (a reader added later) takes every reader.
import { absoluteDateOpeners } from './dates';
import { CURRENCIES, WordClass, type FigureLexicon } from './lexicon';
import { VULGAR_FRACTIONS } from './fractions';

/** spokenTimeAt: a named hour, a fraction of an hour, an article or a number word before a clock word. */
export const ROUTE_TIME = 1 << 0;
/** matchRelativeDate, matchHoliday, matchWeekdayOfMonth, a weekday before a date (and a count for "three days ago"). */
export const ROUTE_RELATIVE_DATE = 1 << 1;
/** The rest of matchDate: months, days and periods written with words (premier trimestre, été 2021, fiscal 2025). */
export const ROUTE_ABSOLUTE_DATE = 1 << 2;
/** currencyFirstAt, started by a word (the A of A$). */
export const ROUTE_CURRENCY = 1 << 3;
/** negativeAt (moins cinq degrés). */
export const ROUTE_NEGATIVE = 1 << 4;
/** multiplierAt, proportionAt, halfUnitAt, scaledAt, fractionAt, numberAt, ordinalAt: numbers, fractions, ranks in words. */
export const ROUTE_NUMBER = 1 << 5;
export const ROUTE_ALL = (1 << 6) - 1;
/**
 * An article that counts one (un, une, a) and is in no other list than the number words and the
 * dollar prefixes: before a plain word (see FigureScanner.plainAfterArticle) every reader of its
 * route gives nothing, which matchAt tells without running them (most "un" are articles).
 */
export const ROUTE_ARTICLE = 1 << 6;

const ROUTES = new WeakMap<FigureLexicon, Map<string, number>>();

/**
 * The route of every figure starter of the lexicon, by normal form. It holds for a token that
 * starts a figure by its word class only (no digit, hyphen, symbol nor capital code: see
 * FigureScanner.classOnly); the readers that take such tokens by their shape are not routed.
 */
export function figureRoutes(lex: FigureLexicon): Map<string, number> {
  let routes = ROUTES.get(lex);
  if (!routes) {
    routes = new Map();
    const add = (words: Iterable<string>, route: number) => {
      for (const w of words) routes!.set(w, (routes!.get(w) ?? 0) | route);
    };
    const numberWords = [...lex.numberWordKinds].filter(([, kind]) => kind !== 'joiner').map(([w]) => w);
    add([...lex.clock.named.keys(), ...lex.clock.fractions.keys(), ...lex.articleNumbers, ...lex.units.keys(), ...lex.tens.keys()], ROUTE_TIME);
    // A count opens "trois jours plus tard" (countAt reads digits, number words, an article).
    add([...lex.relativeDates.firstTokens(), ...lex.relativeWeekdayBefore.keys(), ...lex.weekdays, ...lex.relativeAgoBefore.firstTokens(),
      ...lex.relativeAheadBefore.firstTokens(), ...lex.holidays.firstTokens(), ...lex.articleNumbers, ...numberWords,
      // matchWeekdayOfMonth: the last (dernier vendredi du mois); the ordinals open it too, routed below as absolute openers.
      ...lex.weekdayOfMonth.lastWords], ROUTE_RELATIVE_DATE);
    add(absoluteDateOpeners(lex), ROUTE_ABSOLUTE_DATE);
    add(CURRENCIES.dollarPrefixes.keys(), ROUTE_CURRENCY);
    add(lex.negativeWords, ROUTE_NEGATIVE);
    add([...lex.multiplierWords.keys(), ...lex.articleNumbers, ...lex.units.keys(), ...numberWords, ...lex.collectiveNumbers.keys(),
      ...lex.halfWordPrefixes, ...lex.fractions.keys(), ...lex.ordinals.keys()], ROUTE_NUMBER);
    // A starter no list above names: every reader (safe for a word a new reader takes).
    for (const w of lex.figureStarters) if (!routes.has(w)) routes.set(w, ROUTE_ALL);
    const numberOnly = new Set([...lex.articleNumbers, ...lex.units.keys(), ...numberWords, ...CURRENCIES.dollarPrefixes.keys()]);
    const elsewhere = new Set([...lex.figureStarters].filter((w) => !numberOnly.has(w)));
    for (const w of [...lex.clock.named.keys(), ...lex.clock.fractions.keys(), ...lex.relativeDates.firstTokens(), ...lex.relativeWeekdayBefore.keys(),
      ...lex.weekdays, ...lex.relativeAgoBefore.firstTokens(), ...lex.relativeAheadBefore.firstTokens(), ...lex.holidays.firstTokens(), ...lex.weekdayOfMonth.lastWords,
      ...absoluteDateOpeners(lex), ...lex.negativeWords, ...lex.multiplierWords.keys(), ...lex.collectiveNumbers.keys(), ...lex.halfWordPrefixes,
      ...lex.fractions.keys(), ...lex.ordinals.keys()]) elsewhere.add(w);
    for (const w of lex.articleNumbers) if (!elsewhere.has(w) && routes.get(w) !== ROUTE_ALL) routes.set(w, routes.get(w)! | ROUTE_ARTICLE);
    ROUTES.set(lex, routes);
  }
  return routes;
}

const ARTICLE_FOLLOWERS = new WeakMap<FigureLexicon, Set<string>>();

/**
 * The words after an article (un, a) that some reader of its route reads on: a unit of time (un an,
 * a year ago), a scale (un million), a decimal point, a joiner (un et demi), the start of a
 * proportion link (un sur trois), a number word, a currency or a percent word. The word classes
 * read there are tested apart (FigureScanner.plainAfterArticle).
 */
export function articleFollowers(lex: FigureLexicon): Set<string> {
  let words = ARTICLE_FOLLOWERS.get(lex);
  if (!words) {
    words = new Set([...lex.relativeOffsetUnits, ...lex.proportionLinks.firstTokens(), ...lex.decimalPoints, ...lex.numberJoiners, ...lex.scales.keys(),
      ...lex.scaleAbbreviations.keys(), ...lex.durationAfterArticle, ...lex.heightUnitsAfterOne, ...lex.durationUnits.keys(), ...lex.numberWordKinds.keys(), '+',
      // "une petite centaine": an adjective before a collective (readScaledWords).
      ...lex.collectiveAdjectives,
      // "un euro", "one percentage point", "une HK$": a unit of money or percent after "one" (oneOfUnit).
      ...lex.percentWords.firstTokens(), ...lex.currencyWords.firstTokens(), ...CURRENCIES.symbols.keys(), ...CURRENCIES.dollarPrefixes.keys(),
      ...[...CURRENCIES.codes.keys()].map((code) => code.toLowerCase())]);
    ARTICLE_FOLLOWERS.set(lex, words);
  }
  return words;
}

/** IIe, XXIe, Ier: a Roman ordinal (ordinalAt). */
export const ROMAN_ORDINAL = /^([IVXLC]+)(e|er|ère|ème|re)$/;

/**
 * The readers a token may open (0: none), from its text, normal form, first hyphen and word class:
 * the route of its word where only its class makes it start a figure; every reader where its shape
 * may (digits, a hyphen, a symbol, a capital code, a Roman ordinal, the Rs of a rupee). The token
 * stream finds it once per word (FigureToken.opens).
 */
export function tokenRoute(lex: FigureLexicon, text: string, norm: string, hyphen: number, cls: number): number {
  const starter = (cls & WordClass.STARTER) !== 0;
  if (startsByShape(lex, text, norm, hyphen)) return ROUTE_ALL;
  if (!starter) return 0;
  if (hyphen >= 0 || CURRENCIES.prefixAbbreviations.has(text) || ROMAN_ORDINAL.test(text)) return ROUTE_ALL;
  return figureRoutes(lex).get(norm) ?? ROUTE_ALL;
}

/** True when a token may start a figure by its shape: a digit, a symbol, a hyphenated starter, x3, a capital code. */
function startsByShape(lex: FigureLexicon, text: string, norm: string, hyphen: number): boolean {
  const length = text.length;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  if (length === 1 && (CURRENCIES.symbols.has(text) || VULGAR_FRACTIONS.has(text))) return true;
  if (hyphen > 0 && lex.figureStarters.has(norm.slice(0, hyphen))) return true;
  // x3: a multiplier written before its factor.
  if (c0 === 120 && length >= 2) return text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57;
  if (c0 < 65 || c0 > 90) return false;
  // Capitals: an ISO code (USD 10), a period code (T1, Q4: a letter and a digit), a Roman ordinal (XXIe).
  const c1 = text.charCodeAt(1), last = text.charCodeAt(length - 1);
  // ... or a fiscal year (FY2024, FY24).
  return (length === 3 && CURRENCIES.codes.has(text)) || CURRENCIES.prefixAbbreviations.has(text) || (length === 2 && c1 >= 48 && c1 <= 57) || (c0 === 70 && c1 === 89) ||
    ((c0 === 73 || c0 === 86 || c0 === 88) && (last === 101 || last === 114)); // ends in e or r
}
