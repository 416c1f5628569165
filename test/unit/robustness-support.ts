// Shared by the robustness suites (test/unit/robustness*.test.ts) and the long fuzz run
// (scripts/fuzz.mjs): arbitraries that build article-like hostile text, and the checks every
// analysis must pass whatever the text. The arbitraries mix the pieces the grammar reacts to
// (numbers in every notation, scale and currency words, months, ordinals, qualifiers, names,
// tickers, hashtags, quotes, parentheses) with what real files hold by accident (CR and CRLF
// line ends, a BOM, control characters, lone surrogates, astral characters, combining marks,
// zero-width and bidi marks, very long runs), so that random cases reach deep into the rules.
import fc from 'fast-check';
import {
  ENTITY_TYPES,
  FIGURE_KINDS,
  type ArticleAnalysis,
  type EntityMention,
  type Fact,
  type Figure,
  type Span,
} from '../../src/core/types';

// ---------------------------------------------------------------- pieces of text

const FRENCH_WORDS = [
  'le', 'la', 'les', 'de', 'des', 'du', "d'", 'd’', "l'", 'l’', 'à', 'au', 'en', 'et', 'sur', 'par', 'pour', 'dans',
  'chiffre d’affaires', "chiffre d'affaires", 'bénéfice', 'résultat net', 'part de marché', 'action', 'actions',
  'capitalisation', 'hausse', 'baisse', 'recul', 'a progressé', 'a bondi', 'a grimpé', 'a chuté', 'a reculé',
  'plus de', 'moins de', 'environ', 'près de', 'quelque', 'au moins', 'jusqu’à', "jusqu'à", 'd’ici', "d'ici",
  'entre', 'depuis', 'fin', 'mi', 'début', 'premier', 'première', 'deuxième', 'troisième', 'quatrième', 'dernier',
  'trimestre', 'semestre', 'année', 'l’année', 'exercice', 'hiver', 'été', 'les années', 'siècle',
  'milliard', 'milliards', 'million', 'millions', 'mille', 'Mds', 'Md', 'M', 'k', 'md€', 'M€',
  'euros', 'd’euros', "d'euros", 'dollars', 'de dollars', 'dollars américains', 'dollars canadiens', 'yuans', 'de yuans',
  'livres', 'livres sterling', 'francs suisses', 'yens', 'points', 'point de base', 'pour cent', 'pourcent',
  'centres de données', 'salariés', 'emplois', 'magasins', 'exemplaires', 'position', 'rang', 'tiers', 'un tiers',
  'la moitié', 'quart', 'un', 'une', 'deux', 'trois', 'cinq', 'dix', 'vingt', 'vingt-cinq', 'soixante-dix',
  'quatre-vingt-dix-neuf', 'cent', 'cents', 'ans', 'mois', 'jours', 'semaines', 'heures', 'h',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'le même jour', 'depuis le début de l’année', 'cette année', 'l’an dernier', 'l’an prochain',
  'le groupe', 'la société', 'PDG', 'le PDG', 'M.', 'Mme', 'selon', 'a annoncé', 'a rapporté',
];

const ENGLISH_WORDS = [
  'the', 'of', 'and', 'in', 'to', 'a', 'an', 'by', 'for', 'its', 'was', 'said', 'company',
  'revenue', 'sales', 'profit', 'net income', 'market share', 'shares', 'stake', 'market cap',
  'rose', 'fell', 'jumped', 'dropped', 'up', 'down', 'increase', 'decline', 'more than', 'less than', 'about',
  'nearly', 'at least', 'up to', 'over', 'under', 'between', 'since', 'by the end of', 'through',
  'first', 'second', 'third', 'fourth', 'last', 'quarter', 'half', 'fiscal', 'year', 'fiscal year', 'FY',
  'billion', 'billions', 'million', 'thousand', 'hundred', 'bn', 'mn', 'm', 'k', 'trillion',
  'dollars', 'US dollars', 'euros', 'pounds', 'yen', 'yuan', 'percent', 'per cent', 'percentage points', 'basis points',
  'employees', 'stores', 'data centers', 'units', 'copies', 'place', 'largest', 'second largest',
  'one', 'two', 'three', 'ten', 'twenty-five', 'ninety-nine', 'one third', 'a third', 'half',
  'years', 'months', 'days', 'weeks', 'hours', 'a.m.', 'p.m.',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Sept.', 'Monday', 'the same day', 'this year', 'last year', 'next year', 'CEO', 'Mr.', 'Ms.', 'Dr.',
];

const NAMES = [
  'Alibaba', 'Alibaba Group', 'Alibaba Group Holding', 'Alibaba Cloud', 'Huawei', 'Huawei Cloud', 'Tencent',
  'Eddie Wu', 'Wu', 'Tim Cook', 'Jean-Pierre Dupont', 'Marie Curie', 'Apple', 'Apple Inc.', 'Microsoft Corp.',
  'BNP Paribas', 'Société Générale', 'LVMH', 'TotalEnergies', 'Banque de France', 'Banque centrale européenne',
  'BCE', 'FMI', 'Insee', 'Canalys', 'SCMP', 'Reuters', 'Paris', 'Lyon', 'Chine', 'China', 'France', 'États-Unis',
  'United States', 'Hong Kong', 'Corée du Sud', 'Moyen-Orient', 'New York', 'Qwen', 'Qwen3', 'QwQ-32B', 'iPhone 16',
  'Covid-19', 'GPT-4o', 'A380', '3D', 'NYSE:BABA', 'OTC:TCEHY', 'NASDAQ:AAPL', 'BABA', 'AAPL', 'CAC 40', 'S&P 500',
  'Nikkei 225', 'G7', 'G20', 'Airbus', 'Renault', 'Stellantis', 'Toyota', 'Samsung Electronics', 'Nvidia', 'OpenAI',
  'Deutsche Bank', "McDonald's", 'L’Oréal', "L'Oréal", 'Carrefour', 'Orange', 'Total', 'Bouygues', 'Crédit Agricole',
];

const SYMBOLS = [
  '$', 'US$', 'USD', '€', 'EUR', '£', 'GBP', '¥', 'JPY', 'CNY', 'RMB', 'CHF', 'C$', 'A$', 'HK$', '₹', '₩', '₿', '¢',
  '%', '‰', '+', '-', '−', '–', '—', '±', '~', '≈', '<', '>', '×', 'x', '/', '*', '#', '@', '&', '§', '°', '°C',
];

const SEPARATORS = [
  ' ', ' ', ' ', ' ', '\u00a0', '\u202f', '\u2009', '\t', '\n', '\n\n', '\r\n', '\r', '', ', ', '. ', '; ', ': ',
  ' (', ') ', '(', ')', '[', ']', '« ', ' »', '«', '»', '"', '“', '”', "'", '’', '‘', '…', '...', '!', '?',
  ' - ', ' – ', ' — ', '-', '/', '\\', '|', '*', '**', '_', '`', '# ', '## ', '- ', '> ', '1. ',
];

/** What real files hold by accident: controls, odd spaces, marks, lone surrogates, astral characters. */
const ODDITIES = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00ad', '\u200b',
  '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2028', '\u2029', '\u2060', '\ufeff', '\ufffd',
  '\ufffe', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '𝟏𝟐𝟑',
  '𝐀𝐁𝐂', '\u0301', 'e\u0301', 'E\u0301', '\u0300\u0301\u0302', 'ﬁ', 'Ⅻ', '½', '¾', '²', '³', '١٢٣', '٣٫٥', '۱۲',
  '一二三', '五亿', '１２３', '１２，５％', 'İ', 'ß', 'ẞ', 'ǅ', 'Σ', 'ς', 'ﬀ', 'Å', 'Ω', 'ꞵ', 'ǈ',
];

/** Months of both languages, for the date property. */
export const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// ---------------------------------------------------------------- numbers in every notation

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));

const groupSeparator = fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', ',', '.', "'", '’', '');
const decimalSeparator = fc.constantFrom(',', '.', '·');

/** 1 234 567,89 and its cousins: grouped integers with any separator, decimals, signs. */
const groupedNumber = fc
  .tuple(
    fc.constantFrom('', '', '', '-', '- ', '+', '−', '– ', '(', '±'),
    digits(1, 3),
    fc.array(digits(3, 3), { maxLength: 5 }),
    groupSeparator,
    fc.option(fc.tuple(decimalSeparator, digits(1, 4)), { nil: undefined }),
  )
  .map(([sign, head, groups, sep, dec]) => `${sign}${head}${groups.map((g) => sep + g).join('')}${dec ? dec[0] + dec[1] : ''}`);

/** Bits of figures the grammar knows: years, dates, times, ordinals, ranges, quarters, fractions. */
const figureShapes: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1800, max: 2100 }).map(String),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => String(x)),
  fc.constantFrom('1e9', '1E-3', 'NaN', 'Infinity', '-Infinity', '0x1F', '1_000', '00000', '007', '0,0', '.5', ',5', '5.', '5,'),
  digits(1, 40),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 })).map(
    ([d, m, y]) => `${d}/${m}/${y}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}h${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom('er', 're', 'e', 'ème', 'eme', 'è', 'nd', 'st', 'th', 'rd', 'ᵉ', 'ᵉʳ')).map(
    ([n, s]) => `${n}${s}`,
  ),
  fc.constantFrom('I', 'II', 'IIe', 'XXIe', 'XXIe siècle', 'IVe', 'MMXXV', 'Louis XIV'),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom('-', '–', ' à ', ' to ', ' et ', '/'), fc.integer({ min: 0, max: 100 })).map(
    ([a, s, b]) => `${a}${s}${b}`,
  ),
  fc.tuple(fc.constantFrom('Q', 'T', 'S', 'H', 'FY', 'FY ', 'T', 'S'), fc.integer({ min: 0, max: 5 }), fc.constantFrom('', ' ', '-', "'"), fc.integer({ min: 0, max: 2100 })).map(
    ([p, n, s, y]) => `${p}${n}${s}${y}`,
  ),
  fc.tuple(fc.constantFrom('$', '€', '£', '¥', 'US$', 'C$'), fc.integer({ min: 0, max: 999 }), fc.constantFrom('', 'bn', 'm', 'k', ' billion', ' million', 'B', 'M')).map(
    ([c, n, s]) => `${c}${n}${s}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('%', ' %', '\u00a0%', '\u202f%', ' pour cent', ' percent', ' pts', ' pb', ' bp', '€', ' €', ' Md€', ' M$')).map(
    ([n, s]) => `${n}${s}`,
  ),
  fc.constantFrom("'90s", "années 1990", "1990s", "mid-2025", "mi-2025", "fin 2024", "early 2025", "2024-25", "2024/2025", "2025-Q1", "P3Y"),
  // Relative dates and day ranges: resolved against the reference date when there is one.
  fc.constantFrom("hier", "aujourd'hui", "demain soir", "la semaine dernière", "cette semaine", "le mois prochain", "l'an dernier", "l'année prochaine", "le trimestre dernier",
    "lundi dernier", "vendredi prochain", "il y a trois jours", "il y a 2 ans", "dans deux semaines", "yesterday", "today", "last week", "next month", "this year",
    "last Monday", "three days ago", "2 years ago", "du 3 au 5 mars", "entre le 1er et le 30 novembre", "March 3-5", "3-5 mars", "vingt et unième", "twenty-first"),
);

/** A capitalized word made up on the spot: the entity layer must cope with names it never saw. */
const madeUpName = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÀÇÖ'.split('')), fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàçôï'.split('')), { minLength: 0, maxLength: 12 }))
  .map(([h, t]) => h + t.join(''));

const capitalRun = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));

const hashtag = fc.tuple(fc.constantFrom('#', '#', '＃', '##', '#_'), fc.oneof(fc.constantFrom(...NAMES), madeUpName, digits(0, 5))).map(([h, n]) => h + n.replace(/ /g, ''));

const quoted = fc.tuple(fc.constantFrom('« ', '«', '"', '“', "'", '‘', '(', '[', '„'), fc.oneof(fc.constantFrom(...NAMES), madeUpName, figureShapes), fc.constantFrom(' »', '»', '"', '”', "'", '’', ')', ']', '“', '')).map(
  ([a, b, c]) => a + b + c,
);

/** Arbitrary Unicode, including lone surrogates that `fc.string` never produces on its own. */
const rawNoise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...ODDITIES),
);

/** A long run of one short unit: very long lines, digit runs, separators, capitals. */
const longRun = fc.tuple(
  fc.oneof(fc.constantFrom('1', '9', '0', ' ', '\u00a0', 'A', 'Ab ', 'de ', '%', '$', '#', '(', ')', "'", '’', '-', '.', ',', '1 ', '1,', '1.', '« ', 'X', 'é'), figureShapes, fc.constantFrom(...NAMES).map((n) => `${n} `)),
  fc.integer({ min: 20, max: 300 }),
).map(([unit, n]) => unit.repeat(n));

/** One piece of article text; weights keep most pieces meaningful to the grammar. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FRENCH_WORDS), weight: 20 },
  { arbitrary: fc.constantFrom(...ENGLISH_WORDS), weight: 10 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 8 },
  { arbitrary: madeUpName, weight: 5 },
  { arbitrary: groupedNumber, weight: 10 },
  { arbitrary: figureShapes, weight: 10 },
  { arbitrary: fc.constantFrom(...SYMBOLS), weight: 5 },
  { arbitrary: capitalRun, weight: 2 },
  { arbitrary: hashtag, weight: 2 },
  { arbitrary: quoted, weight: 2 },
  { arbitrary: rawNoise, weight: 3 },
  { arbitrary: longRun, weight: 1 },
);

/** Words and separators alternate, mostly, so that pieces are read as the words they are. */
const joinedPieces = (maxPieces: number) =>
  fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces }).map((parts) => parts.map(([p, s]) => p + s).join(''));

const lineEnds = fc.constantFrom('keep', 'crlf', 'cr', 'lf');

/**
 * Article-like hostile text: pieces the grammar reads, separators, noise, long runs; then maybe a
 * BOM in front and the line ends rewritten to CRLF or CR everywhere.
 */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), joinedPieces(80), lineEnds, fc.nat({ max: 9 }))
  .map(([bom, body, ends, cut]) => {
    let text = body;
    if (ends === 'crlf') text = text.replace(/\r\n|\r|\n/g, '\r\n');
    else if (ends === 'cr') text = text.replace(/\r\n|\n/g, '\r');
    else if (ends === 'lf') text = text.replace(/\r\n|\r/g, '\n');
    // Sometimes cut the text at an arbitrary unit, which can split a surrogate pair or a CRLF.
    if (cut === 0 && text.length > 2) text = text.slice(0, text.length - 1);
    return (bom ? '\ufeff' : '') + text;
  });

/** Any string at all, with no help: the floor of what analyze() must survive. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
  fc.array(rawNoise, { maxLength: 60 }).map((a) => a.join('')),
);

/** Context words with no digits, months, currencies or countries, for properties about one planted figure. */
export const plainFrenchContext = fc
  .array(fc.constantFrom('le', 'la', 'les', 'de', 'et', 'groupe', 'société', 'a annoncé', 'résultats', 'selon', 'marché', 'la direction', 'les ventes', 'en hausse', 'ont été', 'publiés', 'réunion'), { maxLength: 12 })
  .map((w) => w.join(' '));

export const plainEnglishContext = fc
  .array(fc.constantFrom('the', 'company', 'said', 'results', 'were', 'announced', 'and', 'its', 'board', 'sales', 'market', 'according to', 'the group', 'on'), { maxLength: 12 })
  .map((w) => w.join(' '));

export const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

// ---------------------------------------------------------------- the checks

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURRENCY_SHAPE = /^[A-Z]{3}$/;
const PREDICATES = new Set(['market_share', 'revenue', 'growth', 'investment', 'share_price', 'share_price_change', 'market_cap_change', 'count', 'event_date', 'other']);
const APPROX = new Set(['about', 'over', 'under', 'at_least', 'up_to', 'by']);
const DIRECTIONS = new Set(['up', 'down']);
// ISO 8601 at the precisions the spec lists: 2025, 2025-07, 2025-07-02, 2025-Q1, 2025-H1, --07-02, --07;
// the ISO week of a relative date (2025-W24: la semaine dernière); and the project's own year-less
// quarter and half (--Q4, --H1; see README, conventions).
const DATE_SHAPE = /^(?:-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12]|-W(?:0[1-9]|[1-4]\d|5[0-3]))?|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|--Q[1-4]|--H[12])$/;
const DURATION_SHAPE = /^P(?=\d|T\d)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;
const TIME_SHAPE = /^(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?$/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** True when offset i falls between the two halves of one surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}
const EDGE_SPACE = /^\s|\s$/u;

/** Problems with the spans of one layer: bounds, text, order, overlap, surrogate halves, edge spaces. */
export function spanProblems(text: string, spans: readonly Span[], layer: string): string[] {
  const problems: string[] = [];
  let lastEnd = 0;
  spans.forEach((s, i) => {
    const where = `${layer}[${i}] ${JSON.stringify(s.text)} @${s.start}-${s.end}`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) problems.push(`${where}: offsets are not integers`);
    else if (s.start < 0 || s.end > text.length || s.start >= s.end) problems.push(`${where}: outside the text (length ${text.length}) or empty`);
    else {
      if (text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text !== source.slice(start, end) (${JSON.stringify(text.slice(s.start, s.end))})`);
      if (splitsPair(text, s.start) || splitsPair(text, s.end)) problems.push(`${where}: cuts a surrogate pair in two`);
      if (EDGE_SPACE.test(s.text)) problems.push(`${where}: begins or ends with white space`);
      if (s.start < lastEnd) problems.push(`${where}: overlaps or comes before the previous ${layer} span (which ends at ${lastEnd})`);
      lastEnd = Math.max(lastEnd, s.end);
    }
  });
  return problems;
}

export function entityProblems(text: string, entities: readonly EntityMention[]): string[] {
  const problems = spanProblems(text, entities, 'entities');
  entities.forEach((e, i) => {
    const where = `entities[${i}] ${JSON.stringify(e.text)}`;
    if (!ENTITY_TYPES.includes(e.type)) problems.push(`${where}: unknown type ${JSON.stringify(e.type)}`);
    if (typeof e.id !== 'string' || !ID_SHAPE.test(e.id)) problems.push(`${where}: id ${JSON.stringify(e.id)} is not lower-kebab-case ASCII`);
    if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${where}: empty name`);
  });
  return problems;
}

export function figureProblems(text: string, figures: readonly Figure[]): string[] {
  const problems = spanProblems(text, figures, 'figures');
  figures.forEach((f, i) => {
    const where = `figures[${i}] ${JSON.stringify(f.text)} ${f.kind}=${JSON.stringify(f.value)}`;
    if (!FIGURE_KINDS.includes(f.kind)) problems.push(`${where}: unknown kind`);
    const numeric = f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity' || f.kind === 'number' || f.kind === 'ordinal';
    if (numeric) {
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problems.push(`${where}: value is not a finite number`);
    } else if (typeof f.value !== 'string') problems.push(`${where}: value is not ISO text`);
    else if (f.kind === 'date' && !DATE_SHAPE.test(f.value)) problems.push(`${where}: not an ISO 8601 date at a listed precision`);
    else if (f.kind === 'duration' && !DURATION_SHAPE.test(f.value)) problems.push(`${where}: not an ISO 8601 duration`);
    else if (f.kind === 'time' && !TIME_SHAPE.test(f.value)) problems.push(`${where}: not a time hh:mm`);
    if (f.kind === 'money' && !(typeof f.unit === 'string' && CURRENCY_SHAPE.test(f.unit))) problems.push(`${where}: money unit ${JSON.stringify(f.unit)} is not an ISO 4217 code`);
    if (f.kind === 'percent' && f.unit !== '%') problems.push(`${where}: percent unit is not %`);
    if (f.kind === 'quantity' && !(typeof f.unit === 'string' && f.unit.trim() !== '')) problems.push(`${where}: quantity without a unit`);
    if (f.kind === 'ordinal' && typeof f.value === 'number' && !Number.isInteger(f.value)) problems.push(`${where}: ordinal is not an integer`);
    if (f.approx !== undefined && !APPROX.has(f.approx)) problems.push(`${where}: unknown approx ${JSON.stringify(f.approx)}`);
    if (f.direction !== undefined && !DIRECTIONS.has(f.direction)) problems.push(`${where}: unknown direction ${JSON.stringify(f.direction)}`);
  });
  return problems;
}

export function factProblems(facts: readonly Fact[], entities: readonly EntityMention[], figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  const ids = new Set(entities.map((e) => e.id));
  const starts = new Set(figures.map((f) => f.start));
  facts.forEach((fact, i) => {
    const where = `facts[${i}] ${JSON.stringify(fact)}`;
    if (!ids.has(fact.entity)) problems.push(`${where}: no entity has this id`);
    if (!starts.has(fact.figure)) problems.push(`${where}: no figure starts there`);
    if (!PREDICATES.has(fact.predicate)) problems.push(`${where}: unknown predicate`);
  });
  return problems;
}

/** Entities and figures never overlap (spec, "Conventions"). Both lists are in text order. */
export function crossLayerProblems(entities: readonly EntityMention[], figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  let e = 0;
  for (const f of figures) {
    while (e < entities.length && entities[e].end <= f.start) e++;
    for (let k = e; k < entities.length && entities[k].start < f.end; k++) {
      problems.push(`figure ${JSON.stringify(f.text)} @${f.start} overlaps entity ${JSON.stringify(entities[k].text)} @${entities[k].start}`);
    }
  }
  return problems;
}

/** Every problem of one analysis of `text`; empty when the analysis keeps every promise of the format. */
export function analysisProblems(text: string, result: ArticleAnalysis): string[] {
  const problems: string[] = [];
  if (result.lang !== 'fr' && result.lang !== 'en') problems.push(`lang ${JSON.stringify(result.lang)} is not fr or en`);
  if (!Array.isArray(result.entities) || !Array.isArray(result.figures) || !Array.isArray(result.facts)) {
    return [...problems, 'entities, figures or facts is not an array'];
  }
  problems.push(...entityProblems(text, result.entities));
  problems.push(...figureProblems(text, result.figures));
  problems.push(...crossLayerProblems(result.entities, result.figures));
  problems.push(...factProblems(result.facts, result.entities, result.figures));
  // What is printed must survive JSON: no undefined inside arrays, no NaN, no functions.
  const roundTrip = JSON.parse(JSON.stringify(result)) as ArticleAnalysis;
  if (roundTrip.entities.length !== result.entities.length || roundTrip.figures.length !== result.figures.length) problems.push('JSON round trip loses items');
  return problems;
}

/** A short, readable view of a failing text for messages. */
export function showText(text: string, max = 300): string {
  const shown = text.length > max ? `${text.slice(0, max)}…(${text.length} units)` : text;
  return JSON.stringify(shown);
}

// ---------------------------------------------------------------- running properties within a budget

/** Cases per property at most (ROBUSTNESS_RUNS), and the time each property may take (ROBUSTNESS_MS). */
export const MAX_RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 5000);
export const BUDGET_MS = Number(process.env.ROBUSTNESS_MS ?? 1200);

/** How many cases ran, for the summary line the suites print. */
export const tally = { cases: 0, properties: 0 };

/**
 * Runs a property for at most `share` of MAX_RUNS cases and of BUDGET_MS: the suite's time stays
 * bounded on a loaded machine, and a quiet machine runs thousands of cases. Fails with
 * fast-check's report (seed, counterexample, shrunk) on the first failing case.
 */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, share = 1): void {
  const details = fc.check(property, {
    numRuns: Math.max(1, Math.round(MAX_RUNS * share)),
    interruptAfterTimeLimit: Math.max(50, Math.round(BUDGET_MS * share)),
    markInterruptAsFailure: false,
  });
  tally.cases += details.numRuns;
  tally.properties++;
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}
