// English business news names a business by what it is more often than by a legal suffix:
// "Korvex, a maker of industrial pumps,", "Bilka is a Danish chain of hypermarkets", "Tesco,
// Sainsbury and Ocado", "Shanghai-based Harvest Fund Management", and stock indexes by a
// lower-case "index" ("the CSI300 index"). These rules read those contexts around a name that no
// list holds; the words are data (describedHeads, indexNouns in entity-cues.json).
import cues from '../data/entity-cues.json';
import currencyData from '../data/figures-currencies.json';
import { isInitial } from './initials';
import {
  candidate,
  CAPITALIZED,
  CONNECTOR,
  DIGIT_LED,
  ENGLISH_OPENER,
  FIRST_NAME,
  FUNCTION_WORD,
  HAS_LOWER,
  HYPHEN_PLACE,
  LEGAL_SUFFIXES,
  LOWER_LED,
  NAME_WORD,
  nameRunEnd,
  nameRunStartBefore,
  NOT_NAME,
  ROLE_TITLE,
  SENTENCE_START,
  WORDLIKE,
  companyName,
  matchSuffix,
  organizationOrCompany,
  ruleStartsWith,
  SUFFIX_START,
  suffixEnd,
  type Candidate,
  type Context,
} from './candidates';

const COMPANY_HEADS = new Set(cues.describedHeads.company);
const ORGANIZATION_HEADS = new Set(cues.describedHeads.organization);
/** Two-word heads whose second word alone says something else (a central bank is a body, not a lender). */
const ORGANIZATION_PAIRS = new Set(cues.describedHeads.organizationPairs);
/** Words that end a head word's noun phrase after it: "a maker of ...", "the lender that ...". */
const HEAD_FOLLOWERS = new Set(cues.describedHeads.followers);
/** Determiners opening the description after the comma (a, an, the, its, their, one of the). */
const DESCRIPTION_OPENERS = new Set(cues.describedHeads.openers);
const COPULAS = new Set(cues.describedHeads.copulas);
const WHICH_VERBS = new Set(cues.describedHeads.whichVerbs);
/** Currency signs before an amount in a result's words (raised $100 million): the figure grammar's. */
const CURRENCY_SIGNS = new Set(Object.keys(currencyData.symbols));
/** Participles whose agent after "by" runs a business (Citadel, run by Ken Griffin,). */
const BY_PARTICIPLES = new Set(cues.describedHeads.byParticiples);
const INDEX_NOUNS = new Set(cues.indexNouns);
const DEAL_VERBS = new Set(cues.businessActions.dealVerbs);
const RESULT_VERBS = new Set(cues.businessActions.resultVerbs);
const RESULT_NOUNS = new Set(cues.businessActions.resultNouns);
const INTENT_VERBS = new Set(cues.businessActions.intentVerbs);
/** Heads of bodies named by an of/for/on complement: the bodies' own, and businesses' words that name a body only so (Bank for International Settlements). */
const BODY_HEADS = new Set([...cues.englishBodyHeads, ...cues.englishComplementHeads]);
const COMPLEMENT_HEADS = new Set(cues.englishComplementHeads);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** Words joining the parts of a body's name after its head (Institute for Supply Management, Council on Foreign Relations). */
const BODY_JOINERS = new Set(['of', 'for', 'on']);
const SPEECH_VERBS = new Set(cues.speechVerbs);
const WEEKDAY_EVENT_WORDS = new Set(cues.weekdayEvents.words);
const WEEKDAYS = new Set(cues.weekdayEvents.weekdays);
const FOREIGN_BUSINESS_HEADS = new Set(cues.foreignBusinessHeads.heads);
const FOREIGN_PUBLIC_HEADS = new Set(cues.foreignBusinessHeads.publicHeads);
/** Particles in a row between two words of a foreign name, at most (de la, para el). */
const MAX_FOREIGN_PARTICLES = 2;
const FOREIGN_PARTICLES = new Set(cues.foreignBusinessHeads.particles);
/** A body's name has at most this many complements (of Economic Co-operation, and Development). */
const MAX_BODY_PARTS = 4;
const NATIONALITIES = new Set(cues.englishNationalities);
// WordInfo.news bits of these rules: which of their lists a word is in, computed once per distinct
// word (describedWordBits, called by the word cache). In an English text the tokens of these words
// are in Context.newsStarts, and each rule visits only those; they are above the bits of
// candidates.ts (NEWS_*), and a French text leaves them out (ENGLISH_NEWS_BITS).
const D_COPULA = 1 << 10;
const D_INDEX_NOUN = 1 << 11;
const D_DEAL_VERB = 1 << 12;
/** The first word of a deal phrase of two words (takeover of, merger with). */
const D_DEAL_FIRST = 1 << 13;
const D_RESULT_VERB = 1 << 14;
const D_INTENT_VERB = 1 << 15;
const D_BODY_HEAD = 1 << 16;
const D_FOREIGN_HEAD = 1 << 17;
const D_WEEKDAY_EVENT = 1 << 18;
/** A comma, after which a description may follow a name. */
const D_COMMA = 1 << 19;
/** An apostrophe, of a possessive (Vantoro's, Saxo Bank's). */
export const D_APOSTROPHE = 1 << 20;
/** A corporate title's first word (Chief, CEO), read after an employer's name (titledEmployerCandidates). */
export const D_CORPORATE_TITLE_HEAD = 1 << 21;
/** "and" or "or", which close a list of names (listedWithCompaniesCandidates). */
const D_AND_OR = 1 << 22;
/** Every bit of the English rules' words. */
export const ENGLISH_NEWS_BITS = D_COPULA | D_INDEX_NOUN | D_DEAL_VERB | D_DEAL_FIRST | D_RESULT_VERB | D_INTENT_VERB | D_BODY_HEAD | D_FOREIGN_HEAD | D_WEEKDAY_EVENT | D_COMMA | D_APOSTROPHE | D_CORPORATE_TITLE_HEAD | D_AND_OR;
const CORPORATE_TITLE_HEADS = new Set(cues.englishCorporateTitleHeads);
const DEAL_FIRST_WORDS = new Set(cues.businessActions.dealVerbs.filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

/** The English rules' news bits of a word (its text and lower-case key). */
export function describedWordBits(word: string, lowerKey: string): number {
  return (
    (word === ',' ? D_COMMA : 0) |
    (word === "'" || word === '’' ? D_APOSTROPHE : 0) |
    (lowerKey === 'and' || lowerKey === 'or' ? D_AND_OR : 0) |
    (CORPORATE_TITLE_HEADS.has(word) ? D_CORPORATE_TITLE_HEAD : 0) |
    (COPULAS.has(lowerKey) ? D_COPULA : 0) |
    (INDEX_NOUNS.has(lowerKey) ? D_INDEX_NOUN : 0) |
    (DEAL_VERBS.has(lowerKey) ? D_DEAL_VERB : 0) |
    (DEAL_FIRST_WORDS.has(lowerKey) ? D_DEAL_FIRST : 0) |
    (RESULT_VERBS.has(lowerKey) ? D_RESULT_VERB : 0) |
    (INTENT_VERBS.has(lowerKey) ? D_INTENT_VERB : 0) |
    (BODY_HEADS.has(word) ? D_BODY_HEAD : 0) |
    (FOREIGN_BUSINESS_HEADS.has(word) || FOREIGN_PUBLIC_HEADS.has(word) ? D_FOREIGN_HEAD : 0) |
    (WEEKDAY_EVENT_WORDS.has(word) ? D_WEEKDAY_EVENT : 0)
  );
}

/** A description is at most this many tokens up to its head (the Dutch payments startup). */
const MAX_DESCRIPTION_TOKENS = 8;
/** A name described or listed is at most this many words. */
const MAX_NAME_WORDS = 5;

/** The type a head word gives (company, organization) or undefined. */
function headType(ctx: Context, k: number): 'company' | 'organization' | undefined {
  const w = ctx.words[k].lowerKey;
  if (k > 0 && ORGANIZATION_PAIRS.has(`${ctx.words[k - 1].lowerKey} ${w}`)) return 'organization';
  if (ORGANIZATION_HEADS.has(w)) return 'organization';
  // The -maker and -builder compounds (toolmaker, steelmakers, homebuilder) are businesses.
  if (COMPANY_HEADS.has(w) || /^[a-z]+(?:maker|builder)s?$/.test(w)) return 'company';
  return undefined;
}

/** Whether token k closes a noun phrase ending just before it: punctuation, a line end, a
 * preposition or a relative pronoun. */
function closesPhrase(ctx: Context, k: number): boolean {
  if (k >= ctx.tokens.length || ctx.tokens[k].lineStart) return true;
  if (!(ctx.flags[k] & WORDLIKE)) {
    const t = ctx.tokens[k].text;
    // A possessive goes on (the group's founder); a hyphen inside a word too.
    if ((t === "'" || t === '’') && k + 1 < ctx.tokens.length && ctx.tokens[k + 1].text === 's') return false;
    return t !== '-' || ctx.tokens[k].spaceBefore;
  }
  return HEAD_FOLLOWERS.has(ctx.words[k].lowerKey);
}

/** The type of the description opening at token i (a, the, its, Dubai's ... head) or undefined. */
function descriptionType(ctx: Context, i: number, needOpener: boolean): 'company' | 'organization' | undefined {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  let k = i;
  if (k >= n || tokens[k].lineStart) return undefined;
  const possessiveAt = (j: number): boolean => j + 2 < n && (tokens[j + 1].text === "'" || tokens[j + 1].text === '’') && !tokens[j + 1].spaceBefore && tokens[j + 2].text === 's';
  if (DESCRIPTION_OPENERS.has(words[k].lowerKey)) k++;
  else if (flags[k] & CAPITALIZED && possessiveAt(k)) k += 3;
  else if (needOpener) return undefined;
  // one of the largest lenders
  if (k + 2 < n && words[k].lowerKey === 'one' && words[k + 1].lowerKey === 'of') k += 2;
  if (k < n && words[k].lowerKey === 'the') k++;
  for (const last = Math.min(n, k + MAX_DESCRIPTION_TOKENS); k < last; k++) {
    if (tokens[k].lineStart) return undefined;
    const f = flags[k];
    if (!(f & WORDLIKE)) {
      // Hyphens inside words (state-controlled) and possessives (the world's) go on; other marks end it.
      if (tokens[k].text === '-' && !tokens[k].spaceBefore) continue;
      if ((tokens[k].text === "'" || tokens[k].text === '’') && k + 1 < n && tokens[k + 1].text === 's') {
        k++;
        continue;
      }
      return undefined;
    }
    const type = headType(ctx, k);
    if (type !== undefined && closesPhrase(ctx, k + 1)) return type;
    // Function words end the description before any head (the firm's chief executive and ...).
    if (f & FUNCTION_WORD && !(f & CAPITALIZED)) return undefined;
  }
  return undefined;
}

/** Whether the name [ts, te) may be a business: no person's first name, job title, nationality or opener alone. */
function mayBeBusiness(ctx: Context, ts: number, te: number, listed: Uint8Array): boolean {
  const { flags, tokens } = ctx;
  if (te <= ts || te - ts > MAX_NAME_WORDS) return false;
  if (flags[ts] & FIRST_NAME) return false;
  // A list's or a rule's name, or a job title (Chief Executive Sundar Pichai), is read by its own rules.
  for (let k = ts; k < te; k++) if (listed[k] || flags[k] & ROLE_TITLE) return false;
  if (te - ts === 1 && (flags[ts] & (ENGLISH_OPENER | NOT_NAME) || NATIONALITIES.has(tokens[ts].text))) return false;
  // A word in lower case opens no name (the run starts on a connector only inside).
  return (flags[ts] & NAME_WORD) !== 0 && !(flags[ts] & LOWER_LED);
}

/** Tokens inside a list hit or a rule's name of a given kind: 1 where a gazetteer or rule candidate holds the token. */
function heldTokens(n: number, out: Candidate[], test: (c: Candidate) => boolean): Uint8Array {
  const held = new Uint8Array(n);
  for (const c of out) if (test(c)) held.fill(1, c.ts, c.te);
  return held;
}

/** English: a name described as a business or a body right after it ("Korvex, a maker of pumps,",
 * "Bilka is a Danish chain of hypermarkets", "Cameco, its Canadian rival,"): a company or an
 * organization, unless a list holds it (China, the world's biggest car market, stays the place). */
export function describedNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let listed: Uint8Array | undefined;
  for (const i of ctx.newsStarts) {
    if (i < 1 || i + 1 >= n) continue;
    const comma = (words[i].news & D_COMMA) !== 0;
    if (!comma && !(words[i].news & D_COPULA && flags[i] & LOWER_LED)) continue;
    if (!(flags[i - 1] & NAME_WORD) || tokens[i].lineStart) continue;
    // A relative clause saying what it does: Portman Ridge, which invests in middle-market firms.
    const which = comma && i + 2 < n && words[i + 1].lowerKey === 'which' && WHICH_VERBS.has(words[i + 2].lowerKey);
    // A business and who runs, owns or founded it: Citadel, run by Ken Griffin; Gemini, founded by the Winklevoss twins.
    const byAgent = comma && !which && i + 2 < n && agentAt(ctx, i + 3) && (flags[i + 1] & LOWER_LED) !== 0;
    const type = which || byAgent ? 'company' : descriptionType(ctx, i + 1, comma);
    if (type === undefined) continue;
    const start = nameRunStartBefore(ctx, i, MAX_NAME_WORDS);
    listed ??= heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker'));
    if (!mayBeBusiness(ctx, start, i, listed)) continue;
    out.push(candidate(start, i, type, 'rule', 2, 64, { name: type === 'company' ? companyName(ctx, start, i) : undefined }));
  }
}

/** Whether token k follows "by" after a participle of running or founding (run by Ken Griffin): the name there is an owner's. */
function agentAt(ctx: Context, k: number): boolean {
  return k >= 2 && ctx.words[k - 1].lowerKey === 'by' && BY_PARTICIPLES.has(ctx.words[k - 2].lowerKey);
}

/** English: an unknown name listed with companies is one ("Tesco, Sainsbury and Ocado", "Maersk and
 * Hapag-Lloyd"): names joined by commas and a last "and" or "or", or by "and"/"or" alone, one of
 * them a company of a list or a rule; a person's first name, a place or a body of a list keeps its own. */
export function listedWithCompaniesCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  const companyAt = new Map<number, number>();
  for (const c of out) if (c.type === 'company' && c.source !== 'tagger' && c.tier >= 2) companyAt.set(c.ts, Math.max(c.te, companyAt.get(c.ts) ?? 0));
  if (companyAt.size === 0) return;
  let held: Uint8Array | undefined;
  const isAnd = (k: number): boolean => k < n && !tokens[k].lineStart && (words[k].lowerKey === 'and' || words[k].lowerKey === 'or') && (flags[k] & LOWER_LED) !== 0;
  const isComma = (k: number): boolean => k < n && !tokens[k].lineStart && tokens[k].text === ',';
  // A member: a company already found, or a run of name words.
  const memberEnd = (k: number, first: boolean): number => {
    if (k >= n || (tokens[k].lineStart && !first)) return -1;
    const known = companyAt.get(k);
    if (known !== undefined) return known;
    if (!(flags[k] & NAME_WORD)) return -1;
    return nameRunEnd(ctx, k, MAX_NAME_WORDS);
  };
  // A list makes candidates only when an "and" or an "or" closes it, and it is read over name words,
  // the companies found, commas and its "and": each run of such tokens around an "and" or an "or"
  // (news starts) is read as the whole text was, the rest skipped. No reading crosses a run's end,
  // so the reading of the whole text starts afresh on each run's first token too.
  let companyTokens: Uint8Array | undefined;
  const inList = (k: number): boolean => (flags[k] & (NAME_WORD | DIGIT_LED | CONNECTOR)) !== 0 || (words[k].news & (D_COMMA | D_AND_OR)) !== 0 || companyTokens![k] === 1;
  let runEnd = 0;
  for (const a of ctx.newsStarts) {
    if (a < runEnd || !(words[a].news & D_AND_OR)) continue;
    if (companyTokens === undefined) {
      companyTokens = new Uint8Array(n);
      for (const [ts, te] of companyAt) companyTokens.fill(1, ts, te);
    }
    let i = a;
    while (i > 0 && inList(i - 1)) i--;
    runEnd = a + 1;
    while (runEnd < n && inList(runEnd)) runEnd++;
    while (i < runEnd) {
      if (!(flags[i] & NAME_WORD) || (i > 0 && !(flags[i - 1] & SENTENCE_START) && flags[i - 1] & NAME_WORD) || agentAt(ctx, i)) {
        i++;
        continue;
      }
      // Read the list from token i: members and separators.
      const members: Array<[number, number]> = [];
      let k = i;
      let closed = false;
      for (;;) {
        const end = memberEnd(k, k === i);
        if (end <= k) break;
        members.push([k, end]);
        if (closed) break;
        if (isAnd(end)) {
          closed = true;
          k = end + 1;
        } else if (isComma(end) && isAnd(end + 1)) {
          closed = true;
          k = end + 2;
        } else if (isComma(end)) {
          k = end + 1;
        } else break;
      }
      const next = members.length > 0 ? members[members.length - 1][1] : i + 1;
      // Commas alone make no list (Separately, Apple said); the last member after "and" must be there.
      const complete = closed && members.length >= 2;
      if (complete && members.some(([s, e]) => companyAt.get(s) === e)) {
        for (let [s, e] of members) {
          if (companyAt.get(s) === e) continue;
          // A single word opening the sentence before a comma is an adverb or an address (Separately, Meanwhile).
          if (s === i && e - s === 1 && flags[s] & SENTENCE_START && isComma(e)) continue;
          // A description's head opening the sentence is no part of the first name (Rivals Qliro and Zilch).
          if (s === i && e - s > 1 && flags[s] & SENTENCE_START && headType(ctx, s) !== undefined) s++;
          held ??= heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker'));
          if (!mayBeBusiness(ctx, s, e, held)) continue;
          out.push(candidate(s, e, 'company', 'rule', 2, 62, { name: companyName(ctx, s, e) }));
        }
      }
      i = Math.max(next, i + 1);
    }
  }
}

/** English: the name of a business after a place's -based, -listed or -headquartered ("Shanghai-based
 * Harvest Fund Management", "a Toronto-based Vantage Mining"): a company, or a body when its words say so. */
export function basedCompanyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let held: Uint8Array | undefined;
  // The -based words are rule starts (HYPHEN_PLACE).
  for (const i of ruleStartsWith(ctx, HYPHEN_PLACE)) {
    if (i + 1 >= n || !ctx.words[i].hyphenTrim) continue;
    const s = i + 1;
    if (tokens[s].lineStart || !(flags[s] & NAME_WORD) || !(flags[s] & HAS_LOWER)) continue;
    const e = nameRunEnd(ctx, s, MAX_NAME_WORDS);
    // A rule's name opening on the -based word (an employer's cue before it) does not count: the place takes that word.
    held ??= heldTokens(n, out, (c) => !ctx.words[c.ts].hyphenTrim && (c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker')));
    // A person's name (Paris-based Jean Dupont) or a known name keeps its own reading.
    if (!mayBeBusiness(ctx, s, e, held) || e - s < 2) continue;
    const type = organizationOrCompany(ctx, s, e);
    out.push(candidate(s, e, type, 'rule', 2, 62, { name: type === 'company' ? companyName(ctx, s, e) : undefined }));
  }
}

/** English: a name before a lower-case "index" is a stock index's ("the CSI300 index", "the Jakarta
 * Composite index", "South Korea's KOSPI index"): no mention, nor the names inside it, as for the
 * indexes of the list. */
export function lowerIndexBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  for (const i of ctx.newsStarts) {
    if (i < 1 || !(words[i].news & D_INDEX_NOUN) || !(flags[i] & LOWER_LED) || tokens[i].lineStart || !(flags[i - 1] & NAME_WORD)) continue;
    const start = nameRunStartBefore(ctx, i, 4);
    if (start >= i) continue;
    out.push(candidate(start, i + 1, 'blocker', 'rule', 3, 90));
  }
}

/** English: what only a business does names one. The name a deal verb takes (to buy Colbrook,
 * acquired Wexford Labs, the takeover of Delmar) and a name that posts or reports a profit, a loss or
 * sales, or agrees or plans to buy, sell or merge (Zentrix posted a quarterly loss; Zentrix agreed to
 * buy Colbrook) is a company, unless a list, a first name or a job title says otherwise. */
export function businessActionCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let held: Uint8Array | undefined;
  const push = (s: number, e: number): void => {
    held ??= heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker'));
    if (mayBeBusiness(ctx, s, e, held)) out.push(candidate(s, e, organizationOrCompany(ctx, s, e), 'rule', 2, 62, { name: companyName(ctx, s, e) }));
  };
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n) continue;
    const bits = words[i].news;
    if (!(bits & (D_DEAL_VERB | D_DEAL_FIRST | D_RESULT_VERB | D_INTENT_VERB)) || !(flags[i] & LOWER_LED) || tokens[i + 1].lineStart) continue;
    const w = words[i].lowerKey;
    // The object of a deal: to buy Colbrook, acquired Wexford Labs, the takeover of Delmar.
    const object = bits & D_DEAL_VERB ? i + 1 : bits & D_DEAL_FIRST && i + 2 < n && DEAL_VERBS.has(`${w} ${words[i + 1].lowerKey}`) ? i + 2 : -1;
    if (object > 0 && !tokens[object].lineStart && flags[object] & NAME_WORD && !(flags[object] & SENTENCE_START)) {
      push(object, nameRunEnd(ctx, object, MAX_NAME_WORDS));
      continue;
    }
    if (i === 0 || !(flags[i - 1] & NAME_WORD)) continue;
    let business = false;
    if (bits & D_RESULT_VERB) {
      // posted a quarterly loss, reported higher third-quarter sales
      for (let k = i + 1; k < Math.min(n, i + 6) && !tokens[k].lineStart; k++) {
        if (RESULT_NOUNS.has(words[k].lowerKey)) {
          business = true;
          break;
        }
        // A hyphen and a currency sign go on (raised $100 million).
        if (!(flags[k] & WORDLIKE) && tokens[k].text !== '-' && !CURRENCY_SIGNS.has(tokens[k].text)) break;
      }
    } else if (bits & D_INTENT_VERB && i + 2 < n && words[i + 1].lowerKey === 'to' && words[i + 2].news & D_DEAL_VERB) business = true;
    if (!business) continue;
    push(nameRunStartBefore(ctx, i, MAX_NAME_WORDS), i);
  }
}

/** English: a body named by its head word and what it is of or for (the Institute for Supply
 * Management, the National Association of Realtors, the Council on Foreign Relations, the Office for
 * National Statistics): one organization, the head's capitalized words before it included. */
export function bodyOfCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let named: Uint8Array | undefined;
  for (const i of ctx.newsStarts) {
    if (i + 2 >= n || !(words[i].news & D_BODY_HEAD) || !BODY_JOINERS.has(words[i + 1].key) || tokens[i + 1].lineStart) continue;
    // A league is of something (League of Nations); after "for" comes whom one plays for (the Super League for FC Basel).
    if (tokens[i].text === 'League' && words[i + 1].key !== 'of') continue;
    // A business, a body or a person of a list after "for" is whom the body plays or works for (a league for FC Basel).
    named ??= heldTokens(n, out, (c) => c.source === 'gazetteer' && (c.type === 'company' || c.type === 'person'));
    let e = i + 1;
    // of/for/on, then a capitalized run; "and" and "of" go on with another (Organisation for Economic Co-operation and Development).
    for (let parts = 0; parts < MAX_BODY_PARTS && e + 1 < n && (BODY_JOINERS.has(words[e].key) || words[e].key === 'and') && !tokens[e + 1].lineStart; ) {
      let k = e + 1;
      // of the, for the: the Court of Appeals for the Second Circuit, the Institute for the Study of War.
      if ((words[e].key === 'of' || words[e].key === 'for') && words[k].key === 'the' && k + 1 < n && !tokens[k + 1].lineStart) k++;
      if (!(flags[k] & NAME_WORD) || flags[k] & (FIRST_NAME | ROLE_TITLE) || (words[e].key !== 'of' && named[k])) break;
      let end = nameRunEnd(ctx, k, MAX_NAME_WORDS, false);
      // A job title after the complement is the title of the person after it (Bank of Japan Governor Kazuo Ueda).
      for (let t = k + 1; t < end; t++) {
        if (flags[t] & ROLE_TITLE) {
          end = t;
          break;
        }
      }
      if (end <= k) break;
      e = end;
      parts++;
    }
    // A name cut at an abbreviation's full stop (St. Louis) is not read whole: none.
    if (e <= i + 1 || (e + 1 < n && tokens[e].text === '.' && !tokens[e].spaceBefore && flags[e + 1] & NAME_WORD)) continue;
    // Capitalized words before the head belong to the name (National Association of Realtors), not a compound (All-Time).
    let s = i;
    while (s > 0 && !(flags[s] & SENTENCE_START) && flags[s - 1] & NAME_WORD && flags[s - 1] & HAS_LOWER && !tokens[s - 1].text.includes('-') && !tokens[s].lineStart && s > i - 3) s--;
    // Initials right before the name are its place's (the D.C. Court of Appeals), not a person's.
    for (let initials = 0; initials < 3 && s >= 2 && !tokens[s].lineStart && isInitial(ctx, s - 2); initials++) s -= 2;
    // A business's word after a or an is a description (a Specialist Group of the British Computer Society).
    if (COMPLEMENT_HEADS.has(tokens[i].text) && s > 0 && INDEFINITE_ARTICLES.has(words[s - 1].lowerKey)) continue;
    // A legal form as the head (National Payments Corporation of India) is on the suffix rule's tier, which reads the name without its complement.
    out.push(candidate(s, e, 'organization', 'rule', LEGAL_SUFFIXES.has(tokens[i].text) ? 3 : 2, 63));
  }
}

/** English: a business named in its own language by its head word (Banco Popular, Banca Monte dei
 * Paschi di Siena, Grupo Televisa, Caixa Geral de Depositos, Bangko Sentral ng Pilipinas): a company,
 * particles included, not a person; a public body by its own head (Comision para el Mercado Financiero)
 * an organization. Its legal form is its own (Grupo Mexico SAB de CV); with two particles or more (de la; y, de), or
 * with its legal form, it is above the suffix rule's reading of its tail (Minera de Chile SA). */
export function foreignBusinessCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(words[i].news & D_FOREIGN_HEAD) || tokens[i + 1].lineStart) continue;
    let e = i + 1;
    let particles = 0;
    for (let parts = 0; parts < MAX_NAME_WORDS && e < n && !tokens[e].lineStart; parts++) {
      let k = e;
      // The legal form ends the name (suffixEnd reads it: SA, SAB de CV).
      if (flags[k] & SUFFIX_START && matchSuffix(ctx, k)?.legal) break;
      while (k - e < MAX_FOREIGN_PARTICLES && FOREIGN_PARTICLES.has(words[k].key) && k + 1 < n && !tokens[k + 1].lineStart) k++;
      if (!(flags[k] & NAME_WORD) || flags[k] & ROLE_TITLE) break;
      particles += k - e;
      e = k + 1;
    }
    if (e <= i + 1) continue;
    const te = suffixEnd(ctx, e);
    const type = FOREIGN_PUBLIC_HEADS.has(tokens[i].text) ? 'organization' : 'company';
    out.push(candidate(i, te, type, 'rule', particles >= 2 || te > e ? 3 : 2, 66, { name: type === 'company' ? companyName(ctx, i, te) : undefined }));
  }
}

/** English: a person named after a business's possessive and before a speech verb (Saxo Bank's Ole
 * Hansen said, Goldman's Jan Hatzius wrote): two or three capitalized words no list or rule holds,
 * whether or not a first name of the lists opens them. */
export function possessivePersonCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let companyEnd: Uint8Array | undefined;
  let held: Uint8Array | undefined;
  for (const i of ctx.newsStarts) {
    if (i < 1 || i + 3 >= n || !(words[i].news & D_APOSTROPHE) || tokens[i].spaceBefore || tokens[i + 1].text !== 's' || tokens[i + 1].spaceBefore) continue;
    if (companyEnd === undefined) {
      companyEnd = new Uint8Array(n + 1);
      for (const c of out) if ((c.type === 'company' || c.type === 'organization') && c.source !== 'tagger') companyEnd[c.te] = 1;
    }
    if (!companyEnd[i]) continue;
    const s = i + 2;
    let e = s;
    while (e < n && e - s < 3 && !tokens[e].lineStart && flags[e] & NAME_WORD && flags[e] & HAS_LOWER && !(flags[e] & ROLE_TITLE)) e++;
    if (e - s < 2 || e >= n || !SPEECH_VERBS.has(tokens[e].text)) continue;
    held ??= heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'person' && c.type !== 'blocker'));
    let free = true;
    for (let k = s; k < e && free; k++) if (held[k]) free = false;
    if (free) out.push(candidate(s, e, 'person', 'rule', 2, 64));
  }
}

/** English: a day named by a word and a weekday (Black Friday, Cyber Monday, Super Tuesday, Good
 * Friday) is an event, no name of a business nor a person: no mention. */
export function weekdayEventBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words } = ctx;
  for (const i of ctx.newsStarts) {
    if (i + 1 >= tokens.length || !(words[i].news & D_WEEKDAY_EVENT) || !WEEKDAYS.has(tokens[i + 1].text) || tokens[i + 1].lineStart) continue;
    out.push(candidate(i, i + 2, 'blocker', 'rule', 3, 90));
  }
}
