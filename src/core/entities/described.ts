// English business news names a business by what it is more often than by a legal suffix:
// "Korvex, a maker of industrial pumps,", "Bilka is a Danish chain of hypermarkets", "Tesco,
// Sainsbury and Ocado", "Shanghai-based Harvest Fund Management", and stock indexes by a
// lower-case "index" ("the CSI300 index"). These rules read those contexts around a name that no
// list holds; the words are data (describedHeads, indexNouns in entity-cues.json).
import cues from '../data/entity-cues.json';
import {
  candidate,
  CAPITALIZED,
  ENGLISH_OPENER,
  FIRST_NAME,
  FUNCTION_WORD,
  HAS_LOWER,
  LOWER_LED,
  NAME_WORD,
  nameRunEnd,
  nameRunStartBefore,
  NOT_NAME,
  ROLE_TITLE,
  SENTENCE_START,
  WORDLIKE,
  companyName,
  organizationOrCompany,
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
const INDEX_NOUNS = new Set(cues.indexNouns);
const NATIONALITIES = new Set(cues.englishNationalities);
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
  for (let i = 1; i + 1 < n; i++) {
    const comma = tokens[i].text === ',';
    if (!comma && !(COPULAS.has(words[i].lowerKey) && flags[i] & LOWER_LED)) continue;
    if (!(flags[i - 1] & NAME_WORD) || tokens[i].lineStart) continue;
    const type = descriptionType(ctx, i + 1, comma);
    if (type === undefined) continue;
    const start = nameRunStartBefore(ctx, i, MAX_NAME_WORDS);
    listed ??= heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker'));
    if (!mayBeBusiness(ctx, start, i, listed)) continue;
    out.push(candidate(start, i, type, 'rule', 2, 64, { name: type === 'company' ? companyName(ctx, start, i) : undefined }));
  }
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
  const held = heldTokens(n, out, (c) => c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker'));
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
  let i = 0;
  while (i < n) {
    if (!(flags[i] & NAME_WORD) || (i > 0 && !(flags[i - 1] & SENTENCE_START) && flags[i - 1] & NAME_WORD)) {
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
      for (const [s, e] of members) {
        if (companyAt.get(s) === e) continue;
        // A single word opening the sentence before a comma is an adverb or an address (Separately, Meanwhile).
        if (s === i && e - s === 1 && flags[s] & SENTENCE_START && isComma(e)) continue;
        if (!mayBeBusiness(ctx, s, e, held)) continue;
        out.push(candidate(s, e, 'company', 'rule', 2, 62, { name: companyName(ctx, s, e) }));
      }
    }
    i = Math.max(next, i + 1);
  }
}

/** English: the name of a business after a place's -based, -listed or -headquartered ("Shanghai-based
 * Harvest Fund Management", "a Toronto-based Vantage Mining"): a company, or a body when its words say so. */
export function basedCompanyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!ctx.words[i].hyphenPrefix || !ctx.words[i].hyphenTrim) continue;
    const s = i + 1;
    if (tokens[s].lineStart || !(flags[s] & NAME_WORD) || !(flags[s] & HAS_LOWER)) continue;
    const e = nameRunEnd(ctx, s, MAX_NAME_WORDS);
    // A rule's name taking the -based word in (an employer's cue before it) does not count: the place takes that word.
    const held = heldTokens(n, out, (c) => !(c.ts <= i && i < c.te) && (c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'blocker')));
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
  for (let i = 1; i < tokens.length; i++) {
    if (!INDEX_NOUNS.has(words[i].lowerKey) || !(flags[i] & LOWER_LED) || tokens[i].lineStart || !(flags[i - 1] & NAME_WORD)) continue;
    const start = nameRunStartBefore(ctx, i, 4);
    if (start >= i) continue;
    out.push(candidate(start, i + 1, 'blocker', 'rule', 3, 90));
  }
}
