// Candidate mentions from the gazetteer and the rules. Every candidate is a token range
// with a type and, when known, the gazetteer entity; merge.ts picks among overlapping ones.
// The rules read the per-token word info and flags of entityContext(), computed once per text
// from a cache of what each distinct word is (its keys, its bits, the tries it opens): no rule
// runs a regular expression, builds a string or looks a word up for every token, and each rule
// family visits only the tokens where it can start (Context.ruleStarts; ruleStartsWith(ctx, BIT)
// for the families that start at a token of one bit, as most do).
import cues from '../data/entity-cues.json';
import demonymData from '../data/demonyms-fr.json';
import { hasCurrentId, tokenIdEpoch, tokenize, type Token } from '../text/tokenize';
import type { EntityType, Lang } from '../types';
import { ReusedInt32Array } from './scratch';
import { gazetteer, NODE_GOES_ON, NODE_HAS_HITS, normalizeExchange, type AliasHit, type KnownEntity, type TrieNode } from './gazetteer';
import { hasLower, isAllCaps, isCapitalized, kebab, startsLower, titleCaseWord, tokenKey, withPlainInitials } from './normalize';
import { dottedAcronymCandidates } from './acronyms';
import { sportsClubCandidates } from './clubs';
import { initialsPersonCandidates } from './initials';
import { basedCompanyCandidates, bodyOfCandidates, businessActionCandidates, D_APOSTROPHE, D_CORPORATE_TITLE_HEAD, describedNameCandidates, ENGLISH_NEWS_BITS, foreignBusinessCandidates, possessivePersonCandidates, listedWithCompaniesCandidates, lowerIndexBlockers, weekdayEventBlockers, describedWordBits } from './described';
import { bodyNameCandidatesEn, isBodyNameWord } from './bodyNames';
import { nationalBodyCandidates } from './nationalBodies';
import { isPercentWord, marketMoveCandidates } from './marketMoves';
import { isStateNameHead, stateNameCandidates } from './stateNames';
import { coordinatedBodyCandidates } from './coordinatedBodies';
import { lowerLegalSuffixCandidates } from './lowerLegalSuffix';
import { placeHeadCandidates, placeTailCandidates } from './placeTails';
import { placeNamedBodyCandidates } from './placeNamedBodies';
import { countryTailBodyCandidates } from './countryTailBodies';
import { acronymBodyCandidates } from './acronymBodies';
import { economicAcronymBlockers, isEconomicAcronymWord, isGluedIndex } from './economicAcronyms';
import { bracketAcronymCandidates } from './bracketAcronyms';
import { portfolioTitleCandidates, titledRoleCandidates } from './titledRoles';
import { notNameInContextCandidates } from './notNamesInContext';
import { possessiveBodyCandidates } from './possessiveBodies';
import { possessiveStoreCandidates } from './possessiveStores';
import { businessArmCandidates, countryArmCandidates } from './businessArms';
import { employerTitleCandidates } from './employerTitles';
import { repeatedFullNameCandidates } from './repeatedFullNames';
import { opensReleaseLayout, releaseLayoutCandidates } from './releaseLayout';
import { isSpeakerDash, speakerLineCandidates } from './speakerLines';
import { isSourceCueWord, sourceCueCandidates } from './sourceCues';
import { isJoinedNameWord } from './hyphenPairs';
import { mayHoldLongS } from './longS';
import { opensNotNameInContext } from './notNamesInContext';
import { opensRatedName, ratedNameCandidates } from './ratedNames';
import { namedIndexCandidates, opensNamedIndex } from './namedIndexes';
import { benchmarkNameCandidates, opensBenchmarkName } from './benchmarkNames';
import { headlineVerbLinkCandidates, opensHeadlineVerbLink } from './headlineVerbLinks';
import { hyphenOwnerCandidates } from './hyphenOwners';
import { titledBodyCandidates } from './titledBodies';
import { creditRatingBlockers } from './creditRatings';
import { ratingAgencyShortNameCandidates } from './ratingAgencyShortName';
import { headlineCommonNounCandidates } from './headlineCommonNouns';
import { companyBoardCandidates, opensCompanyBoard } from './companyBoards';
import { isPlaceTail } from './placeTails';
import { operationBlockers } from './operations';
import { isPressWord, pressBlockers, rubricPlaceCandidates } from './press';
import { opensOldPressName } from './oldPressNames';
import { mayBeRnMisread } from './ocrRn';
import { feastBlockers, opensFeast } from './feasts';
import { namedThingBlockers, opensNamedThing } from './namedThings';
import { demonymCandidates, isDemonym } from './demonyms';
import { movementMemberBlockers, opensMovementForm } from './movements';
import { isSingleCapital } from './spacedLetters';
import { hospitalCandidates, isHospitalHead } from './hospitals';
import { intercommunalBodyCandidates, isIntercommunalTail } from './intercommunalBodies';
import { elidedCompoundCandidates, opensElidedCompound } from './elidedCompounds';
import { postalTownBlockers } from './postalTowns';
import { isReportHead, reportAuthorCandidates } from './reportAuthors';
import { FRENCH_OF_WORDS, readsAsFrenchAdjective } from './frenchWordForms';
import { headedNameCandidates, isNameHead } from './headedNames';
import { bodyVerbCandidates } from './bodyVerbs';
import { unionBranchCandidates } from './unionBranches';
import { drugDoseCandidates, isDoseUnit } from './drugDoses';
import { isRepublicWord, republicTitleBlockers } from './republicTitles';
import { unlistedDatelineCandidates } from './unlistedDatelines';
import { scoredClubCandidates } from './scoredClubs';
import { indefiniteStreetCandidates } from './indefiniteStreets';
import { isWorkNoun, workAuthorCandidates } from './worksAuthors';
import { endsFirmStaffNoun, firmStaffCandidates } from './firmStaff';
import { platformProductCandidates } from './platforms';
import { portfolioCandidates } from './portfolios';
import { singlePortfolioCandidates } from './singlePortfolios';
import { debateSpeakerCandidates } from './debateSpeakers';
import { isSquareHead, squareCandidates } from './squares';
import { opensRoadCode, roadCodeCandidates } from './roadCodes';
import { sportsResultCandidates } from './sportsResults';
import { capitalDatelineCandidates, listedPlaceInCapitals, placeInCapitalsCandidates } from './capitalDatelines';
import { leafletFieldCandidates } from './leafletFields';

export type CandidateSource = 'gazetteer' | 'rule' | 'tagger';

export interface Candidate {
  /** Token range [ts, te). */
  ts: number;
  te: number;
  /** 'blocker': a name of no entity type (an event) whose inner names are no mentions. */
  type: EntityType | 'blocker';
  source: CandidateSource;
  /** 3: tickers and names fixed by a suffix or a hashtag; 2: lists and rules; 1: tagger alone. */
  tier: number;
  /** Breaks ties between candidates of one tier and length. */
  score: number;
  entity?: KnownEntity;
  /** A list hit on a name that is also a common word: a longer name may wrap it. */
  weak?: boolean;
  /** Canonical name for a name no list holds. */
  name?: string;
  /** For tickers: the normalized "EXCHANGE:SYMBOL" or the bare symbol. */
  ticker?: string;
  /** Characters of the last token left out of the mention (Denver-based -> Denver); 0 for none. */
  endTrim?: number;
}

/** The optional fields of a candidate. */
export type CandidateDetails = Pick<Candidate, 'entity' | 'weak' | 'name' | 'ticker' | 'endTrim'>;

// Candidates are instances of one class with every field set in one order: one object shape
// keeps the property reads of the sort, the merge and the linker fast. Scores are integers for
// rules and fractions for tagger spans; the first instance built holds a fraction, so that the
// engine stores the field as a double from the start: changing that layout in mid-run (at the
// first tagger span after many rule candidates) left the hot code reading old-shaped objects slowly.
class CandidateRecord implements Candidate {
  constructor(
    public ts: number,
    public te: number,
    public type: Candidate['type'],
    public source: CandidateSource,
    public tier: number,
    public score: number,
    public entity: KnownEntity | undefined,
    public weak: boolean | undefined,
    public name: string | undefined,
    public ticker: string | undefined,
    public endTrim: number,
  ) {}
}
new CandidateRecord(0, 0, 'blocker', 'rule', 0, 0.5, undefined, undefined, undefined, undefined, 0);

/** A candidate (the details default to none). */
export function candidate(ts: number, te: number, type: Candidate['type'], source: CandidateSource, tier: number, score: number, details?: CandidateDetails): Candidate {
  return new CandidateRecord(ts, te, type, source, tier, score, details?.entity, details?.weak, details?.name, details?.ticker, details?.endTrim ?? 0);
}

const lower = (s: string): string => s.toLowerCase();
const FUNCTION_WORDS = new Set(cues.functionWords.map((w) => tokenKey(lower(w))));
const NAME_PARTICLES = new Set(cues.nameParticles.map((w) => tokenKey(w)));
const CONNECTORS = new Set(cues.nameConnectors.map((w) => tokenKey(w)));
const TITLES = new Set([...cues.titles, ...cues.frenchTitleAbbreviations].map((t) => t.replace(/\.$/, '')));
// Titles after which a name with its particle is the person's (M. de Freycinet, le maréchal de Mac-Mahon).
const PARTICLE_TITLES = new Set(cues.frenchParticleTitles.map((t) => t.replace(/\.$/, '')));
// Noble titles: with de and a name and no given name, the title is part of the name (le duc d'Aumale).
const NOBLE_TITLES = new Set(cues.frenchNobleTitles);
const PARTICIPLE_TITLES = new Set(cues.frenchParticipleTitles);
// Old-press titles (ranks, clergy, nobility) that no party acronym follows: le général FOCH is a name.
const FRENCH_PERSON_TITLES = new Set(cues.frenchPersonTitles);
/** Plural titles name several people: MM. Ferry, Brisson et Floquet. */
const PLURAL_TITLES = new Set(['MM', 'Mmes', 'Mlles', 'Mgrs']);
/** The articles of a sovereign's epithet (Charles le Chauve, Jeanne la Folle). */
const EPITHET_ARTICLES = new Set(['le', 'la']);
const SOVEREIGN_EPITHETS = new Set(cues.sovereignEpithets);
/** de and its elided form: between a given name and a house or a place (Gérard d'Alsace), opening a
 * cue's complement of kind (le studio de développement, la société d'autoroute). */
const OF_PARTICLES = new Set(['de', "d'", 'd’']);
/** Particles that open a person's name after a title (de Freycinet, von Bülow, van den Heuvel). */
const PERSON_PARTICLES = new Set(['de', "d'", 'du', 'von', 'van', 'zu', 'da', 'di', 'del', 'della', 'dos', 'das', 'ten', 'ter']);
const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'du', 'des', 'au', 'aux', 'ce', 'cette', 'un', 'une', 'notre']);
// Bodies written in lower case, with what their complements must hold: 'name' a capitalized one
// (conseil municipal de Paris), 'any' a lower-case one too (ministère de la guerre), 'object' lower-case
// ones then the place, which it must name (communauté de communes du pays de Bitche).
const LOWER_BODY_HEADS = wordTrie(Object.entries(cues.frenchLowerBodyHeads).map(([phrase, need]) => [splitElision(phrase), need] as [string, string]));
// Lower-case words naming a street or a station with the name after them (rue de Rivoli).
const STREET_HEADS = new Set(cues.frenchStreetHeads);
const TICKER_CUES = new Set(cues.tickerCues.map((w) => tokenKey(w)));
const EXCHANGES = new Map(Object.entries(cues.exchanges));
/** The first words of the exchanges' names: a bracket before any other word opens no EXCHANGE:SYMBOL. */
const EXCHANGE_FIRST_WORDS = new Set(Object.keys(cues.exchanges).map((e) => e.split(' ')[0]));
const RIC_SUFFIXES = new Map(Object.entries(cues.ricSuffixes));
const PRODUCT_MODEL_WORDS = new Set(cues.productModelWords);
// Capitalized words and common acronyms that are no names (days, months, IA, PDG, Covid-19).
export const NOT_NAMES = new Set(cues.notNames);
/** Every start of a word of NOT_NAMES or notNamesAlone (Crédit, Crédit Photo...): a span whose first token is none is in neither list. */
const NOT_NAME_PREFIXES = new Set([...cues.notNames, ...cues.notNamesAlone].flatMap((w) => Array.from({ length: w.length }, (_, k) => w.slice(0, k + 1))));
/** A fiscal year or a period of the accounts (FY2024, FY24, FY, Q3, H1, T3, S2): a date of the figure grammar, no name. */
const FISCAL_YEAR_CODE = /^(?:FY(?:\d{2}|\d{4})?|[QT][1-4]|[HS][12])$/;
export const CALENDAR_WORDS = new Set(cues.calendarWords);
/** Capitalized job titles that open no name (Chair Jerome Powell). */
const ENGLISH_ROLE_TITLES = new Set(cues.englishRoleTitles);
export const ROLE_TITLES = new Set([...cues.roleTitles, ...cues.englishRoleTitles]);
const TITLES_INSIDE_NO_NAME = new Set(cues.titlesInsideNoName);
const ORGANIZATION_WORDS = new Set(cues.organizationWords);
// WordInfo.organization: the word is an organization word (Ministère), or opens a two-word one (Banque centrale).
const ORGANIZATION_WORD = 1;
const ORGANIZATION_PAIR_START = 2;
const ORGANIZATION_PAIR_STARTS = new Set(cues.organizationWords.filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
const PLACE_HYPHEN_SUFFIX = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M}.'’]*)-(${[...cues.placeHyphenSuffixes, ...cues.nameHyphenSuffixes].join('|')})$`, 'u');
// al-Assad, el-Sissi, ben-Gourion: a lower-case article glued to a capitalized name.
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|ben|bin|ibn|abu|abou)-\p{Lu}/u;
const COORDINATORS = new Set(['et', 'and', 'ou', 'or', ',']);

interface WordTrie {
  next: Map<string, WordTrie>;
  value?: string;
}

function wordTrie(entries: Array<[string, string]>): WordTrie {
  const root: WordTrie = { next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const w of phrase.split(/\s+/)) {
      const key = tokenKey(w);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }
  return root;
}

// Cue phrases, lower case, split on spaces; a phrase written with an elision (d'actifs) is
// matched token by token as the tokenizer splits it. A capital often loses its accent (secrétaire
// d'Etat, Economiste): each phrase is also read with its words' first letters unaccented.
const CUE_TRIE = wordTrie(
  [...Object.entries(cues.cues), ['person', cues.frenchPersonTitles] as [string, string[]]].flatMap(([type, phrases]) =>
    phrases.flatMap((p) => [...new Set([p, withPlainInitials(p)])].map((form) => [splitElision(form), type] as [string, string])),
  ),
);
/** The keys that continue some cue phrase (its second word or a later one). */
const CUE_INNER_KEYS = new Set<string>();
const addCueInnerKeys = (node: WordTrie): void => {
  for (const [key, child] of node.next) {
    CUE_INNER_KEYS.add(key);
    addCueInnerKeys(child);
  }
};
for (const child of CUE_TRIE.next.values()) addCueInnerKeys(child);

/** A phrase written with an elision (d'actifs, cour d'appel) split as the tokenizer splits it. */
function splitElision(phrase: string): string {
  return phrase.replace(/(\p{L})(['’])(?=\p{L})/gu, '$1$2 ');
}

// Corporate suffixes, as token sequences ("S.A." -> S . A .): legal forms and name words.
export const LEGAL_SUFFIXES = new Set(cues.corporateSuffixes.legal);
const SUFFIX_TRIE = wordTrie([
  ...cues.corporateSuffixes.legal.map((s) => [splitPunct(s), 'legal'] as [string, string]),
  ...cues.corporateSuffixes.name.map((s) => [s, 'name'] as [string, string]),
  ...cues.corporateSuffixes.commodityNames.map((s) => [s, 'name'] as [string, string]),
]);
/** Metals ending a miner's name (Harmony Gold): suffixes of the suffix rule, no body's tail word elsewhere (Jonathan Gold). */
const COMMODITY_SUFFIXES = new Set(cues.corporateSuffixes.commodityNames);

// Stock indexes and crude benchmarks, as token sequences (S&P 500 -> S & P 500): no mention, nor the names inside them.
/** Words ending an English name of a body or a business, whatever its first words (Montreal Hockey Club,
 * Norbury Foods): the tail words and the corporate name words. */
const PLACE_TAIL_WORDS = new Set(cues.placeTailWords);
/** Second words after which a name of the long English list opens no person (Sioux City, Meyer Music): places, venues, trades. */
const FIRST_NAME_NOT_BEFORE = new Set(cues.firstNameNotBefore);
export const ORGANIZATION_TAIL_WORDS = new Set([...cues.organizationTailWords, ...cues.corporateSuffixes.name]);
const INDEX_TAIL_WORDS = new Set(cues.marketIndexTailWords);
const INDEX_TRIE = wordTrie(cues.marketIndexes.map((s) => [tokenize(s).map((t) => t.text).join(' '), 'index'] as [string, string]));

function splitPunct(s: string): string {
  return s.replace(/([.&,])/g, ' $1 ').trim().replace(/\s+/g, ' ');
}

export interface Context {
  text: string;
  tokens: Token[];
  lang: Lang;
  /** What is known of each token's word, from the word cache (its key, lowerKey, tries): memory reused from
   * text to text (see entityContext), undefined past the text's tokens as an array made for it would be; its
   * length is that of the longest text read so far, not this one's: count with tokens.length, never iterate it. */
  words: WordInfo[];
  /** What each token is (NAME_WORD, CAPITALIZED...), bits of the constants below: a view of memory
   * reused from text to text (see entityContext), read past its end as undefined as an array is. */
  flags: Int32Array;
  /** The tokens where some rule family may start (RULE_STARTS, or a word in capitals opening a
   * line), in text order: each family reads these instead of every token. */
  ruleStarts: number[];
  /** The tokens whose word is in some list of the word-list rules (WordInfo.news has a bit that counts
   * in the text's language: the English rules' only in English), in text order: those families read
   * these instead of every token's word. */
  newsStarts: number[];
  /** The first token of each line (0 first, then every token with lineStart), in text order. */
  lineStarts: number[];
  /** The tokens with DIGIT_LED (3M, 2-1), in text order: the score rules read these, not every token. */
  digitLedStarts: number[];
  /** 1 for each token of a sentence or line written all in capitals (capitals.ts), found in the same
   * pass; undefined when there is none. */
  capitalLines: Uint8Array | undefined;
  /** The rule starts by the RULE_STARTS bits they have, index = the bit's position (see ruleStartsWith); built on first use. */
  ruleStartsByBit: Array<readonly number[] | undefined> | undefined;
}

/** A sentence or line needs this many words in capitals (two letters or more) to count as
 * written in capitals: fewer are a name or an acronym standing alone (IBM, NEW YORK). */
const MIN_CAPITAL_WORDS = 3;

// Bits of Context.flags. All but SENTENCE_START and NAME_WORD depend on the word alone
// (WordInfo.flags): the rule families test them instead of reading each token's text.
export const CAPITALIZED = 1;
export const HAS_LOWER = 2;
/** The first character is a lower-case letter. */
export const LOWER_LED = 4;
export const FUNCTION_WORD = 8;
export const CONNECTOR = 16;
/** Holds a letter or a digit (not punctuation alone). */
export const WORDLIKE = 32;
/** Starts with an ASCII digit and is not all digits (3M, 5G). */
export const DIGIT_LED = 64;
export const ALL_DIGITS = 128;
/** A capitalized word that is no name (days, months, IA, PDG). */
const NO_NAME = 256;
/** A mark after which a sentence starts (., !, ?, :, «...). */
const ENDS_SENTENCE = 512;
/** A title before a name (M., Mme, Dr). */
export const TITLE = 1024;
/** Some corporate suffix starts with this word (Inc, S, Group). */
export const SUFFIX_START = 2048;
/** A first name of the lists. */
export const FIRST_NAME = 4096;
// Bits that depend on the token's place in the text.
export const SENTENCE_START = 8192;
/** Can be part of a proper name: capitalized, no calendar word, no function word opening a sentence. */
export const NAME_WORD = 16384;
// Where a rule family can start, so that each family skips the other tokens on one bit test.
/** Some gazetteer alias or glued product version (Qwen3) starts with this word. */
export const GAZETTEER_START = 1 << 15;
export const OPEN_PAREN = 1 << 16;
/** One to five ASCII capitals: a possible bare ticker symbol (BABA). */
export const SYMBOL_LIKE = 1 << 17;
const AMPERSAND = 1 << 18;
const COMMA = 1 << 19;
/** Some cue phrase (lower-cased) starts with this word. */
export const CUE_START = 1 << 20;
const HASH = 1 << 21;
/** Some stock index name starts with this word (S&P 500, CAC 40). */
const INDEX_START = 1 << 22;
/** A known-place candidate with a hyphen suffix (Denver-based): WordInfo.hyphenPrefix is set. */
export const HYPHEN_PLACE = 1 << 23;
/** A capitalized job title (Chair, Minister). */
export const ROLE_TITLE = 1 << 24;
/** A word of NOT_NAMES, as written. */
export const NOT_NAME = 1 << 25;
export const CALENDAR_WORD = 1 << 26;
export const ENGLISH_CALENDAR_WORD = 1 << 27;
/** Lower-cased, an English word that opens sentences (Between, After). */
export const ENGLISH_OPENER = 1 << 28;
/** The first character is an upper-case letter or a number (\p{Lu} or \p{N}). */
export const UPPER_OR_NUMBER_LED = 1 << 29;
const RULE_STARTS = GAZETTEER_START | OPEN_PAREN | SYMBOL_LIKE | SUFFIX_START | TITLE | CUE_START | FIRST_NAME | HASH | INDEX_START | HYPHEN_PLACE;

/** A word as the rules see it, the same in every text: computed once per distinct token text. */
export interface WordInfo {
  /** The token text. */
  word: string;
  key: string;
  lowerKey: string;
  flags: number;
  /** The gazetteer trie after this word, when some alias starts with it. */
  gazetteer: TrieNode | undefined;
  // The first step of gazetteerCandidates read from the word, not from its trie node and hits:
  /** The trie's words after this one, when some alias of two words or more starts with it. */
  gazetteerNext: ReadonlyMap<string, TrieNode> | undefined;
  /** The one-word alias's hit for a French text and for an English one (pickHit), when the word alone is an alias. */
  gazetteerHitFr: AliasHit | undefined;
  gazetteerHitEn: AliasHit | undefined;
  /** The number of the word's node in gazetteer().steps when some alias of two words or more starts with it, else 0. */
  gazetteerFrom: number;
  /** The word's code in gazetteer().steps when it continues some alias, else 0: a match goes on only over such words. */
  gazetteerCode: number;
  /** The cue trie after this word (lower case), when some cue starts with it. */
  cue: WordTrie | undefined;
  /** The word (lower case) continues some cue phrase: a cue goes on only over such words. */
  cueInner: boolean;
  /** Some word of NOT_NAMES or notNamesAlone starts with this word (merge.ts reads a span's text only then). */
  opensNotName: boolean;
  /** The product family this word is a glued version of (Qwen3, GPT-4o). */
  family: KnownEntity | undefined;
  /** The corporate suffix trie after this word, when some suffix starts with it. */
  suffix: WordTrie | undefined;
  /** The stock index trie after this word. */
  index: WordTrie | undefined;
  /** For Denver-based: the key of the part before the hyphen, and the length left out after it. */
  hyphenPrefix: string | undefined;
  hyphenTrim: number;
  /** ORGANIZATION_WORD | ORGANIZATION_PAIR_START bits. */
  organization: number;
  /** A name particle (von, de, Le) as written or lower-cased. */
  particle: boolean;
  /** A lower-case word opening a French street (rue) or a body written in lower case (ministère,
   * conseil): their rules read it before any lookup. A field, not a flag bit: bit 30 would leave the
   * small-integer range and make every word's flags a double. */
  lowerNameHead: boolean;
  /** A given name of the English list only: a first name in English text (entityContext sets FIRST_NAME there). */
  englishFirstName: boolean;
  /** NEWS_* bits: the word lists of the news rules (product nouns, business units, speech verbs...), read once per word;
   * above them the English rules' bits (described.ts, describedWordBits), which count in an English text only. */
  news: number;
  /** The word split at its inner capitals, for hashtags (HongKong -> Hong, Kong; computed on first use). */
  camelParts?: string[];
  /** Lower case without accents, as the linker compares names (computed on first use). */
  folded?: string;
  /** The key of the word with its first letter as written and the rest in lower case (NEW -> New, SAINT-DENIS ->
   * Saint-denis), as datelineAt looks up a dateline in capitals (computed on first use). */
  firstCapitalKey?: string;
}

// WordInfo.news bits.
const NEWS_PRODUCT_NOUN = 1;
const NEWS_UNIT_FR = 2;
const NEWS_UNIT_EN = 4;
export const NEWS_SPEECH_VERB = 8;
const NEWS_INSTRUMENT = 16;
/** A capitalized head of a French body's name (Ministère, Conseil). */
const NEWS_BODY_HEAD = 32;
/** WordInfo.lowerNameHead. */
const NEWS_NAME_HEAD = 64;
/** A hyphen alone, which may cut a word at a line end. */
const NEWS_DASH = 128;
/** A word some French organization rule starts from: a platform, a club word, a portfolio or an operation head. */
const NEWS_ORGANIZATION_RULES = 256;
/** French: a word pressBlockers or rubricPlaceCandidates reads first (press.ts: an honorific, a Roman ordinal, a rubric's dash). */
export const NEWS_PRESS = 1 << 9;
// Above the English rules' bits of described.ts (1 << 10 to 1 << 22), bits of English rules in files of their own.
/** The head a state's or an institution's name (stateNames.ts), a release's layout (releaseLayout.ts)
 * or a body's name (bodyNames.ts) is read from: one bit for the three, each rule tests its own lists. */
export const NEWS_ENGLISH_HEAD = 1 << 23;
/** A percent sign or word after a number (marketMoves.ts). */
export const NEWS_PERCENT = 1 << 24;
/** A data noun or an employer's title a source is named after (sourceCues.ts: data from X, head of research at X). */
export const NEWS_SOURCE_CUE = 1 << 25;
/** A dash that may follow a transcript speaker's name (speakerLines.ts). */
export const NEWS_SPEAKER_DASH = 1 << 26;
/** French: a word with an inner hyphen that hyphenPairs.ts may split into names (Canada-UE, anti-Trump). */
export const NEWS_JOINED_NAME = 1 << 27;
/** French: a capitalized word whose inner f may be an OCR'd long s (longS.ts: Verfailles). */
export const NEWS_LONG_S = 1 << 28;
/** English: a word of the lists of notNamesInContext.ts (ratings, commodities, storm heads), placeTails.ts (place heads), ratedNames.ts, namedIndexes.ts, companyBoards.ts, economicAcronyms.ts (glued indexes), benchmarkNames.ts or headlineVerbLinks.ts; each rule tests its own list. */
export const NEWS_ENGLISH_WORD = 1 << 29;
/** French: a word some French rule of a file of its own opens at (oldPressNames, ocrRn, feasts, movements,
 * spacedLetters, hospitals, worksAuthors, firmStaff, squares, economicAcronyms, namedThings, demonyms); each rule tests its own list, so a text's pass visits these words only. */
export const NEWS_FRENCH_RULE = 1 << 30;
/** The bits that count in a French text only, and those that count in an English text only (with described.ts's ENGLISH_NEWS_BITS). */
const FRENCH_ONLY_NEWS_BITS = NEWS_PRESS | NEWS_JOINED_NAME | NEWS_LONG_S | NEWS_FRENCH_RULE;
const ENGLISH_ONLY_NEWS_BITS = NEWS_ENGLISH_HEAD | NEWS_PERCENT | NEWS_SOURCE_CUE | NEWS_SPEAKER_DASH | NEWS_ENGLISH_WORD;
const ORGANIZATION_RULE_WORDS = new Set([...cues.platforms, ...cues.sportsClubHeads, ...cues.sportsClubTails, 'ministre', 'ministère', 'secrétaire', 'secrétariat', 'opération', 'Opération', 'operation', 'Operation']);

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', '«', '"', '“', '—', '–', '•', '|']);
const WORDLIKE_CHAR = /[\p{L}\p{N}]/u;
const UPPER_OR_NUMBER_FIRST = /^[\p{Lu}\p{N}]/u;
const ENGLISH_CALENDAR_WORDS = new Set(cues.englishCalendarWords);
const ENGLISH_SENTENCE_OPENERS = new Set(cues.englishSentenceOpeners);

// The word cache: articles repeat their words, and most words are in every article.
const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, WordInfo>();
// One-character tokens (punctuation, initials) by character code: an array read, no hashing.
const SINGLE_CHAR_LIMIT = 0x2100;
const singleCharWords = new Array<WordInfo | undefined>(SINGLE_CHAR_LIMIT);

function newWordInfo(word: string): WordInfo {
  const key = tokenKey(word);
  const lowerKey = key.toLowerCase();
  let f = 0;
  if (isCapitalized(word)) f |= CAPITALIZED;
  if (hasLower(word)) f |= HAS_LOWER;
  if (startsLower(word)) f |= LOWER_LED;
  if (FUNCTION_WORDS.has(lowerKey)) f |= FUNCTION_WORD;
  if (CONNECTORS.has(key)) f |= CONNECTOR;
  if (WORDLIKE_CHAR.test(word)) f |= WORDLIKE;
  const c0 = word.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) f |= isAsciiDigits(word) ? ALL_DIGITS : DIGIT_LED;
  const notName = NOT_NAMES.has(word) || (word.length <= 6 && FISCAL_YEAR_CODE.test(word));
  if (notName || CALENDAR_WORDS.has(word)) f |= NO_NAME;
  if (SENTENCE_END.has(word)) f |= ENDS_SENTENCE;
  if (TITLES.has(word)) f |= TITLE;
  const suffix = SUFFIX_TRIE.next.get(word);
  if (suffix !== undefined) f |= SUFFIX_START;
  const gz = gazetteer();
  // A compound given name of two listed ones is one too (François-Étienne, Marie-Thérèse).
  if (gz.firstNames.has(word) || (f & CAPITALIZED && isCompoundFirstName(word, gz.firstNames))) f |= FIRST_NAME;
  const trie = gz.root.next.get(key);
  const family = familyPrefix(word);
  // Aliases start with a letter, a digit or an ideograph (or #): punctuation starts none.
  if ((c0 >= 48 || word === '#') && (trie !== undefined || family !== undefined)) f |= GAZETTEER_START;
  if (word === '(') f |= OPEN_PAREN;
  if (isAsciiCaps(word, 1, 5)) f |= SYMBOL_LIKE;
  if (word === '&') f |= AMPERSAND;
  if (word === ',') f |= COMMA;
  const cue = CUE_TRIE.next.get(lowerKey);
  if (cue !== undefined) f |= CUE_START;
  if (word === '#') f |= HASH;
  const index = INDEX_TRIE.next.get(word);
  if (index !== undefined) f |= INDEX_START;
  let hyphenPrefix: string | undefined;
  let hyphenTrim = 0;
  const hyphen = f & CAPITALIZED ? PLACE_HYPHEN_SUFFIX.exec(word) : null;
  if (hyphen) {
    f |= HYPHEN_PLACE;
    hyphenPrefix = tokenKey(hyphen[1]);
    hyphenTrim = word.length - hyphen[1].length;
  }
  if (ROLE_TITLES.has(word)) f |= ROLE_TITLE;
  if (notName) f |= NOT_NAME;
  if (CALENDAR_WORDS.has(word)) f |= CALENDAR_WORD;
  if (ENGLISH_CALENDAR_WORDS.has(word)) f |= ENGLISH_CALENDAR_WORD;
  if (ENGLISH_SENTENCE_OPENERS.has(word.toLowerCase())) f |= ENGLISH_OPENER;
  if (UPPER_OR_NUMBER_FIRST.test(word)) f |= UPPER_OR_NUMBER_LED;
  const organization = (ORGANIZATION_WORDS.has(word) ? ORGANIZATION_WORD : 0) | (ORGANIZATION_PAIR_STARTS.has(word) ? ORGANIZATION_PAIR_START : 0);
  const particle = NAME_PARTICLES.has(key) || NAME_PARTICLES.has(lowerKey);
  const lowerNameHead = STREET_HEADS.has(key) || LOWER_BODY_HEADS.next.has(key);
  const news =
    (PRODUCT_NOUNS_AFTER_MODEL.has(word) ? NEWS_PRODUCT_NOUN : 0) |
    (BUSINESS_UNIT_WORDS.fr.has(lowerKey) ? NEWS_UNIT_FR : 0) |
    (BUSINESS_UNIT_WORDS.en.has(lowerKey) ? NEWS_UNIT_EN : 0) |
    (SPEECH_VERBS.has(word) ? NEWS_SPEECH_VERB : 0) |
    (INSTRUMENT_NOUNS.has(word) ? NEWS_INSTRUMENT : 0) |
    (BODY_HEADS.has(word) ? NEWS_BODY_HEAD : 0) |
    (lowerNameHead ? NEWS_NAME_HEAD : 0) |
    (word === '-' ? NEWS_DASH : 0) |
    (ORGANIZATION_RULE_WORDS.has(word) || ORGANIZATION_RULE_WORDS.has(lowerKey) ? NEWS_ORGANIZATION_RULES : 0) |
    (isPressWord(word) ? NEWS_PRESS : 0) |
    (isStateNameHead(word) || opensReleaseLayout(word) || isBodyNameWord(word) ? NEWS_ENGLISH_HEAD : 0) |
    (isPercentWord(word) ? NEWS_PERCENT : 0) |
    (isSourceCueWord(lowerKey) ? NEWS_SOURCE_CUE : 0) |
    (isSpeakerDash(word) ? NEWS_SPEAKER_DASH : 0) |
    (isJoinedNameWord(word) ? NEWS_JOINED_NAME : 0) |
    (mayHoldLongS(word) ? NEWS_LONG_S : 0) |
    (opensFrenchRule(word, lowerKey) ? NEWS_FRENCH_RULE : 0) |
    (opensNotNameInContext(word) || isPlaceTail(word) || opensRatedName(word) || opensNamedIndex(word) || isGluedIndex(word) || opensCompanyBoard(word) || opensBenchmarkName(word) || opensHeadlineVerbLink(word) ? NEWS_ENGLISH_WORD : 0) |
    describedWordBits(word, lowerKey);
  // Every field present from the start (the lazy ones too): one object shape for every word.
  const englishFirstName = !(f & FIRST_NAME) && gz.englishFirstNames.has(word);
  const gazetteerNext = trie !== undefined && trie.next.size > 0 ? trie.next : undefined;
  const gazetteerHitFr = trie?.hits ? pickHit(trie.hits, 'fr') : undefined;
  const gazetteerHitEn = trie?.hits ? pickHit(trie.hits, 'en') : undefined;
  return { word, key, lowerKey, flags: f, gazetteer: trie, gazetteerNext, gazetteerHitFr, gazetteerHitEn, gazetteerFrom: gazetteerNext !== undefined ? gz.steps.firstNode(trie!) : 0, gazetteerCode: gz.steps.codes.get(key) ?? 0, cue, cueInner: CUE_INNER_KEYS.has(lowerKey), opensNotName: NOT_NAME_PREFIXES.has(word), family, suffix, index, hyphenPrefix, hyphenTrim, organization, particle, lowerNameHead, englishFirstName, news, camelParts: undefined, folded: undefined, firstCapitalKey: undefined };
}

/** Whether a hyphenated word joins two or three listed given names (Jean-Baptiste, François-Étienne). */
function isCompoundFirstName(word: string, firstNames: Set<string>): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 1) return false;
  const parts = word.split('-');
  return parts.length <= 3 && parts.every((p) => firstNames.has(p));
}

/** Whether some French rule of a file of its own opens at this word (NEWS_FRENCH_RULE). */
function opensFrenchRule(word: string, lowerKey: string): boolean {
  return opensOldPressName(word, lowerKey) || mayBeRnMisread(word) || opensFeast(word) || opensMovementForm(word) || isSingleCapital(word) || isHospitalHead(word) || isWorkNoun(word.toLowerCase()) || endsFirmStaffNoun(word) || isSquareHead(word) || isEconomicAcronymWord(word) || opensNamedThing(word) || isDemonym(word) || isDoseUnit(word) || isRepublicWord(word) || opensElidedCompound(word) || isNameHead(word) || isIntercommunalTail(word) || isReportHead(word) || opensRoadCode(word) || listedPlaceInCapitals(word, 'fr') !== undefined;
}

/** The word cache's entry for a token text. */
export function wordInfo(word: string): WordInfo {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    if (code < SINGLE_CHAR_LIMIT) return (singleCharWords[code] ??= newWordInfo(word));
  }
  let info = wordCache.get(word);
  if (info === undefined) {
    info = newWordInfo(word);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, info);
  }
  return info;
}

/** The flags of a word in a text of language `lang`: royal and military titles are titles in
 * English only (French: le prince Charles, the singer Prince), and a given name of the English
 * list only is a first name in English text. */
function wordFlagsIn(info: WordInfo, lang: Lang): number {
  let f = info.flags;
  if (f & ROLE_TITLE && lang !== 'en' && ENGLISH_ROLE_TITLES.has(info.word)) f &= ~ROLE_TITLE;
  if (info.englishFirstName && lang === 'en') f |= FIRST_NAME;
  return f;
}

/** The news bits of a word that count in a text of language `lang`: the English rules' only in English, the French press rules' only in French. */
function wordNewsIn(info: WordInfo, lang: Lang): number {
  return lang === 'en' ? info.news & ~FRENCH_ONLY_NEWS_BITS : info.news & ~(ENGLISH_NEWS_BITS | ENGLISH_ONLY_NEWS_BITS);
}

/** The memory of Context.flags: a typed array made per text costs an allocation outside the heap, and a plain
 * array 8 bytes a token in the young generation. A context is read until the next text's is made (extractEntities
 * keeps none), so the next one may reuse the memory. */
const flagsScratch = new ReusedInt32Array();
/** The memory of Context.words, reused the same way (an array made per text was 8 bytes a token in the young
 * generation): a WordInfo lives in the word cache, so storing it here records no young object for the collector.
 * Its entries [0, wordsFilled) are the last context's words, the others undefined. */
const wordsScratch: Array<WordInfo | undefined> = [];
let wordsFilled = 0;

// The word cache's entries by token id: entityContext reads each token's flags and news bits from
// one dense typed array for the text's language and touches no WordInfo object (most tokens find
// theirs without hashing their text). An id names another word once the tokenizer's table is
// emptied: the entries are dropped when its epoch moves on (checked once per text), and an entry
// counts only for a token whose id is of the present table (hasCurrentId, which reads the
// tokenizer's table, still in the caches from tokenize; a copy of the words here cost a cache miss
// per token), checked for each token only when the caller cannot say its tokens were made in the
// present epoch (about a fifth of entityContext on Wikinews articles). Bounded by the tokenizer's ids (emptied at 100,000 words), and by MAX_INDEXED_ID.
const MAX_INDEXED_ID = 1 << 18;
/** The WordInfo of each id indexed in the epoch idInfosEpoch, undefined for an id not indexed. */
let idInfos: Array<WordInfo | undefined> = [];
let idInfosEpoch = tokenIdEpoch();
/** Per indexed id, its word's flags then its news bits in a French text (two ints: eight ids a cache line); the same for an English text. */
let idWordsFr = new Int32Array(2 << 12);
let idWordsEn = new Int32Array(2 << 12);

/** Fills the entry of token t's id and returns true, or false for a token kept out (no id of the present table, or a large one). */
function indexTokenWord(t: Token): boolean {
  const id = t.id;
  if (id < 0 || id >= MAX_INDEXED_ID || !hasCurrentId(t)) return false;
  if (2 * (id + 1) > idWordsFr.length) {
    const size = 2 * Math.min(MAX_INDEXED_ID, Math.max(idWordsFr.length, id + 1));
    const fr = new Int32Array(size);
    fr.set(idWordsFr);
    idWordsFr = fr;
    const en = new Int32Array(size);
    en.set(idWordsEn);
    idWordsEn = en;
  }
  // Filled up to the id in order: a store far past the end would turn the array into a slow sparse one.
  while (idInfos.length <= id) idInfos.push(undefined);
  const info = wordInfo(t.text);
  idInfos[id] = info;
  idWordsFr[2 * id] = wordFlagsIn(info, 'fr');
  idWordsFr[2 * id + 1] = wordNewsIn(info, 'fr');
  idWordsEn[2 * id] = wordFlagsIn(info, 'en');
  idWordsEn[2 * id + 1] = wordNewsIn(info, 'en');
  return true;
}

/** The rules' view of a text: its tokens with their word info and flags, computed in one pass. Its words and
 * flags are the memory of the next call's (wordsScratch, flagsScratch): read a context before making another one.
 * `idsCurrent`: the tokens were made in the tokenizer's present epoch (see EntityContext.tokensEpoch),
 * so an id's entry is its token's without checking the token against the tokenizer's table. */
export function entityContext(text: string, tokens: Token[], lang: Lang, idsCurrent = false): Context {
  const n = tokens.length;
  const words = wordsScratch as WordInfo[];
  const flags = flagsScratch.zeros(n);
  const ruleStarts: number[] = [];
  const newsStarts: number[] = [];
  const digitLedStarts: number[] = [];
  const lineStarts: number[] = [];
  if (idInfosEpoch !== tokenIdEpoch()) {
    idInfos = [];
    idInfosEpoch = tokenIdEpoch();
  }
  const english = lang === 'en';
  let previousEnds = true;
  // The sentence or line being read: where it starts, its words in capitals, whether it has a lower-case letter.
  let capitalLines: Uint8Array | undefined;
  let lineStart = 0;
  let capitalWords = 0;
  let lower = false;
  // The per-id flags of the text's language (indexTokenWord may grow them: read again after it).
  let data = english ? idWordsEn : idWordsFr;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const id = t.id;
    const atLineStart = t.lineStart;
    let f: number;
    let news: number;
    let info = id >= 0 && id < idInfos.length ? idInfos[id] : undefined;
    if (info !== undefined && (idsCurrent || hasCurrentId(t))) {
      f = data[2 * id];
      news = data[2 * id + 1];
    } else if (indexTokenWord(t)) {
      data = english ? idWordsEn : idWordsFr;
      info = idInfos[id]!;
      f = data[2 * id];
      news = data[2 * id + 1];
    } else {
      info = wordInfo(t.text);
      f = wordFlagsIn(info, lang);
      news = wordNewsIn(info, lang);
    }
    words[i] = info;
    if (i === 0 || atLineStart) lineStarts.push(i);
    if (previousEnds || atLineStart) f |= SENTENCE_START;
    if (f & CAPITALIZED && !(f & NO_NAME) && !(f & SENTENCE_START && f & FUNCTION_WORD)) f |= NAME_WORD;
    flags[i] = f;
    if (i > lineStart && (f & SENTENCE_START || atLineStart)) {
      if (!lower && capitalWords >= MIN_CAPITAL_WORDS) (capitalLines ??= new Uint8Array(n)).fill(1, lineStart, i);
      lineStart = i;
      capitalWords = 0;
      lower = false;
    }
    if (f & HAS_LOWER) lower = true;
    else if (f & CAPITALIZED && f & WORDLIKE && t.end - t.start >= 2) capitalWords++;
    // A hyphen standing alone between spaces is a dash: it ends a dateline (WASHINGTON (Reuters) - The SEC...).
    previousEnds = (f & ENDS_SENTENCE) !== 0 || ((news & NEWS_DASH) !== 0 && t.spaceBefore && i + 1 < n && tokens[i + 1].spaceBefore);
    // A dateline (NEW YORK, May 5) starts with a word in capitals at a line start.
    if (f & RULE_STARTS || ((f & (CAPITALIZED | HAS_LOWER)) === CAPITALIZED && (i === 0 || atLineStart))) ruleStarts.push(i);
    if (news !== 0) newsStarts.push(i);
    if (f & DIGIT_LED) digitLedStarts.push(i);
  }
  if (!lower && capitalWords >= MIN_CAPITAL_WORDS) (capitalLines ??= new Uint8Array(n)).fill(1, lineStart, n);
  // Past this text's tokens, a word reads as undefined, as past the end of an array made for the text.
  if (wordsFilled > n) wordsScratch.fill(undefined, n, wordsFilled);
  wordsFilled = n;
  return { text, tokens, lang, words, flags, ruleStarts, newsStarts, lineStarts, digitLedStarts, capitalLines, ruleStartsByBit: undefined };
}

const NO_STARTS: readonly number[] = [];

/** The rule starts (Context.ruleStarts) with some bit of `mask`, in text order; `mask` holds bits of
 * RULE_STARTS only (OPEN_PAREN, TITLE | CUE_START...). Most rule families start at a token of one or
 * two rare bits: the first call of a text sorts every rule start into a list for each of its bits, in
 * one walk, and each family then reads its own few tokens instead of walking every rule start. */
export function ruleStartsWith(ctx: Context, mask: number): readonly number[] {
  const byBit = (ctx.ruleStartsByBit ??= ruleStartsByBit(ctx));
  let starts: readonly number[] | undefined;
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const list = byBit[31 - Math.clz32(bits & -bits)];
    if (list !== undefined) starts = starts === undefined ? list : mergedStarts(starts, list);
  }
  return starts ?? NO_STARTS;
}

function ruleStartsByBit(ctx: Context): Array<number[] | undefined> {
  const { flags } = ctx;
  const byBit = new Array<number[] | undefined>(31).fill(undefined);
  for (const i of ctx.ruleStarts) {
    for (let bits = flags[i] & RULE_STARTS; bits !== 0; bits &= bits - 1) {
      const bit = 31 - Math.clz32(bits & -bits);
      const list = byBit[bit];
      if (list === undefined) byBit[bit] = [i];
      else list.push(i);
    }
  }
  return byBit;
}

/** The union of two token lists in text order, each token once. */
function mergedStarts(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function isAsciiDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** A word of min..max ASCII capitals (BABA, OMC). */
function isAsciiCaps(word: string, min: number, max: number): boolean {
  if (word.length < min || word.length > max) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** True when token i opens a sentence or a line, where every word is capitalized. */
export function isSentenceStart(ctx: Context, i: number): boolean {
  return (ctx.flags[i] & SENTENCE_START) !== 0;
}

export function isConnector(word: string): boolean {
  return CONNECTORS.has(tokenKey(word));
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(tokenKey(lower(word)));
}

/** A word that can be part of a proper name: capitalized, or a digit-led model name (3M). */
export function isNameWord(ctx: Context, i: number): boolean {
  return (ctx.flags[i] & NAME_WORD) !== 0;
}

/** The end of the longest phrase of `phrases` at token i, or -1; the rules that match listed phrases share it. */
export function phraseEnd(ctx: Context, i: number, phrases: string[][] | undefined): number {
  if (phrases === undefined) return -1;
  let best = -1;
  for (const p of phrases) {
    let k = 0;
    while (k < p.length && i + k < ctx.tokens.length && ctx.tokens[i + k].text === p[k] && (k === 0 || !ctx.tokens[i + k].lineStart)) k++;
    if (k === p.length && i + k > best) best = i + k;
  }
  return best;
}

/** End (exclusive) of a run of name words starting at i, with connectors inside (Banque de France). */
export function nameRunEnd(ctx: Context, i: number, maxWords: number, connectors = true): number {
  const { tokens, flags } = ctx;
  let j = i;
  let words = 0;
  while (j < tokens.length && words < maxWords) {
    if (j > i && tokens[j].lineStart) break;
    if (flags[j] & NAME_WORD || (j > i && flags[j] & DIGIT_LED && tokens[j].spaceBefore)) {
      j++;
      words++;
      continue;
    }
    // A connector joins two name words (Procter & Gamble, Banque de France).
    if (connectors && j > i && flags[j] & CONNECTOR && j + 1 < tokens.length && !tokens[j + 1].lineStart && flags[j + 1] & NAME_WORD) {
      j++;
      continue;
    }
    // An article elided inside a hyphenated name joins its two halves (Marcy-l'Étoile, Jeanne-d'Arc).
    if (j > i && elidedJoin(ctx, j)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A hyphen and one letter, l or d, closing a word: the elided article of a compound name (Raon-l', Villeneuve-d'). */
const ELIDED_COMPOUND_HALF = /-[lLdD]$/;

/** Whether token k is an apostrophe that joins the two halves of a compound name: touching a word
 * ending in -l or -d before it and a name word after it (Marcy-l'Étoile, Saint-Jean-d'Angély). */
export function elidedJoin(ctx: Context, k: number): boolean {
  const { tokens, flags } = ctx;
  if (k < 1 || k + 1 >= tokens.length) return false;
  const t = tokens[k];
  return (
    (t.text === "'" || t.text === '’') &&
    tokens[k - 1].end === t.start &&
    tokens[k + 1].start === t.end &&
    (flags[k + 1] & NAME_WORD) !== 0 &&
    ELIDED_COMPOUND_HALF.test(tokens[k - 1].text)
  );
}

/** Start of a run of name words ending just before `end` (exclusive), at most maxWords words. */
export function nameRunStartBefore(ctx: Context, end: number, maxWords: number, connectors = true): number {
  const { tokens, flags } = ctx;
  let j = end;
  let words = 0;
  while (j > 0 && words < maxWords) {
    const k = j - 1;
    if (flags[k] & NAME_WORD) {
      j = k;
      words++;
      if (tokens[k].lineStart) break;
      continue;
    }
    if (connectors && j < end && k > 0 && flags[k] & CONNECTOR && flags[k - 1] & NAME_WORD && !tokens[j].lineStart) {
      j = k;
      continue;
    }
    // An apostrophe inside a word joins its two capitalized parts (Land O'Lakes Inc.).
    if (j < end && k > 0 && flags[k - 1] & NAME_WORD && !tokens[k].spaceBefore && !tokens[j].spaceBefore && tokens[k - 1].text.length === 1 && isApostrophe(tokens[k].text)) {
      j = k;
      continue;
    }
    break;
  }
  // A connector cannot open the run.
  while (j < end && !(flags[j] & NAME_WORD)) j++;
  return j;
}

/** An apostrophe, straight or curly. */
export function isApostrophe(text: string): boolean {
  return text === "'" || text === '\u2019';
}

/** Corporate suffix tokens starting at i: end (exclusive) and whether it is a legal form. */
export function matchSuffix(ctx: Context, i: number): { end: number; legal: boolean } | undefined {
  let node: WordTrie | undefined = ctx.words[i].suffix;
  if (node === undefined) return undefined;
  const { tokens } = ctx;
  let best: { end: number; legal: boolean } | undefined = node.value ? { end: i + 1, legal: node.value === 'legal' } : undefined;
  for (let j = i + 1; j < tokens.length && node; j++) {
    if (tokens[j].lineStart) break;
    // Dots and inner letters of S.A. are written without spaces.
    if (!tokens[j].spaceBefore && !isSuffixPunct(tokens[j].text, true) && !isSuffixPunct(tokens[j - 1].text, false)) break;
    node = node.next.get(tokens[j].text);
    if (node?.value) best = { end: j + 1, legal: node.value === 'legal' };
  }
  return best;
}

/** ".", "&" (and "," when `comma`): the punctuation inside a suffix such as S.A. or S.à r.l. */
function isSuffixPunct(t: string, comma: boolean): boolean {
  return t === '.' || t === '&' || (comma && t === ',');
}

/** Extends a company name over its corporate suffixes (Microsoft Corp., Alibaba Group Holding Ltd). */
export function suffixEnd(ctx: Context, end: number): number {
  const { tokens, flags } = ctx;
  let j = end;
  for (let guard = 0; guard < 3 && j < tokens.length; guard++) {
    let k = j;
    if (flags[k] & COMMA && k + 1 < tokens.length && LEGAL_SUFFIXES.has(tokens[k + 1].text + (tokens[k + 2]?.text === '.' ? '.' : ''))) k++;
    if (!tokens[k] || tokens[k].lineStart || !(flags[k] & SUFFIX_START)) break;
    const s = matchSuffix(ctx, k);
    if (!s) break;
    j = s.end;
  }
  return j;
}

function glueToNext(tokens: Token[], i: number): boolean {
  return i + 1 < tokens.length && !tokens[i + 1].spaceBefore;
}

/** The hit for this language: a form read so in this language only first (English Mexico is the
 * country, French Mexico the city), then one read so in every language. */
export function pickHit(hits: AliasHit[], lang: Lang): AliasHit | undefined {
  let everyLanguage: AliasHit | undefined;
  for (const h of hits) {
    if (h.lang === lang) return h;
    if (everyLanguage === undefined && h.lang === undefined) everyLanguage = h;
  }
  return everyLanguage;
}

/** The listed entity named exactly by one word (`name`), if the list's hit for the language is unambiguous. */
export function listedWord(name: string, ctx: Context): KnownEntity | undefined {
  const hits = gazetteer().root.next.get(tokenKey(name))?.hits;
  const hit = hits ? pickHit(hits, ctx.lang) : undefined;
  return hit && !hit.ambiguous ? hit.entity : undefined;
}

/** listedWord of token i's text, read from its word's cached hits (no key built, no lookup). */
export function listedToken(ctx: Context, i: number): KnownEntity | undefined {
  const info = ctx.words[i];
  const hit = ctx.lang === 'en' ? info.gazetteerHitEn : info.gazetteerHitFr;
  return hit && !hit.ambiguous ? hit.entity : undefined;
}

/** Gazetteer matches: longest alias at each token, suffix-extended for companies, product versions. */
function gazetteerCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, lang, words, flags } = ctx;
  const steps = gazetteer().steps;
  const n = tokens.length;
  const english = lang === 'en';
  for (const i of ruleStartsWith(ctx, GAZETTEER_START)) {
    // Longest alias starting here; names do not run across a line break.
    const info = words[i];
    // The word alone is an alias when it has a hit in either language (every hit is of one language or of both).
    let matchEnd = info.gazetteerHitFr !== undefined || info.gazetteerHitEn !== undefined ? i + 1 : -1;
    let matched = 0;
    for (let node = info.gazetteerFrom, j = i + 1; node !== 0 && j < n && !tokens[j].lineStart; j++) {
      const code = words[j].gazetteerCode;
      if (code === 0) break;
      node = steps.child(node, code);
      if (node === 0) break;
      const kind = steps.kinds[node];
      if (kind & NODE_HAS_HITS) {
        matchEnd = j + 1;
        matched = node;
      }
      if (!(kind & NODE_GOES_ON)) break;
    }
    if (matchEnd >= 0) {
      const hit = matched !== 0 ? pickHit(steps.nodes[matched].hits!, lang) : english ? info.gazetteerHitEn : info.gazetteerHitFr;
      // A common-word name that opens a job title is the title's (Prime Minister).
      const inTitle = hit?.ambiguous && matchEnd < n && flags[matchEnd] & ROLE_TITLE && flags[matchEnd - 1] & ROLE_TITLE;
      // A name opening on a lower-case article goes on with the capitalized word after it (the West, not the West Jersey Railroad).
      const goesOn = flags[i] & LOWER_LED && matchEnd < n && flags[matchEnd] & NAME_WORD && !tokens[matchEnd].lineStart;
      if (hit && !(hit.ambiguous && flags[i] & SENTENCE_START) && !inTitle && !goesOn) {
        let end = matchEnd;
        let tier = 2;
        const entity = hit.entity;
        if (entity.type === 'company') {
          const s = suffixEnd(ctx, end);
          if (s > end) {
            end = s;
            tier = 3;
          } else if (end - i > 1 && flags[end - 1] & SUFFIX_START && matchSuffix(ctx, end - 1)?.end === end) {
            // An alias holding its suffix (China Evergrande Group) is as fixed as a shorter one taking it (Evergrande Group).
            tier = 3;
          }
        }
        if (entity.family) {
          const v = versionEnd(tokens, end);
          if (v > end) {
            const text = ctx.text.slice(tokens[i].start, tokens[v - 1].end);
            out.push(candidate(i, v, 'product', 'gazetteer', 2, 85, { name: text }));
          }
        }
        out.push(candidate(i, end, entity.type, 'gazetteer', tier, 80 + (hit.ambiguous ? -5 : 0), { entity, weak: hit.ambiguous }));
      }
    } else {
      // Glued product versions: Qwen3, Qwen-VL, QwQ-32B, GPT-4o.
      const family = words[i].family;
      if (family) {
        const v = Math.max(i + 1, versionEnd(tokens, i + 1, true));
        out.push(candidate(i, v, 'product', 'gazetteer', 2, 85, { name: ctx.text.slice(tokens[i].start, tokens[v - 1].end) }));
      }
    }
  }
}

const LETTER = /\p{L}/u;

/** The product family a letter-led word with a hyphen or a digit is a version of (Qwen3, GPT-4o). */
function familyPrefix(word: string): KnownEntity | undefined {
  let hyphen = -1;
  let digit = -1;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 45) {
      if (hyphen < 0) hyphen = k;
    } else if (c >= 48 && c <= 57 && digit < 0) digit = k;
  }
  if ((hyphen < 0 && digit < 0) || !LETTER.test(word.charAt(0))) return undefined;
  const gz = gazetteer();
  if (hyphen > 0) {
    const f = gz.families.get(word.slice(0, hyphen));
    if (f) return f;
  }
  if (digit > 0) {
    const f = gz.families.get(word.slice(0, digit));
    if (f) return f;
  }
  return undefined;
}

const VERSION = /^(\d{1,4}[a-zA-Z]{0,3}|[A-Z]\d{1,3}[a-zA-Z]?|[XSE])$/;

/** After a product family name: a version (16, S24, V5, 4o) and model words (Pro Max). */
function versionEnd(tokens: Token[], end: number, afterGlued = false): number {
  let j = end;
  if (!afterGlued) {
    if (j >= tokens.length || tokens[j].lineStart || !VERSION.test(tokens[j].text)) return end;
    // A year or a count is no version: "iPhone en 2024" never gets here, "iPhone 2024" is rare.
    if (/^\d{4}$/.test(tokens[j].text)) return end;
    j++;
    // Decimal versions: 2.5
    if (j + 1 < tokens.length && tokens[j].text === '.' && !tokens[j].spaceBefore && isAsciiDigits(tokens[j + 1].text) && !tokens[j + 1].spaceBefore) j += 2;
  }
  while (j < tokens.length && !tokens[j].lineStart && tokens[j].spaceBefore && PRODUCT_MODEL_WORDS.has(tokens[j].text)) j++;
  return j;
}

const TICKER_SYMBOL = /^[A-Z0-9][A-Z0-9]{0,5}$/;

/** Tickers in parentheses after a name: (NYSE:BABA), (NASDAQ: AAPL), (Euronext Paris: MC). */
function tickerCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words, flags } = ctx;
  const gz = gazetteer();
  // The symbols quoted in brackets, made at the first (most texts quote none).
  let seenSymbols: Set<string> | undefined;
  for (const i of ruleStartsWith(ctx, OPEN_PAREN)) {
    if (i + 4 >= tokens.length) continue;

    // Reuters instrument codes: (AAPL.O), (7203.T), (HSBA.L).
    const ric = ricCandidate(ctx, i, out, gz);
    if (ric !== undefined) {
      (seenSymbols ??= new Set()).add(ric);
      continue;
    }
    let j = i + 1;
    let exchange = tokens[j].text;
    if (!EXCHANGE_FIRST_WORDS.has(exchange)) continue;
    // Two-word exchanges first: Euronext Paris.
    if (j + 1 < tokens.length && EXCHANGES.has(`${exchange} ${tokens[j + 1].text}`)) {
      exchange = `${exchange} ${tokens[j + 1].text}`;
      j++;
    }
    if (!EXCHANGES.has(exchange)) continue;
    j++;
    if (tokens[j]?.text !== ':') continue;
    j++;
    const sym = tokens[j];
    if (!sym || !TICKER_SYMBOL.test(sym.text)) continue;
    let symEnd = j + 1;
    // Share classes: BRK.B
    if (tokens[symEnd]?.text === '.' && !tokens[symEnd].spaceBefore && isAsciiCaps(tokens[symEnd + 1]?.text ?? '', 1, 1) && !tokens[symEnd + 1].spaceBefore) symEnd += 2;
    if (tokens[symEnd]?.text !== ')') continue;
    const symbol = ctx.text.slice(sym.start, tokens[symEnd - 1].end);
    const key = `${normalizeExchange(EXCHANGES.get(exchange)!)}:${symbol}`;
    out.push(candidate(i + 1, symEnd, 'ticker', 'rule', 3, 100, { ticker: key, entity: gz.tickers.get(key) }));
    (seenSymbols ??= new Set()).add(symbol);
    // The company it quotes: the name run just before the parenthesis.
    // A sentence-opening common noun is no part of it (Rival Kelbridge Systems (NASDAQ:KLB)).
    const runStart = afterDescriptiveOpener(ctx, nameRunStartBefore(ctx, i, 6), i);
    if (runStart < i) {
      out.push(candidate(runStart, i, 'company', 'rule', 2, 60, { name: companyName(ctx, runStart, i) }));
    }
  }
  // Bare symbols: one quoted above, or a known symbol after a ticker cue (les actions BABA).
  for (const i of ruleStartsWith(ctx, SYMBOL_LIKE)) {
    const t = tokens[i].text;
    const listedSymbol = gz.symbols.has(t);
    const seen = seenSymbols?.has(t) === true;
    if (!listedSymbol && !seen) continue;
    const prev = i > 0 ? tokens[i - 1].text : '';
    const dollar = prev === '$' && !tokens[i].spaceBefore;
    // A listed symbol that names nothing else (not BP, IBM) is its company's ticker after "shares of"
    // (shares of AAPL) and, from four letters, anywhere (TSLA fell 3%).
    const onlySymbol = listedSymbol && !words[i].gazetteer?.hits;
    const ofCue = onlySymbol && i > 1 && (words[i - 1].lowerKey === 'of' || words[i - 1].lowerKey === 'in') && TICKER_CUES.has(words[i - 2].lowerKey);
    const cued = (i > 0 && TICKER_CUES.has(words[i - 1].lowerKey)) || dollar || ofCue;
    const plainSymbol = onlySymbol && t.length >= 4;
    if ((seen && (cued || t.length >= 3)) || ((cued || plainSymbol) && listedSymbol)) {
      if (prev === ':') continue; // part of EXCHANGE:SYMBOL
      out.push(candidate(i, i + 1, 'ticker', 'rule', 3, 95, { ticker: t, entity: gz.symbols.get(t) }));
    }
  }
}

/** A Reuters instrument code in parentheses at token i (the "("): SYMBOL.EXCHANGE, glued. Returns its symbol, or undefined for none. */
function ricCandidate(ctx: Context, i: number, out: Candidate[], gz: ReturnType<typeof gazetteer>): string | undefined {
  const { tokens } = ctx;
  const sym = tokens[i + 1];
  const dot = tokens[i + 2];
  const suffix = tokens[i + 3];
  const close = tokens[i + 4];
  if (!close || close.text !== ')' || dot.text !== '.' || dot.spaceBefore || suffix.spaceBefore || close.spaceBefore) return undefined;
  const exchange = RIC_SUFFIXES.get(suffix.text);
  if (!exchange || !TICKER_SYMBOL.test(sym.text) || (sym.text.length < 2 && !isAsciiCaps(sym.text, 1, 1))) return undefined;
  const key = `${exchange}:${sym.text}`;
  out.push(candidate(i + 1, i + 4, 'ticker', 'rule', 3, 100, { ticker: key, entity: gz.tickers.get(key) }));
  const runStart = afterDescriptiveOpener(ctx, nameRunStartBefore(ctx, i, 6), i);
  if (runStart < i) out.push(candidate(runStart, i, 'company', 'rule', 2, 60, { name: companyName(ctx, runStart, i) }));
  return sym.text;
}

/** Canonical name of an unknown company: the name without its legal form (Acme Widgets Ltd -> Acme Widgets). */
export function companyName(ctx: Context, ts: number, te: number): string {
  const { tokens, text, flags } = ctx;
  // Legal forms at the end, one after another (Telstra Corp Ltd -> Telstra); name words stay (Group).
  let end = te;
  for (let changed = true; changed && end - ts > 1; ) {
    changed = false;
    for (let k = ts + 1; k < end; k++) {
      const s = flags[k] & SUFFIX_START ? matchSuffix(ctx, k) : undefined;
      if (s && s.legal && s.end >= end - (tokens[end - 1].text === '.' ? 1 : 0)) {
        end = k;
        if (tokens[end - 1].text === ',') end--;
        changed = true;
        break;
      }
    }
  }
  return text.slice(tokens[ts].start, tokens[end - 1].end);
}

const DESCRIPTIVE_OPENERS = new Set(cues.descriptiveOpeners);
const NATIONALITY_WORDS = new Set(cues.englishNationalities);
const OPENER_ARTICLES = new Set(['the', 'le', 'la', "l'", 'l’']);

/** After a common noun saying what a business is, capitalized only because it opens the sentence
 * (Rival, Chipmaker, Concurrent; Le constructeur): the token after it; else ts. */
export function afterDescriptiveOpener(ctx: Context, ts: number, te: number): number {
  const { flags, words } = ctx;
  if (!(flags[ts] & SENTENCE_START)) return ts;
  let k = ts;
  if (OPENER_ARTICLES.has(words[k].lowerKey) && k + 1 < te) k++;
  if (!DESCRIPTIVE_OPENERS.has(words[k].lowerKey) || k + 1 >= te || !(flags[k + 1] & NAME_WORD)) return ts;
  return k + 1;
}

/** Unknown names followed by a corporate suffix: Acme Widgets Ltd, Foo Holdings. */
function suffixCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags, words } = ctx;
  // A known name that holds its suffix is the gazetteer's: the first few suffixes scan the candidates
  // (most texts have few), the others read them by end token (linear time on long texts).
  let scans = 0;
  let gazetteerStartsByEnd: Map<number, number[]> | undefined;
  // A suffix starts here, or after a comma just before it (Foo, Inc.): the comma first, in text order.
  const starts: number[] = [];
  for (const s of ruleStartsWith(ctx, SUFFIX_START)) {
    if (s > 0 && flags[s - 1] & COMMA) starts.push(s - 1);
    starts.push(s);
  }
  for (const i of starts) {
    const f = flags[i];
    if (i === 0 || !(f & (CAPITALIZED | AMPERSAND | COMMA))) continue;
    const comma = f & COMMA ? 1 : 0;
    if (i + comma >= tokens.length || !(flags[i + comma] & SUFFIX_START)) continue;
    const s = matchSuffix(ctx, i + comma);
    if (!s || (comma && !s.legal)) continue;
    // A French partnership writes its suffix after et, its partners' names listed with commas and
    // frères or fils before it (Vautier frères et Cie, Patek, Philippe et Cie); Fils and Frères after et are its
    // suffix too (Établissements Perrot et Fils), and only there (Alexandre Dumas Fils is a person).
    const partnerSuffix = PARTNER_WORDS.has(tokens[i].text);
    const partners = ctx.lang === 'fr' && !comma && s.legal && i > 2 && tokens[i - 1].text === 'et' && (tokens[i].text.startsWith('Cie') || partnerSuffix);
    if (partnerSuffix && !partners) continue;
    let at = partners ? i - 1 : i;
    if (partners && PARTNER_WORDS.has(tokens[at - 1].text)) at--;
    if (tokens[i].lineStart) continue;
    // A name in mixed case opening on a lower-case letter (eBay Inc., iRobot Corp.) is the one word before a legal form.
    const mixedCase = s.legal && !(flags[at - 1] & NAME_WORD) && flags[at - 1] & LOWER_LED && INNER_CAPITAL.test(tokens[at - 1].text);
    if (!(flags[at - 1] & NAME_WORD) && !mixedCase) continue;
    let start = mixedCase ? at - 1 : nameRunStartBefore(ctx, at, 5, s.legal);
    if (start >= at) continue;
    while (partners && start > 1 && tokens[start - 1].text === ',' && flags[start - 2] & NAME_WORD && !tokens[start].lineStart) start = nameRunStartBefore(ctx, start - 1, 2, false);
    // A sentence-opening common noun is no part of the name (Rival Kelbridge Corp said).
    start = afterDescriptiveOpener(ctx, start, i);
    // "Group" alone after a single sentence-initial word is weak: require a legal form or a mid-sentence name.
    // English capitalizes no common noun after the first word, so there the two capitals are a
    // name (Pemberton Resources shares rose), unless the first is a word that opens sentences.
    if (!s.legal && start === i - 1 && flags[start] & SENTENCE_START) {
      if (ctx.lang !== 'en' || flags[start] & (ENGLISH_OPENER | NOT_NAME | ROLE_TITLE | ENGLISH_CALENDAR_WORD | SUFFIX_START)) continue;
    }
    const end = suffixEnd(ctx, i);
    // A metal after a given name alone is a surname (Jonathan Gold); after spot, a market (Spot Platinum rose).
    if (COMMODITY_SUFFIXES.has(tokens[i].text) && start === i - 1 && (flags[start] & FIRST_NAME || words[start].lowerKey === 'spot')) continue;
    // A portfolio before a public title is no business (Saudi Energy Minister, the Communications Secretary).
    if (!s.legal && end < tokens.length && (tokens[end].text === 'Minister' || tokens[end].text === 'Secretary')) continue;
    // A job title is no company (Chief Financial Officer).
    let title = true;
    for (let k = start; k < end && title; k++) if (!(flags[k] & ROLE_TITLE)) title = false;
    if (title) continue;
    // A known name that holds its suffix (Alibaba Group Holding Limited) or takes it (Microsoft Corp.) is the gazetteer's.
    if (++scans <= MAX_SUFFIX_SCANS) {
      if (hasGazetteerCandidate(out, start, i, end)) continue;
    } else {
      gazetteerStartsByEnd ??= gazetteerStartsByEndOf(out);
      if (gazetteerStartsByEnd.get(end)?.some((ts) => ts >= start && ts < i)) continue;
    }
    out.push(candidate(start, end, 'company', 'rule', s.legal ? 3 : 2, 70, { name: companyName(ctx, start, end) }));
  }
}

/** A capital after the first letter (eBay, iShares). */
const INNER_CAPITAL = /^.\p{L}*\p{Lu}/u;

/** Words between a French partnership's names and its `et Cie` (Vautier frères et Cie). */
const PARTNER_WORDS = new Set(cues.corporateSuffixes.partners);

/** Suffixes of a text checked by a scan of the candidates before suffixCandidates maps them by end. */
const MAX_SUFFIX_SCANS = 4;

/** Some gazetteer candidate ends at token `end` and starts in [from, to). */
function hasGazetteerCandidate(candidates: Candidate[], from: number, to: number, end: number): boolean {
  for (const c of candidates) if (c.te === end && c.ts >= from && c.ts < to && c.source === 'gazetteer') return true;
  return false;
}

function gazetteerStartsByEndOf(candidates: Candidate[]): Map<number, number[]> {
  const byEnd = new Map<number, number[]>();
  for (const c of candidates) {
    if (c.source !== 'gazetteer') continue;
    const starts = byEnd.get(c.te);
    if (starts) starts.push(c.ts);
    else byEnd.set(c.te, [c.ts]);
  }
  return byEnd;
}

/** ORG names are organizations when a word says so (Ministère, Université, Agence...), else companies. */
export function organizationOrCompany(ctx: Context, ts: number, te: number): EntityType {
  const { tokens, flags, words } = ctx;
  for (let k = ts; k < te; k++) {
    if (flags[k] & SUFFIX_START && matchSuffix(ctx, k)?.legal) return 'company';
  }
  for (let k = ts; k < te; k++) {
    const organization = words[k].organization;
    if (organization === 0) continue;
    if (organization & ORGANIZATION_WORD) return 'organization';
    if (k + 1 < te && ORGANIZATION_WORDS.has(`${tokens[k].text} ${tokens[k + 1].text}`)) return 'organization';
  }
  return 'company';
}

/** Small words a cue's complement may hold after its first noun (l'organisation de défense des médias). */
const COMPLEMENT_OPENERS = new Set(['de', "d'", 'd’', 'du', 'des']);
/** A cue's complement before a name spans this many tokens at most (de défense des médias). */
const MAX_COMPLEMENT_TOKENS = 5;

/**
 * Where the name after a cue starts past the cue's lower-case complement of kind at j (de développement,
 * d'autoroute, de heavy metal): j itself unless the complement opens with a bare de, holds lower-case words only
 * and ends on a content word right before a name (not le parti de Marine Le Pen, whose de names the owner).
 */
function cueComplementEnd(ctx: Context, j: number): number {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // A kind, bare de and a noun (studio de développement), not du or des, which name one thing (le leader du moment X).
  if (j >= n || !OF_PARTICLES.has(words[j].lowerKey)) return j;
  for (let k = j + 1; k < n && k <= j + MAX_COMPLEMENT_TOKENS && !tokens[k].lineStart; k++) {
    // A person's given name opens a person's name, whatever came before (le leader du moment Thibault Lopez).
    if (flags[k] & NAME_WORD) return k - 1 > j && !(flags[k - 1] & FUNCTION_WORD) && !(flags[k] & FIRST_NAME) ? k : j;
    // Lower-case words only, and no small word but de and its forms (not en compagnie de son époux Bill).
    if (!(flags[k] & LOWER_LED) || (flags[k] & FUNCTION_WORD && !COMPLEMENT_OPENERS.has(words[k].lowerKey))) return j;
  }
  return j;
}

/** A planet's letter after its star's catalog number (GJ 1132 b). */
const PLANET_LETTER = /^[a-h]$/;
/** The second word of a star's name of two words, a constellation in the Latin genitive (Proxima Centauri, Tau Ceti). */
const STAR_DESIGNATION = new RegExp(`(?:${cues.starDesignationEndings.join('|')})$`, 'u');
/** The celestial nouns also said of a celebrity (l'étoile Kylian Mbappé). */
const PERSON_STAR_NOUNS = new Set(cues.personStarNouns);

/** Cue words before a name: la société X, le PDG X, the company X, le district de X, M. X. */
function cueCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words, flags } = ctx;
  for (const i of ruleStartsWith(ctx, TITLE | CUE_START)) {
    const first = tokens[i].text;
    // Titles: M. Dupont, Mme Lagarde, Dr Smith.
    if (flags[i] & TITLE && i + 1 < tokens.length) {
      let j = i + 1;
      // OCR may space the dot (M . Dupont).
      if (tokens[j].text === '.' && (!tokens[j].spaceBefore || (first === 'M' || first === 'MM') && !tokens[j].lineStart)) j++;
      const particles = ctx.lang === 'fr' && PARTICLE_TITLES.has(first);
      // A plural title names each of a list of names (MM. Ferry, Brisson et Floquet).
      for (let k = j; k < tokens.length && !tokens[k].lineStart; ) {
        const named = particles ? particleNameStart(ctx, k, false, true) : -1;
        const nameStart = named >= 0 ? named : k;
        if (!(flags[nameStart] & NAME_WORD)) break;
        const end = personRunEnd(ctx, nameStart);
        // Above a list's score: after M. or Mme a place's name is a person's (M. Toulon).
        out.push(candidate(k, end, 'person', 'rule', 2, k === j ? 82 : 62));
        if (!PLURAL_TITLES.has(first) || end + 1 >= tokens.length || !COORDINATORS.has(words[end].lowerKey)) break;
        k = end + 1;
      }
      continue;
    }
    let node: WordTrie | undefined = words[i].cue;
    if (node === undefined) continue;
    if (!(flags[i] & HAS_LOWER) && first.length > 1 && !isAsciiCaps(first, 2, 4)) continue;
    let cueEnd = -1;
    let cueType = '';
    for (let j = i + 1; node; j++) {
      if (node.value) {
        cueEnd = j;
        cueType = node.value;
      }
      if (j >= tokens.length || !words[j].cueInner) break;
      node = node.next.get(words[j].lowerKey);
    }
    if (cueEnd < 0) continue;
    // A celestial body's noun names a place, its catalog number in the name (l'étoile KIC 8462852).
    const celestial = cueType === 'celestial';
    if (celestial) cueType = 'place';
    // A place's noun after a bare de is another noun's complement, no cue (les chefs d'état du COMESA, un coup d'état).
    if (cueType === 'place' && !celestial && ctx.lang === 'fr' && i > 0 && OF_PARTICLES.has(words[i - 1].lowerKey)) continue;
    // A capitalized cue inside a sentence belongs to the name (Fondation Wikimedia, Groupe SEB); an
    // acronym cue is written so (l'ONG Oxfam, le PDG Jean Dupont).
    if (flags[i] & CAPITALIZED && !(flags[i] & SENTENCE_START) && flags[i] & HAS_LOWER) continue;
    // Up to two lower-case modifiers between the cue and the name: le géant chinois X. English puts
    // them before the cue, so there a lower-case word after it is no modifier (Rugby union expert Mick Colliss).
    let j = cueEnd;
    for (let k = ctx.lang === 'en' ? 2 : 0; k < 2 && j < tokens.length && flags[j] & LOWER_LED && !(flags[j] & FUNCTION_WORD) && !PERSON_PARTICLES.has(words[j].key) && !tokens[j].lineStart; k++) j++;
    // French: a business's or a body's complement in lower case before its name (le studio de développement X,
    // le think tank de gauche X, la société d'autoroute X, l'organisation de défense des médias X).
    if (ctx.lang === 'fr' && (cueType === 'company' || cueType === 'organization')) j = cueComplementEnd(ctx, j);
    // A name with its particle after a rank or an honorific (le maréchal de Mac-Mahon), the title
    // with it after a noble title (le duc d'Aumale).
    let personStart = -1;
    const cueWord = words[cueEnd - 1].lowerKey;
    // Only a title used as one, after an article or an honorific (le général, M. le comte), not
    // a word qualifying another title (directeur général de Télé Union). Read for a person's cue only.
    const titleUse = cueType === 'person' && i > 0 && (DETERMINERS.has(words[i - 1].lowerKey) || (flags[i - 1] & TITLE) !== 0);
    // A participle is a cue only after an article (le nommé Lefèvre; not nommé Premier ministre).
    if (cueType === 'person' && !titleUse && PARTICIPLE_TITLES.has(cueWord)) continue;
    // One title word only: secrétaire général de la Francophonie names a body.
    if (cueType === 'person' && ctx.lang === 'fr' && j === cueEnd && j < tokens.length && cueEnd === i + 1 && titleUse && (PARTICLE_TITLES.has(cueWord) || NOBLE_TITLES.has(cueWord))) {
      const noble = NOBLE_TITLES.has(cueWord);
      // After a rank, du names what the rank commands (le commandant du Bouvet); after M. it is a particle.
      const named = words[j].key === 'du' && !noble ? -1 : particleNameStart(ctx, j, noble, false);
      if (named >= 0) {
        personStart = noble ? cueEnd - 1 : j;
        j = named;
      }
    }
    if (j >= tokens.length || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    // A courtesy title after a person's cue opens the person the title rules read (co-founder Dr. Hannah Okafor): no name of its own;
    // a job title after a place's cue is a person's title (U.S. District Judge Jed Rakoff).
    if ((cueType === 'person' && flags[j] & TITLE) || (cueType === 'place' && flags[j] & ROLE_TITLE)) continue;
    // A given name and a name after a celestial noun are a person called a star (l'étoile Zinédine Zidane), left to the person rules;
    // so are two words in lower case after capitals after étoile (personStarNouns) unless the second is a constellation's
    // Latin genitive (l'étoile Kylian Mbappé, an unlisted given name; not Proxima Centauri, nor la comète Hale Bopp).
    if (celestial && j + 1 < tokens.length && flags[j + 1] & NAME_WORD && !(flags[j + 1] & FUNCTION_WORD) && !tokens[j + 1].lineStart) {
      if (flags[j] & FIRST_NAME) continue;
      if (PERSON_STAR_NOUNS.has(cueWord) && flags[j] & HAS_LOWER && flags[j + 1] & HAS_LOWER && !STAR_DESIGNATION.test(tokens[j + 1].text)) continue;
    }
    // An English job title of two words after a business's cue is a person's (Group Managing Director Adaora Umeoji):
    // the title rules read the person.
    if (cueType !== 'person' && ctx.lang === 'en' && flags[j] & ROLE_TITLE && j + 1 < tokens.length && flags[j + 1] & ROLE_TITLE) continue;
    // An acronym after a person's title is their party or body, not their name (le député LR Éric Ciotti, le maire UDI de Vincennes).
    if (cueType === 'person' && isAsciiCaps(tokens[j].text, 2, 4) && !FRENCH_PERSON_TITLES.has(cueWord) && cueWord !== 'général') {
      if (j + 1 >= tokens.length || tokens[j + 1].lineStart || !(flags[j + 1] & NAME_WORD)) continue;
      j++;
    }
    let end = cueType === 'person' ? personRunEnd(ctx, j) : nameRunEnd(ctx, j, cueType === 'product' ? 3 : 5, cueType !== 'product');
    if (end <= j) continue;
    // A catalog's number and a planet's letter after it (KIC 8462852, GJ 1132 b).
    if (celestial && end < tokens.length && flags[end] & ALL_DIGITS && tokens[end].spaceBefore && !tokens[end].lineStart) {
      end++;
      if (end < tokens.length && PLANET_LETTER.test(tokens[end].text) && tokens[end].spaceBefore && !tokens[end].lineStart) end++;
    }
    // A single letter is no name (le groupe A, la série B).
    if (end === j + 1 && tokens[j].text.length === 1) continue;
    // An English adjective of nationality alone describes what follows (shares of Chinese developers, a stake in Italian carrier ITA).
    if (end === j + 1 && cueType !== 'person' && ctx.lang === 'en' && NATIONALITY_WORDS.has(tokens[j].text)) continue;
    // A person's name (first name, name) ends the name of a place or a body (la région Bretagne Loïg Chesnais-Girard).
    if (cueType !== 'person') {
      for (let k = j + 1; k + 1 < end; k++) {
        if (flags[k] & FIRST_NAME && flags[k + 1] & NAME_WORD && !(flags[k - 1] & CONNECTOR)) {
          end = k;
          break;
        }
      }
    }
    // A listed business and a listed place after de are the firm and its town (l'usine Peugeot de Sochaux).
    if (cueType === 'company') end = listedFirmOfPlaceEnd(ctx, j, end);
    // An employer cue (analyst at X, shares of X) names a company or a public body.
    // So does an English person's cue before a name ending in a business's or a body's word (activist investor Elliott Management).
    const business = cueType === 'employer' || (cueType === 'person' && ctx.lang === 'en' && end - j > 1 && ORGANIZATION_TAIL_WORDS.has(tokens[end - 1].text));
    const type = business ? organizationOrCompany(ctx, j, suffixEnd(ctx, end)) : (cueType as EntityType);
    const name = type === 'company' ? companyName(ctx, j, suffixEnd(ctx, end)) : undefined;
    const te = type === 'company' ? suffixEnd(ctx, end) : end;
    // An old-press title (le comte Münster, le général Lyon) makes a person of a listed place's name.
    const score = type === 'person' ? (FRENCH_PERSON_TITLES.has(cueWord) && ctx.lang === 'fr' ? 82 : 68) : 66;
    out.push(candidate(personStart >= 0 ? personStart : j, te, type, 'rule', 2, score, { name }));
    // A title of several words ending in a capitalized one (le conseiller d'Etat, la conseillère aux Etats)
    // keeps that word out of the name after it: the tagger's name run over it (Etat Ruchonnet) crosses the title.
    if (type === 'person' && cueEnd === j && cueEnd - i > 1 && flags[cueEnd - 1] & CAPITALIZED) out.push(candidate(i, cueEnd, 'blocker', 'rule', 2, score));
    // Coordinated names share the cue: les modèles Pro et Pro Max, les sociétés Renault et Nissan.
    let k = te;
    // A title after the coordinator names its own person (le marquis de Dion et M. le comte de Chambrun).
    while (k + 1 < tokens.length && COORDINATORS.has(words[k].lowerKey) && !tokens[k + 1].lineStart && flags[k + 1] & NAME_WORD && !(flags[k + 1] & TITLE)) {
      const s = k + 1;
      const e = type === 'person' ? personRunEnd(ctx, s) : nameRunEnd(ctx, s, type === 'product' ? 3 : 5, type !== 'product');
      if (e <= s) break;
      out.push(candidate(s, e, type, 'rule', 2, 62, { name: type === 'company' ? companyName(ctx, s, e) : undefined }));
      k = e;
    }
  }
}

/** Where a business's name after its cue ends: before `de` + a listed place when a list knows the
 * words before as a business (l'usine Peugeot de Sochaux, le site Michelin de Clermont-Ferrand). */
function listedFirmOfPlaceEnd(ctx: Context, j: number, end: number): number {
  for (let k = j + 1; k + 1 < end; k++) {
    if (FRENCH_OF_WORDS.has(ctx.words[k].lowerKey) && listedTypeOf(ctx, k + 1, end) === 'place' && listedTypeOf(ctx, j, k) === 'company') return k;
  }
  return end;
}

/** The type of the listed name the tokens [ts, te) spell exactly, or undefined. */
function listedTypeOf(ctx: Context, ts: number, te: number): string | undefined {
  let node = ctx.words[ts].gazetteer;
  for (let k = ts + 1; k < te && node; k++) node = node.next.get(ctx.words[k].key);
  return node?.hits ? pickHit(node.hits, ctx.lang)?.entity.type : undefined;
}

/** A person's name: name words with particles (Jean-Yves Le Drian, Ursula von der Leyen), at most 4 words. */
export function personRunEnd(ctx: Context, i: number): number {
  const { tokens, flags } = ctx;
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 4) {
    if (j > i && tokens[j].lineStart) break;
    const t = tokens[j].text;
    // A single capital with a dot: George W. Bush.
    if (j > i && t.length === 1 && flags[j] & CAPITALIZED && tokens[j + 1]?.text === '.' && !tokens[j + 1].spaceBefore && j + 2 < tokens.length && flags[j + 2] & NAME_WORD) {
      j += 2;
      continue;
    }
    // A job title inside is another name's end or a title before the person (San Francisco Fed President Mary Daly).
    if (j > i && flags[j] & ROLE_TITLE && TITLES_INSIDE_NO_NAME.has(t)) break;
    if ((flags[j] & NAME_WORD || (j > i && (flags[j] & CALENDAR_WORD || (flags[j] & LOWER_LED && ARABIC_ARTICLE.test(t))))) && !(flags[j] & FUNCTION_WORD)) {
      // A given name and a name after a full name, given name and surname, open a second person (les ministres de
      // François Hollande Arnaud Montebourg et Vincent Peillon).
      if (words >= 2 && flags[j] & FIRST_NAME && flags[i] & FIRST_NAME && !(flags[j - 1] & FIRST_NAME) && flags[j - 1] & NAME_WORD && j + 1 < tokens.length && flags[j + 1] & NAME_WORD && !(flags[j + 1] & FUNCTION_WORD) && !tokens[j + 1].lineStart) break;
      j = lineBreakHyphenEnd(ctx, j);
      words++;
      continue;
    }
    if (j > i && ctx.words[j].particle && j + 1 < tokens.length && flags[j + 1] & NAME_WORD && !tokens[j + 1].lineStart) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const LEADING_PERSON_TITLES = new Set([...TITLES, ...cues.frenchPersonTitles, 'général']);

/** The first token of a person's name after the titles opening a span (Mgr Lavigerie, l'abbé
 * Lemire, M. de Freycinet: Lavigerie, Lemire, de Freycinet); a noble title before de stays (duc
 * d'Aumale), and so does a title glued to the name (M.Trudeau). */
export function afterLeadingTitles(ctx: Context, ts: number, te: number): number {
  const { tokens, flags, words } = ctx;
  let k = ts;
  while (k + 1 < te && LEADING_PERSON_TITLES.has(tokens[k].text)) {
    if (NOBLE_TITLES.has(tokens[k].text) && PERSON_PARTICLES.has(words[k + 1].key)) break;
    // A clergy title before a given name alone is part of the name (l'abbé Pierre).
    if (tokens[k].text === 'abbé' && k + 2 === te && flags[k + 1] & FIRST_NAME) break;
    let next = k + 1;
    if (tokens[next].text === '.' && !tokens[next].spaceBefore) next++;
    if (next >= te || !tokens[next].spaceBefore || tokens[next].lineStart) break;
    if (!(flags[next] & NAME_WORD) && particleNameStart(ctx, next, false, flags[k] & TITLE ? true : false) < 0) break;
    k = next;
  }
  return k;
}

/** The end of the word at j, with its rest after a hyphen that cut it at a line end (Clemen-\nceau):
 * the hyphen glued to it, the rest in lower case opening the next line. */
function lineBreakHyphenEnd(ctx: Context, j: number): number {
  const { tokens, flags } = ctx;
  if (j + 2 < tokens.length && tokens[j + 1].text === '-' && !tokens[j + 1].spaceBefore && tokens[j + 2].lineStart && flags[j + 2] & (LOWER_LED | NAME_WORD) && !(flags[j + 2] & FUNCTION_WORD)) return j + 3;
  return j + 1;
}

/** Where the name starts after a particle at k (de Freycinet, d'Aumale, de La Fayette), or -1. A
 * known place or body after it is no person's name (le général du Tonkin), but a noble's fief
 * (le duc d'Orléans) when `fief`; after a rank an acronym is a body (le commandant de la BRI), after
 * an honorific (`honorific`) a surname in capitals (M. de MUN). */
function particleNameStart(ctx: Context, k: number, fief: boolean, honorific: boolean): number {
  const { tokens, flags, words } = ctx;
  if (k + 1 >= tokens.length || !PERSON_PARTICLES.has(words[k].key) || tokens[k + 1].lineStart) return -1;
  let s = k + 1;
  // Lower-case particles after the first: de la Rochefoucauld, van den Heuvel, von der Tann.
  while (s + 1 < k + 3 && s + 1 < tokens.length && flags[s] & LOWER_LED && words[s].particle && !tokens[s + 1].lineStart) s++;
  // A capitalized article of the name: de La Fayette, de Le Pen.
  if (s + 1 < tokens.length && flags[s] & CAPITALIZED && words[s].particle && flags[s + 1] & NAME_WORD && !tokens[s + 1].lineStart) s++;
  // An acronym is a body (le commandant du GSPR).
  if (!(flags[s] & NAME_WORD) || flags[s] & FUNCTION_WORD || (!honorific && isAsciiCaps(tokens[s].text, 2, 5))) return -1;
  if (!fief && words[s].gazetteer?.hits?.some((h) => h.entity.type !== 'person')) return -1;
  return s;
}

/** First name + surname: Eddie Wu, Hector RETAMAL, Jean-Yves Le Drian. */
function personCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags, words } = ctx;
  for (const i of ruleStartsWith(ctx, FIRST_NAME)) {
    if (i + 1 >= tokens.length || tokens[i + 1].lineStart) continue;
    // A given name, de and a name is a person of a house or a place (Gérard d'Alsace, Otto de
    // Habsbourg, Anne de Bretagne), as after a title: the list read the place alone.
    if (!(flags[i + 1] & CAPITALIZED)) {
      if (ctx.lang === 'fr' && i + 2 < tokens.length && OF_PARTICLES.has(words[i + 1].key) && flags[i + 2] & NAME_WORD && !tokens[i + 2].lineStart && !(flags[i] & GAZETTEER_START && words[i].gazetteerHitFr?.entity.type === 'place')) {
        const end = personRunEnd(ctx, i);
        if (end > i + 2) out.push(candidate(i, end, 'person', 'rule', 2, 64));
      }
      // A sovereign's epithet after le or la is part of the name (Charles le Chauve, Louis le Germanique, Philippe le Bel).
      else if (ctx.lang === 'fr' && i + 2 < tokens.length && EPITHET_ARTICLES.has(tokens[i + 1].text) && SOVEREIGN_EPITHETS.has(tokens[i + 2].text) && !tokens[i + 2].lineStart) {
        out.push(candidate(i, i + 3, 'person', 'rule', 2, 64));
      }
      continue;
    }
    const next = tokens[i + 1].text;
    if (flags[i + 1] & FUNCTION_WORD && !NAME_PARTICLES.has(lower(next))) continue;
    if (NOT_NAMES.has(next)) continue;
    if (flags[i] & SENTENCE_START && CALENDAR_WORDS.has(next)) continue;
    const end = personRunEnd(ctx, i);
    if (end < i + 2) continue;
    // A given name of the long English list only (many are surnames and words of names of things too:
    // Paxton Carnegie Public Library, Cal Anderson Park) opens a person of two words only.
    if (words[i].englishFirstName && (end !== i + 2 || PLACE_TAIL_WORDS.has(tokens[i + 1].text) || ORGANIZATION_TAIL_WORDS.has(tokens[i + 1].text) ||
      FIRST_NAME_NOT_BEFORE.has(tokens[i + 1].text))) continue;
    // An English name after a first name that ends in a body's or a business's word is named after
    // the person (Max Planck Institute, George Washington University Hospital, Charles River Labs).
    if (ctx.lang === 'en' && (words[end - 1].organization & ORGANIZATION_WORD || ORGANIZATION_TAIL_WORDS.has(tokens[end - 1].text))) {
      out.push(candidate(i, end, organizationOrCompany(ctx, i, end), 'rule', 2, 64));
      continue;
    }
    out.push(candidate(i, end, 'person', 'rule', 2, 64));
  }
}

const CAMEL_CASE_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u;

/** Hashtags: #Alibaba is handled by the gazetteer; #HongKong is split at its capitals. */
function hashtagCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words, flags } = ctx;
  const gz = gazetteer();
  for (const i of ruleStartsWith(ctx, HASH)) {
    if (i + 1 >= tokens.length || tokens[i + 1].spaceBefore) continue;
    const parts = (words[i + 1].camelParts ??= tokens[i + 1].text.split(CAMEL_CASE_BOUNDARY));
    if (parts.length < 2) continue;
    let node: TrieNode | undefined = gz.root;
    for (const p of parts) node = node?.next.get(p);
    const hit = node?.hits?.[0];
    if (hit) out.push(candidate(i + 1, i + 2, hit.entity.type, 'gazetteer', 3, 90, { entity: hit.entity }));
  }
}

/** Stock indexes (S&P 500, FTSE 100): blockers, so that neither they nor S&P or Nasdaq inside them are mentions. */
function indexCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words, flags } = ctx;
  // Tokens before `next` are inside an index found already.
  let next = 0;
  for (const i of ruleStartsWith(ctx, INDEX_START)) {
    if (i < next) continue;
    let node = words[i].index;
    let end = -1;
    for (let j = i + 1; node; j++) {
      if (node.value) end = j;
      if (j >= tokens.length || tokens[j].lineStart) break;
      node = node.next.get(tokens[j].text);
    }
    // The index's own tail word is its name's (FTSE 100 Index); another capitalized word goes on
    // with another name (Hang Seng Bank, the Dow Chemical Co).
    if (end > i && end < tokens.length && !tokens[end].lineStart && INDEX_TAIL_WORDS.has(tokens[end].text)) end++;
    else if (end > i && end < tokens.length && flags[end] & CAPITALIZED && !tokens[end].lineStart && !(flags[end] & (FUNCTION_WORD | ENGLISH_CALENDAR_WORD))) continue;
    if (end > i) {
      out.push(candidate(i, end, 'blocker', 'rule', 3, 90));
      next = end;
    }
  }
}

/** The place in Denver-based, Paris-listed, New York-headquartered: a known name before the hyphen.
 * An unknown word before it gives no mention, and the whole word is then no name either. */
function hyphenPlaceCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words, flags } = ctx;
  const gz = gazetteer();
  for (const i of ruleStartsWith(ctx, HYPHEN_PLACE)) {
    const prefix = words[i].hyphenPrefix!;
    const endTrim = words[i].hyphenTrim;
    // Two words: New York-based, Hong Kong-listed.
    const two = i > 0 && flags[i - 1] & NAME_WORD && !tokens[i].lineStart ? words[i - 1].gazetteer?.next.get(prefix)?.hits : undefined;
    const one = gz.root.next.get(prefix)?.hits;
    const hits = two ?? one;
    const hit = hits ? pickHit(hits, ctx.lang) : undefined;
    if (hit) {
      out.push(candidate(two ? i - 1 : i, i + 1, hit.entity.type, 'gazetteer', 3, 90, { entity: hit.entity, endTrim }));
    } else {
      out.push(candidate(i, i + 1, 'blocker', 'rule', 3, 50));
    }
  }
}

/** What ends a dateline's place: NEW YORK, May 5 -; WASHINGTON (Reuters) -; HONG KONG -; BEIJING/SHANGHAI. */
const DATELINE_PLACE_ENDS = new Set([',', '(', '-', '–', '—', '/']);
/** What ends the state or country after a dateline's city: a comma before the date, the agency's bracket, the dash. */
const DATELINE_REGION_ENDS = new Set([',', '(', '-', '–', '—']);
const US_STATE_ABBREVIATIONS = new Map(Object.entries(cues.usStateAbbreviations));

/** A dateline's place in capitals at a line start, before a comma, a bracket, a dash or a slash
 * and a second place (BEIJING/SHANGHAI (Reuters) -). A city no list holds is a place too when
 * a state or a country follows it (REDMOND, Wash., Oct 30; SANTA CLARA, Calif. (Reuters)). */
function datelineCandidates(ctx: Context, out: Candidate[]): void {
  // A dateline opens the text or a line, or follows the slash after another one.
  let afterSlash = -1;
  for (const start of ctx.lineStarts) {
    while (afterSlash >= 0 && afterSlash < start) afterSlash = datelineAt(ctx, afterSlash, true, out);
    const slash = start === afterSlash;
    if (slash) afterSlash = -1;
    const next = datelineAt(ctx, start, slash, out);
    if (next >= 0) afterSlash = next;
  }
  while (afterSlash >= 0) afterSlash = datelineAt(ctx, afterSlash, true, out);
}

/** The dateline starting at token i, if any (the text's or a line's first token, or `afterSlash`):
 * the token after its slash when a second place follows one (BEIJING/SHANGHAI), else -1. */
function datelineAt(ctx: Context, i: number, afterSlash: boolean, out: Candidate[]): number {
  const { tokens, flags, words } = ctx;
  const gz = gazetteer();
  if ((flags[i] & (CAPITALIZED | HAS_LOWER)) !== CAPITALIZED || !(i === 0 || tokens[i].lineStart || afterSlash)) return -1;
  let node: TrieNode | undefined = gz.root;
  let j = i;
  let cityEnd = i;
  for (; j < tokens.length && j < i + 4 && flags[j] & CAPITALIZED && !(flags[j] & HAS_LOWER) && flags[j] & WORDLIKE && (j === i || !tokens[j].lineStart); j++) {
    if (node !== undefined) {
      const t = tokens[j].text;
      node = node.next.get((words[j].firstCapitalKey ??= tokenKey(t.charAt(0) + t.slice(1).toLowerCase())));
    }
    cityEnd = j + 1;
  }
  j = cityEnd;
  if (j >= tokens.length || !DATELINE_PLACE_ENDS.has(tokens[j].text) || tokens[j].lineStart) return -1;
  const region = tokens[j].text === ',' ? datelineRegion(ctx, j + 1) : undefined;
  const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
  let next = -1;
  if (hit?.entity.type === 'place') {
    out.push(candidate(i, j, 'place', 'gazetteer', 3, 90, { entity: hit.entity }));
    if (tokens[j].text === '/') next = j + 1;
  } else if (region && !hit) {
    const name = tokens.slice(i, j).map((t) => titleCaseWord(t.text)).join(' ');
    out.push(candidate(i, j, 'place', 'rule', 3, 90, { name }));
  } else return -1;
  if (region?.abbreviated) out.push(candidate(j + 1, region.end, 'place', 'gazetteer', 3, 90, { entity: region.entity }));
  datelineDateBlocker(ctx, region ? region.end : j, out);
  return next;
}

/** Tokens a dateline's date may take (Nov. 3, 2025; 30 octobre; Monday). */
const MAX_DATELINE_DATE_TOKENS = 8;

/** The date after a dateline's place, from the comma to the agency's bracket or the dash (HOUSTON,
 * Texas, Nov. 3, 2025 (Reuters) -): a figure, no name of its own (Nov is no place). */
function datelineDateBlocker(ctx: Context, comma: number, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  if (comma >= tokens.length || tokens[comma].text !== ',') return;
  let digit = false;
  for (let k = comma + 1; k < tokens.length && k <= comma + MAX_DATELINE_DATE_TOKENS && !tokens[k].lineStart; k++) {
    const t = tokens[k].text;
    if (t === '(' || t === '-' || t === '–' || t === '—' || t === '/') {
      if (digit && k > comma + 1) out.push(candidate(comma + 1, k, 'blocker', 'rule', 3, 50));
      return;
    }
    if (flags[k] & (ALL_DIGITS | DIGIT_LED)) digit = true;
  }
}

/** The US state (Calif., N.Y., Washington) or the country (Germany) after a dateline's city, up to
 * the comma, the bracket or the dash that ends it; `abbreviated` when the state is an agency abbreviation. */
function datelineRegion(ctx: Context, k: number): { end: number; entity: KnownEntity; abbreviated: boolean } | undefined {
  const { tokens, flags, words } = ctx;
  if (k >= tokens.length || tokens[k].lineStart || !(flags[k] & CAPITALIZED)) return undefined;
  // An abbreviation: its letters and dots glued (Calif., N.Y., W.Va.).
  let end = k + 1;
  while (end < tokens.length && !tokens[end].spaceBefore && (tokens[end].text === '.' || flags[end] & CAPITALIZED) && tokens[end].text !== ',') end++;
  const id = US_STATE_ABBREVIATIONS.get(ctx.text.slice(tokens[k].start, tokens[end - 1].end));
  const state = id === undefined ? undefined : gazetteer().byId.get(id);
  if (state && end < tokens.length && DATELINE_REGION_ENDS.has(tokens[end].text)) return { end, entity: state, abbreviated: true };
  // A listed state or country written out (Washington, Germany).
  let node: TrieNode | undefined = gazetteer().root;
  let found: { end: number; entity: KnownEntity; abbreviated: boolean } | undefined;
  for (let m = k; m < tokens.length && m < k + 4 && node && !tokens[m].lineStart; m++) {
    node = node.next.get(words[m].key);
    const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
    if (hit?.entity.type === 'place' && m + 1 < tokens.length && DATELINE_REGION_ENDS.has(tokens[m + 1].text)) found = { end: m + 1, entity: hit.entity, abbreviated: false };
  }
  return found;
}

// Capitals are often printed without their accent (Ecole, Eglise).
const BODY_HEADS = new Set(cues.frenchBodyHeads.flatMap((w) => [w, withPlainInitials(w)]));
const BODY_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’']);
const BODY_COMPLEMENT_STOPS = new Set(cues.frenchBodyComplementStops);
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
/** A verb with its subject pronoun after it (peut-il, a-t-elle, faut-il): never part of a name. */
const INVERTED_VERB = /-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce)$/u;
// Capitalized head words naming one body with nothing after them (le Conseil, la Commission).
const BODIES_ALONE = new Set(cues.frenchBodiesAlone);
/** Words after which a lower-case word was a verb, not an adjective (l'Agence indique que, le
 * Conseil applique la loi, les Forces démocratiques syriennes appuyées par). */
const AFTER_VERB = new Set(['par', 'que', "qu'", 'qu’', 'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** A lower-case content word (no function word, no weekday or month) at token k. */
function isPlainLowerWord(ctx: Context, k: number): boolean {
  const { tokens, flags } = ctx;
  const word = k < tokens.length ? tokens[k].text : '';
  return word !== '' && !tokens[k].lineStart && (flags[k] & FUNCTION_WORD) === 0 && LOWER_WORD.test(word) && !INVERTED_VERB.test(word) && !CALENDAR_WORDS.has(word.charAt(0).toUpperCase() + word.slice(1));
}

const HIGH_BODY_WORDS = new Set(cues.frenchHighBodyWords);
/** Haut or Haute, opening a sentence or after a word that is no name, right before body head i (le Haut Conseil, la Haute Autorité). */
function highBody(ctx: Context, i: number): boolean {
  return HIGH_BODY_WORDS.has(ctx.tokens[i - 1].text) && !ctx.tokens[i].lineStart && (i < 2 || !(ctx.flags[i - 2] & NAME_WORD) || (ctx.flags[i - 1] & SENTENCE_START) !== 0);
}

/** French bodies named by a capitalized head word, with their lower-case adjectives and de
 * complements (Agence spatiale européenne, Cour d'appel de Reims, Compagnie des chemins de fer de
 * l'Ouest, Parti socialiste): a tagger or a list would stop at the first lower-case word. */
function bodyNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const lowerKey = (k: number): string => words[k]?.lowerKey ?? '';
  const n = tokens.length;
  // A word cut by a hyphen at a line end (Société gé-\nnérale) is read whole: its rest opens the next line, or
  // follows a space where a reflowed column kept the cut (Conseil fédé- ral).
  const cutRest = (k: number): number =>
    k + 2 < n && tokens[k + 1].text === '-' && !tokens[k + 1].spaceBefore && (tokens[k + 2].lineStart || tokens[k + 2].spaceBefore) && LOWER_WORD.test(tokens[k + 2].text) ? k + 2 : -1;
  const wordEnd = (k: number): number => {
    const rest = cutRest(k);
    return rest < 0 ? k + 1 : rest + 1;
  };
  const isAdjective = (k: number): boolean => {
    if (!isPlainLowerWord(ctx, k)) return false;
    const last = wordEnd(k) - 1;
    return readsAsFrenchAdjective(tokens[last].text) && !BODY_COMPLEMENT_STOPS.has(tokens[last].text) && !(last + 1 < n && AFTER_VERB.has(lowerKey(last + 1)));
  };
  // The adjectives from k, et joining two of them after one (Orchestre symphonique et lyrique de Nancy, Congrès des
  // pouvoirs locaux et régionaux).
  const adjectivesEnd = (k: number): number => {
    let j = k;
    while (isAdjective(j)) j = wordEnd(j);
    while (j > k && lowerKey(j) === 'et' && isAdjective(j + 1)) {
      j = wordEnd(j + 1);
      while (isAdjective(j)) j = wordEnd(j);
    }
    return j;
  };
  for (const i of ctx.newsStarts) {
    // A head word of either kind opens the name (the checks below say which).
    if (i < 1 || !(words[i].news & (NEWS_BODY_HEAD | NEWS_NAME_HEAD))) continue;
    // Mid-sentence only: a capital opening a sentence says nothing (Service minimum...).
    // It opens the name: not after a capitalized word (US Air Force, Grande Assemblée: the tagger's).
    let headEnd = i + 1;
    let need = '';
    if (flags[i] & LOWER_LED) {
      // A lower-case head (conseil municipal, ministère): the longest phrase of the list.
      if (!words[i].lowerNameHead) continue;
      let node = LOWER_BODY_HEADS.next.get(words[i].key);
      if (node === undefined) continue;
      for (let k = i + 1; node; k++) {
        if (node.value) {
          headEnd = k;
          need = node.value;
        }
        if (k >= n || tokens[k].lineStart) break;
        node = node.next.get(words[k].key);
      }
      if (need === '' || flags[i - 1] & NAME_WORD) continue;
      // A parliament or a senate is one by its nation's adjective (le parlement catalan), then as one alone.
      if (need === 'nationality') {
        if (headEnd >= n || tokens[headEnd].lineStart || !NATION_ADJECTIVES.has(words[headEnd].lowerKey)) continue;
        headEnd++;
        need = 'alone';
      }
      // A town hall is the body where it opens its clause (La mairie de Nancy a signé, ..., la mairie de
      // Paris s'est refusée); elsewhere the building or a complement, the town alone (devant la mairie de Vernon).
      if (need === 'subject') {
        if (!(BODY_ARTICLES.has(lowerKey(i - 1)) && (i < 2 || flags[i - 1] & SENTENCE_START || CLAUSE_OPENERS.has(lowerKey(i - 2))))) continue;
        need = 'name';
      }
    } else if (!BODY_HEADS.has(tokens[i].text) || (flags[i] & SENTENCE_START && !FIRM_HEADS.has(tokens[i].text)) || (flags[i - 1] & NAME_WORD && !tokens[i].lineStart && !highBody(ctx, i))) continue;
    // Haut or Haute before the head opens the name (Haut Conseil de la santé publique, Haute Autorité de santé).
    const ts = need === '' && flags[i - 1] & NAME_WORD && !tokens[i].lineStart ? i - 1 : i;
    let j = adjectivesEnd(headEnd);
    let nameComplement = false;
    // A listed body with its adjectives takes no complement (Commission européenne de Bruxelles: the place), nor
    // a verb read as one more adjective (la Confédération paysanne appelle).
    if (isListedSpanEnding(ctx, i, headEnd, j)) {
      // Its nation's adjective right after it is still its name (l'Assemblée nationale française, le Conseil
      // constitutionnel français), as the Wikinews gold marks 9 of 10 on the training split.
      if (j - 1 >= headEnd && NATION_ADJECTIVES.has(lowerKey(j - 1)) && isListedSpan(ctx, i, j - 1)) out.push(candidate(ts, j, 'organization', 'rule', 2, 65));
      continue;
    }
    // Up to three de complements: a name (de Reims, des Nations unies) or a lower-case noun (de sécurité, des chemins de fer).
    let lowerComplement = false;
    let route = false;
    for (let complements = 0; complements < 3 && j < n; complements++) {
      let k = j;
      // et joins two lower-case complements (du commerce et de la distribution), not two bodies
      // (du Sénat et de l'Assemblée, la Ligue du Nord et du parti).
      const and = lowerComplement && lowerKey(k) === 'et' && k + 1 < n && FRENCH_OF_WORDS.has(lowerKey(k + 1));
      if (and) k++;
      const linkWord = lowerKey(k);
      // Not after Haut or Haute: the Wikinews gold (dev folds) marks la Haute Autorité alone before pour la transparence de la vie publique.
      if (!and && (linkWord === 'pour' || linkWord === 'aux') && !tokens[k].lineStart) {
        if (ts < i) break;
        // pour and aux open a complement too: Congrégation pour la doctrine de la foi, Haut-Commissariat
        // aux droits de l'homme, Secrétariat d'État aux Transports; pour only before an article, a noun
        // and a de complement or an adjective (not l'Assemblée pour la première fois, pour le moment).
        let m = k + 1;
        if (linkWord === 'pour' && !BODY_ARTICLES.has(lowerKey(m))) break;
        if (linkWord === 'pour') m++;
        if (m >= n || tokens[m].lineStart) break;
        // pour and a name after a lower-case complement: Alliance des démocrates et des libéraux pour l'Europe.
        if ((linkWord === 'aux' || lowerComplement) && flags[m] & NAME_WORD) {
          j = nameRunEnd(ctx, m, 3, false);
          nameComplement = true;
        } else {
          if (!isPlainLowerWord(ctx, m) || BODY_COMPLEMENT_STOPS.has(tokens[m].text)) break;
          const afterNoun = m + 1;
          m = afterNoun;
          while (isAdjective(m)) m = wordEnd(m);
          if (linkWord === 'pour' && m === afterNoun && !FRENCH_OF_WORDS.has(lowerKey(m))) break;
          j = m;
          lowerComplement = true;
        }
        while (isAdjective(j)) j = wordEnd(j);
        continue;
      }
      if (!FRENCH_OF_WORDS.has(linkWord) || tokens[k].lineStart) break;
      const of = lowerKey(k);
      k++;
      if ((of === 'de' || of === "d'" || of === 'd’') && k < n && (lowerKey(k) === 'la' || lowerKey(k) === "l'" || lowerKey(k) === 'l’')) k++;
      if (k >= n || tokens[k].lineStart) break;
      // A lower-case body's name ends before the country it belongs to (ministère des affaires étrangères du Burundi),
      // any body's before a person's title (le Parti de la Droite de M. Reuter); an 'object' one goes on to the place
      // it serves (syndicat intercommunal des eaux de la Zorn).
      if (flags[k] & TITLE) break;
      if (flags[k] & NAME_WORD && !and && !(need !== '' && need !== 'object' && lowerComplement)) {
        j = Math.max(nameRunEnd(ctx, k, 5, false), longestListedEnd(ctx, k, MAX_LISTED_COMPLEMENT_TOKENS));
        nameComplement = true;
        // A person named next ends it (le Ministère de l'Intérieur Gérard Collomb).
        for (let p = k + 1; p + 1 < j; p++) {
          if (flags[p] & FIRST_NAME && flags[p + 1] & NAME_WORD) {
            j = p;
            break;
          }
        }
      } else if (need !== 'alone' && isPlainLowerWord(ctx, k) && (need === 'object' || !BODY_COMPLEMENT_STOPS.has(tokens[k].text)) && !(of !== 'du' && of !== 'des' && INFINITIVE.test(tokens[k].text))) {
        // An institution named whole takes a country's name after it, no lower-case complement (le conseil
        // constitutionnel de la constitutionnalité de la loi). An 'object' body must end on a place, so a word
        // that ends other names goes in (du pays de Bitche).
        // Not an infinitive after de (le Conseil de statuer, et d'aller); chemins de fer stays.
        j = k + 1;
        lowerComplement = true;
        if (ROUTE_NOUNS.has(tokens[k].text)) route = true;
        // et and a second bare plural noun after a plural one is the same complement (École des arts et métiers,
        // des ponts et chaussées, des eaux et forêts), not an article's next phrase (des arts et la culture).
        if (lowerKey(j) === 'et' && PLURAL_NOUN.test(tokens[k].text) && j + 1 < n && !tokens[j + 1].lineStart && isPlainLowerWord(ctx, j + 1) && PLURAL_NOUN.test(tokens[j + 1].text) && !BODY_COMPLEMENT_STOPS.has(tokens[j + 1].text)) j += 2;
      } else break;
      j = adjectivesEnd(j);
    }
    // A line named by its ends runs on to the last (Compagnie des chemins de fer de Paris à Lyon et à la Méditerranée).
    if (route && nameComplement) j = routeEnd(ctx, j);
    // A works named by its trade takes its owner's name after it (Fabrique de cigares Vautier frères et Cie).
    const owned = lowerComplement && FIRM_HEADS.has(tokens[i].text) && j < n && flags[j] & NAME_WORD && !tokens[j].lineStart;
    // A works opening a sentence or a line is one only with its owner (Fabrique de cigares Vautier frères et Cie, à Grandson.).
    if (flags[i] & SENTENCE_START && !owned) continue;
    if (owned) {
      j = Math.max(nameRunEnd(ctx, j, 3, false), longestListedEnd(ctx, j, MAX_LISTED_COMPLEMENT_TOKENS));
      while (isAdjective(j)) j = wordEnd(j);
      if (j < n && PARTNER_WORDS.has(tokens[j].text)) j++;
      if (j + 1 < n && tokens[j].text === 'et' && tokens[j + 1].text.startsWith('Cie')) j += 2;
    }
    if (j === headEnd && need === '' && BODIES_ALONE.has(tokens[i].text) && BODY_ARTICLES.has(lowerKey(i - 1)) && !(headEnd < n && flags[headEnd] & NAME_WORD)) {
      // The head alone after its article: the body of the debate or the article (la Commission, le
      // Conseil); not in a title before a name (le président de la Commission Jean-Claude Juncker).
      out.push(candidate(i, headEnd, 'organization', 'rule', 2, 60));
      continue;
    }
    if ((j === headEnd && need !== 'alone') || ((need === 'name' || need === 'object') && !nameComplement)) continue;
    const type = need !== '' ? 'organization' : organizationOrCompany(ctx, i, j);
    // An owned works holds the partnership a suffix reads inside it (Vautier frères et Cie).
    out.push(candidate(ts, j, type, 'rule', owned ? 3 : 2, owned ? 75 : 65, { name: type === 'company' ? companyName(ctx, ts, j) : undefined }));
  }
}
/** Heads of a works or a company named by its trade, then by its owner or its line (Fabrique de chocolat
 * Suchard, Compagnie du chemin de fer Montreux-Oberland bernois). */
const FIRM_HEADS = new Set(cues.frenchFirmHeads);
const INFINITIVE = /^\p{Ll}{3,}(?:er|ir)$/u;
/** A lower-case plural noun of four letters or more (arts, métiers, chaussées). */
const PLURAL_NOUN = /^\p{Ll}{2,}[sx]$/u;
/** Adjectives of a nation or a region, lower case (catalan, espagnole): le parlement catalan is one body. Old
 * print writes -ais as -ois (la République françoise, la cour angloise): those forms are read too. */
const NATION_ADJECTIVES = new Set(
  [...demonymData.forms.map((w) => w.toLowerCase()), ...cues.frenchRegionalAdjectives.flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`])].flatMap((w) => [w, w.replace(/ais(e?s?)$/u, 'ois$1')]),
);

/** A French adjective of a nation or a region, in lower case (syrienne, catalan). */
export function isNationAdjective(word: string): boolean {
  return NATION_ADJECTIVES.has(word);
}
const CLAUSE_OPENERS = new Set([',', ';', ':', 'que', "qu'", 'qu’', 'et', 'mais', 'car', '«', '(']);

/** A list knows tokens [ts, te) as one name. */
function isListedSpan(ctx: Context, ts: number, te: number): boolean {
  let node = ctx.words[ts].gazetteer;
  for (let k = ts + 1; k < te && node; k++) node = node.next.get(ctx.words[k].key);
  return node?.hits !== undefined;
}

/** Lower-case nouns of a transport line named by its ends (chemins de fer de Paris à Lyon, tramways de Neuchâtel à Saint-Blaise). */
const ROUTE_NOUNS = new Set(cues.frenchRouteNouns);

/** Past a line's first end at j, the end of its other ends: à and a name, again after et (à Lyon et à la Méditerranée). */
function routeEnd(ctx: Context, j: number): number {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (;;) {
    let k = j;
    if (k < n && words[k].lowerKey === 'et' && k + 1 < n && words[k + 1].lowerKey === 'à') k++;
    if (k >= n || words[k].lowerKey !== 'à' || tokens[k].lineStart) return j;
    k++;
    // la, l' (a word's lowerKey writes every apostrophe straight).
    if (k < n && (words[k].lowerKey === 'la' || words[k].lowerKey === "l'")) k++;
    if (k >= n || tokens[k].lineStart || !(flags[k] & NAME_WORD)) return j;
    j = nameRunEnd(ctx, k, 3, false);
  }
}

/** A listed complement a body's name takes whole may hold this many tokens (P.-L.-M. is nine). */
const MAX_LISTED_COMPLEMENT_TOKENS = 10;

/** The end of the longest name a list knows from token ts on, within maxTokens on its line; ts when none
 * (des chemins de fer P.-L.-M.: the listed initials, which the run of name words cuts at their first point). */
function longestListedEnd(ctx: Context, ts: number, maxTokens: number): number {
  const { tokens, words } = ctx;
  let end = ts;
  let node = words[ts].gazetteer;
  for (let k = ts + 1; node !== undefined && k <= ts + maxTokens; k++) {
    if (node.hits !== undefined) end = k;
    if (k >= tokens.length || tokens[k].lineStart) break;
    node = node.next.get(words[k].key);
  }
  return end;
}

/** Whether a list knows tokens [ts, te) as one name for some te in (after, last]: one walk of the list's trie. */
function isListedSpanEnding(ctx: Context, ts: number, after: number, last: number): boolean {
  let node = ctx.words[ts].gazetteer;
  // node is the trie's node of tokens [ts, k).
  for (let k = ts + 1; node !== undefined && k <= last; k++) {
    if (k > after && node.hits !== undefined) return true;
    if (k < ctx.tokens.length) node = node.next.get(ctx.words[k].key);
  }
  return false;
}

/** A model code: a capital or a digit first, a digit inside (737-500, MU-2B, A321neo). */
const MODEL_CODE = /^(?=[^\s]*\d)[\p{Lu}\d][\p{L}\d-]*$/u;

/** A maker's name naming the thing it makes: a product (Airbus A320, un Airbus A321) or, for a
 * French "un/une" before the maker alone, no mention (une Peugeot grise is a car, not the company). */
function madeThingCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words } = ctx;
  // The listed products by start token, gathered on the first listed company.
  let productAt: Map<number, Candidate> | undefined;
  const count = out.length;
  for (let k = 0; k < count; k++) {
    const c = out[k];
    if (c.source !== 'gazetteer' || c.type !== 'company') continue;
    if (productAt === undefined) {
      productAt = new Map();
      for (let p = 0; p < count; p++) if (out[p].source === 'gazetteer' && out[p].type === 'product') productAt.set(out[p].ts, out[p]);
    }
    // The maker before a listed product of its own: Airbus A320, Boeing 787.
    const product = productAt.size > 0 && c.te < tokens.length && !tokens[c.te].lineStart ? productAt.get(c.te) : undefined;
    if (product) {
      out.push(candidate(c.ts, product.te, 'product', 'rule', 2, 86, { name: ctx.text.slice(tokens[c.ts].start, tokens[product.te - 1].end) }));
    } else if (ctx.lang === 'fr' && c.ts > 0 && (words[c.ts - 1].lowerKey === 'un' || words[c.ts - 1].lowerKey === 'une')) {
      // A model code after it (un Boeing 737-500, un Mitsubishi MU-2B) makes a product; the maker alone, no mention.
      const next = c.te < tokens.length && !tokens[c.te].lineStart && tokens[c.te].spaceBefore ? tokens[c.te].text : '';
      const code = MODEL_CODE.test(next) ? c.te + 1 : versionEnd(tokens, c.te);
      if (code > c.te) out.push(candidate(c.ts, code, 'product', 'rule', 2, 86, { name: ctx.text.slice(tokens[c.ts].start, tokens[code - 1].end) }));
      else out.push(candidate(c.ts, c.te, 'blocker', 'rule', 2, 86));
    }
  }
}

// What only a company has, after an English possessive: Vantoro's shares, Harlow Dynamics' chief executive.
const COMPANY_POSSESSIONS = wordTrie(cues.englishCompanyPossessions.map((p) => [p, 'company'] as [string, string]));

/** An English name whose possession is a company's (Vantoro's shares, Kelbridge's board): a company.
 * A listed person or place of the same span keeps it (China's profit is the gazetteer's). */
function possessiveCompanyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i < 1 || i + 1 >= n || !(words[i].news & D_APOSTROPHE) || tokens[i].spaceBefore || !(flags[i - 1] & NAME_WORD)) continue;
    // Vantoro's (the s glued), or Dynamics' (a name ending in s).
    let j = i + 1;
    if (tokens[j].text === 's' && !tokens[j].spaceBefore) j++;
    else if (!tokens[i - 1].text.endsWith('s')) continue;
    let node: WordTrie | undefined = COMPANY_POSSESSIONS;
    let matched = false;
    for (let k = j; k < n && node && !tokens[k].lineStart; k++) {
      node = node.next.get(words[k].lowerKey);
      if (node?.value) matched = true;
    }
    if (!matched) continue;
    const start = nameRunStartBefore(ctx, i, 5);
    if (start >= i) continue;
    // A job title is no company (the Chief Executive's shares).
    let title = true;
    for (let k = start; k < i && title; k++) if (!(flags[k] & ROLE_TITLE)) title = false;
    if (title) continue;
    out.push(candidate(start, i, 'company', 'rule', 2, 66, { name: companyName(ctx, start, i) }));
  }
}


/** The employer named before a corporate title and a person: Pellham Chief Executive John Marsh,
 * Kelbridge CEO Ann Lee. Only company titles: British Prime Minister, Russian President stay the tagger's. */
function titledEmployerCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  for (const i of ctx.newsStarts) {
    if (i < 1 || i + 1 >= tokens.length || !(words[i].news & D_CORPORATE_TITLE_HEAD) || !(flags[i - 1] & NAME_WORD) || flags[i - 1] & ROLE_TITLE || tokens[i].lineStart) continue;
    let j = i;
    while (j < tokens.length && flags[j] & ROLE_TITLE && !tokens[j].lineStart) j++;
    if (j >= tokens.length || tokens[j].lineStart || !(flags[j] & NAME_WORD) || personRunEnd(ctx, j) < j + 2) continue;
    const start = nameRunStartBefore(ctx, i, 4);
    // A single word opening the sentence may be a common word (Former Chief Executive John Marsh).
    if (start >= i || (start === i - 1 && flags[start] & SENTENCE_START)) continue;
    // Scored over the first-name rule's person (Roland Berger Chief Executive Stefan Schaible): a person holds no corporate title of a person after it.
    out.push(candidate(start, i, organizationOrCompany(ctx, start, i), 'rule', 2, 66, { name: companyName(ctx, start, i) }));
  }
}

/** Known names whose last word a hyphen cuts at a line end (Ver-\nsailles, Alsace-\nLorraine, Banque
 * de Fran-\nce): the word's parts joined, without the hyphen before a lower-case rest, with it before
 * a capital. The mention spans the cut word as written, hyphen and line break included. */
function lineBreakGazetteerCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags, words } = ctx;
  const gz = gazetteer();
  for (const h of ctx.newsStarts) {
    if (h < 1 || h + 1 >= tokens.length || !(words[h].news & NEWS_DASH)) continue;
    if (tokens[h].text !== '-' || tokens[h].spaceBefore || !tokens[h + 1].lineStart) continue;
    const before = tokens[h - 1];
    const after = tokens[h + 1];
    if (!(flags[h - 1] & WORDLIKE) || !(flags[h + 1] & WORDLIKE) || flags[h + 1] & ALL_DIGITS) continue;
    const joined = tokenKey(before.text + (flags[h + 1] & LOWER_LED ? '' : '-') + after.text);
    // The longest alias ending with the joined word, from up to three name words before it.
    let best: { start: number; hit: AliasHit } | undefined;
    for (let s = h - 1; s >= Math.max(0, h - 4); s--) {
      if (s < h - 1 && (tokens[s + 1].lineStart || !(flags[s] & (NAME_WORD | CONNECTOR)))) break;
      let node: TrieNode | undefined = gz.root;
      for (let k = s; k < h - 1 && node; k++) node = node.next.get(words[k].key);
      const hits = node?.next.get(joined)?.hits;
      const hit = hits ? pickHit(hits, ctx.lang) : undefined;
      if (hit && flags[s] & (NAME_WORD | UPPER_OR_NUMBER_LED)) best = { start: s, hit };
    }
    if (best) out.push(candidate(best.start, h + 2, best.hit.entity.type, 'gazetteer', 3, 88, { entity: best.hit.entity }));
  }
}


/** Streets and stations named after a lower-case head word: rue de Rivoli, boulevard Saint-Germain,
 * quai d'Orsay, gare de Lyon (a place, the head word in the name, as for ministère de l'Intérieur). */
function streetCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !words[i].lowerNameHead || !STREET_HEADS.has(words[i].key)) continue;
    let j = i + 1;
    // de, du, des, d', de la, de l' before the name.
    if (FRENCH_OF_WORDS.has(words[j].lowerKey)) {
      j++;
      if (j < n && (words[j].key === 'la' || words[j].key === "l'")) j++;
    }
    // An acronym names who runs it (la gare SNCF), not the street.
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || isAsciiCaps(tokens[j].text, 2, 6)) continue;
    const end = nameRunEnd(ctx, j, 4);
    out.push(candidate(i, end, 'place', 'rule', 2, 66));
  }
}

const BUSINESS_UNIT_WORDS = { fr: new Set(cues.businessUnitWords.fr), en: new Set(cues.businessUnitWords.en) };

/** The capitalized common nouns naming a part of a business, after its word in French (la division
 * Mode et Maroquinerie), before it in English (its Fashion and Leather Goods division): no person,
 * no place, no mention, unless a list names a word of them (la division Airbus Helicopters). */
function businessUnitCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags, words } = ctx;
  const unit = ctx.lang === 'fr' ? NEWS_UNIT_FR : NEWS_UNIT_EN;
  const n = tokens.length;
  let listed: Uint8Array | undefined;
  const hasListed = (ts: number, te: number): boolean => {
    if (listed === undefined) {
      listed = new Uint8Array(n);
      for (const c of out) if (c.source === 'gazetteer') listed.fill(1, c.ts, c.te);
    }
    for (let k = ts; k < te; k++) if (listed[k]) return true;
    return false;
  };
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & unit) || !(flags[i] & LOWER_LED)) continue;
    let ts: number;
    let te: number;
    if (ctx.lang === 'fr') {
      ts = i + 1;
      if (ts >= n || tokens[ts].lineStart || !(flags[ts] & NAME_WORD) || flags[ts] & FIRST_NAME) continue;
      // Not across de: the business it belongs to follows (la division Mode de LVMH).
      te = nameRunEnd(ctx, ts, 5, false);
      // Two parts joined (Mode et Maroquinerie, Vins et Spiritueux).
      while (te + 1 < n && COORDINATORS.has(words[te].lowerKey) && !tokens[te + 1].lineStart && flags[te + 1] & NAME_WORD && !(flags[te + 1] & FIRST_NAME)) te = nameRunEnd(ctx, te + 1, 5, false);
    } else {
      te = i;
      if (te < 1 || tokens[i].lineStart || !(flags[te - 1] & NAME_WORD)) continue;
      ts = nameRunStartBefore(ctx, te, 5);
      // A sentence-opening word or an article stays out (Its Devices division).
      while (ts < te && (flags[ts] & FUNCTION_WORD || (flags[ts] & SENTENCE_START && te - ts > 1 && !(flags[ts + 1] & CONNECTOR)))) ts++;
      if (ts >= te || (flags[ts] & SENTENCE_START && !(flags[ts] & HAS_LOWER))) continue;
    }
    // Common nouns only: an acronym or a listed name is the business's own (la division SNCF Voyageurs).
    let plain = true;
    for (let k = ts; k < te && plain; k++) if (flags[k] & NAME_WORD && !(flags[k] & HAS_LOWER)) plain = false;
    if (!plain || te <= ts || hasListed(ts, te)) continue;
    out.push(candidate(ts, te, 'blocker', 'rule', 2, 60));
  }
}

const PRODUCT_NOUNS_AFTER_MODEL = new Set(cues.productNounsAfterModel);
/** A model code: a capital first, a digit inside (MI300, A321XLR, S24, F-150). */
const CAPITAL_MODEL_CODE = /^\p{Lu}[\p{L}-]*\d[\p{L}\d-]*$/u;

/** A model code before a product noun is a product (its MI300 chips, A321XLR jets), no place nor person. */
function modelProductCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, words } = ctx;
  // The product noun after the code is what the list knows: the code is the token before one.
  for (const noun of ctx.newsStarts) {
    const i = noun - 1;
    if (i < 0) continue;
    const next = tokens[i + 1];
    if (!(words[i + 1].news & NEWS_PRODUCT_NOUN) || !next.spaceBefore || next.lineStart || !CAPITAL_MODEL_CODE.test(tokens[i].text)) continue;
    out.push(candidate(i, i + 1, 'product', 'rule', 2, 62));
  }
}

const INSTRUMENT_NOUNS = new Set(cues.instrumentNouns);

/** A listed body before a market instrument names the instrument (Treasury yields, Treasury bills): no mention. */
function instrumentBlockers(ctx: Context, out: Candidate[]): void {
  const { tokens, words } = ctx;
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const { ts, te, type, source } = out[c];
    if (source !== 'gazetteer' || type !== 'organization' || te >= tokens.length || tokens[te].lineStart || !(words[te].news & NEWS_INSTRUMENT)) continue;
    out.push(candidate(ts, te + 1, 'blocker', 'rule', 3, 60));
  }
}

const SPEECH_VERBS = new Set(cues.speechVerbs);
const SPEAKER_COMMON_NOUNS = new Set(cues.speakerCommonNouns);
/** The score of a tagger span of confidence 0.5: a lone speaker's reading yields to a surer tagger. */
const EVEN_TAGGER_SCORE = 50;

/** English: a single capitalized word opening a sentence before a speech verb is a person (Kumar
 * said, Quinlan told Reuters): tier 1, so that a list's reading (Apple said) and a tagger reading
 * surer than even (an unlisted company) win over it. */
function loneSpeakerCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  // The speech verb after the name is what the list knows: the name is the token before one.
  for (const verb of ctx.newsStarts) {
    const i = verb - 1;
    if (i < 0 || !(words[verb].news & NEWS_SPEECH_VERB)) continue;
    const f = flags[i];
    if (!(f & SENTENCE_START) || !(f & NAME_WORD) || !(f & HAS_LOWER) || tokens[i].text.length < 3) continue;
    const next = tokens[i + 1];
    if (!(words[i + 1].news & NEWS_SPEECH_VERB) || next.lineStart || !next.spaceBefore) continue;
    // A listed name keeps the list's reading (Apple said), and a word opening one is its short form (Goldman said: Goldman Sachs).
    if (f & (FUNCTION_WORD | ENGLISH_OPENER | ROLE_TITLE | CALENDAR_WORD | NOT_NAME | GAZETTEER_START)) continue;
    // A plural is a group of people (Officials, Analysts, Prosecutors), a common noun no name (Police).
    const t = tokens[i].text;
    if (t.endsWith('s') || SPEAKER_COMMON_NOUNS.has(words[i].lowerKey) || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(t)) continue;
    out.push(candidate(i, i + 1, 'person', 'rule', 1, EVEN_TAGGER_SCORE));
  }
}

/** All gazetteer and rule candidates of the text. */
export function ruleCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  gazetteerCandidates(ctx, out);
  lineBreakGazetteerCandidates(ctx, out);
  // The tokens the organization rules start from, found in one pass for all of them.
  const organizationWords: number[] = [];
  for (const k of ctx.newsStarts) if (ctx.words[k].news & NEWS_ORGANIZATION_RULES) organizationWords.push(k);
  platformProductCandidates(ctx, out, organizationWords);
  sportsClubCandidates(ctx, out, organizationWords);
  operationBlockers(ctx, out, organizationWords);
  instrumentBlockers(ctx, out);
  modelProductCandidates(ctx, out);
  madeThingCandidates(ctx, out);
  bodyNameCandidates(ctx, out);
  bodyVerbCandidates(ctx, out);
  unionBranchCandidates(ctx, out);
  drugDoseCandidates(ctx, out);
  republicTitleBlockers(ctx, out);
  portfolioCandidates(ctx, out, organizationWords);
  singlePortfolioCandidates(ctx, out, organizationWords);
  streetCandidates(ctx, out);
  squareCandidates(ctx, out);
  roadCodeCandidates(ctx, out);
  indefiniteStreetCandidates(ctx, out);
  postalTownBlockers(ctx, out);
  sportsResultCandidates(ctx, out);
  scoredClubCandidates(ctx, out);
  hospitalCandidates(ctx, out);
  intercommunalBodyCandidates(ctx, out);
  elidedCompoundCandidates(ctx, out);
  headedNameCandidates(ctx, out);
  reportAuthorCandidates(ctx, out);
  leafletFieldCandidates(ctx, out);
  businessUnitCandidates(ctx, out);
  tickerCandidates(ctx, out);
  suffixCandidates(ctx, out);
  lowerLegalSuffixCandidates(ctx, out);
  cueCandidates(ctx, out);
  titledRoleCandidates(ctx, out);
  portfolioTitleCandidates(ctx, out);
  titledBodyCandidates(ctx, out);
  personCandidates(ctx, out);
  loneSpeakerCandidates(ctx, out);
  initialsPersonCandidates(ctx, out);
  dottedAcronymCandidates(ctx, out);
  hashtagCandidates(ctx, out);
  indexCandidates(ctx, out);
  namedIndexCandidates(ctx, out);
  benchmarkNameCandidates(ctx, out);
  headlineVerbLinkCandidates(ctx, out);
  ratingAgencyShortNameCandidates(ctx, out);
  hyphenPlaceCandidates(ctx, out);
  hyphenOwnerCandidates(ctx, out);
  datelineCandidates(ctx, out);
  rubricPlaceCandidates(ctx, out);
  capitalDatelineCandidates(ctx, out);
  placeInCapitalsCandidates(ctx, out);
  unlistedDatelineCandidates(ctx, out);
  pressBlockers(ctx, out);
  feastBlockers(ctx, out);
  namedThingBlockers(ctx, out);
  demonymCandidates(ctx, out);
  workAuthorCandidates(ctx, out);
  firmStaffCandidates(ctx, out);
  possessiveCompanyCandidates(ctx, out);
  titledEmployerCandidates(ctx, out);
  lowerIndexBlockers(ctx, out);
  weekdayEventBlockers(ctx, out);
  describedNameCandidates(ctx, out);
  basedCompanyCandidates(ctx, out);
  businessActionCandidates(ctx, out);
  marketMoveCandidates(ctx, out);
  bodyOfCandidates(ctx, out);
  stateNameCandidates(ctx, out);
  releaseLayoutCandidates(ctx, out);
  speakerLineCandidates(ctx, out);
  debateSpeakerCandidates(ctx, out);
  sourceCueCandidates(ctx, out);
  bodyNameCandidatesEn(ctx, out);
  nationalBodyCandidates(ctx, out);
  coordinatedBodyCandidates(ctx, out);
  placeTailCandidates(ctx, out);
  placeHeadCandidates(ctx, out);
  notNameInContextCandidates(ctx, out);
  creditRatingBlockers(ctx, out);
  ratedNameCandidates(ctx, out);
  headlineCommonNounCandidates(ctx, out);
  companyBoardCandidates(ctx, out);
  possessiveBodyCandidates(ctx, out);
  possessiveStoreCandidates(ctx, out);
  // After the list and the suffix rule: it reads the companies they found.
  businessArmCandidates(ctx, out);
  countryArmCandidates(ctx, out);
  employerTitleCandidates(ctx, out);
  repeatedFullNameCandidates(ctx, out);
  placeNamedBodyCandidates(ctx, out);
  countryTailBodyCandidates(ctx, out);
  foreignBusinessCandidates(ctx, out);
  possessivePersonCandidates(ctx, out);
  // After the other rules: an acronym any of them reads is theirs.
  acronymBodyCandidates(ctx, out);
  economicAcronymBlockers(ctx, out);
  movementMemberBlockers(ctx, out);
  bracketAcronymCandidates(ctx, out);
  // Last: it reads the companies the other rules found.
  listedWithCompaniesCandidates(ctx, out);
  return out;
}

export function isGluedAfter(tokens: Token[], i: number): boolean {
  return glueToNext(tokens, i);
}

export { isAllCaps, kebab };
