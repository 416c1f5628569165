// The figure lexicons (src/core/data/figures-*.json) turned into lookup structures, once
// per language: Maps and Sets keyed by normalized tokens, and token tries for the
// multi-word entries (currencies, qualifiers, percent words, compound nouns).
import type { Approx, Lang } from '../types';
import { tokenize } from '../text/tokenize';
import { normalizeToken } from './stream';
import entityCues from '../data/entity-cues.json';
import currencyData from '../data/figures-currencies.json';
import { currencyWords } from '../currencyWords';
import enData from '../data/figures-en.json';
import frData from '../data/figures-fr.json';

/** A trie over normalized tokens; `value` marks the end of an entry. */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(tokens: string[], value: V): void {
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** The tokens entries start with. */
  firstTokens(): Iterable<string> {
    return this.root.next.keys();
  }

  /** The entries of one token (15pc's "pc", "euros"), not the first words of longer ones only. */
  oneWordEntries(): string[] {
    return [...this.root.next].filter(([, node]) => node.value !== undefined).map(([token]) => token);
  }

  /** True when some entry starts with this token: a cheap test before a longest match. */
  starts(norm: string | undefined): boolean {
    return norm !== undefined && this.root.next.has(norm);
  }

  /** The longest entry starting at `from` in `norms`; `end` is the index after it. */
  longest(norms: readonly string[], from: number): { value: V; end: number } | null {
    return this.longestBy(from, (i) => norms[i]);
  }

  /** The same over a stream read by `normAt`, which gives undefined where the phrase must stop. */
  longestBy(from: number, normAt: (i: number) => string | undefined): { value: V; end: number } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { value: V; end: number } | null = null;
    for (let i = from; node; i++) {
      const norm = normAt(i);
      if (norm === undefined) break;
      node = node.next.get(norm);
      if (node && node.value !== undefined) best = { value: node.value, end: i + 1 };
    }
    return best;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** A trie of phrases (split as the tokenizer splits them) to their values. */
function phraseValueTrie<V>(entries: Record<string, V>): TokenTrie<V> {
  const trie = new TokenTrie<V>();
  for (const [phrase, value] of Object.entries(entries)) trie.add(phraseTokens(phrase), value);
  return trie;
}

/** Splits a lexicon phrase into the tokens the shared tokenizer makes of it ("d'ici" -> d', ici). */
export function phraseTokens(phrase: string): string[] {
  const probe = phrase.endsWith("'") ? `${phrase}x` : `${phrase} x`;
  const tokens = tokenize(probe).map((t) => normalizeToken(t.text));
  tokens.pop();
  return tokens;
}

/**
 * The word class of a token (FigureToken.cls): bits for the lexicon lists its normal form is in,
 * found with one look-up per token (FigureLexicon.wordClasses) where the readers tried each list
 * in turn for every word that may start a figure. One object: each export of a module costs a
 * look-up at every use where the modules are not bundled (tsx, tests).
 */
export const WordClass = {
  STARTER: 1 << 0,
  MONTH: 1 << 1,
  WEEKDAY: 1 << 2,
  ORDINAL: 1 << 3,
  ARTICLE_NUMBER: 1 << 4,
  UNIT: 1 << 5,
  FRACTION: 1 << 6,
  FRACTION_HALF: 1 << 7,
  HALF_PREFIX: 1 << 8,
  COLLECTIVE: 1 << 9,
  NEGATIVE: 1 << 10,
  DOLLAR_PREFIX: 1 << 11,
  /** relativeWeekdayBefore (last, dernier...). */
  WEEKDAY_LEAD: 1 << 12,
  /** The first token of a relative date phrase, of an "ago" or "ahead" phrase before a count. */
  RELATIVE_DATE_OPENER: 1 << 13,
  AGO_OPENER: 1 << 14,
  AHEAD_OPENER: 1 << 15,
  /** A unit, ten, hundred or thousand: a word that may open a number in words. */
  NUMBER_OPENER: 1 << 16,
  SEASON: 1 << 17,
  NUMBER_JOINER: 1 << 18,
  /** An ordinal word that may end a compound number (unième, first). */
  ORDINAL_PART: 1 << 19,
  /** A named hour (midi, noon); a fraction of an hour said before it (quarter, half). */
  CLOCK_NAMED: 1 << 20,
  CLOCK_FRACTION: 1 << 21,
  /** A word after a number that makes it a clock time: an hour unit, past, to, a named hour, the start of o'clock or of a part of the day. */
  CLOCK_FOLLOWER: 1 << 22,
  /** A word of a past tense or a past period (pastCues): the year of a date without one may go back. */
  PAST_CUE: 1 << 23,
  /** The first token of a holiday's name (Noël, jour de l'An, Christmas Eve). */
  HOLIDAY_OPENER: 1 << 24,
  /** The first token of a past period said as a length of time (pastPeriodDurations: the past decade). */
  PAST_PERIOD_OPENER: 1 << 25,
} as const;

/**
 * A holiday: a fixed day of the year, the Nth (-1: last) weekday of a month (Thanksgiving: the fourth
 * Thursday of November), or a number of days from Easter Sunday (Easter Monday: 1).
 */
export type Holiday = { month: number; day: number } | { month: number; nth: number; weekday: number } | { fromEaster: number };

/** The words of matchWeekdayOfMonth (dates.ts): le troisième lundi de mai, the last day of the month. */
export interface WeekdayOfMonthLexicon {
  /** The rank of the last one (dernier, last). */
  lastWords: Set<string>;
  /** The day itself in place of a weekday (jour, day): the first, the last day of the month. */
  dayWords: Set<string>;
  /** Between the weekday and the month (de, du, of, in). */
  links: Set<string>;
  /** "du mois de mai": the noun before the month's name. */
  monthNoun: Set<string>;
  /** The month of the reference date (du mois, of the month, this month). */
  referenceMonth: TokenTrie<true>;
  /** Each month: a recurring day, no date (de chaque mois, of every month). */
  everyMonth: TokenTrie<true>;
  /** Each such day: a word before the rank that makes it recur, no date (chaque premier lundi du mois, every first Monday). */
  everyBefore: Set<string>;
}

export interface FigureLexicon {
  lang: Lang;
  /** The word class bits (WordClass) of every word of the lists they name. */
  wordClasses: Map<string, number>;
  units: Map<string, number>;
  tens: Map<string, number>;
  hundred: Set<string>;
  thousand: Set<string>;
  numberJoiners: Set<string>;
  /** Every word of the number grammar above with its part (units first where lists overlap): one look-up per word part. */
  numberWordKinds: Map<string, NumberWordKind>;
  articleNumbers: Set<string>;
  /** Words before a bare hundred or thousand that leave its count unsaid (a few hundred, plusieurs mille). */
  vagueCounts: Set<string>;
  scales: Map<string, number>;
  scaleAbbreviations: Map<string, number>;
  ordinals: Map<string, number>;
  ordinalSuffixes: Set<string>;
  /** The ordinal suffixes also read after a space (`5 e place`, `1 er janvier`: a superscript lost in copying), where they agree with the number. */
  spacedOrdinalSuffixes: Set<string>;
  /** The ordinal words that may end a compound number, with the cardinal word they stand for (unième -> un). */
  ordinalParts: Map<string, string>;
  fractions: Map<string, number>;
  fractionHalf: Set<string>;
  /** Words of the number grammar (./numbers.ts, ./wordnumbers.ts): point/virgule, et demi, demi-, dizaine, minus. */
  decimalPoints: Set<string>;
  halfAfterJoiner: Set<string>;
  halfWordPrefixes: Set<string>;
  collectiveNumbers: Map<string, number>;
  exactCollectives: Set<string>;
  /** Collectives that count only after an article and before "of" (a couple of). */
  collectivesNeedingOf: Set<string>;
  /** Adjectives between an article and a collective (une petite centaine, une bonne vingtaine): still about that count. */
  collectiveAdjectives: Set<string>;
  negativeWords: Set<string>;
  /** Words after which "3/4" is a tally (3/8 dont 3 pen), not a fraction. */
  fractionNotBefore: Set<string>;
  /** Determiners after "3/4 of", "2/3 de" that make the fraction a share of something. */
  fractionDeterminers: Set<string>;
  negativeAfter: Set<string>;
  temperatureUnits: Set<string>;
  /** cents, centimes, pence: a hundredth of the currency given (DOLLAR: the caller's dollar). */
  subunits: Map<string, string>;
  percentWords: TokenTrie<true>;
  durationUnits: Map<string, string>;
  durationAfterArticle: Set<string>;
  /** Units that are a duration after "a" too (a decade, a fortnight; "a year" is often a rate: $5 a year). */
  durationAfterIndefinite: Set<string>;
  /** Units of a number-unit adjective (a five-year contract, 30-year bonds). */
  hyphenDurationUnits: Set<string>;
  /** A word after the unit of such an adjective that keeps it a length of time (a two-year-long probe). */
  hyphenDurationTails: Set<string>;
  /** Last word of an age made one adjective with its number and unit (a 33-year-old, the 18-year-olds). */
  ageSuffixes: Set<string>;
  /** Words for a person of an age of so many decades (octogénaire, octogenarian: 80 or more). */
  ageDecadeNouns: Map<string, number>;
  /** Words before a bare number that make it an age in years (aged 40, at the age of 87, à l'âge de 87). */
  ageLeads: string[][];
  /** Verbs of a life's events before "at" and a bare number, an age (retired at 62, died at 85, passed away at 90). */
  ageAtVerbs: Set<string>;
  /** Verbs right before a bare number that is an age (he turned 40, she turns 18). */
  ageTurnVerbs: Set<string>;
  /** Nouns of a person whose age English writes between commas after them (the suspect, 34, was charged); a name there does too. */
  agePersonNouns: Set<string>;
  /** Currency words that are common nouns too: "un livre" is a book, "un franc succès" no franc (see oneOfUnit). */
  oneNotCurrency: Set<string>;
  /** Per mille after a number (3 ‰, 12 pour mille, 0.5 per mille): a tenth of a percent. */
  perMilleWords: TokenTrie<true>;
  /** Verbs of weighing: "pounds", "livres" a few words after them are pounds of weight (lb), not money. */
  weighVerbs: Set<string>;
  /** The currency words that are also the pound of weight (pound, livre). */
  poundWeightWords: Set<string>;
  /** Slang for a thousand of the default dollar after a number (5 grand), read only before one of grandFollowers or a mark. */
  grandWords: Set<string>;
  grandFollowers: Set<string>;
  /** Words after a temperature that put it below zero (8 degrees below zero, 8 degrés sous zéro). */
  belowZero: string[][];
  /** A fraction of these is that much of the noun (un quart de point, a quarter point: 0.25 point). */
  fractionPointNouns: Set<string>;
  /** Abbreviated units of time, read in lower case only (10 mins, 2 hrs; not SEC, HR). */
  durationAbbreviations: Set<string>;
  durationAdjectives: Set<string>;
  /** English "3 business days", "5 working days": a kind of day between the count and its unit, in the span. */
  dayKinds: Set<string>;
  months: Map<string, number>;
  monthAbbreviations: Set<string>;
  /** Months that are also first names (April Ryan, June Carter): a date only beside a day, a year or a lead. */
  monthsAlsoFirstNames: Set<string>;
  weekdays: Set<string>;
  quarterWords: Set<string>;
  halfWords: Set<string>;
  quarterPrefixes: Set<string>;
  halfPrefixes: Set<string>;
  seasonWords: Set<string>;
  /** A half named by a word that halves anything (moitié): a half-year only before its year (la première moitié de 2024). */
  halfWordsNeedingYear: Set<string>;
  /** Seasons that are also other words (été, a participle; fall, a verb): a season only after seasonLeads. */
  seasonsNeedingLead: Set<string>;
  seasonLeads: Set<string>;
  /** The words of a period named before its year: l'année 2019, l'an 2000, the year 2000 (matchPeriodWordYear). */
  yearPeriodWords: Set<string>;
  /** The word of a numbered week of a year: week 10 of 2024, la semaine 10 de 2024 (matchWeekNumber). */
  weekNumberWords: Set<string>;
  sinceWords: Set<string>;
  pastCues: Set<string>;
  /**
   * Qualifier phrases as token arrays, longest first, grouped by their last token (the one
   * right before a figure): a figure looks up only those that can end there.
   */
  qualifiersByLastToken: Map<string, Qualifier[]>;
  reachVerbs: Set<string>;
  directionUp: Set<string>;
  /** A verb that makes "up" a phrasal verb, no rise: "women make up 25% of the board", "took up 10% of". */
  directionUpNotAfter: Set<string>;
  directionDown: Set<string>;
  /** Verbs of change that right before an amount of money say no change of it (raised $10 million: funds found). */
  directionNotOnMoney: Set<string>;
  /** "gained a further 4.5%", "another 3%": words between a verb of change and its figure that keep the verb's direction. */
  directionBridges: string[][];
  /** The last word of each bridge: the only words before a figure where bridges are tried. */
  directionBridgeEnds: Set<string>;
  /** Verbs of a rise that before money and a rate are pay, no rise: il gagne 3 000 euros par mois. */
  directionNotOnPay: Set<string>;
  /** Change words that mark a change only through their link (relevé de, tombé de): right before a figure a reading (a relevé 5 mg/l) or rain (il est tombé 50 mm). */
  directionOnlyThroughLink: Set<string>;
  /** Verbs of a fall that also say a thing let fall (dropped): before an amount and its link (of snow), no change. */
  releaseVerbs: Set<string>;
  /** The links after such an amount that name the thing let fall (of, de). */
  releaseLinks: Set<string>;
  /** Copulas of the present before a participle that says a state (is closed), not a past (English: French est fermé may be a past). */
  presentCopulas: Set<string>;
  /** A copula before a bound that ends in a link: "la hausse est au maximum de 2 %" reads the cue before it. */
  directionCopulas: Set<string>;
  directionLinks: Set<string>;
  /** Change nouns after a figure (a 15% rise, 10 % de baisse); verbs there have another subject. */
  directionAfterUp: Set<string>;
  directionAfterDown: Set<string>;
  compoundNouns: TokenTrie<string[]>;
  prenominalAdjectives: Set<string>;
  invariantNouns: Set<string>;
  /** Words after a number that are never the thing counted (adjectives standing alone, prepositions): `les deux derniers`, `7 à 0 face au PSG`, `two others`. */
  notCountedNouns: Set<string>;
  /** Nouns a bare number after them names, as a code (`l'article 49`, `la ligne 7`, `vol 2933`, `Chapter 11`, `Interstate 85`): no figure. */
  labelNouns: Set<string>;
  /** Words that say "number" before one (numéro, number; n° and No. are read by their signs): a label's code or a rank. */
  numberSignWords: Set<string>;
  /** Words after a number sign's number that make it a rank (`n°2 mondial`, `No. 1 seed`). */
  rankAfterNumberSign: Set<string>;
  /** Words before a number sign that make its number a rank (`world No. 1`, `tête de série n°6`). */
  rankBeforeNumberSign: Set<string>;
  /** The links after a number in words after its sign that make it a place in a body (le numéro deux du parti): no rank. */
  numberSignTitleLinks: Set<string>;
  /** The nouns of a body after such a link (régime, parti, government): the number names a person in it. */
  numberSignTitleBodies: Set<string>;
  /** Nouns before `de` that open a score, not a range (`sur le score de 7 à 3`). */
  scoreNouns: Set<string>;
  pluralExceptions: Map<string, string>;
  measureUnits: Map<string, string>;
  /** Unit symbols read only as written with a capital (`230 V`; a lower-case `v` is versus). */
  capitalOnlyUnits: Set<string>;
  /** The same as token phrases: km/h, °C, degrés Celsius, square feet. */
  measurePhrases: TokenTrie<string>;
  /** Words of inches after a height in feet (6 ft 2 in): the whole in inches. */
  inchWords: Set<string>;
  /** Words that may end a height said without its smaller unit (six foot three tall, 1 m 90 de haut). */
  heightEndWords: Set<string>;
  /** Units of a height of one unit and the smaller one after an article (un mètre quatre-vingt-dix, a foot ten). */
  heightUnitsAfterOne: string[];
  /** French holidays written as a day and a capitalized month joined by a hyphen (le 14-Juillet); not events (le 11-Septembre). */
  hyphenHolidays: Set<string>;
  stopWords: Set<string>;
  yearContextBefore: Set<string>;
  /** Words after which a year before 1900 alone is a date (en 1870, in 1776): elsewhere it is a number. */
  oldYearLeads: Set<string>;
  /** The word that opens a range of years and the link of its ends (de 1643 à 1715, from 1515 to 1547): old years there are years. */
  yearRangeLinks: Map<string, string>;
  nonRankNouns: Set<string>;
  /** "19th-century", "fourth-generation": a rank joined by a hyphen to the noun it ranks, one adjective (as "third-largest"). */
  rankHyphenNouns: Set<string>;
  bareWordExclusions: Set<string>;
  /** Number words made one multiplier (tenfold, hundredfold: 10, 100): the factor. */
  multiplierWords: Map<string, number>;
  /** The ending of a multiplier after a number and a hyphen (10-fold, two-fold). */
  multiplierSuffixes: Set<string>;
  /** "three times the size", "cinq fois plus de": the word of a multiple after its factor, and the words that make it one. */
  multiplierTimes: Set<string>;
  /** Words after a multiple that make it a larger one, up (ten times more; French "dix fois plus élevé" keeps none, round 6). */
  multiplierTimesUp: Set<string>;
  multiplierTimesBefore: Set<string>;
  /** Verbs of an event done or won before "N fois" and a determiner (a gagné cinq fois le Tour): a count of times, no factor. */
  multiplierCountVerbs: Set<string>;
  /** Verbs of multiplying (multiplié par trois) and dividing (divisé par deux): the direction they give the factor after "par"/"by". */
  multiplierVerbs: Map<string, 'up' | 'down'>;
  /** "par", "by": the link between such a verb and its factor. */
  multiplierLinks: Set<string>;
  /** "in", "out of", "sur": the link of a proportion (one in three, un sur deux). */
  proportionLinks: TokenTrie<true>;
  /** "and over", "or more", "et plus": an open bound after a figure (at least). */
  openBoundsAfter: TokenTrie<true>;
  /** Words after an open bound that make it a comparison instead ("et plus de 20 amis"). */
  openBoundsNotBefore: Set<string>;
  /** Words that make a bare "40C", "-5F" a temperature when near it. */
  temperatureContext: Set<string>;
  /** Words that make a bare "20p" pence when near it (shares, dividend, price). */
  penceContext: Set<string>;
  /** Numbers that with "p" name a video resolution (1080p), never pence. */
  videoResolutions: Set<string>;
  /** Nouns after which a fraction is no share of a whole (half the reason, la moitié du temps). */
  fractionNotShareNouns: Set<string>;
  /** Words after a fraction that make it a difference, not a rank: "a third more", "un tiers de plus". */
  fractionComparatives: Set<string>;
  currencyWords: TokenTrie<string>;
  /** Relative dates (hier, last year): the unit of precision (D, W, M, Q, Y) and the offset from the reference date. */
  relativeDates: TokenTrie<RelativeDate>;
  /** Holidays by name (Noël, Christmas Eve, Pâques); a date with a year written, or after a lead (holidayLeads). */
  holidays: TokenTrie<Holiday>;
  holidayLeads: Set<string>;
  /** The Nth weekday or the first and last day of a month (le dernier vendredi du mois, the third Monday of May): see dates.ts. */
  weekdayOfMonth: WeekdayOfMonthLexicon;
  /** Articles a relative date that opens with its noun needs before it (l'an dernier, la semaine prochaine). */
  relativeArticles: Set<string>;
  /** Words before (the last year) or after (last year of) which a relative phrase is no date. */
  relativeNotBefore: Set<string>;
  /** Words before which a relative day is generic (le monde de demain, la France d'aujourd'hui, of today). */
  relativeDayNotBefore: Set<string>;
  relativeNotAfter: Set<string>;
  /** Words before de/d' that make it no complement but a placing (à partir de demain, en début de semaine prochaine). */
  relativeDeLeads: Set<string>;
  /** First words of the relative phrases of a period's end (fin de l'année, end of the year), which need a lead. */
  relativeEndWords: Set<string>;
  /** The words before them (with an article or not) that make them a date: d'ici, à, by, at. */
  relativeEndLeads: Set<string>;
  /** Parts of a day that may follow a relative day (hier soir, yesterday morning). */
  relativeDayParts: Set<string>;
  /** last Monday, lundi dernier: the offset direction. */
  relativeWeekdayBefore: Map<string, number>;
  /** The word between "this" and a weekday that makes it the last such day (this past Monday). */
  relativeWeekdayPast: Set<string>;
  /** The word between "this" and a weekday that makes it the next such day (this coming Monday). */
  relativeWeekdayComing: Set<string>;
  /** "a week from today", "two days from tomorrow": the day a count of days or weeks is counted from (offset from the reference). */
  relativeFromDay: TokenTrie<number>;
  /** French "le 3 courant": the word after a day that places it in the reference's month. */
  currentMonthWords: Set<string>;
  /** The articles before such a day (le 3 courant, du 12 courant). */
  currentDayLeads: Set<string>;
  /** The article between a weekday or a lead and a day of the month alone (Monday the 23rd, on the 3rd). */
  dayAloneArticles: Set<string>;
  /** The words before an article that make a day of the month alone a date (on the 3rd, by the 25th). */
  dayAloneLeads: Set<string>;
  relativeWeekdayAfter: Map<string, number>;
  /** il y a ... / ... ago / dans ... / ... from now: an offset of whole units from the reference date. */
  relativeAgoBefore: TokenTrie<true>;
  relativeAgoAfter: TokenTrie<true>;
  relativeAheadBefore: TokenTrie<true>;
  relativeAheadAfter: TokenTrie<true>;
  /** The units an offset in time counts (jours, semaines, years): not journées (of a championship) nor hours. */
  relativeOffsetUnits: Set<string>;
  /** "deux ans et demi": an offset with a half has no value at the precision of its unit. */
  relativeOffsetHalf: TokenTrie<true>;
  /** Words after the unit that make "il y a trois jours" an existential (il y a trois jours de grève). */
  relativeOffsetNotAfter: Set<string>;
  /** in three days: leads (token phrases) that make a count ahead, and how (./relative.ts). */
  relativeAheadLeads: { tokens: string[]; cued: boolean; inSpan: boolean }[];
  relativeFutureCues: Set<string>;
  /** in three days' time: the word that makes the count ahead whatever the clause. */
  relativeTimeAfter: Set<string>;
  /** Words after (mars prochain, juin dernier) or before (next July, last March) a date that place it after or before the reference. */
  dateFutureAfter: Set<string>;
  dateFutureBefore: Set<string>;
  datePastAfter: Set<string>;
  datePastBefore: Set<string>;
  /**
   * Words of a future tense (sera, will) and French future endings (partira, se tiendra; less the nouns
   * so ending: opéra, front): a date without its year in such a clause, before the reference in the
   * year, is next year's (il partira le 3 mars, said in June).
   */
  dateFutureCues: Set<string>;
  dateFutureEndings: string[];
  dateFutureNotEndings: Set<string>;
  /**
   * A period up to now after its determiner (pastPeriodDeterminers: the, la), a length of time: "over the past
   * decade" P10Y, "au cours de la dernière décennie" (count and ISO unit).
   */
  pastPeriodDurations: TokenTrie<[number, string]>;
  /**
   * A rank in a run (the third straight month, le troisième trimestre consécutif, the second month in a row): the
   * ordinal ranks the noun, a period or unit of time included, and is no date.
   */
  rankInRowBefore: Set<string>;
  rankInRowAfter: TokenTrie<true>;
  pastPeriodDeterminers: Set<string>;
  /** mi-mars, mid-2025: the prefix of a month or a year, hyphenated. */
  midPrefixes: Set<string>;
  /** Words that may start a figure (number, ordinal, month, weekday, fraction and period words, signs, currency prefixes). */
  figureStarters: Set<string>;
  clock: ClockLexicon;
  /** fiscal year, fiscal, FY, exercice, année fiscale: before the year a fiscal year is named after. */
  fiscalYearWords: TokenTrie<true>;
  /** Nouns after a period code that make it one without a preposition (Q3 revenue, H1 sales, T3 chiffre). */
  periodCodeNounsAfter: Set<string>;
}

/** Clock times in words (./times.ts). */
export interface ClockLexicon {
  /** midi, minuit, noon, midnight: the hour they name. */
  named: Map<string, number>;
  /** French "midi" is also the south: a time only after a lead or before minutes. */
  namedNeedingLead: Set<string>;
  /** Leads that do not place those in the day ("après midi": the afternoon). */
  namedNotAfter: Set<string>;
  /** Words before "de" that make a lead (aux alentours de, à partir de). */
  leadsBeforeDe: Set<string>;
  /** Words after which "N heures", "ten past three" is a time of day (à, vers, at, until). */
  leads: Set<string>;
  hourUnits: Set<string>;
  oClock: TokenTrie<true>;
  /** du soir, in the afternoon: am, pm or night. */
  dayParts: TokenTrie<string>;
  /** et quart, moins le quart: the minutes they add. */
  minuteTails: TokenTrie<number>;
  /** "moins dix": minutes before the hour. */
  minutesBefore: Set<string>;
  minuteWords: Set<string>;
  /** quarter, half (past, to): minutes. */
  fractions: Map<string, number>;
  past: Set<string>;
  to: Set<string>;
  /** GMT, UTC, ET: after four digits, a clock time (at 1430 GMT). */
  timeZones: Set<string>;
  /** After "at" and a bare hour, a relative part of the day that says its half: "at 7 tonight" (pm), "at 8 this morning" (am). */
  halfOfDayAfter: TokenTrie<string>;
  /** "tomorrow at 9", "at 9 tomorrow": a day that makes "at N" a clock time said as written (halfOfDayAfter serves before it too: tonight at 8). */
  dayWordsAroundAt: Set<string>;
  /** "at 9 sharp": a clock time. */
  sharpAfter: Set<string>;
  /** "2 h 30 de route", "en 2 h 05": before (de, min) or after (en, pendant) an hour written with h, words that make it a duration. */
  durationAfterH: Set<string>;
  durationBeforeH: Set<string>;
  /** Words of a race's time (record, temps, chrono; record, time): an h:mm:ss a few words after them is how long. */
  raceTimeNouns: Set<string>;
  /** Words after hours that make them a rate (de 10 à 15 heures par semaine): how long, no clock. */
  rateWordsAfterHours: Set<string>;
  /** Words before "de"/"entre" and a range of hours that place it in the day (ouvert de 8 à 11 heures, lundi de 8 à 10 heures): clock times. */
  clockRangeLeads: Set<string>;
  /** French "de" of a rate before an article and a unit of time (15 euros de l'heure): pay, as "par heure". */
  rateLinksBeforeArticle: Set<string>;
  /** Determiners: after "de" they make "9 h de la séance" a time of the thing named, not a duration. */
  determiners: Set<string>;
  /** "0800 hours": the word after four digits of the military clock. */
  militaryHourWords: Set<string>;
}

export type NumberWordKind = 'unit' | 'ten' | 'hundred' | 'thousand' | 'joiner';

/** The part each number word plays, the first list naming a word deciding (as the readers test them in turn). */
function numberWordKinds(data: LangData): Map<string, NumberWordKind> {
  const kinds = new Map<string, NumberWordKind>();
  const lists: [Iterable<string>, NumberWordKind][] = [
    [Object.keys(data.units), 'unit'], [Object.keys(data.tens), 'ten'], [data.hundred, 'hundred'], [data.thousand, 'thousand'],
    [data.numberJoiners, 'joiner'],
  ];
  for (const [words, kind] of lists) for (const w of words) if (!kinds.has(w)) kinds.set(w, kind);
  return kinds;
}

export interface Qualifier {
  tokens: string[];
  approx: Approx;
}

function byLastToken(qualifiers: Qualifier[]): Map<string, Qualifier[]> {
  const index = new Map<string, Qualifier[]>();
  for (const q of qualifiers) {
    const last = q.tokens[q.tokens.length - 1];
    const list = index.get(last);
    if (list) list.push(q);
    else index.set(last, [q]);
  }
  return index;
}

export interface CurrencyLexicon {
  symbols: Map<string, string>;
  dollarPrefixes: Map<string, string>;
  codes: Map<string, string>;
  /** Rs: an abbreviation standing before the number, as written. */
  prefixAbbreviations: Map<string, string>;
}

type LangData = typeof frData;

export interface RelativeDate {
  unit: 'D' | 'W' | 'M' | 'Q' | 'Y';
  offset: number;
}

function phraseTrie(phrases: string[][]): TokenTrie<true> {
  const trie = new TokenTrie<true>();
  for (const p of phrases) trie.add(phraseTokens(p.join(' ')), true);
  return trie;
}

function measureTrie(units: Record<string, string>): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const [phrase, unit] of Object.entries(units)) trie.add(phraseTokens(phrase), unit);
  return trie;
}

function build(lang: Lang, data: LangData): FigureLexicon {
  const percentWords = new TokenTrie<true>();
  for (const p of data.percentWords) percentWords.add(phraseTokens(p.join(' ')), true);
  const compoundNouns = new TokenTrie<string[]>();
  for (const c of data.compoundNouns) {
    const tokens = phraseTokens(c.join(' ').replace(/' /g, "'"));
    compoundNouns.add(tokens, tokens);
  }
  const currencyTrie = new TokenTrie<string>();
  for (const [phrase, code] of Object.entries(currencyWords(lang))) currencyTrie.add(phraseTokens(phrase), code);
  const qualifiers: Qualifier[] = data.qualifiers
    .map(([tokens, approx]) => ({ tokens: phraseTokens((tokens as string[]).join(' ').replace(/' /g, "'")), approx: approx as Approx }))
    .filter((q) => q.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const relativeDates = new TokenTrie<RelativeDate>();
  const relativeFirstWords: string[] = [];
  for (const [phrase, [unit, offset]] of Object.entries(data.relativeDates as unknown as Record<string, [string, number]>)) {
    const tokens = phraseTokens(phrase);
    relativeDates.add(tokens, { unit: unit as RelativeDate['unit'], offset });
    relativeFirstWords.push(tokens[0]);
  }
  const holidays = new TokenTrie<Holiday>();
  for (const [phrase, when] of Object.entries(data.holidays as unknown as Record<string, [number, number] | ['easter', number] | ['nth', number, number, number]>)) {
    holidays.add(phraseTokens(phrase), when[0] === 'easter' ? { fromEaster: when[1] } : when[0] === 'nth' ? { month: when[1], nth: when[2], weekday: when[3] } : { month: when[0], day: when[1] });
  }
  const offsetFirstWords = [...data.relativeAgoBefore, ...data.relativeAheadBefore].map((p) => phraseTokens(p.join(' '))[0]);
  const figureStarters = new Set<string>([
    ...relativeFirstWords, ...offsetFirstWords, ...Object.keys(data.relativeWeekdayBefore), ...data.midPrefixes,
    ...Object.keys(data.units), ...Object.keys(data.tens), ...data.hundred, ...data.thousand, ...data.articleNumbers,
    ...Object.keys(data.ordinals), ...Object.keys(data.fractions), ...Object.keys(data.months), ...data.weekdays,
    ...data.seasonWords, ...data.yearPeriodWords, 'années', 'décennie', '+', '-', '−', '–',
    ...Object.keys(currencyData.dollarPrefixes),
    ...data.halfWordPrefixes, ...Object.keys(data.collectiveNumbers), ...data.negativeWords, ...data.weekdayOfMonth.lastWords,
    ...Object.keys(data.ageDecadeNouns),
  ]);
  const clockData = data.clock;
  const clock: ClockLexicon = {
    named: new Map(Object.entries(clockData.named as Record<string, number>)),
    namedNeedingLead: new Set(clockData.namedNeedingLead),
    namedNotAfter: new Set(clockData.namedNotAfter as string[]),
    leadsBeforeDe: new Set(clockData.leadsBeforeDe as string[]),
    leads: new Set(clockData.leads),
    hourUnits: new Set(clockData.hourUnits),
    oClock: phraseTrie((clockData.oClock as string[]).map((p) => [p])),
    dayParts: new TokenTrie<string>(),
    minuteTails: new TokenTrie<number>(),
    minutesBefore: new Set(clockData.minutesBefore as string[]),
    minuteWords: new Set(clockData.minuteWords),
    fractions: new Map(Object.entries(clockData.fractions as Record<string, number>)),
    past: new Set(clockData.past as string[]),
    to: new Set(clockData.to as string[]),
    timeZones: new Set(clockData.timeZones as string[]),
    halfOfDayAfter: phraseValueTrie(clockData.halfOfDayAfter as Record<string, string>),
    dayWordsAroundAt: new Set(clockData.dayWordsAroundAt as string[]),
    sharpAfter: new Set(clockData.sharpAfter as string[]),
    durationAfterH: new Set(clockData.durationAfterH as string[]),
    durationBeforeH: new Set(clockData.durationBeforeH as string[]),
    raceTimeNouns: new Set(clockData.raceTimeNouns as string[]),
    rateWordsAfterHours: new Set(clockData.rateWordsAfterHours as string[]),
    clockRangeLeads: new Set(clockData.clockRangeLeads as string[]),
    rateLinksBeforeArticle: new Set(clockData.rateLinksBeforeArticle as string[]),
    determiners: new Set(clockData.determiners as string[]),
    militaryHourWords: new Set(clockData.militaryHourWords as string[]),
  };
  for (const [phrase, part] of Object.entries(clockData.dayParts as Record<string, string>)) clock.dayParts.add(phraseTokens(phrase), part);
  for (const [phrase, minutes] of Object.entries(clockData.minuteTails as Record<string, number>)) clock.minuteTails.add(phraseTokens(phrase), minutes);
  for (const word of clock.named.keys()) figureStarters.add(word);
  for (const phrase of data.fiscalYearWords as string[]) figureStarters.add(phraseTokens(phrase)[0]);
  // tenfold, hundredfold: every unit, ten and scale word of the language with a multiplier ending.
  const multiplierWords = new Map<string, number>();
  const factorWords: [string, number][] = [...Object.entries(data.units as Record<string, number>), ...Object.entries(data.tens as Record<string, number>),
    ...(data.hundred as string[]).map((w): [string, number] => [w, 100]), ...(data.thousand as string[]).map((w): [string, number] => [w, 1000])];
  for (const suffix of data.multiplierSuffixes as string[]) {
    for (const [word, value] of factorWords) if (value >= 2) multiplierWords.set(word + suffix, value);
  }
  for (const word of multiplierWords.keys()) figureStarters.add(word);
  const lexicon: Omit<FigureLexicon, 'wordClasses'> = {
    lang,
    clock,
    periodCodeNounsAfter: new Set(data.periodCodeNounsAfter as string[]),
    fiscalYearWords: phraseTrie((data.fiscalYearWords as string[]).map((p) => [p])),
    figureStarters,
    units: new Map(Object.entries(data.units)),
    tens: new Map(Object.entries(data.tens)),
    hundred: new Set(data.hundred),
    thousand: new Set(data.thousand),
    numberJoiners: new Set(data.numberJoiners),
    numberWordKinds: numberWordKinds(data),
    articleNumbers: new Set(data.articleNumbers),
    vagueCounts: new Set(data.vagueCounts),
    scales: new Map(Object.entries(data.scales)),
    scaleAbbreviations: new Map(Object.entries(data.scaleAbbreviations)),
    ordinals: new Map(Object.entries(data.ordinals)),
    ordinalSuffixes: new Set(data.ordinalSuffixes),
    spacedOrdinalSuffixes: new Set(data.spacedOrdinalSuffixes),
    ordinalParts: new Map(Object.entries(data.ordinalParts)),
    fractions: new Map(Object.entries(data.fractions)),
    fractionHalf: new Set(data.fractionHalf),
    decimalPoints: new Set(data.decimalPoints),
    halfAfterJoiner: new Set(data.halfAfterJoiner),
    halfWordPrefixes: new Set(data.halfWordPrefixes),
    collectiveNumbers: new Map(Object.entries(data.collectiveNumbers as Record<string, number>)),
    exactCollectives: new Set(data.exactCollectives),
    collectivesNeedingOf: new Set(data.collectivesNeedingOf as string[]),
    collectiveAdjectives: new Set(data.collectiveAdjectives as string[]),
    negativeWords: new Set(data.negativeWords),
    fractionNotBefore: new Set(data.fractionNotBefore as string[]),
    fractionDeterminers: new Set(data.fractionDeterminers as string[]),
    negativeAfter: new Set(data.negativeAfter as string[]),
    temperatureUnits: new Set(data.temperatureUnits),
    subunits: new Map(Object.entries((currencyData.subunits as Record<string, Record<string, string>>)[lang])),
    percentWords,
    durationUnits: new Map(Object.entries(data.durationUnits)),
    durationAfterArticle: new Set(data.durationAfterArticle),
    durationAfterIndefinite: new Set(data.durationAfterIndefinite as string[]),
    hyphenDurationUnits: new Set(data.hyphenDurationUnits as string[]),
    hyphenDurationTails: new Set(data.hyphenDurationTails as string[]),
    ageSuffixes: new Set(data.ageSuffixes as string[]),
    ageDecadeNouns: new Map(Object.entries(data.ageDecadeNouns as Record<string, number>)),
    ageLeads: (data.ageLeads as string[]).map((lead) => phraseTokens(lead)),
    ageAtVerbs: new Set(data.ageAtVerbs as string[]),
    ageTurnVerbs: new Set(data.ageTurnVerbs as string[]),
    agePersonNouns: new Set(data.agePersonNouns as string[]),
    oneNotCurrency: new Set(data.oneNotCurrency as string[]),
    perMilleWords: (() => {
      const trie = new TokenTrie<true>();
      for (const p of data.perMilleWords as string[]) trie.add(phraseTokens(p), true);
      return trie;
    })(),
    weighVerbs: new Set(data.weighVerbs as string[]),
    poundWeightWords: new Set(data.poundWeightWords as string[]),
    grandWords: new Set(data.grandWords as string[]),
    grandFollowers: new Set(data.grandFollowers as string[]),
    belowZero: (data.belowZero as string[]).map((w) => phraseTokens(w)),
    fractionPointNouns: new Set(data.fractionPointNouns as string[]),
    durationAbbreviations: new Set(data.durationAbbreviations as string[]),
    durationAdjectives: new Set(data.durationAdjectives),
    dayKinds: new Set(data.dayKinds as string[]),
    months: new Map(Object.entries(data.months)),
    monthAbbreviations: new Set(data.monthAbbreviationsNeedingDot),
    monthsAlsoFirstNames: new Set(data.monthsAlsoFirstNames as string[]),
    weekdays: new Set(data.weekdays),
    quarterWords: new Set(data.quarterWords),
    halfWords: new Set(data.halfWords),
    quarterPrefixes: new Set(data.quarterPrefixes),
    halfPrefixes: new Set(data.halfPrefixes),
    seasonWords: new Set(data.seasonWords),
    halfWordsNeedingYear: new Set(data.halfWordsNeedingYear as string[]),
    seasonsNeedingLead: new Set(data.seasonsNeedingLead),
    seasonLeads: new Set(data.seasonLeads),
    yearPeriodWords: new Set(data.yearPeriodWords as string[]),
    weekNumberWords: new Set(data.weekNumberWords as string[]),
    sinceWords: new Set(data.sinceWords),
    pastCues: new Set(data.pastCues),
    qualifiersByLastToken: byLastToken(qualifiers),
    reachVerbs: new Set(data.reachVerbs),
    directionUp: new Set(data.directionUp),
    directionUpNotAfter: new Set(data.directionUpNotAfter as string[]),
    directionDown: new Set(data.directionDown),
    directionNotOnMoney: new Set(data.directionNotOnMoney as string[]),
    directionBridges: data.directionBridges as string[][],
    directionBridgeEnds: new Set((data.directionBridges as string[][]).map((b) => b[b.length - 1])),
    directionNotOnPay: new Set(data.directionNotOnPay as string[]),
    directionOnlyThroughLink: new Set(data.directionOnlyThroughLink as string[]),
    releaseVerbs: new Set(data.releaseVerbs as string[]),
    releaseLinks: new Set(data.releaseLinks as string[]),
    presentCopulas: new Set(data.presentCopulas as string[]),
    directionCopulas: new Set(data.directionCopulas as string[]),
    directionLinks: new Set(data.directionLinks),
    directionAfterUp: new Set(data.directionAfterUp),
    directionAfterDown: new Set(data.directionAfterDown),
    compoundNouns,
    prenominalAdjectives: new Set(data.prenominalAdjectives),
    invariantNouns: new Set(data.invariantNouns),
    notCountedNouns: new Set(data.notCountedNouns),
    labelNouns: new Set(data.labelNouns),
    numberSignWords: new Set(data.numberSignWords),
    rankAfterNumberSign: new Set(data.rankAfterNumberSign),
    rankBeforeNumberSign: new Set(data.rankBeforeNumberSign),
    numberSignTitleLinks: new Set(data.numberSignTitleLinks as string[]),
    numberSignTitleBodies: new Set(data.numberSignTitleBodies as string[]),
    scoreNouns: new Set(data.scoreNouns),
    pluralExceptions: new Map(Object.entries(data.pluralExceptions)),
    measureUnits: new Map(Object.entries(data.measureUnits)),
    capitalOnlyUnits: new Set(data.capitalOnlyUnits),
    measurePhrases: measureTrie(data.measureUnits),
    inchWords: new Set((data.inchWords ?? []) as string[]),
    heightEndWords: new Set(data.heightEndWords as string[]),
    heightUnitsAfterOne: data.heightUnitsAfterOne as string[],
    hyphenHolidays: new Set((data.hyphenHolidays ?? []) as string[]),
    stopWords: new Set(data.stopWords),
    yearContextBefore: new Set(data.yearContextBefore),
    oldYearLeads: new Set(data.oldYearLeads),
    yearRangeLinks: new Map(Object.entries(data.yearRangeLinks)),
    nonRankNouns: new Set(data.nonRankNouns),
    rankHyphenNouns: new Set(data.rankHyphenNouns),
    bareWordExclusions: new Set(data.bareWordExclusions),
    multiplierWords,
    multiplierSuffixes: new Set(data.multiplierSuffixes as string[]),
    multiplierTimes: new Set(data.multiplierTimes as string[]),
    multiplierTimesUp: new Set(data.multiplierTimesUp as string[]),
    multiplierTimesBefore: new Set(data.multiplierTimesBefore as string[]),
    multiplierCountVerbs: new Set(data.multiplierCountVerbs as string[]),
    multiplierVerbs: new Map(Object.entries(data.multiplierVerbs as Record<string, 'up' | 'down'>)),
    multiplierLinks: new Set(data.multiplierLinks as string[]),
    proportionLinks: phraseTrie((data.proportionLinks as string[]).map((p) => phraseTokens(p))),
    openBoundsAfter: phraseTrie((data.openBoundsAfter as string[]).map((p) => phraseTokens(p))),
    openBoundsNotBefore: new Set(data.openBoundsNotBefore as string[]),
    temperatureContext: new Set(data.temperatureContext as string[]),
    penceContext: new Set(data.penceContext as string[]),
    videoResolutions: new Set(data.videoResolutions as string[]),
    fractionNotShareNouns: new Set(data.fractionNotShareNouns as string[]),
    fractionComparatives: new Set(data.fractionComparatives as string[]),
    currencyWords: currencyTrie,
    relativeDates,
    holidays,
    holidayLeads: new Set(data.holidayLeads),
    weekdayOfMonth: {
      lastWords: new Set(data.weekdayOfMonth.lastWords),
      dayWords: new Set(data.weekdayOfMonth.dayWords),
      links: new Set(data.weekdayOfMonth.links),
      monthNoun: new Set(data.weekdayOfMonth.monthNoun as string[]),
      referenceMonth: phraseTrie(data.weekdayOfMonth.referenceMonth.map((p) => [p])),
      everyMonth: phraseTrie(data.weekdayOfMonth.everyMonth.map((p) => [p])),
      everyBefore: new Set(data.weekdayOfMonth.everyBefore as string[]),
    },
    relativeArticles: new Set(data.relativeArticles),
    relativeNotBefore: new Set(data.relativeNotBefore as string[]),
    relativeDayNotBefore: new Set(data.relativeDayNotBefore),
    relativeNotAfter: new Set(data.relativeNotAfter as string[]),
    relativeDeLeads: new Set(data.relativeDeLeads as string[]),
    relativeEndWords: new Set(data.relativeEndWords),
    relativeEndLeads: new Set(data.relativeEndLeads),
    relativeDayParts: new Set(data.relativeDayParts),
    relativeWeekdayBefore: new Map(Object.entries(data.relativeWeekdayBefore as Record<string, number>)),
    relativeWeekdayPast: new Set(data.relativeWeekdayPast as string[]),
    relativeWeekdayComing: new Set(data.relativeWeekdayComing as string[]),
    relativeFromDay: phraseValueTrie(data.relativeFromDay as Record<string, number>),
    currentMonthWords: new Set(data.currentMonthWords as string[]),
    currentDayLeads: new Set(data.currentDayLeads as string[]),
    dayAloneArticles: new Set(data.dayAloneArticles as string[]),
    dayAloneLeads: new Set(data.dayAloneLeads as string[]),
    relativeWeekdayAfter: new Map(Object.entries(data.relativeWeekdayAfter as Record<string, number>)),
    relativeAgoBefore: phraseTrie(data.relativeAgoBefore),
    relativeAgoAfter: phraseTrie(data.relativeAgoAfter as string[][]),
    relativeAheadBefore: phraseTrie(data.relativeAheadBefore),
    relativeAheadAfter: phraseTrie(data.relativeAheadAfter as string[][]),
    relativeOffsetUnits: new Set(data.relativeOffsetUnits),
    relativeOffsetHalf: phraseTrie(data.relativeOffsetHalf),
    relativeOffsetNotAfter: new Set(data.relativeOffsetNotAfter),
    relativeAheadLeads: (data.relativeAheadLeads.phrases as { lead: string; cued: boolean; inSpan: boolean }[]).map((p) => ({ tokens: phraseTokens(p.lead), cued: p.cued, inSpan: p.inSpan })),
    relativeFutureCues: new Set(data.relativeAheadLeads.futureCues as string[]),
    relativeTimeAfter: new Set(data.relativeAheadLeads.timeAfter as string[]),
    midPrefixes: new Set(data.midPrefixes),
    dateFutureAfter: new Set(data.dateFutureAfter),
    dateFutureBefore: new Set(data.dateFutureBefore as string[]),
    datePastAfter: new Set(data.datePastAfter),
    datePastBefore: new Set(data.datePastBefore as string[]),
    dateFutureCues: new Set(data.dateFutureCues),
    dateFutureEndings: data.dateFutureEndings as string[],
    dateFutureNotEndings: new Set(data.dateFutureNotEndings as string[]),
    pastPeriodDurations: phraseValueTrie(data.pastPeriodDurations as unknown as Record<string, [number, string]>),
    pastPeriodDeterminers: new Set(data.pastPeriodDeterminers),
    rankInRowBefore: new Set(data.rankInRowBefore as string[]),
    rankInRowAfter: phraseTrie(data.rankInRowAfter as string[][]),
  };
  return { ...lexicon, wordClasses: wordClassesOf(lexicon) };
}

function wordClassesOf(lex: Omit<FigureLexicon, 'wordClasses'>): Map<string, number> {
  const opensNumber = [...lex.numberWordKinds].filter(([, kind]) => kind !== 'joiner').map(([word]) => word);
  const lists: [Iterable<string>, number][] = [
    [lex.figureStarters, WordClass.STARTER], [lex.months.keys(), WordClass.MONTH], [lex.weekdays, WordClass.WEEKDAY], [lex.ordinals.keys(), WordClass.ORDINAL],
    [lex.articleNumbers, WordClass.ARTICLE_NUMBER], [lex.units.keys(), WordClass.UNIT], [lex.fractions.keys(), WordClass.FRACTION],
    [lex.fractionHalf, WordClass.FRACTION_HALF], [lex.halfWordPrefixes, WordClass.HALF_PREFIX], [lex.collectiveNumbers.keys(), WordClass.COLLECTIVE],
    [lex.negativeWords, WordClass.NEGATIVE], [CURRENCIES.dollarPrefixes.keys(), WordClass.DOLLAR_PREFIX], [lex.relativeWeekdayBefore.keys(), WordClass.WEEKDAY_LEAD],
    [lex.relativeDates.firstTokens(), WordClass.RELATIVE_DATE_OPENER], [lex.relativeAgoBefore.firstTokens(), WordClass.AGO_OPENER],
    [lex.relativeAheadBefore.firstTokens(), WordClass.AHEAD_OPENER], [opensNumber, WordClass.NUMBER_OPENER], [lex.seasonWords, WordClass.SEASON],
    [lex.numberJoiners, WordClass.NUMBER_JOINER], [lex.ordinalParts.keys(), WordClass.ORDINAL_PART],
    [lex.clock.named.keys(), WordClass.CLOCK_NAMED], [lex.clock.fractions.keys(), WordClass.CLOCK_FRACTION],
    [[...lex.clock.hourUnits, ...lex.clock.past, ...lex.clock.to, ...lex.clock.named.keys(), ...lex.clock.oClock.firstTokens(),
      ...lex.clock.dayParts.firstTokens()], WordClass.CLOCK_FOLLOWER],
    [lex.pastCues, WordClass.PAST_CUE], [lex.holidays.firstTokens(), WordClass.HOLIDAY_OPENER],
    [lex.pastPeriodDurations.firstTokens(), WordClass.PAST_PERIOD_OPENER],
  ];
  const classes = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  return classes;
}

export const CURRENCIES: CurrencyLexicon = {
  symbols: new Map(Object.entries(currencyData.symbols)),
  dollarPrefixes: new Map(Object.entries(currencyData.dollarPrefixes)),
  codes: new Map(currencyData.codes.map((c) => [c, (currencyData.codeAliases as Record<string, string>)[c] ?? c])),
  prefixAbbreviations: new Map(Object.entries(currencyData.prefixAbbreviations as Record<string, string>)),
};

/**
 * Stock index names that end in a number (CAC 40, S&P 500, Euro Stoxx 50), read backwards
 * from that number: the entity list of indexes (no mention either), shared, not copied.
 */
export const INDEX_NAMES_BACKWARDS: TokenTrie<true> = (() => {
  const trie = new TokenTrie<true>();
  for (const name of entityCues.marketIndexes) {
    const tokens = phraseTokens(name);
    if (/^\d+$/.test(tokens[tokens.length - 1])) trie.add(tokens.reverse(), true);
  }
  return trie;
})();

const LEXICONS: Record<Lang, FigureLexicon> = {
  fr: build('fr', frData),
  en: build('en', enData as unknown as LangData),
};

export function figureLexicon(lang: Lang): FigureLexicon {
  return LEXICONS[lang];
}
