// Facts: link each figure to the entity it describes, with a predicate.
//
// One pass over the shared tokens splits sentences and clauses and records the cues of the
// lexicon (src/core/data/facts-<lang>.json). Each figure then reads its predicate from the
// cues around it (the noun it measures: "une part de 33 %", "Apple's revenue"; the verb
// that governs it: "a investi", "rose 5% to") and its entity from the grammar the
// sentence offers: the possessor of that noun ("les actions d'Alibaba"), a possessive
// ("son chiffre d'affaires"), the nearest actor before the cue, or the company in focus
// when the sentence refers back to it ("la société", "Il"). Dates become `event_date` of the
// entities that did something then. Every scan is bounded, so the whole is linear.
import { isLowerCaseDemonym } from '../entities/demonyms';
import { placeKind } from '../entities/gazetteer';
import { kebab } from '../entities/normalize';
import { isApostropheCode, tokenIdEpoch, tokenize, type Token } from '../text/tokenize';
import type { EntityMention, Fact, Figure, FigureKind, Lang, Predicate } from '../types';
import { ANY_TOPIC_BIT, CUE_BITS, CUE_HIGH_BITS, cueLexicon, UNIT_BUSINESS, UNIT_COUNT, type CueCategory, type CueLexicon, type CueMatch } from './lexicon';

/** An article between "depuis" / "since" and the date it opens (depuis l'an dernier). */
/** The longest stretch of tokens read as one sentence (see splitSentences). */
const MAX_SENTENCE_TOKENS = 400;
const DATE_ARTICLE = /^(?:l['’]|le|la|les|the)$/i;
/** A sign standing alone before a figure in brackets ("Renault (+3 %)"). */
const SIGNS: ReadonlySet<string> = new Set(['+', '-', '–', '−']);

export interface FactContext {
  lang: Lang;
  /** The text's tokens from tokenize(text), when the caller has them already. */
  tokens?: Token[];
  /** tokenIdEpoch() when those tokens were made: while it holds, a token's id names its word with no check (see CueLexicon.bitsAt). */
  tokensEpoch?: number;
}

type Role = 'actor' | 'place' | 'product' | 'none';

interface Mention {
  entity: EntityMention;
  /** The entity id the facts use (a subsidiary named beside its parent takes the subsidiary's id). */
  id: string;
  t0: number;
  t1: number;
  role: Role;
}

interface FigureSpan {
  figure: Figure;
  t0: number;
  t1: number;
}

type Topic =
  | 'revenue' | 'spending' | 'market' | 'growth' | 'market_share' | 'share' | 'market_cap'
  | 'investment' | 'purchase' | 'other' | 'count';

const TOPIC_OF: ReadonlyMap<CueCategory, Topic> = new Map<CueCategory, Topic>([
  ['topic:revenue', 'revenue'], ['topic:spending', 'spending'], ['topic:market', 'market'],
  ['topic:growth', 'growth'], ['topic:market_share', 'market_share'], ['topic:share', 'share'],
  ['topic:market_cap', 'market_cap'], ['topic:investment', 'investment'], ['topic:purchase', 'purchase'],
  ['topic:other', 'other'], ['topic:count', 'count'],
]);

/** How far back (tokens) a figure looks for the noun or verb it depends on. */
const CUE_WINDOW = 30;
/** How far after a figure its noun may stand ("28% of the global smartphone market"), and how many adjectives before it. */
const TOPIC_AFTER_WINDOW = 6;
const MAX_ADJECTIVES_BEFORE_TOPIC = 3;
/** How far back a change verb or noun still governs a figure ("a augmenté de plus de 34 %"). */
const CHANGE_WINDOW = 6;
/** How many tokens may separate a noun from its possessor ("l'action du géant chinois Alibaba"). */
const POSSESSOR_WINDOW = 6;

// One-character tokens the rules look for, by code unit (see isChar).
const COMMA = 0x2c;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

const TERMINALS = new Set(['.', '!', '?', '…']);
/** TERMINALS.has(the one-character string of `code`). */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}
/** How many tokens of an article's start (headline, dateline, lead) may name the stock market for all of it. */
const LEAD_TOKENS = 80;
/** How many sentences before a change figure, in its paragraph, may name the stock market. */
const STOCK_REPORT_SENTENCES = 5;
/** The most words an opening phrase holds before its figure ("Avec une part de marché de 20 %"): leadingSubject reads no further back. */
const OPENING_PHRASE_TOKENS = 10;
/** How many sentences back "la ville", "le pays" look for the place they refer to (see placeMeant). */
const PLACE_BACK_SENTENCES = 8;
/** What only a business has (the spec: a person's income is `other`, revenue is a business's). */
const BUSINESS_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(['revenue', 'growth', 'market_share', 'share_price', 'share_price_change', 'market_cap_change']);
/** What only a listed company has: never a place's ("London's FTSE 100 gained 0.2%"). */
const SHARE_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(['share_price', 'share_price_change', 'market_cap_change']);

/** Set on a token whose cue bits are made (0 reads as not made yet); the cue bits are below it (see CUE_BITS). */
const CUE_BITS_MADE = 1 << 30;
/** The kinds a bare number in a list takes the unit of ("400 millions et 100 millions d'euros"); not an age's ("21 et 18 ans"). */
const LISTED_WITH_NUMBER: ReadonlySet<string> = new Set(['money', 'percent', 'quantity']);

export function linkFacts(text: string, entities: EntityMention[], figures: Figure[], ctx: FactContext): Fact[] {
  if (figures.length === 0 || entities.length === 0) return [];
  // The lexicon first: made on first need, it tokenizes its phrases, which may start a new epoch of ids.
  const lex = cueLexicon(ctx.lang);
  const tokens = ctx.tokens ?? tokenize(text);
  const idsCurrent = ctx.tokens === undefined || ctx.tokensEpoch === tokenIdEpoch();
  return new FactLinker(text, tokens, entities, figures, lex, idsCurrent).link();
}

class FactLinker {
  private readonly sentenceStart: Int32Array;
  private readonly sentenceEnd: Int32Array;
  private readonly clauseStart: Int32Array;
  private readonly clauseEnd: Int32Array;
  /** Mention index starting / ending (exclusive end) at a token, or -1. */
  private readonly mentionFrom: Int32Array;
  private readonly mentionTo: Int32Array;
  private readonly figureAt: Int32Array;
  /** The cue bits of each token (see cueBitsAt), 0 until asked: only tokens near figures and mentions are read. */
  private readonly cueBits: Int32Array;
  /** The second word of each token's cue bits (CUE_HIGH_BITS), written with the first. */
  private readonly cueHighBits: Int32Array;
  private readonly mentions: Mention[] = [];
  private readonly figs: FigureSpan[] = [];
  private readonly facts: Fact[] = [];
  /** Facts made for each figure (a figure has few: duplicates are found there), for the equivalents and repetitions that copy them. */
  private readonly factsOfFigure = new Map<number, Fact[]>();
  /** The first linked figure of each money amount, by unit then value. */
  private readonly linkedAmounts = new Map<string, Map<number, number>>();
  /** Whether the paragraph read from a token up to `end` names the stock market (see inStockReport). */
  private readonly stockReport = new Map<number, { end: number; found: boolean }>();
  /** Company names, lower case, with their ids: the makers products are named after (made on first need). */
  private makers: [string, string][] | undefined;
  /** The text's entities in text order (placeMentions). */
  private entityList: EntityMention[] = [];
  /** The end of the last range tokenRange found (its start is what it returns: no pair made per span). */
  private rangeEnd = 0;
  /** The ids of the places named (made on first need, see isPlaceId). */
  private placeIds: Set<string> | undefined;
  /** Whether the lead names the stock market (see leadNamesMarket). */
  private namesMarket: boolean | undefined;
  /** The company in focus, or a body that opened a sentence since (see link). */
  private subjectFocus: string | undefined;
  /** The owner a list read with "respectivement" gives the figure being linked (see respectiveOwner), else undefined. */
  private listedOwner: string | undefined;
  /** The index of that list's last figure (set by respectiveOwner). */
  private listedLast = -1;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    entities: EntityMention[],
    figures: Figure[],
    private readonly lex: CueLexicon,
    /** Whether the tokens' ids are of the tokenizer's present epoch (see CueLexicon.bitsAt). */
    private readonly idsCurrent: boolean,
  ) {
    const n = this.tokens.length;
    const views = tokenArrays(n + 1, 9);
    this.mentionFrom = views[0].fill(-1);
    this.mentionTo = views[1].fill(-1);
    this.figureAt = views[2].fill(-1);
    // Every cell of these four is written by splitSentences.
    this.sentenceStart = views[3];
    this.sentenceEnd = views[4];
    this.clauseStart = views[5];
    this.clauseEnd = views[6];
    this.cueBits = views[7].fill(0);
    this.cueHighBits = views[8];
    this.placeMentions(entities);
    this.placeFigures(figures);
    this.splitSentences();
  }

  link(): Fact[] {
    let focus: string | undefined;
    let f = 0;
    let m = 0;
    const n = this.tokens.length;
    for (let s = 0; s < n; s = this.sentenceEnd[s]) {
      const end = this.sentenceEnd[s];
      for (; f < this.figs.length && this.figs[f].t0 < end; f++) this.linkFigure(f, focus);
      // The first company a sentence names is the one the next sentences refer back to.
      let first: string | undefined;
      for (; m < this.mentions.length && this.mentions[m].t0 < end; m++) {
        const mention = this.mentions[m];
        const type = mention.entity.type;
        // A company named inside a relative clause ("qui regroupe Louis Vuitton") is not what the article is about; the
        // company already in focus is not asked whether it is a subsidiary (most mentions: the test is the costly one).
        if (first === undefined && mention.role === 'actor' && (type === 'company' || type === 'ticker') && !this.has(this.clauseStart[mention.t0], CUE_BITS.relative) && !this.namesRelative(mention) && (mention.id === focus || !this.isOwnSubsidiary(mention))) first = mention.id;
      }
      if (first !== undefined) focus = first;
      // A body that opens a sentence as its subject ("L'Unédic prévoit ...") is what an account named
      // with no owner after it refers to ("Le déficit devrait baisser"), unless a company is named since.
      this.subjectFocus = first ?? this.openerOf(s, end) ?? this.subjectFocus;
    }
    return this.facts;
  }

  /** "Sa filiale à bas coûts Transavia", "its subsidiary X": a subsidiary named after a possessive is part of the story of the company in focus, not a new focus. */
  private isOwnSubsidiary(m: Mention): boolean {
    for (let k = m.t0 - 1; k >= 1 && k >= m.t0 - 5; k--) {
      if (this.mentionTo[k + 1] !== -1 || this.figureAt[k] !== -1 || this.isClauseWord(k)) return false;
      if (this.has(k, CUE_BITS.subsidiary)) return this.has(k - 1, CUE_BITS.possessive);
    }
    return false;
  }

  /** The company or organization named first in the sentence [s, end), as its subject: no preposition before it ("L'Unédic prévoit ..."). */
  private openerOf(s: number, end: number): string | undefined {
    for (let k = s; k < end && k < s + 4; k++) {
      const mi = this.mentionFrom[k];
      if (mi === -1) {
        if (this.has(k, CUE_BITS.determiner)) continue;
        return undefined;
      }
      const m = this.mentions[mi];
      return m.role === 'actor' && (m.entity.type === 'company' || m.entity.type === 'organization') ? m.id : undefined;
    }
    return undefined;
  }

  // ---- layout --------------------------------------------------------------------------

  /** The cues at token i: read once per token for its bits (cueBitsAt), again only for the few that have a topic. */
  private cuesAt(i: number): readonly CueMatch[] {
    return this.lex.matchAt(this.tokens, i);
  }

  /** Whether a cue of the category of `bit` (CUE_BITS.of...: a constant, where a category name would be a keyed look-up per call) starts at token i. */
  private has(i: number, bit: number): boolean {
    return (this.cueBitsAt(i) & bit) !== 0;
  }

  /** Whether a cue of a category of the second word (CUE_HIGH_BITS.of...) starts at token i. */
  private hasHigh(i: number, bit: number): boolean {
    if (this.cueBits[i] === 0) this.cueBitsAt(i);
    return (this.cueHighBits[i] & bit) !== 0;
  }

  /** The bits of the cues at token i, made on first need: has() asks several questions of most tokens it reads. */
  private cueBitsAt(i: number): number {
    let bits = this.cueBits[i];
    if (bits === 0) {
      bits = CUE_BITS_MADE | this.lex.bitsAt(this.tokens, i, this.cueHighBits, this.idsCurrent);
      this.cueBits[i] = bits;
    }
    return bits;
  }

  /**
   * Whether token k is the one character of code unit `code`, read from the text (a token's text is its slice):
   * the token's string, far from the text in memory, is not touched.
   */
  private isChar(k: number, code: number): boolean {
    const t = this.tokens[k];
    return t.end - t.start === 1 && this.text.charCodeAt(t.start) === code;
  }

  private isWord(i: number): boolean {
    const start = this.tokens[i].start;
    const c = this.text.charCodeAt(start);
    return c > 127 ? /[\p{L}\p{N}]/u.test(this.text[start]) : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }

  /**
   * Whether tokens k and k + 1 are the apostrophe and "s" of a possessive ("Apple's", "Apple’s"): their
   * normalized words are ' and s, told from their single characters in the text (no word is read).
   */
  private isPossessiveS(k: number): boolean {
    const apostrophe = this.tokens[k];
    const s = this.tokens[k + 1];
    if (apostrophe.end - apostrophe.start !== 1 || s.end - s.start !== 1) return false;
    const a = this.text.charCodeAt(apostrophe.start);
    const c = this.text.charCodeAt(s.start);
    return isApostropheCode(a) && (c === 0x73 || c === 0x53);
  }

  /** Whether token i is a clause word, most tokens turned away by the filter read from the text (the token's string is not touched). */
  private isClauseWord(i: number): boolean {
    const t = this.tokens[i];
    return this.lex.mayBeClauseWord(this.text.charCodeAt(t.start), t.end - t.start) && this.lex.isClauseWordAt(this.tokens, i, this.idsCurrent);
  }

  /**
   * A line break starts a sentence unless the line goes on in lower case (a quote broken over lines).
   * splitSentences asks only after a line break or a terminal, where the answer may be yes.
   */
  private startsSentence(i: number): boolean {
    if (i === 0) return true;
    const tok = this.tokens[i];
    // Most tokens: no line break, and no one-character token before (TERMINALS are one character long).
    if (!tok.lineStart && this.tokens[i - 1].end - this.tokens[i - 1].start !== 1) return false;
    const prev = this.tokens[i - 1].text;
    if (!tok.lineStart && !TERMINALS.has(prev)) return false;
    const first = tok.text[0];
    const upperOrDigit = first !== first.toLowerCase() || (first >= '0' && first <= '9') || first === '#';
    // A point with a letter or digit right after it is inside a word or number ("$65.6 billion", "U.S.").
    if (!tok.lineStart && tok.start === this.tokens[i - 1].end && (upperOrDigit || first !== first.toUpperCase())) return false;
    if (TERMINALS.has(prev) && (upperOrDigit || tok.lineStart || first === '«' || first === '"' || first === '“')) return true;
    if (!tok.lineStart) return false;
    if (upperOrDigit || TERMINALS.has(prev)) return true;
    // A blank line always ends a sentence.
    const gap = this.text.slice(this.tokens[i - 1].end, tok.start);
    return gap.indexOf('\n') !== gap.lastIndexOf('\n');
  }

  private splitSentences(): void {
    // Fields read into locals: the loop visits every token.
    const { tokens, text, lex, idsCurrent, figureAt, sentenceStart, sentenceEnd, clauseStart, clauseEnd } = this;
    const n = tokens.length;
    let start = 0;
    let clause = 0;
    // Whether token i - 1 is a terminal (startsSentence's first test, read as each token passes).
    let afterTerminal = false;
    for (let i = 0; i < n; i++) {
      const tok = tokens[i];
      const length = tok.end - tok.start;
      const first = text.charCodeAt(tok.start);
      const mayStart = afterTerminal || tok.lineStart;
      afterTerminal = length === 1 && isTerminal(first);
      // A "sentence" longer than any a person writes (a list, a table flattened to text, no
      // punctuation at all) is cut where no name or figure is: every scan for a figure's entity
      // stays within MAX_SENTENCE_TOKENS, so linking is linear in the text, not quadratic.
      const overlong = i - start >= MAX_SENTENCE_TOKENS && figureAt[i] === -1 && this.mentionAt(i) === -1;
      if (i > 0 && (overlong || (mayStart && this.startsSentence(i)))) {
        for (let k = start; k < i; k++) sentenceEnd[k] = i;
        for (let k = clause; k < i; k++) clauseEnd[k] = i;
        start = i;
        clause = i;
      } else if (lex.mayBeClauseWord(first, length) && lex.isClauseWordAt(tokens, i, idsCurrent) && figureAt[i] === -1 && this.mentionAt(i) === -1) {
        for (let k = clause; k < i; k++) clauseEnd[k] = i;
        clause = i;
      }
      sentenceStart[i] = start;
      clauseStart[i] = clause;
    }
    for (let k = start; k < n; k++) sentenceEnd[k] = n;
    for (let k = clause; k < n; k++) clauseEnd[k] = n;
  }

  /**
   * The first token t0 of the range [t0, t1) covering the characters [start, end), t1 left in
   * rangeEnd; no token before `from` ends after `start`. Spans come in text order, mostly a few tokens apart: the search gallops from the
   * previous span's first token rather than halving the whole text each time.
   */
  private tokenRange(start: number, end: number, from: number): number {
    const tokens = this.tokens;
    let lo = from;
    let hi = from;
    for (let step = 1; hi < tokens.length && tokens[hi].end <= start; step *= 2) {
      lo = hi + 1;
      hi += step;
    }
    if (hi > tokens.length) hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    let t1 = lo;
    while (t1 < tokens.length && tokens[t1].start < end) t1++;
    this.rangeEnd = Math.max(t1, lo + 1);
    return lo;
  }

  private placeMentions(entities: EntityMention[]): void {
    const sorted = inTextOrder(entities);
    let from = 0;
    for (const entity of sorted) {
      const t0 = this.tokenRange(entity.start, entity.end, from);
      const t1 = this.rangeEnd;
      from = t0;
      if (t0 >= this.tokens.length || this.mentionFrom[t0] !== -1) continue;
      const role: Role = entity.type === 'place' ? 'place' : entity.type === 'product' ? 'product' : 'actor';
      this.mentionFrom[t0] = this.mentions.length;
      this.mentionTo[t1] = this.mentions.length;
      this.mentions.push({ entity, id: entity.id, t0, t1, role });
    }
    this.entityList = sorted;
    for (const m of this.mentions) {
      if (m.role !== 'actor') continue;
      if (this.isOwnTicker(m) || this.isReporter(m) || this.namesThing(m)) m.role = 'none';
      else if (m.entity.type === 'company') m.id = this.subsidiaryId(m) ?? m.id;
      else if (m.entity.type === 'organization') m.id = this.cityOfBody(m.id) ?? m.id;
    }
  }

  /** "Le conseil municipal de Bordeaux a voté un budget de 612 millions d'euros": a city's council stands for the city, when the text names it (its id or its name as written). */
  private cityOfBody(id: string): string | undefined {
    for (const { prefix, suffix } of this.lex.cityBodyIds) {
      if (id.length <= prefix.length + suffix.length || !id.startsWith(prefix) || !id.endsWith(suffix)) continue;
      const city = id.slice(prefix.length, id.length - suffix.length);
      // The place's id is its French name: "London City Council" is read against the name the text wrote (London, londres).
      for (const m of this.mentions) if (m.role === 'place' && (m.id === city || kebab(this.text.slice(m.entity.start, m.entity.end)) === city)) return m.id;
    }
    return undefined;
  }

  /**
   * `${parent}-${kebab(word)}` when the text names an entity with that id. Most texts name no
   * entity whose id starts with `${parent}-`: then no slug is made (and no set of ids: a couple
   * of passes over the ids cost less than one).
   */
  private namedChildId(parent: string, word: string): string | undefined {
    let child = false;
    for (const e of this.entityList) {
      if (e.id.length > parent.length && e.id.charCodeAt(parent.length) === 0x2d && e.id.startsWith(parent)) {
        child = true;
        break;
      }
    }
    if (!child) return undefined;
    const id = `${parent}-${kebab(word)}`;
    for (const e of this.entityList) if (e.id === id) return id;
    return undefined;
  }

  /** The company names of the text, lower case, first mention first, with their entity ids. */
  private makerNames(): [string, string][] {
    if (this.makers !== undefined) return this.makers;
    const makers: [string, string][] = [];
    const names = new Set<string>();
    for (const m of this.mentions) {
      if (m.entity.type !== 'company') continue;
      const name = m.entity.text.toLowerCase();
      if (!names.has(name)) {
        names.add(name);
        makers.push([name, m.entity.id]);
      }
    }
    return (this.makers = makers);
  }

  private placeFigures(figures: Figure[]): void {
    const sorted = inTextOrder(figures);
    let from = 0;
    for (const figure of sorted) {
      const t0 = this.tokenRange(figure.start, figure.end, from);
      const t1 = this.rangeEnd;
      from = t0;
      if (t0 >= this.tokens.length) continue;
      for (let k = t0; k < t1; k++) this.figureAt[k] = this.figs.length;
      this.figs.push({ figure, t0, t1 });
    }
  }

  /** "Alibaba Group (NYSE:BABA)": the ticker in brackets repeats the company just named. */
  private isOwnTicker(m: Mention): boolean {
    if (m.entity.type !== 'ticker' || m.t0 < 2 || !this.isChar(m.t0 - 1, OPEN_BRACKET)) return false;
    const before = this.mentionTo[m.t0 - 1];
    return before !== -1 && this.mentions[before].entity.id === m.entity.id;
  }

  /** "la loi El Khomri", "the Volcker doctrine"... : a person's name right after a law noun names the law, and the person did nothing in the sentence. */
  private namesThing(m: Mention): boolean {
    return m.entity.type === 'person' && m.t0 > 0 && this.hasHigh(m.t0 - 1, CUE_HIGH_BITS.namedAfter);
  }

  /** A source quoted for the figures ("selon Canalys", "a rapporté le SCMP", "Canalys estime"). */
  private isReporter(m: Mention): boolean {
    // "selon Canalys", "selon la banque d'investissement Bryan Garnier": a description may stand between.
    let described = false;
    for (let k = m.t0 - 1, steps = 0; k >= 0 && (steps < 3 || described && steps < 5); k--, steps++) {
      if (this.has(k, CUE_BITS.reportBefore)) return true;
      // "auprès de l’ Agence France-Presse": an apostrophe cut from its article by a space is no step.
      if (this.isChar(k, RIGHT_QUOTE) || this.isChar(k, APOSTROPHE)) {
        steps--;
        continue;
      }
      if (!this.isWord(k) || this.mentionTo[k + 1] !== -1) break;
      described ||= this.has(k, CUE_BITS.description);
    }
    return this.reportsAfter(m.t1, 1);
  }

  /**
   * A verb of estimating after a name ("Canalys estime", "la Banque de France l'estime à"), or
   * after the name joined to it ("la Fédération ... et le Conseil national ... chiffrent").
   */
  private reportsAfter(after: number, joins: number): boolean {
    const n = this.tokens.length;
    if (after < n && this.isChar(after, COMMA)) after++;
    if (after >= n) return false;
    if (this.has(after, CUE_BITS.reportAfter)) return true;
    // Articles, object pronouns and joining words are short: most tokens stop here.
    if (this.tokens[after].end - this.tokens[after].start > 3) return false;
    // An object pronoun ("l'estime", "les chiffre") reads as an article.
    if (after + 1 < n && this.has(after, CUE_BITS.determiner) && this.has(after + 1, CUE_BITS.reportAfter) && this.mentionFrom[after + 1] === -1) return true;
    if (joins === 0 || !this.has(after, CUE_BITS.join) || this.has(after, CUE_BITS.determiner) || this.isChar(after, COMMA)) return false;
    let k = after + 1;
    while (k < n && k - after <= 2 && this.mentionFrom[k] === -1 && this.has(k, CUE_BITS.determiner)) k++;
    const next = k < n ? this.mentionFrom[k] : -1;
    return next !== -1 && this.reportsAfter(this.mentions[next].t1, joins - 1);
  }

  /**
   * A subsidiary named by its parent: "Alibaba Group (NYSE:BABA) Cloud" and "la filiale cloud
   * d'Alibaba" are Alibaba Cloud when the article names an entity with that id.
   */
  private subsidiaryId(m: Mention): string | undefined {
    const candidates: string[] = [];
    if (m.t1 + 1 < this.tokens.length && this.isChar(m.t1, OPEN_BRACKET)) {
      let k = m.t1 + 1;
      while (k < this.tokens.length && k < m.t1 + 8 && !this.isChar(k, CLOSE_BRACKET)) k++;
      const word = this.tokens[k + 1];
      if (word && /^\p{Lu}/u.test(word.text)) {
        // The word may have been read as a name of its own ("Cloud"): it is part of the subsidiary's.
        const own = this.mentionFrom[k + 1];
        if (own === -1) candidates.push(word.text);
        else if (this.mentions[own].t1 === k + 2 && this.namedChildId(parentId(m.id), word.text) !== undefined) {
          this.mentions[own].role = 'none';
          candidates.push(word.text);
        }
      }
    }
    if (m.t0 >= 3 && this.has(m.t0 - 1, CUE_BITS.of) && this.has(m.t0 - 3, CUE_BITS.subsidiary)) candidates.push(this.tokens[m.t0 - 2].text);
    for (const word of candidates) {
      const id = this.namedChildId(parentId(m.id), word);
      if (id !== undefined && id !== m.id) return id;
    }
    return undefined;
  }

  // ---- facts ---------------------------------------------------------------------------

  private add(entity: string, figure: Figure, predicate: Predicate): void {
    const list = this.factsOfFigure.get(figure.start);
    if (list) for (const f of list) if (f.entity === entity && f.predicate === predicate) return;
    const fact: Fact = { entity, figure: figure.start, predicate };
    this.facts.push(fact);
    if (list) list.push(fact);
    else this.factsOfFigure.set(figure.start, [fact]);
    if (figure.kind === 'money' && typeof figure.value === 'number') {
      const unit = figure.unit ?? '';
      let byValue = this.linkedAmounts.get(unit);
      if (!byValue) this.linkedAmounts.set(unit, (byValue = new Map()));
      if (!byValue.has(figure.value)) byValue.set(figure.value, figure.start);
    }
  }

  private linkFigure(f: number, focus: string | undefined): void {
    const span = this.figs[f];
    switch (span.figure.kind) {
      case 'date':
        this.linkDate(span, focus);
        return;
      case 'ordinal':
        this.linkRank(span, focus);
        return;
      case 'duration':
      case 'time':
        return;
      default:
        this.linkAmount(f, focus);
    }
  }

  /** "Huawei Cloud s'est placé en deuxième position": a rank is its entity's `other`. */
  private linkRank(span: FigureSpan, focus: string | undefined): void {
    const last = span.t1 - 1;
    const next = span.t1 < this.tokens.length ? span.t1 : last;
    if (!this.has(last, CUE_BITS.rank) && !this.has(next, CUE_BITS.rank)) return;
    const entity = this.nearestActor(span.t0, focus);
    if (entity) this.add(entity, span.figure, 'other');
  }

  /** A date is the `event_date` of the entities that did something then, in its clause. */
  private linkDate(span: FigureSpan, focus: string | undefined): void {
    // "depuis 2022", "depuis l'an dernier", "since the 2008 crisis": the start of a span up to now.
    const before = span.t0 - 1;
    const lead = before > 0 && DATE_ARTICLE.test(this.tokens[before].text) ? before - 1 : before;
    if (lead >= 0 && this.has(lead, CUE_BITS.since)) return;
    // "Aristide, 63 ans aujourd'hui, avait été contraint": the date says when the age holds; an age is no event.
    if (before >= 0 && this.isAge(this.figureAt[before])) return;
    const cs = this.clauseStart[span.t0];
    const ce = this.clauseEnd[span.t0];
    // The event word nearest before the date governs it; else the first one after ("En mai, Alibaba a annoncé").
    let cue = -1;
    for (let k = span.t0 - 1; k >= cs && cue === -1; k--) if (this.isEventCue(k)) cue = k;
    for (let k = span.t1; k < ce && cue === -1; k++) if (this.isEventCue(k)) cue = k;
    if (cue === -1) return;
    // An event noun ("l'annulation en 2020 de l'entrée en Bourse de Ant Group", "la percée
    // d'Alibaba") names its actor after it; a verb has its subject before it.
    const noun = cue > 0 && (this.has(cue - 1, CUE_BITS.determiner) || this.has(cue - 1, CUE_BITS.of));
    if (noun && this.actorAfter(span, cue, ce)) return;
    const own = this.clauseSubjects(cs, cue, focus);
    const subjects = own.ids;
    let referred = own.referred;
    // "It was taken over in 1978 by Staedtler": the agent of a passive did it too.
    const agent = noun ? undefined : this.agentAfter(cue, ce);
    if (agent !== undefined && !subjects.includes(agent)) subjects.push(agent);
    // "elle était une compagnie charter, mais avait dû se restructurer en 2011": a clause joined with its subject left
    // out has the subject of the clause before it.
    if (subjects.length === 0 && !referred && this.elidesSubject(cs, cue)) {
      const before = this.clauseSubjects(this.clauseStart[cs - 1], cs, focus);
      subjects.push(...before.ids);
      referred = before.referred;
    }
    if (subjects.length > 0 || referred) {
      for (const id of subjects) this.add(id, span.figure, 'event_date');
      return;
    }
    // "Créée en 1997, elle exploitait ...": a participle opening the sentence, its subject a pronoun after the date.
    if (!noun && cue === cs && cue < span.t0 && span.t1 + 1 < ce && this.isChar(span.t1, COMMA) && this.has(span.t1 + 1, CUE_BITS.pronoun)) {
      if (focus) this.add(focus, span.figure, 'event_date');
      return;
    }
    if (!noun) this.actorAfter(span, cue, ce, true);
  }

  /** The subjects of the clause [from, to) before its event word: the names there, else the company in focus where a pronoun or a description refers back (`referred`). */
  private clauseSubjects(from: number, to: number, focus: string | undefined): { ids: string[]; referred: boolean } {
    const ids = this.subjectGroup(from, to);
    let referred = false;
    for (let k = from; k < to && ids.length === 0 && !referred; k++) referred = this.has(k, CUE_BITS.pronoun) || this.has(k, CUE_BITS.description);
    if (referred && focus) ids.push(focus);
    return { ids, referred };
  }

  /** Whether figure index `fi` is a duration in years (an age: "63 ans", "52 years"). */
  private isAge(fi: number): boolean {
    if (fi === -1) return false;
    const figure = this.figs[fi].figure;
    return figure.kind === 'duration' && typeof figure.value === 'string' && /^P\d+(?:[.,]\d+)?Y$/.test(figure.value);
  }

  /** Whether the clause at `cs` opens with a joining word ("mais", "but") and goes on to the event word at `cue` with no subject: no name, pronoun, article nor figure between. */
  private elidesSubject(cs: number, cue: number): boolean {
    if (cs < 2 || cue <= cs || this.sentenceStart[cs] === cs || !this.hasHigh(cs, CUE_HIGH_BITS.coordinator)) return false;
    for (let k = cs + 1; k < cue; k++) {
      if (this.mentionFrom[k] !== -1 || this.figureAt[k] !== -1 || this.has(k, CUE_BITS.pronoun) || this.has(k, CUE_BITS.determiner) || this.has(k, CUE_BITS.description)) return false;
    }
    return true;
  }

  /** The actor named after the agent word at `k` ("par", "by"), a determiner or a description between (par le groupe X), before `end`. */
  private actorAfterAgent(k: number, end: number): string | undefined {
    let j = k + 1;
    while (j < end && j - k <= 3 && this.mentionFrom[j] === -1 && (this.has(j, CUE_BITS.determiner) || this.has(j, CUE_BITS.description))) j++;
    const mi = j < end ? this.mentionFrom[j] : -1;
    return mi !== -1 && this.mentions[mi].role === 'actor' ? this.mentions[mi].id : undefined;
  }

  /** The actor after "par" / "by" right after the event verb at `cue` (a date or a few words between), in its clause. */
  private agentAfter(cue: number, ce: number): string | undefined {
    for (let k = cue + 1; k < ce && k <= cue + 5; k++) {
      if (this.mentionFrom[k] !== -1) return undefined;
      if (!this.has(k, CUE_BITS.agent)) continue;
      return this.actorAfterAgent(k, ce);
    }
    return undefined;
  }

  /**
   * Whether a preposition governs the mention ("to the Metrobus service", "on the New York Stock
   * Exchange"), not the agent's ("par", "by") nor "de" / "of" that names whose the subject is
   * ("seront dévoilés les chiffres de Pôle emploi").
   */
  private isComplement(m: Mention): boolean {
    for (let k = m.t0 - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      if (this.has(k, CUE_BITS.agent) || this.has(k, CUE_BITS.of)) return false;
      if (this.has(k, CUE_BITS.stop) && !this.isChar(k, COMMA) || this.has(k, CUE_BITS.beneficiary)) return !this.has(k, CUE_BITS.join);
      if (!this.has(k, CUE_BITS.determiner) && !this.has(k, CUE_BITS.description)) return false;
    }
    return false;
  }

  private isEventCue(k: number): boolean {
    // "The partnership went public": a description that an event stem matches ("partner*") names the company.
    return this.figureAt[k] === -1 && this.mentionAt(k) === -1 && this.has(k, CUE_BITS.event) && !this.has(k, CUE_BITS.description);
  }

  /**
   * Links the date to the first actor after the event word in its clause (a product stands for its
   * maker). After a verb, a complement ("rolled out ... as an alternative to the Metrobus service")
   * did not do it; the agent ("lancé par Alibaba") did.
   */
  private actorAfter(span: FigureSpan, cue: number, ce: number, verb = false): boolean {
    // The end of the last complement passed: a name "of" it is part of it ("to the Metrobus service of the regional WMATA").
    let complementEnd = -1;
    for (let k = cue + 1; k < ce; k++) {
      const mi = this.mentionFrom[k];
      if (mi === -1) continue;
      if (verb && (this.isComplement(this.mentions[mi]) || complementEnd !== -1 && this.ofComplement(complementEnd, k))) {
        complementEnd = this.mentions[mi].t1;
        continue;
      }
      const id = this.actorOrMaker(this.mentions[mi]);
      if (id) {
        this.add(id, span.figure, 'event_date');
        return true;
      }
    }
    return false;
  }

  /** Whether the name at `k` is the "of" / "de" complement of the words right after the complement ending at `end` ("service of the regional X"). */
  private ofComplement(end: number, k: number): boolean {
    if (k - end > 5) return false;
    let of = false;
    for (let j = end; j < k; j++) {
      if (this.has(j, CUE_BITS.of)) of = true;
      else if (!this.isWord(j) || this.has(j, CUE_BITS.stop)) return false;
    }
    return of;
  }

  /** Index of the mention covering token k, or -1 (mentions are short: look a few tokens back). */
  private mentionAt(k: number): number {
    for (let j = k; j >= 0 && j > k - 8; j--) {
      const mi = this.mentionFrom[j];
      if (mi !== -1) return this.mentions[mi].t1 > k ? mi : -1;
    }
    return -1;
  }

  /** The first actor of [from, to) and the actors joined to it ("Alibaba et l'Académie Damo"). */
  private subjectGroup(from: number, to: number): string[] {
    const ids: string[] = [];
    let k = from;
    // "In cooperation with Samsung, Datecs embarked": a name governed by a preposition is no subject.
    while (k < to && (this.mentionFrom[k] === -1 || this.mentions[this.mentionFrom[k]].role !== 'actor' || this.isComplement(this.mentions[this.mentionFrom[k]]))) k++;
    while (k < to) {
      const mi = this.mentionFrom[k];
      if (mi === -1 || this.mentions[mi].role === 'place' || this.mentions[mi].role === 'product') break;
      const m = this.mentions[mi];
      if (m.role === 'actor' && !ids.includes(m.id)) ids.push(m.id);
      k = m.t1;
      let joined = false;
      while (k < to && this.mentionFrom[k] === -1 && (this.has(k, CUE_BITS.join) || this.isChar(k, OPEN_BRACKET) || this.isChar(k, CLOSE_BRACKET))) {
        if (!this.has(k, CUE_BITS.determiner) && !this.isChar(k, CLOSE_BRACKET)) joined = true;
        k++;
      }
      if (!joined && !(k < to && this.mentionFrom[k] !== -1 && this.mentions[this.mentionFrom[k]].role === 'none')) break;
    }
    return ids;
  }

  /**
   * A name inside a description set off by commas after another name: "Alphabet, Google's
   * parent, posted", "Kering, propriétaire de Gucci, avait". The sentence is about the first.
   * A list ("LVMH, Kering, Hermès") or a joined pair is no apposition.
   */
  private isApposed(mi: number): boolean {
    const m = this.mentions[mi];
    let open = m.t0 - 1;
    while (open >= 0 && m.t0 - open <= 4 && !this.isChar(open, COMMA)) {
      if (!this.isWord(open) || this.mentionTo[open + 1] !== -1 || this.has(open, CUE_BITS.join) && !this.has(open, CUE_BITS.determiner)) return false;
      open--;
    }
    let close = m.t1;
    while (close < this.tokens.length && close - m.t1 <= 3 && !this.isChar(close, COMMA)) {
      if (this.mentionFrom[close] !== -1 || this.figureAt[close] !== -1 || this.has(close, CUE_BITS.join) && !this.has(close, CUE_BITS.determiner) || this.isClauseWord(close)) return false;
      close++;
    }
    if (open < 1 || close >= this.tokens.length || !this.isChar(open, COMMA) || !this.isChar(close, COMMA)) return false;
    // Something besides the name describes: not a bare list item.
    if (open === m.t0 - 1 && close === m.t1) return false;
    const before = this.mentionTo[open];
    return before !== -1 && this.mentions[before].role === 'actor';
  }

  /**
   * "Robert Bourgi, pilier des réseaux et ami de longue date de François Fillon, a reconnu avoir acheté": a name "de" a
   * noun closing an aside set off by commas after the name that opens the sentence is part of the aside, not the subject.
   */
  private endsLongAside(mi: number, ss: number): boolean {
    const m = this.mentions[mi];
    if (m.t0 - 1 <= ss || !this.has(m.t0 - 1, CUE_BITS.of) || m.t1 >= this.tokens.length || !this.isChar(m.t1, COMMA)) return false;
    const opener = this.mentionFrom[ss];
    if (opener === -1 || opener === mi) return false;
    const open = this.mentions[opener].t1;
    if (open >= m.t0 || !this.isChar(open, COMMA)) return false;
    for (let k = open + 1; k < m.t0; k++) if (this.isChar(k, COMMA) || this.figureAt[k] !== -1) return false;
    return true;
  }

  /** Whether the mention stands alone in brackets right after a person's name ("Benoît Hamon (PS)"). */
  private isPersonsAffiliation(mi: number): boolean {
    const m = this.mentions[mi];
    if (m.t0 < 2 || m.t1 >= this.tokens.length || !this.isChar(m.t0 - 1, OPEN_BRACKET) || !this.isChar(m.t1, CLOSE_BRACKET)) return false;
    const before = this.mentionTo[m.t0 - 1];
    return before !== -1 && this.mentions[before].entity.type === 'person';
  }

  /**
   * The name right after a verb or noun of buying ("to buy Spirit", "racheter le groupe X",
   * "le rachat de la société X", "its acquisition of X"): what is bought.
   */
  private isBought(m: Mention): boolean {
    for (let j = m.t0 - 1; j >= 0 && j >= m.t0 - 4; j--) {
      if (this.has(j, CUE_BITS.purchase) || this.has(j, CUE_BITS.invest) || this.has(j, CUE_BITS.acquisition)) return true;
      if (!this.has(j, CUE_BITS.determiner) && !this.has(j, CUE_BITS.description) && !this.has(j, CUE_BITS.of)) return false;
    }
    return false;
  }

  /** The last actor named in [from, to) that starts a clause of its own (after a comma, "and", "et"), if any. */
  private actorBetween(from: number, to: number, buyer: boolean): string | undefined {
    for (let k = to - 1; k >= from; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi === -1) continue;
      const m = this.mentions[mi];
      if (m.role !== 'actor' || m.entity.type === 'person' || this.isApposed(mi) || this.namesRelative(m) || (buyer && this.isBought(m))) return undefined;
      const before = m.t0 - 1;
      return before >= from && this.joinsItems(before) ? m.id : undefined;
    }
    return undefined;
  }

  /**
   * A name that only says whose parent or owner is meant: "the Facebook parent's stock", "Google
   * parent Alphabet", "la maison mère de Facebook". The company meant is another one.
   */
  private namesRelative(m: Mention): boolean {
    let k = m.t1;
    if (k + 1 < this.tokens.length && this.isPossessiveS(k)) k += 2;
    if (k < this.tokens.length && this.has(k, CUE_BITS.relation)) return true;
    const before = m.t0 - 1;
    return before >= 1 && this.has(before, CUE_BITS.of) && this.has(before - 1, CUE_BITS.relation);
  }

  /** An actor's id; a product stands for its maker when the maker's name leads its own. */
  private actorOrMaker(m: Mention): string | undefined {
    if (m.role === 'actor') return m.id;
    if (m.role !== 'product') return undefined;
    const name = m.entity.text.toLowerCase();
    for (const [maker, id] of this.makerNames()) {
      if (name.length > maker.length && name.startsWith(maker) && name[maker.length] === ' ') return id;
    }
    return undefined;
  }

  /**
   * The nearest actor before token `at` in its sentence, else the focus when the sentence refers back.
   * A business's figure (`businessOnly`: revenue, growth, market share, share price) is no person's:
   * a person before it speaks for a company named before them or the company in focus ("Chief
   * Executive Jensen Huang said data center sales jumped 427%"), or for a country when no company
   * is in sight (a minister's growth forecast), so past a person only a company will do. A person's pronoun
   * refers to a person (personMeant) for no business figure and no count (`counted`): "Il s'agit de deux véhicules".
   * Jobs past a person with no company in focus are the body's that opened a sentence since ("The club's co-owner,
   * Jim Ratcliffe, plans to cut 250 jobs", the club a body).
   */
  private nearestActor(at: number, focus: string | undefined, businessOnly = false, buyer = false, lowest = -1, counted = false): string | undefined {
    const ss = Math.max(lowest, this.sentenceStart[Math.min(at, this.tokens.length - 1)]);
    let passedPerson = false;
    let personEnd = at;
    // "Hassan Rohani rappelle que l'Iran compte attirer 30 à 50 milliards de dollars": a country
    // subject of the clause the person speaks is what the figure is about, not the speaker.
    let placeSubject: string | undefined;
    for (let k = at - 1; k >= ss; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi === -1) continue;
      const type = this.mentions[mi].entity.type;
      if (this.mentions[mi].role === 'place' && placeSubject === undefined && this.opensClause(this.mentions[mi])) placeSubject = this.mentions[mi].id;
      if (type === 'person' && placeSubject !== undefined) return placeSubject;
      // A person quoted as the source ("Michel Sapin, estime que") speaks for someone too.
      if (businessOnly && type === 'person') {
        if (!passedPerson) personEnd = this.mentions[mi].t1;
        passedPerson = true;
        continue;
      }
      if (this.mentions[mi].role !== 'actor' || this.isApposed(mi) || this.namesRelative(this.mentions[mi]) || this.endsLongAside(mi, ss)) continue;
      // "Marine Le Pen (FN) a obtenu 21,4 %": the party after a person is who the person is, not the figure's owner
      // (a business figure skips persons, so there the bracketed company or party is still found).
      if (!businessOnly && this.isPersonsAffiliation(mi)) continue;
      // A price is the buyer's: "Boeing agreed to buy Spirit AeroSystems in a deal valued at $4.7 billion".
      if (buyer && this.isBought(this.mentions[mi])) continue;
      if (!passedPerson || type === 'company' || type === 'ticker') return this.mentions[mi].id;
    }
    // "Its envoy, John Smith, said the company would cut 250 jobs": a company described after the person is none of the body's.
    if (passedPerson) return focus ?? (counted && !this.describesCompany(personEnd, at) ? this.subjectFocus : undefined);
    for (let k = ss; k < at; k++) {
      // A word of a name ("la Banque de France") does not refer back.
      if ((this.has(k, CUE_BITS.pronoun) || this.has(k, CUE_BITS.description) || this.has(k, CUE_BITS.possessive)) && this.mentionAt(k) === -1) {
        // "Carlos Tavares a perçu 36,5 millions d'euros. Il avait touché": a person's pronoun is the person the sentence before ended on.
        // "Manchester United said ... The club spent £185 million": a description of a body with no company in focus is the body that opened a
        // sentence since ("la société" describes a company: not the ministry that opened one).
        return (businessOnly || counted ? undefined : this.personMeant(k, ss)) ?? focus ?? (this.describesBody(k) ? this.subjectFocus : undefined);
      }
    }
    // "Le sud-coréen a expédié 60 millions d'appareils", "L'américain a livré": a nationality noun opening the sentence is the company in focus.
    if (at > ss + 1 && this.has(ss, CUE_BITS.determiner) && this.mentionAt(ss + 1) === -1 && isLowerCaseDemonym(this.lex.normalizedAt(this.tokens, ss + 1))) return focus;
    return undefined;
  }

  /** Whether token k is a description that may name a body that is no company ("le club", "the club"). */
  private describesBody(k: number): boolean {
    return this.has(k, CUE_BITS.description) && this.lex.bodyDescriptions.has(this.lex.normalizedAt(this.tokens, k));
  }

  /** Whether a description of a company ("la société", "the company"), no word of a name, stands in tokens [from, to). */
  private describesCompany(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.has(k, CUE_BITS.description) && this.mentionAt(k) === -1 && !this.describesBody(k)) return true;
    return false;
  }

  /** Whether the mention is the subject that opens a clause: only an article between it and a clause word ("que l'Iran"). */
  private opensClause(m: Mention): boolean {
    let k = m.t0 - 1;
    while (k >= 0 && k >= m.t0 - 2 && this.has(k, CUE_BITS.determiner)) k--;
    return k >= 0 && k < m.t0 && this.isClauseWord(k);
  }

  private linkAmount(f: number, focus: string | undefined): void {
    const span = this.figs[f];
    const figure = span.figure;
    const ss = this.sentenceStart[span.t0];
    const se = this.sentenceEnd[span.t0];

    // "380 milliards de yuans (52 milliards de dollars)": an equivalent shares the facts of the figure before it;
    // a signed figure or one of another kind ("7,2 milliards d'euros (+3 %)") is no equivalent but a change.
    let b = span.t0 - 1;
    while (b >= ss && (this.has(b, CUE_BITS.level) || this.has(b, CUE_BITS.skip))) b--;
    const previousAt = b > ss && this.isChar(b, OPEN_BRACKET) ? this.figureAt[b - 1] : -1;
    if (previousAt !== -1 && this.figs[previousAt].figure.kind === figure.kind && figure.direction === undefined) {
      const previous = this.figs[previousAt].figure;
      const copied = this.factsOfFigure.get(previous.start);
      if (copied) {
        for (const fact of copied) this.add(fact.entity, figure, fact.predicate);
        return;
      }
    }

    // "Kering et LVMH ont respectivement reculé de 3,2 % et 2,1 %": the n-th figure is the n-th name's,
    // with the measure its own words or the figure before give.
    const listed = this.respectiveOwner(f, ss, se);
    if (listed === null) return;
    if (listed !== undefined) {
      this.listedOwner = listed;
      this.linkAmountAlone(f, focus, ss, se);
      this.listedOwner = undefined;
      return;
    }

    // "5,1 milliards en 2017, contre 7,8 milliards en 2016", "9.8%, compared with 10.5%": the figure
    // compared with is the same measure of the same owner (or of nobody, as the first is).
    if (this.copyCompared(f, ss, se)) return;
    // "134 emplois en France sur quelque 2 000 au total ... et 5 000 dans le monde", "2 000 salariés sur
    // 12 000": a bare number after "sur", "out of", "et" counts what the count before it counts.
    if (this.copyCountContinued(f, ss)) return;

    // "ahead of Samsung at 23%", "suivi de Xiaomi avec 12 %": a name and its figure in a comparison
    // with the figure before, which says what they measure.
    if (this.linkCompared(f, ss)) return;

    // "3%-4%", "30 à 50 milliards": the ends of a range share their facts.
    const rangeStart = this.rangeStartBefore(f, ss);
    if (rangeStart !== -1) {
      const copied = this.factsOfFigure.get(this.figs[rangeStart].figure.start);
      if (copied) {
        for (const fact of copied) this.add(fact.entity, figure, fact.predicate);
        return;
      }
    }
    this.linkAmountAlone(f, focus, ss, se);
    if (rangeStart !== -1) for (const fact of this.factsOfFigure.get(figure.start) ?? []) this.add(fact.entity, this.figs[rangeStart].figure, fact.predicate);
  }

  /** A figure's facts read from its own sentence [ss, se). */
  private linkAmountAlone(f: number, focus: string | undefined, ss: number, se: number): void {
    const span = this.figs[f];
    const figure = span.figure;
    // "Nvidia slid 2.8%", "HSBC Holdings, lost 1.4%": a company right before the verb of change is
    // the figure's subject; nouns read before it belong to another clause.
    const candidate = figure.kind === 'percent' || figure.kind === 'money' ? this.changeSubject(span, ss) : undefined;
    const subject = candidate !== undefined && (this.leadNamesMarket() || this.inStockReport(ss, se)) ? candidate : undefined;

    // A noun right after the figure names what it measures: "33 % du marché", "$2 billion in revenue".
    let topic: Topic | undefined;
    let topicAt = -1;
    let topicEnd = -1;
    // "avec respectivement 36 et 31 % des voix": the noun after a list's last figure names what each measures.
    const after = this.topicAfter(this.listedOwner !== undefined ? this.figs[this.listedLast] : span, se);
    const afterTopic = after.at !== -1;
    const changeAfter = after.change;
    if (afterTopic) {
      topic = this.topicAt(after.at);
      topicAt = after.at;
      topicEnd = after.at + this.topicLength(after.at);
    }

    // Else the nearest noun or verb before it.
    let verb: 'invest' | 'purchase' | undefined;
    let verbAt = -1;
    const from = subject !== undefined ? subject.t1 : Math.max(ss, span.t0 - CUE_WINDOW);
    // "3 000 emplois": a count names its own thing; a noun before it ("l'usine d'Aulnay") is another's.
    const namesOwnThing = figure.kind === 'quantity' && this.isCountUnit(figure.unit);
    // The economy noun nearest before the figure with no actor between, read in the same pass (see economyCue).
    let economyBefore = -1;
    let economyOpen = !afterTopic;
    for (let k = span.t0 - 1; k >= from; k--) {
      if (this.figureAt[k] !== -1) continue;
      const mk = this.mentionAt(k);
      if (mk !== -1) {
        if (this.mentions[mk].role === 'actor') economyOpen = false;
        continue;
      }
      if (economyOpen && this.hasHigh(k, CUE_HIGH_BITS.economy)) {
        economyBefore = k;
        economyOpen = false;
      }
      if (!topic && !namesOwnThing) {
        const t = this.topicAt(k);
        if (t) {
          topic = t;
          topicAt = k;
          topicEnd = k + this.topicLength(k);
          // The last word of a longer noun ("part de marché"): the whole noun decides.
          for (let j = k - 1; j >= from && j >= k - 3; j--) {
            const tj = this.topicAt(j);
            if (tj && j + this.topicLength(j) > k) {
              topic = tj;
              topicAt = j;
              topicEnd = j + this.topicLength(j);
            }
          }
        }
      }
      // "Jamie Dimon was paid $39 million": a noun or phrase ending on the verb ("was paid") says more than the verb.
      if (!topic && !namesOwnThing && k > from && this.topicAt(k - 1) !== undefined && k - 1 + this.topicLength(k - 1) > k) {
        topic = this.topicAt(k - 1);
        topicAt = k - 1;
        topicEnd = k - 1 + this.topicLength(k - 1);
      }
      if (!verb && !topic && (this.has(k, CUE_BITS.invest) || this.has(k, CUE_BITS.purchase))) {
        verb = this.has(k, CUE_BITS.invest) ? 'invest' : 'purchase';
        verbAt = k;
      }
      if (topic || verb) break;
    }

    // "X détient 15 % de Y", "X owns a 20% stake in Y": a stake is the holder's (`other`), never the held company's.
    const stakeAt = figure.kind === 'percent' && !(afterTopic && (topic === 'market' || topic === 'market_share')) ? this.stakeCue(span, se) : -1;
    if (stakeAt !== -1) {
      const holder = this.holderAfterBy(span, se) ?? this.holderBefore(stakeAt, ss);
      // "Samsung repasse devant Apple, qui en détient 17 %": "en" holds again what the figure before measured (a market share).
      const measure = stakeAt > ss && this.hasHigh(stakeAt - 1, CUE_HIGH_BITS.holdsAgain) ? this.previousPredicate(f, ss) ?? 'other' : 'other';
      if (holder !== undefined) this.add(holder, figure, measure);
      return;
    }
    // "le taux de chômage s'établit à 10,0 % en France", "la croissance du PIB (+ 0,7 %)": an economy's
    // figure is a place's or nobody's, never the institute's, minister's or bank's that reports it.
    // "le déficit public nominal à 3 % du PIB": a share of GDP is an economy's too.
    // A growth noun first ("le PIB a enregistré une croissance de 0,7 %"): the economy noun may stand further back.
    const economyAt = afterTopic ? (this.hasHigh(after.at, CUE_HIGH_BITS.economy) ? after.at : -1)
      : economyBefore !== -1 || economyOpen === false || topic !== 'growth' ? economyBefore : this.economyCue(topicAt, from);
    // "l'Insee compte dans son « halo du chômage » 1,5 million de personnes": people an economy
    // counts are nobody's (a count is never a place's, nor the statistician's).
    if (economyAt !== -1 && figure.kind === 'quantity') return;
    if (economyAt !== -1 && (figure.kind === 'percent' || figure.kind === 'money' || figure.kind === 'number')) {
      const changed = figure.direction !== undefined || this.changeBefore(span.t0, ss);
      const growth = topic === 'growth' && topicAt < economyAt || this.hasHigh(economyAt, CUE_HIGH_BITS.output) && changed;
      const place = this.economyPlace(economyAt, span);
      if (place !== undefined) this.add(place, figure, growth ? 'growth' : 'other');
      return;
    }

    const level = this.isLevel(span.t0, ss);
    // "la chute libre du titre en bourse (- 33 %)": a change noun before the noun of a share governs it too.
    const changeOfTopic = figure.kind === 'percent' && topicAt !== -1 && !afterTopic && this.changeBefore(topicAt, ss);
    const change = !level && (figure.direction !== undefined || (changeAfter && afterTopic) || changeOfTopic || this.changeBefore(span.t0, ss));
    const stockMove = subject !== undefined && !topic && change && (figure.kind === 'percent' || figure.kind === 'money');
    // A bare number in a list is of the kind of the list's last figure ("36 et 31 % des voix").
    const measured = this.listedOwner !== undefined && figure.kind === 'number' ? this.figs[this.listedLast] : span;
    const ownPredicate = stockMove ? 'share_price_change' : this.predicateOf(measured, topic, verb, change, afterTopic, ss, se);
    // "AWS held 31% of the market, while Microsoft and Google had 25% and 11% respectively": a listed figure with no
    // noun after it measures what the figure before it in the sentence measures (a noun before is that figure's).
    // "... Jean-Luc Mélenchon, à 13 %. Gabriel Attal et François Ruffin obtiendraient respectivement 9 % et 6 %": with none
    // in its sentence, the figure of its kind in the sentence before says what the list measures.
    const predicate = this.listedOwner !== undefined && !afterTopic
      ? this.previousPredicate(f, ss) ?? (ss > 0 ? this.previousPredicate(f, this.sentenceStart[ss - 1]) : undefined) ?? ownPredicate
      : ownPredicate;
    // "Renault (+3 %), Stellantis (-2 %)": a figure in brackets right after a company is that company's;
    // a signed one in a stock-market paragraph is its share-price change.
    const bracketed = figure.kind === 'percent' || figure.kind === 'money' ? this.companyBeforeBracket(span, se) : -1;
    if (bracketed !== -1) {
      // The sign is the figure's own ("(+3 %)") or, where the figures layer left it out, a token before it.
      const signed = SIGNS.has(figure.text[0]) || (this.figureAt[span.t0 - 1] === -1 && SIGNS.has(this.tokens[span.t0 - 1].text));
      // A sign says the figure is a change, however far the verb stands ("les ventes ont progressé : Renault (+3 %)").
      const own = (signed && !change && !stockMove ? this.predicateOf(span, topic, verb, true, afterTopic, ss, se) : predicate) ??
        ((change || signed) && (this.leadNamesMarket() || this.inStockReport(ss, se)) ? 'share_price_change' : undefined);
      if (own !== undefined) {
        this.add(this.mentions[bracketed].id, figure, own);
        return;
      }
    }
    if (!predicate) {
      // "à savoir l'Allemagne (4,1 %), les Pays-Bas (5,6 %)": a rate in brackets after a place, no actor in the sentence, is the place's.
      const place = figure.kind === 'percent' ? this.placeBeforeBracket(span, ss, se) : undefined;
      if (place !== undefined) this.add(place, figure, 'other');
      else this.copyRepetition(figure);
      return;
    }

    // "blessant 7 personnes", "60 personnes ont été interpellées", "killing 12 people": the victims or the
    // people arrested in a story are nobody's count (not the train's, the square's nor the police's).
    if (predicate === 'count' && this.countsCasualties(span, ss, se)) return;
    // Jobs and premises are a business's or a body's: never a person's (who announces or deplores them) nor a place's.
    const jobs = predicate === 'count' && (figure.kind === 'quantity' || figure.kind === 'number') && this.isBusinessCount(span, afterTopic ? topicAt : -1);
    // A company's accounts (profit, margin, dividend) are no person's either ("Luca de Meo a annoncé un dividende de 1,85 euro").
    const accounts = topic === 'other' && topicAt !== -1 && this.has(topicAt, CUE_BITS.accounts);
    const businessOnly = BUSINESS_PREDICATES.has(predicate) || jobs || accounts;
    const buyer = predicate === 'investment';
    // A stock's move with no noun before it ("while Germany's DAX eased 0.1%") is its own clause's.
    const stockOnly = predicate === 'share_price_change' && !topic;
    const anchor = afterTopic ? span.t0 : topicAt !== -1 ? topicAt : verbAt !== -1 ? verbAt : span.t0;
    const lowest = stockOnly ? this.clauseStart[span.t0] : ss;
    // An actor named between the noun and the figure is the figure's own subject: "Exxon shares
    // were down 0.8%, and Chevron Corp dipped 0.5%".
    const ownSubject = topicAt !== -1 && !afterTopic ? this.actorBetween(topicEnd, span.t0, buyer) : undefined;
    const linked = this.listedOwner ?? (subject !== undefined && stockMove ? subject.id : undefined) ??
      (buyer ? this.buyerAfterBy(ss, span.t0) : this.beneficiaryAfter(afterTopic ? topicEnd : span.t1, se)) ??
      ownSubject ??
      (topicAt !== -1 && !afterTopic ? this.possessorOf(topicAt, topicEnd, focus, businessOnly) : undefined) ??
      (topicAt !== -1 && !afterTopic ? this.clausePossessive(topicAt, ss, focus, businessOnly) : undefined) ??
      // "La ville prévoit d'investir 145 millions d'euros": the place a place noun nearer than any name refers to (no count: never a place's).
      (predicate !== 'count' && !SHARE_PREDICATES.has(predicate) ? this.placeMeant(span, ss) : undefined) ??
      this.nearestActor(anchor, focus, businessOnly, buyer, lowest, predicate === 'count') ??
      this.nearestActor(span.t0, focus, businessOnly, buyer, lowest, predicate === 'count') ??
      this.leadingSubject(span, ss, se, focus, businessOnly) ??
      (this.isOwnerless(topic, topicAt, topicEnd) ? this.ownerlessFocus(topic, focus) : undefined) ??
      (jobs && this.namedInParagraph(focus, span.t0) ? focus : undefined) ??
      (SHARE_PREDICATES.has(predicate) || predicate === 'count' ? undefined : this.nearestPlace(span.t0));
    // "l'UE conduisent le pays à atteindre -7,4 % de croissance": "le pays" nearer than any name is the
    // country the text is about; growth with no owner named before it is the place's after it in its clause.
    const country = predicate === 'growth' && topic === 'growth' && this.isBareGrowth(topicAt) ? this.placeMeant(span, ss) : undefined;
    const owned = country ?? (linked === undefined && predicate === 'growth' ? this.placeAround(span) :
      // "Oracle ... par le rachat de la société Opower. On estime la transaction à 532 millions de dollars."
      linked === undefined && topic === 'purchase' && ss > 0 && this.has(topicAt - 1, CUE_BITS.determiner) ? this.buyerIn(this.sentenceStart[ss - 1], ss) : linked);
    const entity = this.marketOrForecastOwner(span, owned, topic, predicate, ss, topicAt);
    // A count is never a place's, even by a possessive ("Paris tire profit de son effectif : ... 14 arrêts").
    if (entity && !(predicate === 'count' && this.isPlaceId(entity))) this.add(entity, figure, predicate);
    else this.copyRepetition(figure);
  }

  /**
   * The owner of a figure about a whole market ("le marché du luxe a crû de 5 %", "LVMH a dominé le
   * marché, qui a progressé de 8 % en Chine") or forecast by a body ("la Banque de France prévoit une
   * croissance de 1,2 %", "l'Insee a abaissé sa prévision de croissance à 1,5 %"): the place, or none.
   */
  private marketOrForecastOwner(span: FigureSpan, entity: string | undefined, topic: Topic | undefined, predicate: Predicate, ss: number, topicAt: number): string | undefined {
    if (topic === 'market' && predicate !== 'market_share') return this.placeAround(span);
    // A company forecasting bare growth ("Goldman expects growth of 2 %") forecasts an economy's: a
    // forecaster never owns it; its own is written with its noun ("sales growth", "sa croissance").
    if (topic !== 'growth' || entity === undefined || !this.isBodyId(entity) && !this.isBareGrowth(topicAt)) return entity;
    for (let k = span.t0 - 1; k >= ss; k--) if (this.hasHigh(k, CUE_HIGH_BITS.forecast)) return this.placeAround(span);
    return entity;
  }

  /**
   * Whether the growth noun at `t` stands alone: no noun or possessive before it ("sales growth",
   * "sa croissance", "its growth") and no owned noun after it ("croissance de ses ventes", "growth in revenue").
   */
  private isBareGrowth(t: number): boolean {
    if (t <= 0) return false;
    if (this.has(t - 1, CUE_BITS.possessive) || this.topicAt(t - 1) !== undefined || this.mentionTo[t] !== -1) return false;
    let k = t + this.topicLength(t);
    if (k < this.tokens.length && (this.has(k, CUE_BITS.of) || this.has(k, CUE_BITS.afterFigure))) {
      k++;
      while (k < this.tokens.length && k <= t + 4 && (this.has(k, CUE_BITS.determiner) || this.has(k, CUE_BITS.possessive))) {
        if (this.has(k, CUE_BITS.possessive)) return false;
        k++;
      }
      if (k < this.tokens.length && (this.topicAt(k) !== undefined || this.mentionFrom[k] !== -1)) return false;
    }
    return true;
  }

  /** The company (or ticker) mention right before "(", a sign and the figure, and ")" right after it; -1 if none. */
  private companyBeforeBracket(span: FigureSpan, se: number): number {
    let open = span.t0 - 1;
    if (open > 0 && SIGNS.has(this.tokens[open].text) && this.figureAt[open] === -1) open--;
    if (open <= 0 || !this.isChar(open, OPEN_BRACKET) || span.t1 >= se || !this.isChar(span.t1, CLOSE_BRACKET)) return -1;
    const mi = this.mentionTo[open];
    if (mi === -1) return -1;
    const m = this.mentions[mi];
    return m.role === 'actor' && (m.entity.type === 'company' || m.entity.type === 'ticker') ? mi : -1;
  }

  /**
   * The place meant by "le pays", "la ville", "la commune", "the country", "the city" as the subject or object nearest
   * before the figure in its sentence (no name between; not "dans le pays", nor "du pays": on the oracle that was
   * another country than the last named, or any country, "du PIB du pays en question"): the last place named
   * before it (at most PLACE_BACK_SENTENCES sentences back, across paragraphs: "La commune" may refer to the city of
   * the lead); undefined if none.
   */
  private placeMeant(span: FigureSpan, ss: number): string | undefined {
    let at = -1;
    for (let k = span.t0 - 1; k > ss && at === -1; k--) {
      if (this.mentionTo[k + 1] !== -1) return undefined;
      if (this.hasHigh(k, CUE_HIGH_BITS.placeNoun) && this.has(k - 1, CUE_BITS.determiner) && (k - 2 < ss || !this.has(k - 2, CUE_BITS.stop))) at = k;
    }
    return at === -1 ? undefined : this.placeBefore(at, ss, at);
  }

  /**
   * The last place named before token `at` (its sentence starting at ss), at most PLACE_BACK_SENTENCES sentences back,
   * that the place noun at token `noun` may mean: "le pays", "the country" a listed country or a place not listed (the
   * hand-written places, Paris and Rio de Janeiro among them, are all of kind region: no city is sure of its kind);
   * "la ville", "the city" no listed country ("Lyon accueille le sommet, le premier en France. La ville prévoit" is Lyon's).
   */
  private placeBefore(at: number, ss: number, noun: number): string | undefined {
    const country = this.lex.countryNouns.has(this.lex.normalizedAt(this.tokens, noun));
    let from = ss;
    for (let n = 0; n < PLACE_BACK_SENTENCES && from > 0; n++) from = this.sentenceStart[from - 1];
    for (let k = at - 1; k >= from; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi === -1 || this.mentions[mi].role !== 'place') continue;
      const kind = placeKind(this.mentions[mi].id);
      if (country ? kind === 'country' || kind === undefined : kind !== 'country') return this.mentions[mi].id;
    }
    return undefined;
  }

  /**
   * The person "il", "elle", "he", "she", "his", "her" at token k refers to: the last actor named in the sentence
   * before k's (ss its start) when that is a person governed by no preposition ("Jane Fraser received $34.5 million. She
   * was also awarded"), else undefined (a company named last, "il" may be it). French "il" and "elle" say no more than the
   * grammatical gender: the name they take up must be the last one.
   */
  private personMeant(k: number, ss: number): string | undefined {
    if (ss === 0 || !this.hasHigh(k, CUE_HIGH_BITS.personPronoun)) return undefined;
    for (let j = ss - 1, from = this.sentenceStart[ss - 1]; j >= from; j--) {
      const mi = this.mentionTo[j + 1];
      if (mi === -1 || this.mentions[mi].role !== 'actor') continue;
      // "le parti fondé par Jean-Pierre Chevènement. Elle a écopé": a person after a preposition is no subject the pronoun takes up.
      return this.mentions[mi].entity.type === 'person' && !this.afterPreposition(this.mentions[mi]) ? this.mentions[mi].id : undefined;
    }
    return undefined;
  }

  /** The place a sentence opening with a place noun refers to ("La ville prévoit ..."), else undefined. */
  private placeOpening(s: number, end: number): string | undefined {
    return s + 1 < end && this.has(s, CUE_BITS.determiner) && this.hasHigh(s + 1, CUE_HIGH_BITS.placeNoun) ? this.placeBefore(s, s, s + 1) : undefined;
  }

  /** The place right before "(" and the figure, when no actor is named in the sentence [ss, se). */
  private placeBeforeBracket(span: FigureSpan, ss: number, se: number): string | undefined {
    const open = span.t0 - 1;
    if (open <= ss || !this.isChar(open, OPEN_BRACKET) || span.t1 >= se || !this.isChar(span.t1, CLOSE_BRACKET)) return undefined;
    const mi = this.mentionTo[open];
    if (mi === -1 || this.mentions[mi].role !== 'place') return undefined;
    for (let k = ss; k < se; k++) {
      const other = this.mentionFrom[k];
      if (other !== -1 && this.mentions[other].role === 'actor') return undefined;
    }
    return this.mentions[mi].id;
  }

  /** Whether the id is an organization's (a public body, an institute, a central bank), not a business's. */
  private isBodyId(id: string): boolean {
    for (const m of this.mentions) if (m.id === id) return m.entity.type === 'organization';
    return false;
  }

  /** The place named before the figure in its sentence, else the first one after it in its clause ("s'établit à 10,0 % en France"). */
  private placeAround(span: FigureSpan): string | undefined {
    const before = this.nearestPlace(span.t0);
    if (before !== undefined) return before;
    const ce = this.clauseEnd[span.t0];
    for (let k = span.t1; k < ce; k++) {
      const mi = this.mentionFrom[k];
      if (mi !== -1 && this.mentions[mi].role === 'place') return this.mentions[mi].id;
      if (this.figureAt[k] !== -1 && this.figureAt[k] !== this.figureAt[span.t0] && this.figs[this.figureAt[k]].figure.kind !== 'date') return undefined;
    }
    return undefined;
  }

  /**
   * The place of an economy's figure: named after its noun at `cue` ("le PIB de l'Italie", "le
   * chômage ... en France, passant de 10,2 à 10,3 %"), else after the figure in its clause, else
   * before the noun in the noun's clause ("En France, le taux de chômage"); a place further back
   * ("Pour ce professeur de Lille, ... du smic à 1 600 euros") is only where it was said.
   */
  private economyPlace(cue: number, span: FigureSpan): string | undefined {
    for (let k = span.t0 - 1; k > cue; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi !== -1 && this.mentions[mi].role === 'place') return this.mentions[mi].id;
    }
    const ce = this.clauseEnd[span.t0];
    for (let k = span.t1; k < ce; k++) {
      const mi = this.mentionFrom[k];
      if (mi !== -1 && this.mentions[mi].role === 'place') return this.mentions[mi].id;
      if (this.figureAt[k] !== -1 && this.figs[this.figureAt[k]].figure.kind !== 'date') break;
    }
    for (let k = cue - 1; k >= this.clauseStart[cue]; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi !== -1 && this.mentions[mi].role === 'place') return this.mentions[mi].id;
    }
    // "Le pays affiche une dette de 3 200 milliards d'euros": the place "le pays" refers to.
    return this.placeOfAdjective(cue) ?? this.placeMeant(span, this.sentenceStart[span.t0]);
  }

  /**
   * "L'économie française ... elle a progressé de 0,4 %", "the German economy grew 0.3%": the place an adjective of
   * nationality right after (or before) the economy noun at `cue` names, a place of the text whose id starts as the
   * adjective does (four letters at least: française / france, german / germany; of two, the one that shares most:
   * austrian / austria, not australia); undefined if none.
   */
  private placeOfAdjective(cue: number): string | undefined {
    return this.placeOfStem(cue + this.topicLength(cue)) ?? this.placeOfStem(cue - 1);
  }

  /**
   * The place of the text whose id (its French name) or first written word ("Germany": the English adjective's)
   * shares the longest start (4 letters at least) with the word at token k, if any.
   */
  private placeOfStem(k: number): string | undefined {
    if (k < 0 || k >= this.tokens.length || this.mentionAt(k) !== -1) return undefined;
    const word = kebab(this.tokens[k].text);
    if (word.length < 5) return undefined;
    let best: string | undefined;
    let bestLength = 3;
    for (const m of this.mentions) {
      if (m.role !== 'place') continue;
      const n = Math.max(sharedStart(word, m.id), sharedStart(word, kebab(this.tokens[m.t0].text)));
      if (n > bestLength) {
        best = m.id;
        bestLength = n;
      }
    }
    return best;
  }

  /**
   * The economy noun that governs the figure ("taux de chômage", "inflation", "PIB", "GDP"), the
   * nearest before it unless a topic noun stands nearer ("malgré l'inflation, ses ventes ont progressé de 5 %"); -1 if none.
   */
  private economyCue(t0: number, from: number): number {
    for (let k = t0 - 1; k >= from; k--) {
      if (this.figureAt[k] !== -1) continue;
      // "le chômage ... Renault supprime 3 000 emplois": an actor between speaks of its own.
      const mi = this.mentionAt(k);
      if (mi !== -1 && this.mentions[mi].role === 'actor') return -1;
      if (mi !== -1) continue;
      if (this.hasHigh(k, CUE_HIGH_BITS.economy)) return k;
      if (this.topicAt(k) !== undefined && this.topicAt(k) !== 'growth') return -1;
    }
    return -1;
  }

  /**
   * The stake word that governs a percent: a verb of holding or a stake noun before it ("détient
   * 15 %", "owns about 81%", "une participation de 30 %"), or a stake noun after it ("a 20% stake",
   * "15 % du capital"); -1 if none.
   */
  private stakeCue(span: FigureSpan, se: number): number {
    for (let k = span.t0 - 1; k >= 0 && k >= span.t0 - 4; k--) {
      if (this.hasHigh(k, CUE_HIGH_BITS.stake)) {
        // "le taux de participation de 42,76 %" is a turnout: "participation" is a stake with what is held after it.
        if (!this.lex.heldStakeNouns.has(this.lex.normalizedAt(this.tokens, k))) return k;
        const next = span.t1 < se ? this.lex.normalizedAt(this.tokens, span.t1) : '';
        return this.lex.stakeHeldWords.has(next) || span.t1 < se && this.hasHigh(span.t1, CUE_HIGH_BITS.stake) ? k : -1;
      }
      // "détenu à 70 %": the held share after "à".
      if (!this.has(k, CUE_BITS.skip) && !this.has(k, CUE_BITS.determiner) && !this.has(k, CUE_BITS.compared)) break;
    }
    for (let k = span.t1; k < se && k <= span.t1 + 1; k++) if (this.hasHigh(k, CUE_HIGH_BITS.stake)) return span.t0;
    return -1;
  }

  /**
   * The holder of a stake written in the passive, after "par" / "by" right after the figure or its
   * stake word ("Amundi, détenu à 70 % par le Crédit agricole", "is 20% owned by Nissan").
   */
  private holderAfterBy(span: FigureSpan, se: number): string | undefined {
    let k = span.t1;
    while (k < se && k <= span.t1 + 1 && !this.has(k, CUE_BITS.agent) && (this.hasHigh(k, CUE_HIGH_BITS.stake) || this.has(k, CUE_BITS.skip))) k++;
    if (k >= se || !this.has(k, CUE_BITS.agent)) return undefined;
    return this.actorAfterAgent(k, se);
  }

  /**
   * The holder of a stake: the actor or state before the stake word at `at`, not a complement
   * ("to Barclays") nor the name in an aside ("the Public Investment Fund, chaired by Crown Prince
   * Mohammed bin Salman, holds 16%").
   */
  private holderBefore(at: number, ss: number): string | undefined {
    let k = at - 1;
    if (k > ss && this.isChar(k, COMMA)) {
      for (let j = k - 1; j > ss && j >= k - 12; j--) {
        if (!this.isChar(j, COMMA)) continue;
        const mi = this.mentionTo[j];
        if (mi !== -1 && this.mentions[mi].role !== 'none' && this.mentions[mi].role !== 'product') return this.mentions[mi].id;
        break;
      }
    }
    for (; k >= ss; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi === -1) continue;
      const m = this.mentions[mi];
      if (m.role === 'none' || m.role === 'product' || this.afterPreposition(m) || this.isApposed(mi)) continue;
      return m.id;
    }
    return undefined;
  }

  /**
   * A figure after "contre", "compared with", "versus" (a few skipped words between) copies the
   * facts of the figure of its kind before it in the sentence; true when it did (none included).
   */
  private copyCompared(f: number, ss: number, se: number): boolean {
    const span = this.figs[f];
    let cue = false;
    for (let k = span.t0 - 1; k >= ss && k >= span.t0 - 4 && !cue; k--) {
      // "contre une estimation de 11 milliards": a figure that names its own measure is not the same one.
      if (this.figureAt[k] !== -1 || this.mentionAt(k) !== -1 || !this.isWord(k) || this.topicAt(k) !== undefined) break;
      cue = this.hasHigh(k, CUE_HIGH_BITS.versus);
    }
    if (!cue) return false;
    // "5,1 milliards d'euros en 2017, contre 7,8 milliards": the unit left out, the number is the same measure.
    const kind = span.figure.kind;
    for (let g = f - 1; g >= 0 && this.figs[g].t0 >= ss; g--) {
      const previous = this.figs[g].figure;
      if (previous.kind !== kind && !(kind === 'number' && (previous.kind === 'money' || previous.kind === 'percent'))) continue;
      // "34% of the vote, against 24% for the Conservatives": the same measure of the entity after "for".
      const other = this.beneficiaryAfter(span.t1, se);
      for (const fact of this.factsOfFigure.get(previous.start) ?? []) this.add(other ?? fact.entity, span.figure, fact.predicate);
      return true;
    }
    return false;
  }

  /**
   * A bare number (no unit) after "sur", "et", "out of", "and" (a few skipped words between), whose
   * figure before it in the sentence (dates aside) is a count, copies that count's facts; true when
   * it did (none included: "330 000 salariés ont voté sur 4,5 millions").
   */
  private copyCountContinued(f: number, ss: number): boolean {
    const span = this.figs[f];
    if (span.figure.kind !== 'number') return false;
    let cue = false;
    for (let k = span.t0 - 1; k >= ss && k >= span.t0 - 3 && !cue; k--) {
      if (this.figureAt[k] !== -1 || this.mentionAt(k) !== -1 || !this.isWord(k)) break;
      cue = this.hasHigh(k, CUE_HIGH_BITS.partOf);
      if (!cue && !this.has(k, CUE_BITS.skip)) break;
    }
    if (!cue) return false;
    for (let g = f - 1; g >= 0 && this.figs[g].t0 >= ss; g--) {
      const previous = this.figs[g];
      if (previous.figure.kind === 'date') continue;
      const facts = this.factsOfFigure.get(previous.figure.start) ?? [];
      const counted = previous.figure.kind === 'quantity' && this.isCountUnit(previous.figure.unit) || facts.some((fact) => fact.predicate === 'count');
      if (!counted) return false;
      for (const fact of facts) if (fact.predicate === 'count') this.add(fact.entity, span.figure, 'count');
      return true;
    }
    return false;
  }

  private isPlaceId(id: string): boolean {
    this.placeIds ??= new Set(this.mentions.filter((m) => m.role === 'place').map((m) => m.id));
    return this.placeIds.has(id);
  }

  /**
   * The token of the noun after a figure that names what it measures, -1 if none: "33 % du
   * marché", "$2 billion in revenue"; a change noun may come first ("a 15% rise in revenue",
   * "15 % de hausse du chiffre d'affaires"), and after the link word of a share, an amount or a
   * change, English adjectives may stand before the noun ("28% of the global smartphone market",
   * "a 78% jump in annual profit").
   */
  private topicAfter(span: FigureSpan, se: number): { at: number; change: boolean } {
    let k = span.t1;
    const change = k < se && this.has(k, CUE_BITS.change);
    if (change) k++;
    const kind = span.figure.kind;
    const adjectivesAllowed = change || kind === 'percent' || kind === 'money';
    let linked = false;
    let adjectives = 0;
    for (const last = Math.min(se, span.t1 + TOPIC_AFTER_WINDOW); k < last; k++) {
      if (this.topicAt(k)) return { at: k, change };
      if (adjectives === 0 && (this.has(k, CUE_BITS.afterFigure) || this.has(k, CUE_BITS.determiner))) {
        linked ||= this.has(k, CUE_BITS.afterFigure);
        continue;
      }
      if (!linked || !adjectivesAllowed || adjectives === MAX_ADJECTIVES_BEFORE_TOPIC) break;
      if (this.figureAt[k] !== -1 || this.mentionFrom[k] !== -1 || !this.isWord(k) || this.has(k, CUE_BITS.stop) || this.has(k, CUE_BITS.of)) break;
      adjectives++;
    }
    return { at: -1, change };
  }

  /**
   * A name just before "at", "with", "avec", "à" and a figure of the kind of the figure before it
   * in the sentence ("Apple controls 28% of the market, ahead of Samsung at 23%") takes that
   * figure's predicate.
   */
  private linkCompared(f: number, ss: number): boolean {
    const span = this.figs[f];
    const k = span.t0 - 1;
    // Shares and amounts are compared; "avec une soixantaine d'autres personnes" is company kept.
    const kind = span.figure.kind;
    if (f === 0 || k <= ss || (kind !== 'percent' && kind !== 'money')) return false;
    // "La CFDT obtient 30,32 % des suffrages et la CGT 28,57 %": the verb left out, the name joined right before the figure.
    const joined = this.mentionTo[span.t0];
    if (joined !== -1 && this.elidedVerb(this.mentions[joined], ss)) {
      const previous = this.figs[f - 1];
      const facts = previous.t0 >= ss && previous.figure.kind === kind ? this.factsOfFigure.get(previous.figure.start) : undefined;
      if (facts && facts.length > 0 && this.mentions[joined].role === 'actor' && !facts.some((fact) => fact.entity === this.mentions[joined].id)) {
        this.add(this.mentions[joined].id, span.figure, facts[0].predicate);
        return true;
      }
      return false;
    }
    if (!this.has(k, CUE_BITS.compared)) return false;
    // "Édouard Philippe, crédité de 23 %, et Jean-Luc Mélenchon, à 13 %": a comma may stand between the name and "à".
    const mi = this.mentionTo[k] !== -1 || k - 1 <= ss || !this.isChar(k - 1, COMMA) ? this.mentionTo[k] : this.mentionTo[k - 1];
    if (mi === -1 || this.mentions[mi].role !== 'actor') return false;
    const previous = this.figs[f - 1];
    if (previous.t0 < ss || previous.figure.kind !== span.figure.kind) return false;
    const facts = this.factsOfFigure.get(previous.figure.start);
    if (!facts || facts.some((fact) => fact.entity === this.mentions[mi].id)) return false;
    this.add(this.mentions[mi].id, span.figure, facts[0].predicate);
    return true;
  }

  /** The predicate of the nearest figure of the kind of figure f before it in its sentence (from ss), if linked. */
  private previousPredicate(f: number, ss: number): Predicate | undefined {
    const kind = this.figs[f].figure.kind;
    for (let g = f - 1; g >= 0 && this.figs[g].t0 >= ss; g--) {
      if (this.figs[g].figure.kind !== kind) continue;
      return this.factsOfFigure.get(this.figs[g].figure.start)?.[0]?.predicate;
    }
    return undefined;
  }

  /** Whether figures of these kinds may stand in one list: the same kind, or a bare number whose unit the next one writes ("400 millions et 100 millions d'euros"). */
  private listedWith(a: FigureKind, b: FigureKind): boolean {
    return a === b || a === 'number' && LISTED_WITH_NUMBER.has(b) || b === 'number' && LISTED_WITH_NUMBER.has(a);
  }

  /** Whether only a comma or a joining word ("et", "and") stands between the tokens `from` and `to` (at most two). */
  private onlyJoins(from: number, to: number): boolean {
    if (to - from > 2 || to === from) return to === from;
    for (let k = from; k < to; k++) if (!this.joinsItems(k)) return false;
    return true;
  }

  /**
   * "Kering et LVMH ont respectivement reculé de 3,2 % et 2,1 %", "Microsoft and Google had 25% and 11%
   * respectively": figures listed (joined by commas, "et", "and") with "respectivement" / "respectively"
   * next to them go one by one to the names listed before them. The n-th name's id; null when the names
   * listed are not as many as the figures (a name the entities missed would shift the rest: none is
   * linked); undefined when the figure is in no such list.
   */
  private respectiveOwner(f: number, ss: number, se: number): string | null | undefined {
    const kind = this.figs[f].figure.kind;
    if (kind === 'date') return undefined;
    let first = f;
    while (first > 0 && this.figs[first - 1].t0 >= ss && this.listedWith(this.figs[first - 1].figure.kind, kind) && this.onlyJoins(this.figs[first - 1].t1, this.figs[first].t0)) first--;
    let last = f;
    while (last + 1 < this.figs.length && this.figs[last + 1].t1 <= se && this.listedWith(this.figs[last + 1].figure.kind, kind) && this.onlyJoins(this.figs[last].t1, this.figs[last + 1].t0)) last++;
    if (first === last) return undefined;
    const start = this.figs[first].t0;
    const end = this.figs[last].t1;
    let cue = -1;
    for (let k = start - 1; k >= ss && k >= start - 6 && cue === -1; k--) if (this.hasHigh(k, CUE_HIGH_BITS.respectively)) cue = k;
    for (let k = end; k < se && k < end + 4 && cue === -1; k++) if (this.hasHigh(k, CUE_HIGH_BITS.respectively)) cue = k;
    if (cue === -1) return undefined;
    // The names: the last one before the figures (and the cue), and those listed before it.
    const count = last - first + 1;
    let k = Math.min(cue, start) - 1;
    while (k >= ss && this.mentionTo[k + 1] === -1) k--;
    if (k < ss) return null;
    const names: string[] = [];
    let mi = this.mentionTo[k + 1];
    // "Xiaomi et Transsion complètent": a word joined after the last name is a name the entities missed.
    const lastEnd = this.mentions[mi].t1;
    if (lastEnd + 1 < se && this.joinsItems(lastEnd) && /^\p{Lu}/u.test(this.tokens[lastEnd + 1].text) && this.mentionFrom[lastEnd + 1] === -1) return null;
    while (mi !== -1 && this.mentions[mi].role === 'actor') {
      names.unshift(this.mentions[mi].id);
      let j = this.mentions[mi].t0 - 1;
      while (j > ss && this.has(j, CUE_BITS.determiner) && this.mentionTo[j + 1] === -1) j--;
      if (j <= ss || !this.joinsItems(j)) break;
      j--;
      while (j > ss && this.has(j, CUE_BITS.determiner) && this.mentionTo[j + 1] === -1) j--;
      mi = this.mentionTo[j + 1];
    }
    this.listedLast = last;
    if (names.length === count) return names[f - first];
    // "Benoît Hamon arrive en tête et Manuel Valls est qualifié, avec respectivement 36 et 31 %": the names of the
    // clauses before, the last as many as the figures.
    if (names.length !== 1) return null;
    const actors: string[] = [];
    for (let j = k; j >= ss && actors.length < count; j--) {
      const m = this.mentionTo[j + 1];
      if (m !== -1 && this.mentions[m].role === 'actor' && !actors.includes(this.mentions[m].id)) actors.unshift(this.mentions[m].id);
    }
    return actors.length === count ? actors[f - first] : null;
  }

  /** Whether token k joins the items of a list: a comma, or "et", "and" (not an article such as "des"). */
  private joinsItems(k: number): boolean {
    return this.isChar(k, COMMA) || this.has(k, CUE_BITS.join) && !this.has(k, CUE_BITS.determiner);
  }

  /** Whether the mention opens a list item after "et", "and" or a comma (an article between), a figure of its kind before it in the sentence. */
  private elidedVerb(m: Mention, ss: number): boolean {
    let k = m.t0 - 1;
    if (k > ss && this.has(k, CUE_BITS.determiner)) k--;
    return k > ss && this.joinsItems(k);
  }

  /**
   * "L'action a chuté de 4,5 %", "Shares rose 6%": a noun only a company has, with no owner
   * written after it (no "du secteur", "of the market"), is the company in focus's.
   */
  private isOwnerless(topic: Topic | undefined, topicAt: number, topicEnd: number): boolean {
    // The results of the accounts ("Net profit rose 7.1%", "le bénéfice net a progressé") are a company's too.
    const accounts = topic === 'other' && this.has(topicAt, CUE_BITS.accounts);
    if (topic !== 'revenue' && topic !== 'share' && topic !== 'market_cap' && !accounts) return false;
    return topicEnd !== -1 && !(topicEnd < this.tokens.length && this.has(topicEnd, CUE_BITS.of));
  }

  /** Whose is a noun with no owner written: a company's noun (revenue, shares) the company in focus's, an account also a body's in focus. */
  private ownerlessFocus(topic: Topic | undefined, focus: string | undefined): string | undefined {
    return topic === 'other' ? this.subjectFocus : focus;
  }

  private topicAt(k: number): Topic | undefined {
    if ((this.cueBitsAt(k) & ANY_TOPIC_BIT) === 0) return undefined;
    for (const c of this.cuesAt(k)) {
      const t = TOPIC_OF.get(c.category);
      if (t) return t;
    }
    return undefined;
  }

  private topicLength(k: number): number {
    for (const c of this.cuesAt(k)) if (TOPIC_OF.has(c.category)) return c.length;
    return 1;
  }

  /** "pour s'établir à 106,96 dollars", "rose 5% to $90 billion": the value reached, not the change. */
  private isLevel(t0: number, ss: number): boolean {
    for (let k = t0 - 1; k >= ss && k >= t0 - 4; k--) {
      if (this.has(k, CUE_BITS.level)) return true;
      if (!this.has(k, CUE_BITS.skip)) return false;
    }
    return false;
  }

  /** A change word governs the figure: "ont grimpé de 16 %", "une hausse de 0,29 %", "rose 5%". */
  private changeBefore(t0: number, ss: number): boolean {
    for (let k = t0 - 1; k >= ss && k >= t0 - CHANGE_WINDOW; k--) {
      if (this.figureAt[k] !== -1 || this.has(k, CUE_BITS.level) && !this.has(k, CUE_BITS.skip)) return false;
      if (this.has(k, CUE_BITS.change)) return true;
    }
    return false;
  }

  private predicateOf(
    span: FigureSpan, topic: Topic | undefined, verb: 'invest' | 'purchase' | undefined,
    change: boolean, afterTopic: boolean, ss: number, se: number,
  ): Predicate | undefined {
    const kind = span.figure.kind;
    // "Sa dette devrait passer de près de 26 milliards": millions and billions with the currency left
    // out, under a noun of money, are an amount.
    const bareAmount = kind === 'number' && typeof span.figure.value === 'number' && Math.abs(span.figure.value) >= 1e6 && topic !== undefined && topic !== 'count';
    const money = kind === 'money' || bareAmount;
    const percent = kind === 'percent';
    if (kind === 'quantity' || kind === 'number') {
      if (this.isCountUnit(span.figure.unit) || topic === 'count' || this.countVerbBefore(span.t0, ss)) return 'count';
      if (!bareAmount) return undefined;
    }
    switch (topic) {
      case 'share':
        if (change) return 'share_price_change';
        return money ? 'share_price' : 'other';
      case 'market_cap':
        return change ? 'market_cap_change' : 'other';
      case 'market_share':
        return percent && !change ? 'market_share' : 'other';
      case 'market':
        if (change) return 'growth';
        return percent && afterTopic ? 'market_share' : 'other';
      case 'revenue':
        if (change) return 'growth';
        return money ? 'revenue' : 'other';
      case 'spending':
        return change ? 'growth' : 'other';
      case 'growth':
        return 'growth';
      case 'investment':
        if (change) return 'growth';
        return money ? 'investment' : 'other';
      case 'purchase':
        return money ? 'investment' : 'other';
      case 'count':
        return percent ? 'other' : 'count';
      case 'other':
        return 'other';
      default:
        break;
    }
    if (verb && money) return 'investment';
    if (change && this.inStockReport(ss, se)) return 'share_price_change';
    return undefined;
  }

  /**
   * A market report names the exchange or the session once for a paragraph ("Le CAC 40 a terminé
   * la séance... Kering a cédé 3,2 %"): the sentence [ss, se) and those before it in its paragraph
   * (at most STOCK_REPORT_SENTENCES) are read, each paragraph's answer kept.
   */
  private inStockReport(ss: number, se: number): boolean {
    let from = ss;
    for (let n = 0; n < STOCK_REPORT_SENTENCES && from > 0 && !this.tokens[from].lineStart; n++) from = this.sentenceStart[from - 1];
    const known = this.stockReport.get(from);
    if (known !== undefined && known.end >= se) return known.found;
    let found = false;
    for (let k = from; k < se && !found; k++) found = this.has(k, CUE_BITS.stockContext);
    this.stockReport.set(from, { end: se, found });
    return found;
  }

  private isCountUnit(unit: string | undefined): boolean {
    return !!unit && (this.lex.unitKinds(unit) & UNIT_COUNT) !== 0;
  }

  private countVerbBefore(t0: number, ss: number): boolean {
    for (let k = t0 - 1; k >= ss && k >= t0 - 4; k--) {
      if (this.has(k, CUE_BITS.countVerbs)) return true;
      if (!this.has(k, CUE_BITS.skip) && !this.has(k, CUE_BITS.determiner) && !this.has(k, CUE_BITS.possessive)) return false;
    }
    return false;
  }

  /**
   * Whose is the noun at [t, te)? "les actions d'Alibaba", "les actions BABA", "la
   * capitalisation de l'entreprise" (the focus), "son chiffre d'affaires", "Apple's revenue".
   */
  private possessorOf(t: number, te: number, focus: string | undefined, businessOnly = false): string | undefined {
    // English "Apple's revenue", "Tesla shares".
    let k = t - 1;
    if (k >= 1 && this.isPossessiveS(k - 1)) k -= 2;
    if (k >= 0 && this.mentionTo[k + 1] !== -1) {
      const m = this.mentions[this.mentionTo[k + 1]];
      if (m.role !== 'none') return m.id;
    }
    // French "les actions BABA", "l'action Alibaba".
    if (te < this.tokens.length && this.mentionFrom[te] !== -1) {
      const m = this.mentions[this.mentionFrom[te]];
      if (m.role !== 'none') return m.id;
    }
    if (te < this.tokens.length && this.has(te, CUE_BITS.of)) {
      let described = false;
      for (let j = te + 1, steps = 0; j < this.tokens.length && steps < POSSESSOR_WINDOW; j++, steps++) {
        const mi = this.mentionFrom[j];
        if (mi !== -1) {
          const m = this.mentions[mi];
          // "le rachat de la société X": X is what is bought, not who pays (nor is the focus).
          if (this.isBought(m)) return undefined;
          if (m.role !== 'none') return m.id;
          break;
        }
        if (this.has(j, CUE_BITS.description)) described = true;
        if (this.has(j, CUE_BITS.stop) || this.figureAt[j] !== -1 || !this.isWord(j) || this.has(j, CUE_BITS.clause)) break;
        if (this.topicAt(j) && steps > 0) break;
      }
      if (described && focus) return focus;
    }
    if (t > 0 && this.has(t - 1, CUE_BITS.possessive)) return this.possessiveOwner(t - 1, focus, businessOnly);
    return undefined;
  }

  /**
   * A market or country figure with no actor in its sentence belongs to the place it names (not
   * a count: "à Calais, neuf véhicules", "les pompiers de Paris ont recensé 249 feux" only say where).
   */
  private nearestPlace(t0: number): string | undefined {
    const ss = this.sentenceStart[t0];
    for (let k = t0 - 1; k >= ss; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi !== -1 && this.mentions[mi].role === 'place') return this.mentions[mi].id;
    }
    return undefined;
  }

  /** Whether a preposition governs the mention ("to Barclays", "en Chine", "de l'usine de Rennes"), its article and description between. */
  private afterPreposition(m: Mention): boolean {
    for (let k = m.t0 - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      if (this.has(k, CUE_BITS.stop) && !this.isChar(k, COMMA) || this.has(k, CUE_BITS.of) || this.has(k, CUE_BITS.agent) || this.has(k, CUE_BITS.beneficiary)) return !this.has(k, CUE_BITS.join);
      // "au retour de l'Américaine Leslie Miller": a nationality noun after an article is no more than the article.
      if (!this.has(k, CUE_BITS.determiner) && !this.has(k, CUE_BITS.description) && !(isLowerCaseDemonym(this.lex.normalizedAt(this.tokens, k)) && k > 0 && this.has(k - 1, CUE_BITS.determiner))) return false;
    }
    return false;
  }

  /**
   * Whose is "son", "its" at token p? The nearest name before it that is no complement of a
   * preposition ("sold its banking business to Barclays, and its arm..."; "l'Iran compte ... porter
   * sa croissance"), a place included; else the company in focus.
   */
  private possessiveOwner(p: number, focus: string | undefined, businessOnly: boolean): string | undefined {
    const ss = this.sentenceStart[p];
    for (let k = p - 1; k >= ss; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi === -1) continue;
      const m = this.mentions[mi];
      if (m.role === 'none' || m.role === 'product' || this.isApposed(mi) || this.namesRelative(m) || this.afterPreposition(m)) continue;
      if (businessOnly && m.entity.type === 'person') return focus;
      return m.id;
    }
    // "L'Unédic prévoit une détérioration ... Sa dette devrait passer de 26 à 41 milliards": a possessive
    // opening a sentence refers to the subject of the sentence before.
    const person = businessOnly ? undefined : this.personMeant(p, ss);
    if (person !== undefined) return person;
    // "La ville prévoit d'investir ... Sa dette s'établit à": the place the sentence before opened with.
    const before = p - ss <= 1 && ss > 0 ? this.sentenceStart[ss - 1] : -1;
    const opener = before !== -1 ? this.openerOf(before, ss) ?? (businessOnly ? undefined : this.placeOpening(before, ss)) : undefined;
    return opener ?? focus;
  }

  /**
   * "..., and its Booker wholesale arm delivered sales growth of 2.1%": a clause whose subject
   * opens with a possessive, before the noun at t, is that possessive's owner's.
   */
  private clausePossessive(t: number, ss: number, focus: string | undefined, businessOnly: boolean): string | undefined {
    for (let k = t - 1; k >= ss && k >= t - POSSESSOR_WINDOW - 2; k--) {
      if (this.mentionTo[k + 1] !== -1 || this.figureAt[k] !== -1 || this.isChar(k, COMMA) || this.isClauseWord(k)) return undefined;
      if (!this.has(k, CUE_BITS.possessive)) continue;
      const before = k - 1;
      const opens = before < ss || this.isClauseWord(before) || this.joinsItems(before);
      return opens ? this.possessiveOwner(k, focus, businessOnly) : undefined;
    }
    return undefined;
  }

  /**
   * The buyer of the sentence [from, to): the actor before its first word of buying ("Boeing agreed to
   * buy Spirit", "Oracle ... par le rachat de la société Opower"), not what is bought; undefined if none.
   */
  private buyerIn(from: number, to: number): string | undefined {
    for (let k = from; k < to; k++) {
      if (this.mentionAt(k) !== -1 || !(this.has(k, CUE_BITS.purchase) || this.has(k, CUE_BITS.acquisition))) continue;
      return this.buyerAfterBy(from, to) ?? this.nearestActor(k, undefined, false, true, from);
    }
    return undefined;
  }

  /** "son rachat par Microsoft pour 26 milliards", "acquired by Boeing for $4.7 billion": the buyer after par / by. */
  private buyerAfterBy(ss: number, t0: number): string | undefined {
    for (let k = t0 - 1; k > ss; k--) {
      if (!this.has(k, CUE_BITS.agent)) continue;
      let bought = false;
      for (let j = k - 1; j >= ss && j >= k - 2; j--) bought ||= this.has(j, CUE_BITS.purchase) || this.has(j, CUE_BITS.acquisition) || this.has(j, CUE_BITS.event) && this.has(j, CUE_BITS.purchase);
      if (!bought) continue;
      let j = k + 1;
      while (j < t0 && j - k <= 3 && this.mentionFrom[j] === -1 && (this.has(j, CUE_BITS.determiner) || this.has(j, CUE_BITS.description))) j++;
      const mi = j < t0 ? this.mentionFrom[j] : -1;
      if (mi !== -1 && this.mentions[mi].role === 'actor') return this.mentions[mi].id;
    }
    return undefined;
  }

  /** "un manque à gagner de 150 millions d'euros pour Auchan", "revenue of $2 billion for Apple": the entity after pour / for. */
  private beneficiaryAfter(k: number, se: number): string | undefined {
    if (k >= se || !this.has(k, CUE_BITS.beneficiary)) return undefined;
    let j = k + 1;
    while (j < se && j - k <= 3 && this.mentionFrom[j] === -1 && (this.has(j, CUE_BITS.determiner) || this.has(j, CUE_BITS.description))) j++;
    const mi = j < se ? this.mentionFrom[j] : -1;
    return mi !== -1 && this.mentions[mi].role === 'actor' && this.mentions[mi].entity.type !== 'person' ? this.mentions[mi].id : undefined;
  }

  /**
   * "Avec 20 % de part de marché, Samsung repasse devant Apple", "En recul de 4,5 %, Worldline a signé", "With a 3%
   * share, Alibaba ranked fourth": a figure in a phrase opening the sentence, no name before it, is the subject's
   * after the comma that closes the phrase (a place may stand in the phrase); a pronoun or a description there
   * ("En hausse de 5 %, le groupe") is the company in focus. A business's figure is no person's.
   */
  private leadingSubject(span: FigureSpan, ss: number, se: number, focus: string | undefined, businessOnly: boolean): string | undefined {
    if (span.t0 - ss > OPENING_PHRASE_TOKENS) return undefined;
    let comma = span.t1;
    for (; comma < se && comma < span.t1 + 8 && !this.isChar(comma, COMMA); comma++) {
      const mi = this.mentionFrom[comma];
      if (mi !== -1 && this.mentions[mi].role !== 'place' || this.figureAt[comma] !== -1 || this.isClauseWord(comma)) return undefined;
    }
    if (comma >= se || !this.isChar(comma, COMMA)) return undefined;
    // The words before the figure, from the sentence's start (a few: an opening phrase is short), are read only once the bounded scan after it found the comma.
    for (let k = ss; k < span.t0; k++) if (this.mentionFrom[k] !== -1 || this.figureAt[k] !== -1 || this.isClauseWord(k)) return undefined;
    let j = comma + 1;
    let described = false;
    while (j < se && j - comma <= 3 && this.mentionFrom[j] === -1 && (this.has(j, CUE_BITS.determiner) || this.has(j, CUE_BITS.description) || this.has(j, CUE_BITS.pronoun))) {
      described ||= this.has(j, CUE_BITS.description) || this.has(j, CUE_BITS.pronoun);
      j++;
    }
    const mi = j < se ? this.mentionFrom[j] : -1;
    if (mi === -1) return described && (j >= se || !this.has(j, CUE_BITS.of)) ? focus : undefined;
    const m = this.mentions[mi];
    return m.role === 'actor' && !(businessOnly && m.entity.type === 'person') ? m.id : undefined;
  }

  /** Whether the entity `id` is named in the paragraph before token t (at most STOCK_REPORT_SENTENCES sentences back). */
  private namedInParagraph(id: string | undefined, t: number): boolean {
    if (id === undefined) return false;
    let from = this.sentenceStart[t];
    for (let n = 0; n < STOCK_REPORT_SENTENCES && from > 0 && !this.tokens[from].lineStart; n++) from = this.sentenceStart[from - 1];
    for (let k = from; k < t; k++) {
      const mi = this.mentionFrom[k];
      if (mi !== -1 && this.mentions[mi].id === id) return true;
    }
    return false;
  }

  /** Whether a word of harm or arrest stands right before the count (up to three words) or in its clause right after (up to four). */
  private countsCasualties(span: FigureSpan, ss: number, se: number): boolean {
    for (let k = span.t0 - 1; k >= ss && k >= span.t0 - 3; k--) if (this.hasHigh(k, CUE_HIGH_BITS.casualty)) return true;
    for (let k = span.t1; k < se && k < span.t1 + 4; k++) {
      if (this.hasHigh(k, CUE_HIGH_BITS.casualty)) return true;
      if (this.isClauseWord(k) || this.mentionAt(k) !== -1 || this.figureAt[k] !== -1) return false;
    }
    return false;
  }

  /** Whether the count of the figure is of jobs or premises, by its unit or the noun after it at topicAt ("520 postes", "27 000 salariés", "77 boutiques"). */
  private isBusinessCount(span: FigureSpan, topicAt: number): boolean {
    const unit = span.figure.unit;
    if (unit !== undefined && (this.lex.unitKinds(unit) & UNIT_BUSINESS) !== 0) return true;
    if (topicAt === -1) return false;
    // The noun in the singular: a token is one word, so its kinds are those of the word alone.
    const noun = this.lex.normalizedAt(this.tokens, topicAt);
    return (this.lex.unitKinds(noun.endsWith('s') ? noun.slice(0, -1) : noun) & UNIT_BUSINESS) !== 0;
  }

  /**
   * The company right before the verb of change that governs the figure ("Nvidia slid 2.8%",
   * "Its parent, HSBC Holdings, lost 1.4%", "Kering a cédé 3,2 %"), if any.
   */
  private changeSubject(span: FigureSpan, ss: number): Mention | undefined {
    let sawChange = false;
    for (let k = span.t0 - 1; k >= ss && k >= span.t0 - 4; k--) {
      const mi = this.mentionTo[k + 1];
      if (mi !== -1) {
        const m = this.mentions[mi];
        const type = m.entity.type;
        // "Shares in Tesco rose 3%": a complement is no subject.
        // "L'action Kering a reculé": the noun before the name governs.
        const named = m.t0 > 0 && this.topicAt(m.t0 - 1) !== undefined;
        return sawChange && !named && m.role === 'actor' && (type === 'company' || type === 'ticker') && !this.isApposed(mi) && !this.afterPreposition(m) ? m : undefined;
      }
      if (this.figureAt[k] !== -1) return undefined;
      if (this.has(k, CUE_BITS.change)) sawChange = true;
      else if (!this.isChar(k, COMMA) && !this.has(k, CUE_BITS.skip) && !this.startsLowerCase(k)) return undefined;
      if (this.isClauseWord(k)) return undefined;
    }
    return undefined;
  }

  /** Whether token k starts with a lower-case letter (a verb or auxiliary, not a name). */
  private startsLowerCase(k: number): boolean {
    const c = this.text.charCodeAt(this.tokens[k].start);
    if (c < 128) return c >= 97 && c <= 122;
    const first = this.tokens[k].text[0];
    return first !== first.toUpperCase();
  }

  /** Whether the headline and lead (the first LEAD_TOKENS tokens) name the stock market: a market report does (read once). */
  private leadNamesMarket(): boolean {
    if (this.namesMarket === undefined) {
      let found = false;
      for (let k = 0; k < this.tokens.length && k < LEAD_TOKENS && !found; k++) found = this.has(k, CUE_BITS.stockContext);
      this.namesMarket = found;
    }
    return this.namesMarket;
  }

  /** The figure before f when the two are the ends of a range ("3%-4%", "30 à 50 milliards", "between 15 and 25"), else -1. */
  private rangeStartBefore(f: number, ss: number): number {
    if (f === 0) return -1;
    const previous = this.figs[f - 1];
    const span = this.figs[f];
    if (previous.t0 < ss || previous.t1 + 1 !== span.t0 || previous.figure.kind !== span.figure.kind) return -1;
    const k = previous.t1;
    const word = this.tokens[k].text;
    const joins = word === '-' || word === '–' || this.has(k, CUE_BITS.level) && word.length <= 2 || this.has(k, CUE_BITS.join) && !this.has(k, CUE_BITS.determiner) && word !== ',';
    return joins ? f - 1 : -1;
  }

  /** "ces 50 milliards d'euros": an amount already linked, repeated, is the same fact. */
  private copyRepetition(figure: Figure): void {
    if (figure.kind !== 'money' || typeof figure.value !== 'number') return;
    const first = this.linkedAmounts.get(figure.unit ?? '')?.get(figure.value);
    if (first === undefined || first >= figure.start) return;
    for (const fact of this.factsOfFigure.get(first) ?? []) this.add(fact.entity, figure, fact.predicate);
  }
}

/** The spans by start offset (analyze() passes them in order already). */
function inTextOrder<T extends { start: number }>(spans: T[]): T[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

// The linker's per-token arrays, reused from call to call (linkFacts runs to its end before
// it is called again): allocating seven typed arrays per article cost more than filling them.
let scratch = new Int32Array(0);

/** `count` views of `length` cells each over the shared scratch buffer. */
function tokenArrays(length: number, count: number): Int32Array[] {
  if (scratch.length < length * count) scratch = new Int32Array(Math.max(length * count, scratch.length * 2));
  const views: Int32Array[] = [];
  for (let k = 0; k < count; k++) views.push(scratch.subarray(k * length, (k + 1) * length));
  return views;
}

/** The id's first part: the parent a subsidiary's id starts with (alibaba of alibaba-cloud). */
function parentId(id: string): string {
  const dash = id.indexOf('-');
  return dash < 0 ? id : id.slice(0, dash);
}

/** How many first characters a and b share. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
