// Cue lexicons of the fact linker: the data files src/core/data/facts-<lang>.json compiled
// into a per-token matcher. A cue is a phrase of normalized tokens (lower case, ’ read as ')
// or a stem (`augment*`) that matches any single word starting with it.
import factsEn from '../data/facts-en.json';
import factsFr from '../data/facts-fr.json';
import { tokenIdEpoch, tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';

/** What a cue says. `topic:*` cues name what a figure measures. */
export type CueCategory = LowCueCategory | HighCueCategory;

/** The categories whose bits are in a token's first cue word (see CUE_BITS). */
export type LowCueCategory =
  | 'topic:revenue' | 'topic:spending' | 'topic:market' | 'topic:growth' | 'topic:market_share'
  | 'topic:share' | 'topic:market_cap' | 'topic:investment' | 'topic:purchase' | 'topic:other' | 'topic:count'
  | 'change' | 'level' | 'invest' | 'purchase' | 'rank' | 'event' | 'since' | 'reportBefore' | 'reportAfter'
  | 'description' | 'pronoun' | 'possessive' | 'of' | 'determiner' | 'subsidiary' | 'clause' | 'skip'
  | 'stockContext' | 'countVerbs' | 'afterFigure' | 'stop' | 'join' | 'relative' | 'compared' | 'acquisition' | 'relation'
  | 'accounts' | 'beneficiary' | 'agent';

/** The categories whose bits are in a token's second cue word (see CUE_HIGH_BITS): the first is full. */
export type HighCueCategory = 'forecast' | 'economy' | 'output' | 'stake' | 'versus' | 'partOf' | 'placeNoun' | 'casualty' | 'namedAfter' | 'respectively' | 'coordinator' | 'holdsAgain' | 'personPronoun';

const LOW_CATEGORIES: readonly LowCueCategory[] = [
  'topic:revenue', 'topic:spending', 'topic:market', 'topic:growth', 'topic:market_share', 'topic:share',
  'topic:market_cap', 'topic:investment', 'topic:purchase', 'topic:other', 'topic:count',
  'change', 'level', 'invest', 'purchase', 'rank', 'event', 'since', 'reportBefore', 'reportAfter',
  'description', 'pronoun', 'possessive', 'of', 'determiner', 'subsidiary', 'clause', 'skip', 'stockContext',
  'countVerbs', 'afterFigure', 'stop', 'join', 'relative', 'compared', 'acquisition', 'relation',
  'accounts', 'beneficiary', 'agent',
];
const HIGH_CATEGORIES: readonly HighCueCategory[] = ['forecast', 'economy', 'output', 'stake', 'versus', 'partOf', 'placeNoun', 'casualty', 'namedAfter', 'respectively', 'coordinator', 'holdsAgain', 'personPronoun'];
const CATEGORIES: readonly CueCategory[] = [...LOW_CATEGORIES, ...HIGH_CATEGORIES];

// A token's cues are two 32-bit words of bits (two Int32Array cells in the linker, no BigInt):
// the first holds 29 categories, the topics' shared bit and the linker's "made" bit; the second
// the categories added since. Each category's bit is a constant, so has() stays one AND.
/** A cue's bit (CueMatch.bit): its own for each category but the topics, one shared by every topic. */
export const ANY_TOPIC_BIT = 1 << 29;
export const CUE_BITS: Readonly<Record<LowCueCategory, number>> = (() => {
  const bits = {} as Record<LowCueCategory, number>;
  let next = 0;
  for (const category of LOW_CATEGORIES) bits[category] = category.startsWith('topic:') ? ANY_TOPIC_BIT : 1 << next++;
  if (next > 29) throw new Error('more cue categories than bits below ANY_TOPIC_BIT');
  return bits;
})();
/** The bits of the second word; bits 28 to 30 stay free for the lexicon's marks by token id (ID_CLAUSE, ID_SECOND, ID_PHRASES). */
export const CUE_HIGH_BITS: Readonly<Record<HighCueCategory, number>> = (() => {
  const bits = {} as Record<HighCueCategory, number>;
  HIGH_CATEGORIES.forEach((category, n) => (bits[category] = 1 << n));
  if (HIGH_CATEGORIES.length > 28) throw new Error('more cue categories than bits in the second word');
  return bits;
})();
const HIGH_SET: ReadonlySet<CueCategory> = new Set(HIGH_CATEGORIES);

export interface CueMatch {
  category: CueCategory;
  /** CUE_BITS[category] (or CUE_HIGH_BITS[category] when `high`), so that a token's cues are or-ed without a look-up. */
  bit: number;
  /** Whether `bit` is of the second word. */
  high: boolean;
  /** Number of tokens the cue covers, starting at the token it is recorded on. */
  length: number;
}

export interface CueLexicon {
  /** Cues starting at token i, longest first. */
  matchAt(tokens: readonly Token[], i: number): readonly CueMatch[];
  /**
   * The first word of bits (CueMatch.bit) of the cues starting at token i, or-ed: matchAt's, without making its list; the second word is written to high[i].
   * `idsCurrent`: the tokens were made in the tokenizer's present epoch (see tokenIdEpoch), so a token's id names its word without a check.
   */
  bitsAt(tokens: readonly Token[], i: number, high: Int32Array, idsCurrent: boolean): number;
  /** The normalized form of token i's text (lower case, ’ read as '), cached per word and found by the token's id. */
  normalizedAt(tokens: readonly Token[], i: number): string;
  /** True when `word` (normalized) alone is a cue of `category`. */
  has(category: CueCategory, word: string): boolean;
  /** False when no clause word starts with this code unit and has this length: asked before isClauseWordAt, it turns most words away from the text alone. */
  mayBeClauseWord(firstCode: number, length: number): boolean;
  /** Whether token i is a single token that opens a clause, as written in lower case (with ' and ’ both); `idsCurrent` as for bitsAt. */
  isClauseWordAt(tokens: readonly Token[], i: number, idsCurrent: boolean): boolean;
  /**
   * What a figure's unit counts (the unit normalized, or its first word, found in the data's lists): UNIT_COUNT for a
   * noun whose quantity is a count the entity has, makes or sells (countUnits), UNIT_BUSINESS for a count only a
   * business or body has, jobs (staff, posts, cuts, hires) and premises (stores, plants) (businessUnits). Cached per unit.
   */
  unitKinds(unit: string): number;
  /** Stake nouns that are a stake only with what is held after the figure ("une participation de 30 % dans X", not "un taux de participation de 42 %"). */
  heldStakeNouns: ReadonlySet<string>;
  /** The words after such a figure that name what is held ("dans", "au capital"). */
  stakeHeldWords: ReadonlySet<string>;
  /** How the id of a city's council is written around its city's id (`conseil-municipal-de-*`, `*-city-council`): the council's figures are the city's. */
  cityBodyIds: readonly { prefix: string; suffix: string }[];
  /** The place nouns that mean a country ("pays", "country"); the others ("ville", "city") mean a city. */
  countryNouns: ReadonlySet<string>;
  /** The descriptions that may name a body that is no company ("le club", "the club"); the others name a company. */
  bodyDescriptions: ReadonlySet<string>;
}

/** What the lexicon knows of one word, the same wherever it stands. */
interface WordCues {
  /** The word as written (the cache's key). */
  word: string;
  norm: string;
  /** Cues of this word alone: one-word phrases, then stems. */
  single: readonly CueMatch[];
  /** The bits of `single`, or-ed: the first word and the second. */
  singleBits: number;
  singleHighBits: number;
  /** Phrases of several words starting with this word, longest first. */
  phrases: Phrase[] | undefined;
}

// Words seen by a lexicon are cached; the cache is dropped when it grows past this many.
const WORD_CACHE_LIMIT = 100_000;
const NO_MATCH: readonly CueMatch[] = [];
/** Letters that index the stems; every stem is at least this long. */
const STEM_KEY = 3;

/** CueLexicon.unitKinds: the unit (or its first word) is a count unit. */
export const UNIT_COUNT = 1;
/** CueLexicon.unitKinds: the unit (or its first word) is a business's count unit. */
export const UNIT_BUSINESS = 2;
/** Units met are cached; the cache is dropped when it grows past this many. */
const UNIT_CACHE_LIMIT = 10_000;

/** Lower case with typographic apostrophes read as ASCII: the form cues are written in. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('ʼ')) w = w.replace(/[’ʼ]/g, "'");
  return w;
}

const CLAUSE_FILTER_SIZE = 1024;

function clauseFilterKey(firstCode: number, length: number): number {
  return (firstCode * 31 + length) & (CLAUSE_FILTER_SIZE - 1);
}

interface Phrase {
  words: string[];
  category: CueCategory;
  /** cueMatch(category)'s bit and word, kept here for bitsAt. */
  bit: number;
  high: boolean;
}

function compile(data: Record<string, unknown>): CueLexicon {
  const byFirst = new Map<string, Phrase[]>();
  const stems = new Map<string, CueCategory[]>();
  const single = new Map<CueCategory, Set<string>>();
  const stemLengths = new Set<number>();
  for (const category of CATEGORIES) {
    const entries = data[category];
    if (!Array.isArray(entries)) continue;
    const words = new Set<string>();
    single.set(category, words);
    for (const entry of entries as string[]) {
      if (entry.endsWith('*')) {
        const stem = normalizeWord(entry.slice(0, -1));
        const list = stems.get(stem) ?? [];
        list.push(category);
        stems.set(stem, list);
        stemLengths.add(stem.length);
        continue;
      }
      // An elided word written alone ("d'", "qu'") is one token, as it is before a word in the text.
      const elided = /['’]$/.test(entry);
      const tokens = tokenize(elided ? `${entry}x` : entry).map((t) => normalizeWord(t.text));
      if (elided) tokens.pop();
      if (tokens.length === 0) continue;
      if (tokens.length === 1) words.add(tokens[0]);
      const list = byFirst.get(tokens[0]) ?? [];
      const { bit, high } = cueMatch(category, 1);
      list.push({ words: tokens, category, bit, high });
      byFirst.set(tokens[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  // The second words of the phrases: a phrase's first word followed by none of them starts no phrase there.
  const secondWords = new Set<string>();
  for (const list of byFirst.values()) for (const p of list) if (p.words.length > 1) secondWords.add(p.words[1]);
  const lengths = [...stemLengths].sort((a, b) => a - b);
  if (lengths.length > 0 && lengths[0] < STEM_KEY) throw new Error(`a cue stem is shorter than ${STEM_KEY} letters`);
  // Stems indexed by their first letters: one lookup per word finds the few that may match.
  const stemsByKey = new Map<string, [string, CueCategory[]][]>();
  for (const [stem, cats] of stems) {
    const key = stem.slice(0, STEM_KEY);
    const list = stemsByKey.get(key) ?? [];
    list.push([stem, cats]);
    stemsByKey.set(key, list);
  }
  const countUnits = new Set(((data.countUnits as string[] | undefined) ?? []).map(normalizeWord));
  const businessUnits = new Set(((data.businessUnits as string[] | undefined) ?? []).map(normalizeWord));
  const heldStakeNouns = new Set(((data.heldStakeNouns as string[] | undefined) ?? []).map(normalizeWord));
  const cityBodyIds = ((data.cityBodyIds as string[] | undefined) ?? []).map((pattern) => {
    const star = pattern.indexOf('*');
    return { prefix: pattern.slice(0, star), suffix: pattern.slice(star + 1) };
  });
  const stakeHeldWords = new Set(((data.stakeHeldWords as string[] | undefined) ?? []).map(normalizeWord));
  const countryNouns = new Set(((data.countryNouns as string[] | undefined) ?? []).map(normalizeWord));
  const bodyDescriptions = new Set(((data.bodyDescriptions as string[] | undefined) ?? []).map(normalizeWord));

  const clauseWords = new Set<string>();
  for (const word of single.get('clause') ?? []) {
    clauseWords.add(word);
    clauseWords.add(word.replace(/'/g, '’'));
  }
  // A one-hash filter over clauseWords by first code unit and length: false means not one.
  const clauseFilter = new Uint8Array(CLAUSE_FILTER_SIZE);
  for (const word of clauseWords) clauseFilter[clauseFilterKey(word.charCodeAt(0), word.length)] = 1;
  const mayBeClauseWord = (firstCode: number, length: number): boolean => clauseFilter[clauseFilterKey(firstCode, length)] === 1;

  const has = (category: CueCategory, word: string): boolean => {
    if (single.get(category)?.has(word)) return true;
    for (const n of lengths) {
      if (n > word.length) break;
      if (stems.get(word.slice(0, n))?.includes(category)) return true;
    }
    return false;
  };

  const words = new Map<string, WordCues>();
  const cuesOf = (raw: string): WordCues => {
    let w = words.get(raw);
    if (w !== undefined) return w;
    const norm = normalizeWord(raw);
    const matches: CueMatch[] = [];
    let phrases: Phrase[] | undefined;
    for (const p of byFirst.get(norm) ?? []) {
      if (p.words.length > 1) (phrases ??= []).push(p);
      else matches.push(cueMatch(p.category, 1));
    }
    const candidates = norm.length >= STEM_KEY ? stemsByKey.get(norm.slice(0, STEM_KEY)) : undefined;
    for (const [stem, cats] of candidates ?? []) {
      if (norm.startsWith(stem)) for (const category of cats) matches.push(cueMatch(category, 1));
    }
    let singleBits = 0;
    let singleHighBits = 0;
    for (const m of matches) {
      if (m.high) singleHighBits |= m.bit;
      else singleBits |= m.bit;
    }
    w = { word: raw, norm, single: matches.length > 0 ? matches : NO_MATCH, singleBits, singleHighBits, phrases };
    if (words.size >= WORD_CACHE_LIMIT) words.clear();
    words.set(raw, w);
    return w;
  };
  // The same entries by token id: the linker asks for the cues of tokens, most found without
  // hashing their text. Its own array, not one shared with the entity rules: one object shape per
  // lookup site keeps each monomorphic. Ids are reused when the tokenizer empties its table of
  // words, hence the check of the word; ids are bounded by that table's size.
  const cuesById: (WordCues | undefined)[] = [];
  const cuesOfToken = (token: Token): WordCues => {
    const id = token.id;
    const cached = id >= 0 && id < cuesById.length ? cuesById[id] : undefined;
    if (cached !== undefined && cached.word === token.text) return cached;
    const w = cuesOf(token.text);
    if (id >= 0) {
      while (cuesById.length <= id) cuesById.push(undefined);
      cuesById[id] = w;
    }
    return w;
  };
  // A word's single bits by token id, for tokens of the tokenizer's present epoch (idsEpoch): most
  // tokens' bits are then one typed-array read, not a read of their WordCues object far in the heap.
  // A first word with ID_KNOWN set is the word's singleBits; the second, its singleHighBits with
  // ID_PHRASES when the word opens phrases and ID_SECOND when it is a phrase's second word (a word
  // opening phrases is read through its WordCues only before such a word), and ID_CLAUSE when it is
  // one of clauseWords. Emptied with the epoch.
  let idsEpoch = -1;
  let lowById = new Int32Array(1024);
  let highById = new Int32Array(1024);
  /** Writes the entries of the word of `token` (an id of the present epoch) into lowById and highById. */
  const indexWord = (token: Token): void => {
    const id = token.id;
    if (idsEpoch !== tokenIdEpoch()) {
      lowById.fill(0);
      idsEpoch = tokenIdEpoch();
    }
    if (id >= lowById.length) {
      const grown = new Int32Array(Math.max(id + 1, 2 * lowById.length));
      grown.set(lowById);
      lowById = grown;
      const grownHigh = new Int32Array(grown.length);
      grownHigh.set(highById);
      highById = grownHigh;
    }
    const w = cuesOfToken(token);
    lowById[id] = w.singleBits | ID_KNOWN;
    highById[id] = w.singleHighBits | (w.phrases === undefined ? 0 : ID_PHRASES) | (secondWords.has(w.norm) ? ID_SECOND : 0) | (clauseWords.has(w.word) ? ID_CLAUSE : 0);
  };
  /** highById[id] of token `token` (an id of the present epoch, not negative), its entries made on first need. */
  const highOfId = (token: Token, id: number): number => {
    if (id >= lowById.length || idsEpoch !== tokenIdEpoch() || lowById[id] === 0) indexWord(token);
    return highById[id];
  };
  /** Whether token i (a token after a word opening phrases) may be a phrase's second word: no when its id says not. */
  const maySecond = (tokens: readonly Token[], i: number): boolean => {
    if (i >= tokens.length) return false;
    const id = tokens[i].id;
    return id < 0 || (highOfId(tokens[i], id) & ID_SECOND) !== 0;
  };
  /** bitsAt through the word's WordCues: its single bits and those of the phrases found at token i. */
  const wordBitsAt = (tokens: readonly Token[], i: number, high: Int32Array): number => {
    const w = cuesOfToken(tokens[i]);
    let bits = w.singleBits;
    let highBits = w.singleHighBits;
    if (w.phrases !== undefined) {
      const next = nextNorm(tokens, i);
      for (const p of w.phrases) {
        if (!phraseAt(tokens, i, p, next)) continue;
        if (p.high) highBits |= p.bit;
        else bits |= p.bit;
      }
    }
    high[i] = highBits;
    return bits;
  };
  /** The normalized word of token i + 1, undefined past the end: every phrase's second word is compared with it. */
  const nextNorm = (tokens: readonly Token[], i: number): string | undefined => (i + 1 < tokens.length ? cuesOfToken(tokens[i + 1]).norm : undefined);
  /** Whether the phrase p (of two words or more) is read at token i, `next` being nextNorm(tokens, i). */
  const phraseAt = (tokens: readonly Token[], i: number, p: Phrase, next: string | undefined): boolean => {
    if (p.words[1] !== next || i + p.words.length > tokens.length) return false;
    for (let k = 2; k < p.words.length; k++) if (cuesOfToken(tokens[i + k]).norm !== p.words[k]) return false;
    return true;
  };

  // A figure's unit is one of a few words, asked about for most counts: normalized and split once.
  const unitCache = new Map<string, number>();
  const unitKinds = (unit: string): number => {
    let kinds = unitCache.get(unit);
    if (kinds !== undefined) return kinds;
    const u = normalizeWord(unit);
    const first = u.split(' ')[0];
    kinds = (countUnits.has(u) || countUnits.has(first) ? UNIT_COUNT : 0) | (businessUnits.has(u) || businessUnits.has(first) ? UNIT_BUSINESS : 0);
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(unit, kinds);
    return kinds;
  };

  return {
    unitKinds,
    heldStakeNouns,
    cityBodyIds,
    countryNouns,
    bodyDescriptions,
    stakeHeldWords,
    mayBeClauseWord,
    isClauseWordAt(tokens, i, idsCurrent) {
      const token = tokens[i];
      const id = token.id;
      return idsCurrent && id >= 0 ? (highOfId(token, id) & ID_CLAUSE) !== 0 : clauseWords.has(token.text);
    },
    has,
    normalizedAt: (tokens, i) => cuesOfToken(tokens[i]).norm,
    matchAt(tokens, i) {
      const w = cuesOfToken(tokens[i]);
      if (w.phrases === undefined) return w.single;
      let out: CueMatch[] | undefined;
      const next = nextNorm(tokens, i);
      for (const p of w.phrases) if (phraseAt(tokens, i, p, next)) (out ??= []).push(cueMatch(p.category, p.words.length));
      if (out === undefined) return w.single;
      for (const m of w.single) out.push(m);
      return out;
    },
    bitsAt(tokens, i, high, idsCurrent) {
      const token = tokens[i];
      const id = token.id;
      if (!idsCurrent || id < 0) return wordBitsAt(tokens, i, high);
      const highBits = highOfId(token, id);
      if ((highBits & ID_PHRASES) !== 0 && maySecond(tokens, i + 1)) return wordBitsAt(tokens, i, high);
      high[i] = highBits & ~ID_MARKS;
      return lowById[id] ^ ID_KNOWN;
    },
  };
}

/** Set in lowById on a word whose bits are there (a word with no cue reads 0 otherwise). */
const ID_KNOWN = 1 << 30;
/** Set in highById on a word that opens phrases of several words. */
const ID_PHRASES = 1 << 30;
/** Set in highById on a word that is the second word of a phrase. */
const ID_SECOND = 1 << 29;
/** Set in highById on a clause word (CueLexicon.isClauseWordAt). */
const ID_CLAUSE = 1 << 28;
/** The marks of highById that are no category's bits. */
const ID_MARKS = ID_PHRASES | ID_SECOND | ID_CLAUSE;

/** A match of `category` over `length` tokens, with its bit and word. */
function cueMatch(category: CueCategory, length: number): CueMatch {
  const high = HIGH_SET.has(category);
  return { category, bit: high ? CUE_HIGH_BITS[category as HighCueCategory] : CUE_BITS[category as LowCueCategory], high, length };
}

const cache = new Map<Lang, CueLexicon>();

export function cueLexicon(lang: Lang): CueLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = compile((lang === 'en' ? factsEn : factsFr) as Record<string, unknown>);
    cache.set(lang, lex);
  }
  return lex;
}
