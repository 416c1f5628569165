// Linking: canonical ids and names for the chosen mentions. Known names take the
// gazetteer's id; within an article a surname alone links to the person named in full, an
// acronym defined in parentheses links to its expansion, a shortened company name to its
// full name; any other name gets the kebab-case id of its own text, the same in every article.
// A body's descriptive head (l'association Anticor) stays in the mention but not in its id.
import cues from '../data/entity-cues.json';
import type { Token } from '../text/tokenize';
import type { EntityMention } from '../types';
import { CAPITALIZED, FUNCTION_WORD, isApostrophe, LOWER_LED, organizationOrCompany, pickHit, SENTENCE_START, type Candidate, type Context } from './candidates';
import { listedPlaceInCapitals } from './capitalDatelines';
import { gazetteer, type KnownEntity, type TrieNode } from './gazetteer';
import { surnameEnd } from './generationalSuffixes';
import { endsLikeOrganization } from './merge';
import { hasWordInCapitals, isAllCaps, kebab, titleCaseWord } from './normalize';
import { RecentCache } from './recentCache';
import { ReusedUint8Array } from './scratch';
import { companyShortForms, type LinkedName } from './shortForms';

interface Resolved extends LinkedName {
  ticker?: string;
  endTrim?: number;
  /** The first token of the name the id is made of: ts, or the token after a descriptive head. */
  nameTs: number;
}

/** A Resolved with every field present, in one order (one object shape: monomorphic reads). */
function resolved(ts: number, te: number, type: EntityMention['type'], id: string, name: string, known: boolean, ticker?: string, endTrim = 0, nameTs = ts): Resolved {
  return { ts, te, type, id, name, known, ticker, endTrim, nameTs };
}

/** Lower-case heads that say what a body is and are no part of its name (headsOutOfIds). */
const HEADS_OUT_OF_IDS = new Set(cues.headsOutOfIds);
/** Prepositions before a place (à, in): a listed place in capitals after them is that place. */
const PLACE_PREPOSITIONS = new Set(cues.placePrepositions);

// Module constants: the bundler turns a \p{...} literal into a `new RegExp` call, built on every call inside a function.
const MARKS = /\p{M}/gu;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

/** Lower case without accents: how names are compared within an article. */
function fold(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.toLowerCase().normalize('NFD').replace(MARKS, '');
  }
  return s.toLowerCase();
}

function spanText(ctx: Context, ts: number, te: number): string {
  return ctx.text.slice(ctx.tokens[ts].start, ctx.tokens[te - 1].end);
}

/** fold(spanText(ts, te)) from per-token folds: the spaces between tokens fold to themselves. */
class SpanKeys {
  constructor(private readonly ctx: Context) {}

  token(i: number): string {
    const word = this.ctx.words[i];
    return (word.folded ??= fold(this.ctx.tokens[i].text));
  }

  span(ts: number, te: number): string {
    const { tokens, text } = this.ctx;
    let key = this.token(ts);
    for (let k = ts + 1; k < te; k++) {
      const gap = tokens[k].start - tokens[k - 1].end;
      key += (gap === 0 ? '' : gap === 1 ? text.charAt(tokens[k - 1].end) : text.slice(tokens[k - 1].end, tokens[k].start)) + this.token(k);
    }
    return key;
  }
}

/** Surnames are looked up on at most this many tokens (Le Drian, van der Leyen). */
const SURNAME_TOKENS = 3;

/** A hyphen cutting a word at a line end, before the word's rest in lower case. */
const LINE_END_HYPHEN = /-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;
/** A hyphen of a compound name at a line end, before a capital: the hyphen stays. */
const LINE_END_NAME_HYPHEN = /-[ \t]*\r?\n[ \t]*(?=\p{Lu})/gu;

/** White space other than single spaces. */
const LOOSE_SPACE = /[^\S ]| {2}/;

// Ids of the names seen lately: names repeat within and across articles, kebab() is a chain of regexes.
const idCache = new RecentCache<string>(50_000);

function idOf(name: string): string {
  return idCache.get(name, kebab)!;
}

/** Initials written together (C.S., J.-P.): capitals that stay capitals in a display name. */
const INITIALS = /^(?:\p{Lu}\.-?)+$/u;

/** Display form of a name found in the text: spaces collapsed, words in capitals title-cased (not initials). */
function displayName(raw: string, type: string): string {
  // A word cut by a hyphen at a line end is named whole (Clemen-\nceau -> Clemenceau, Jean-\nJacques -> Jean-Jacques).
  const collapsed = LOOSE_SPACE.test(raw) ? raw.replace(LINE_END_HYPHEN, '').replace(LINE_END_NAME_HYPHEN, '-').replace(/\s+/g, ' ') : raw;
  if (type !== 'person' || !hasWordInCapitals(collapsed, 2)) return collapsed;
  return collapsed
    .split(' ')
    .map((w) => (w.length > 2 && isAllCaps(w) && !INITIALS.test(w) ? titleCaseWord(w) : w))
    .join(' ');
}

function resolveOne(ctx: Context, c: Candidate & { type: EntityMention['type'] }): Resolved {
  if (c.type === 'ticker') {
    const e = c.entity;
    return resolved(c.ts, c.te, 'ticker', e?.id ?? '', e?.name ?? '', e !== undefined, c.ticker);
  }
  if (c.entity && !c.name) return resolved(c.ts, c.te, c.entity.type, c.entity.id, c.entity.name, true, undefined, c.endTrim);
  if (c.type === 'person' && !c.entity) {
    const known = knownWithoutInitials(ctx, c.ts, c.te);
    if (known) return resolved(c.ts, c.te, 'person', known.id, known.name, true);
  }
  // The tagger reads a word in capitals as a body; after a preposition of place a listed place in capitals
  // is that place (à LYON, in LONDON), a place's list entry found by its title-cased spelling.
  if (c.te - c.ts === 1 && c.source === 'tagger' && (c.type === 'company' || c.type === 'organization') && c.ts > 0 && PLACE_PREPOSITIONS.has(ctx.words[c.ts - 1].lowerKey)) {
    const place = listedPlaceInCapitals(ctx.tokens[c.ts].text, ctx.lang);
    if (place) return resolved(c.ts, c.te, 'place', place.id, place.name, true);
  }
  // A body after its descriptive head is named by its name alone (l'association Unédic: the Unédic).
  if (c.te - c.ts > 1 && !c.name && (c.type === 'organization' || c.type === 'company') && HEADS_OUT_OF_IDS.has(ctx.tokens[c.ts].text) && ctx.flags[c.ts + 1] & CAPITALIZED) {
    const listed = listedBody(ctx, c.ts + 1, c.te);
    if (listed) return resolved(c.ts, c.te, listed.type, listed.id, listed.name, true, undefined, c.endTrim, c.ts + 1);
    const name = displayName(spanText(ctx, c.ts + 1, c.te), c.type);
    return resolved(c.ts, c.te, c.type, idOf(name), name, false, undefined, c.endTrim, c.ts + 1);
  }
  const name = c.name ?? displayName(spanText(ctx, c.ts, c.te), c.type);
  // A rule's name glued to a suffix it leaves out (Apollo-backed) keeps its trim, as a listed one does.
  return resolved(c.ts, c.te, c.type, idOf(name), name, c.entity !== undefined, undefined, c.endTrim);
}


/** The listed company or body named exactly by tokens [ts, te), for the article's language. */
function listedBody(ctx: Context, ts: number, te: number): KnownEntity | undefined {
  let node: TrieNode | undefined = gazetteer().root;
  for (let k = ts; k < te && node; k++) node = node.next.get(ctx.words[k].key);
  const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
  return hit && (hit.entity.type === 'organization' || hit.entity.type === 'company') ? hit.entity : undefined;
}

/** The listed person a name with initials is (Janet L. Yellen is Janet Yellen; N. Sarkozy is Nicolas
 * Sarkozy when the list knows the surname and the first name opens with N); an unlisted one keeps
 * its initials (George W. Bush is not George Bush). */
function knownWithoutInitials(ctx: Context, ts: number, te: number): KnownEntity | undefined {
  const { tokens, words } = ctx;
  const root = gazetteer().root;
  let node: TrieNode | undefined = root;
  let initials = 0;
  let leading = '';
  for (let k = ts; k < te && node; k++) {
    if (k + 1 < te && tokens[k].text.length === 1 && tokens[k + 1].text === '.' && !tokens[k + 1].spaceBefore) {
      if (node === root) leading ||= tokens[k].text;
      k++;
      // The hyphen of a French compound first name's initials (J.-P.).
      if (k + 1 < te && tokens[k + 1].text === '-' && !tokens[k + 1].spaceBefore) k++;
      initials++;
      continue;
    }
    node = node.next.get(words[k].key);
  }
  if (initials === 0 || node === root) return undefined;
  return node?.hits?.find((h) => h.entity.type === 'person' && (leading === '' || h.entity.name.startsWith(leading)))?.entity;
}

/** The first token after the initials that open a person's name (C.S. Venkatakrishnan), or ts. */
function afterLeadingInitials(tokens: Token[], ts: number, te: number): number {
  let k = ts;
  while (k + 2 < te && tokens[k].text.length === 1 && tokens[k + 1].text === '.' && !tokens[k + 1].spaceBefore) {
    k += 2;
    if (k + 1 < te && tokens[k].text === '-' && !tokens[k].spaceBefore) k++;
  }
  return k;
}

/** An unknown name read as two types in one article is one entity: it takes the type of its surest
 * reading (a rule's over the tagger's guess), then of most of its mentions, then a business's over a person's, then of the first
 * (Veltro's board met... shareholders in Veltro: the company both times). A name of several words
 * written with spaces and the same written with hyphens are two readings kept apart: French joins
 * with hyphens the name of a person given to a school, a street or a stadium (le lycée
 * Henri-Poincaré, the body; le mathématicien Henri Poincaré, the person). */
function unifyUnknownTypes(mentions: Resolved[], tiers: number[]): void {
  let readings: Map<string, { type: EntityMention['type']; tier: number; count: number }[]> | undefined;
  let mixed = false;
  const keys: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.known || m.type === 'ticker' || m.type === 'product') {
      keys.push('');
      continue;
    }
    // Counted on the name alone: l'association Anticor and Anticor are one name.
    const key = m.te - m.nameTs > 1 ? `${m.id} ${m.te - m.nameTs}` : m.id;
    keys.push(key);
    readings ??= new Map();
    const list = readings.get(key);
    if (list === undefined) {
      readings.set(key, [{ type: m.type, tier: tiers[i], count: 1 }]);
      continue;
    }
    const same = list.find((r) => r.type === m.type);
    if (same) {
      same.count++;
      if (tiers[i] > same.tier) same.tier = tiers[i];
    } else {
      list.push({ type: m.type, tier: tiers[i], count: 1 });
      mixed = true;
    }
  }
  if (!mixed || readings === undefined) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.known || m.type === 'ticker' || m.type === 'product') continue;
    const list = readings.get(keys[i]);
    if (list === undefined || list.length < 2) continue;
    let best = list[0];
    for (const r of list) if (r.tier > best.tier || (r.tier === best.tier && (r.count > best.count || (r.count === best.count && businessOverPerson(r, best))))) best = r;
    m.type = best.type;
  }
}

/** Between two rules' readings as often, a business's wins over a person's: the first-name rule reads any
 * given name and capitalized word as a person, the business rules read what the name does or holds
 * (Roland Berger plans to cut ... Roland Berger Chief Executive Stefan Schaible). */
function businessOverPerson(r: { type: EntityMention['type']; tier: number }, best: { type: EntityMention['type'] }): boolean {
  return r.tier >= 2 && best.type === 'person' && (r.type === 'company' || r.type === 'organization');
}

/** The words that may join two names of one list (Monzo, Starling and Kraken; Gavi and the WHO). */
const LIST_JOINERS = new Set(cues.listJoiners);
/** Most words between two names of one list (", and the"). */
const MAX_LIST_JOIN = 3;
const NOT_JOINED = 0;
const COMMA_JOINED = 1;
const CONJUNCTION_JOINED = 2;

/** How tokens [a, b) join two names of one list on one line: by commas only, with "and" or "or" (and "the"), or not at all. */
function listJoin(ctx: Context, a: number, b: number): number {
  if (b <= a || b - a > MAX_LIST_JOIN || ctx.tokens[b].lineStart) return NOT_JOINED;
  let join = NOT_JOINED;
  for (let k = a; k < b; k++) {
    const word = ctx.words[k].key;
    if (!LIST_JOINERS.has(word) || ctx.tokens[k].lineStart) return NOT_JOINED;
    if (word === ',') join = Math.max(join, COMMA_JOINED);
    else if (word !== 'the') join = CONJUNCTION_JOINED;
  }
  return join;
}

/** English: an unknown name the tagger alone read as a place, or as a person in one word, in a list
 * ("A, B and C", "A or B") next to a business a list or a rule is sure of, is a business too (Monzo, Starling and Kraken; Atlantic
 * Records and Parlophone; through Gavi and the World Health Organization). A comma alone makes no
 * list (In Bogota, Ecopetrol fell) unless "and" or "or" ends it; a name opening with a given name stays
 * a person. Read left to right, then right to left, so a list's reading runs along it. */
function coordinatedBusinesses(ctx: Context, mentions: Resolved[], tiers: number[]): void {
  if (ctx.lang !== 'en' || mentions.length < 2) return;
  const n = mentions.length;
  /** A name this pass may turn: unknown, read by the tagger alone, a place or a one-word person. */
  const turnable = (m: Resolved, k: number): boolean => !m.known && tiers[k] < 2 && (m.type === 'place' || (m.type === 'person' && m.te - m.ts === 1));
  // Most texts hold no such name next to a list's word: no array is built for them.
  let any = false;
  for (let i = 0; i < n && !any; i++) {
    if (!turnable(mentions[i], i)) continue;
    if ((i > 0 && listJoin(ctx, mentions[i - 1].te, mentions[i].ts) !== NOT_JOINED) || (i + 1 < n && listJoin(ctx, mentions[i].te, mentions[i + 1].ts) !== NOT_JOINED)) any = true;
  }
  if (!any) return;
  const gz = gazetteer();
  const joins = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) joins[i] = listJoin(ctx, mentions[i].te, mentions[i + 1].ts);
  /** Whether the list of mention i ends with "and" or "or": commas alone make none. */
  const inList = (i: number): boolean => {
    if (i > 0 && joins[i - 1] === CONJUNCTION_JOINED) return true;
    let k = i;
    while (k + 1 < n && joins[k] === COMMA_JOINED) k++;
    return k + 1 < n && joins[k] === CONJUNCTION_JOINED;
  };
  /** A business a list or a rule is sure of, or one whose name ends like a business's (Atlantic Records): not the tagger's guess alone. */
  const business = (k: number): boolean => {
    const o = mentions[k];
    return (o.type === 'company' || o.type === 'organization') && (o.known || tiers[k] >= 2 || (o.te - o.ts > 1 && endsLikeOrganization(ctx, o.te)));
  };
  const retype = (i: number, other: number): void => {
    const m = mentions[i];
    if (!turnable(m, i) || !business(other) || joins[Math.min(i, other)] === NOT_JOINED || !inList(i)) return;
    if (opensWithFirstName(ctx, gz, ctx.tokens[m.ts].text) || possessiveAfter(ctx, m.te) || nounModifier(ctx, m) || (m.type === 'person' && surnameOfNamed(ctx, mentions, m))) return;
    m.type = organizationOrCompany(ctx, m.ts, m.te);
    tiers[i] = 2;
  };
  for (let i = 1; i < n; i++) retype(i, i - 1);
  for (let i = n - 2; i >= 0; i--) retype(i, i + 1);
}

/** Whether "'s" or "'" follows token end (the tokenizer parts the apostrophe from its s): a possessive qualifies the
 * noun after it and joins no list (the ACLU and Carder's parents). */
function possessiveAfter(ctx: Context, end: number): boolean {
  return end < ctx.tokens.length && isApostrophe(ctx.tokens[end].text);
}

/** Whether the name sits between "the" and a lower-case noun it qualifies (TDR Capital and the Issa brothers). */
function nounModifier(ctx: Context, m: Resolved): boolean {
  const { tokens, flags, words } = ctx;
  return m.ts > 0 && words[m.ts - 1].key === 'the' && m.te < tokens.length && !tokens[m.te].lineStart && (flags[m.te] & LOWER_LED) !== 0 && !LIST_JOINERS.has(words[m.te].key);
}

const TOWN_PREPOSITIONS = new Set(cues.townPrepositions);
/** Whether a listed place follows in, near or en and no possessive: the town, not a person of its name (the ceremony in London). */
function townAfterPreposition(ctx: Context, m: Resolved): boolean {
  return m.type === 'place' && m.ts > 0 && TOWN_PREPOSITIONS.has(ctx.words[m.ts - 1].lowerKey) && !possessiveAfter(ctx, m.te);
}

/** Whether a one-word name is the last word of a person the text names in full (Angela Carder ... Carder). */
function surnameOfNamed(ctx: Context, mentions: Resolved[], m: Resolved): boolean {
  const word = ctx.tokens[m.ts].text;
  for (const o of mentions) if (o.type === 'person' && o.te - o.ts > 1 && ctx.tokens[o.te - 1].text === word) return true;
  return false;
}

/** Whether a full name opens with a given name of the lists (English texts read the English list too: Harriet Lowell, then Lowell). */
function opensWithFirstName(ctx: Context, gz: ReturnType<typeof gazetteer>, word: string): boolean {
  return gz.firstNames.has(word) || (ctx.lang === 'en' && gz.englishFirstNames.has(word));
}

/** The tokens linkMentions has given a mention (see scratch.ts). */
const takenScratch = new ReusedUint8Array();

/** Ids and names for the chosen candidates (in text order, not overlapping), plus the mentions that linking adds. */
export function linkMentions(ctx: Context, chosen: Candidate[]): EntityMention[] {
  const { tokens, flags } = ctx;
  const mentions: Resolved[] = [];
  const tiers: number[] = [];
  for (const c of chosen) {
    if (c.type === 'blocker') continue;
    mentions.push(resolveOne(ctx, c as Candidate & { type: EntityMention['type'] }));
    tiers.push(c.tier);
  }
  coordinatedBusinesses(ctx, mentions, tiers);
  unifyUnknownTypes(mentions, tiers);
  const taken = takenScratch.zeros(tokens.length);
  for (const m of mentions) for (let k = m.ts; k < m.te; k++) taken[k] = 1;
  // A sure blocker's words are no mention: linking adds none there either (l'affaire François Fillon,
  // S&P 500). A weaker one may yield to an acronym its brackets spell out (National Federation Party (NFP)).
  for (const c of chosen) if (c.type === 'blocker' && c.tier >= 3) taken.fill(1, c.ts, c.te);
  // The mention starting at each token, built when the first acronym needs it.
  let mentionFrom: Map<number, Resolved> | undefined;
  const added: Resolved[] = [];
  const keys = new SpanKeys(ctx);

  // Tickers without a known company quote the name just before their parenthesis.
  // Quoted tickers by symbol ("NYSE:BABA" under "BABA"), for the bare symbols that repeat them.
  // The maps of this function are made at their first entry: most texts fill few of them.
  let quotedBySymbol: Map<string, Resolved[]> | undefined;
  for (const m of mentions) {
    if (m.type !== 'ticker' || m.ticker === undefined) continue;
    const colon = m.ticker.lastIndexOf(':');
    if (colon < 0) continue;
    const symbol = m.ticker.slice(colon + 1);
    const list = quotedBySymbol?.get(symbol);
    if (list) list.push(m);
    else (quotedBySymbol ??= new Map()).set(symbol, [m]);
  }
  let lastName: Resolved | undefined;
  for (const m of mentions) {
    if (m.type !== 'ticker') {
      lastName = m;
      continue;
    }
    if (m.id) continue;
    const before = lastName;
    if (before && (before.type === 'company' || before.type === 'organization') && m.ts - before.te <= 1) {
      m.id = before.id;
      m.name = before.name;
    } else {
      const quoted = m.ticker === undefined ? undefined : quotedBySymbol?.get(m.ticker)?.find((p) => p.id !== '');
      m.id = quoted?.id ?? kebab(m.ticker ?? spanText(ctx, m.ts, m.te));
      m.name = quoted?.name ?? spanText(ctx, m.ts, m.te);
    }
  }

  // Acronyms defined in parentheses right after a name: Organisation mondiale du commerce (OMC).
  let acronyms: Map<string, Resolved> | undefined;
  for (const m of mentions) {
    if (m.type !== 'company' && m.type !== 'organization') continue;
    const open = m.te;
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    const acr = tokens[open + 1].text;
    if (!ACRONYM.test(acr) || acr.length > m.te - m.ts + 6) continue;
    (acronyms ??= new Map()).set(acr, m);
    const k = open + 1;
    if (mentionFrom === undefined) {
      mentionFrom = new Map();
      for (const other of mentions) mentionFrom.set(other.ts, other);
    }
    const existing = mentionFrom.get(k);
    if (existing && !existing.known) Object.assign(existing, { type: m.type, id: m.id, name: m.name });
    else if (!taken[k]) {
      added.push(resolved(k, k + 1, m.type, m.id, m.name, false));
      taken[k] = 1;
    }
  }

  // People named in full: their surname (and last words) alone later on link to them.
  let surnames: Map<string, Resolved> | undefined;
  /** The first token of every surname key: most capitalized words open none. */
  let surnameStarts: Set<string> | undefined;
  for (const m of mentions) {
    if (m.type !== 'person' || m.te - m.ts < 2) continue;
    const end = surnameEnd(tokens, m.ts, m.te);
    for (let k = Math.max(m.ts + 1, end - SURNAME_TOKENS); k < end; k++) {
      const key = keys.span(k, end);
      surnames ??= new Map();
      if (!surnames.has(key)) surnames.set(key, m);
      (surnameStarts ??= new Set()).add(keys.token(k));
    }
  }
  const gz = gazetteer();
  if (surnames !== undefined || acronyms !== undefined) {
    for (let index = 0; index < mentions.length; index++) {
      const m = mentions[index];
      if (m.te - m.ts > SURNAME_TOKENS) continue;
      // Every surname key opens with a token of surnameStarts: most mentions need no key built.
      // "J. Dupont" after "Jean Dupont": the initials stand for the first name.
      const own = m.type === 'person' && !m.known ? afterLeadingInitials(tokens, m.ts, m.te) : m.ts;
      if (own > m.ts) {
        const named = surnames !== undefined && surnameStarts!.has(keys.token(own)) ? surnames.get(keys.span(own, m.te)) : undefined;
        if (named && named !== m && named.ts < m.ts && named.name.startsWith(tokens[m.ts].text)) Object.assign(m, { id: named.id, name: named.name, known: named.known });
        continue;
      }
      const full = surnames !== undefined && surnameStarts!.has(keys.token(m.ts)) ? surnames.get(keys.span(m.ts, m.te)) : undefined;
      // The person named in full earlier wins over a list's place or company of that name (Hollande)
      // when the full name opens with a first name (not Projet Montréal misread as a person).
      // An English business a rule read (shares of NextDC) stays one.
      const ruleBusiness = ctx.lang === 'en' && !m.known && tiers[index] >= 2 && m.type === 'company';
      const person = m.type === 'person' || (m.te - m.ts === 1 && !ruleBusiness && (!m.known || (full !== undefined && opensWithFirstName(ctx, gz, tokens[full.ts].text) && !townAfterPreposition(ctx, m))));
      if (full && full !== m && full.ts < m.ts && person) Object.assign(m, { type: 'person', id: full.id, name: full.name });
      const acr = m.te - m.ts === 1 && acronyms !== undefined ? acronyms.get(tokens[m.ts].text) : undefined;
      if (acr && acr !== m && !m.known) Object.assign(m, { type: acr.type, id: acr.id, name: acr.name });
    }
    // Read once: the dev runner (tsx) turns each use of an imported constant into getter calls.
    const capitalized = CAPITALIZED;
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] || !(flags[i] & capitalized)) continue;
      const acr = acronyms?.get(tokens[i].text);
      if (acr) {
        added.push(resolved(i, i + 1, acr.type, acr.id, acr.name, false));
        continue;
      }
      if (surnames === undefined || !surnameStarts!.has(keys.token(i))) continue;
      // Longest registered surname starting here (Le Drian before Drian).
      for (let j = Math.min(tokens.length, i + SURNAME_TOKENS); j > i; j--) {
        if (j === i + 1 && flags[i] & SENTENCE_START && flags[i] & FUNCTION_WORD) break;
        let free = true;
        for (let k = i; k < j; k++) if (taken[k]) free = false;
        if (!free) continue;
        if (j < tokens.length && flags[j] & CAPITALIZED && !tokens[j].lineStart && !taken[j] && tokens[j].spaceBefore && !(flags[j] & FUNCTION_WORD)) {
          // Part of a longer capitalized name that we do not know: not this surname.
          if (j === i + 1) break;
        }
        const full = surnames.get(keys.span(i, j));
        if (full && !gz.root.next.get(tokens[i].text)?.hits) {
          added.push(resolved(i, j, 'person', full.id, full.name, false));
          for (let k = i; k < j; k++) taken[k] = 1;
          i = j - 1;
          break;
        }
      }
    }
  }

  // A shortened unknown company name links to its full form in the article (Acme after Acme Widgets):
  // full names indexed by each of their leading word groups, the first of each span length kept.
  let fullByPrefix: Map<string, Resolved[]> | undefined;
  for (const f of mentions) {
    if (f.known || (f.type !== 'company' && f.type !== 'organization') || f.te - f.ts < 2) continue;
    const name = fold(f.name);
    const length = f.te - f.ts;
    for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      const prefix = name.slice(0, space);
      fullByPrefix ??= new Map();
      let byLength = fullByPrefix.get(prefix);
      if (!byLength) fullByPrefix.set(prefix, (byLength = []));
      byLength[length] ??= f;
    }
  }
  if (fullByPrefix !== undefined) {
    for (const m of mentions) {
      if (m.known || (m.type !== 'company' && m.type !== 'organization')) continue;
      const byLength = fullByPrefix.get(fold(m.name));
      if (!byLength) continue;
      // The first longer name in the text.
      let full: Resolved | undefined;
      for (let length = m.te - m.ts + 1; length < byLength.length; length++) {
        const f = byLength[length];
        if (f && f !== m && (full === undefined || f.ts < full.ts)) full = f;
      }
      if (full) Object.assign(m, { type: full.type, id: full.id, name: full.name });
    }
  }

  // An unknown company's first word alone elsewhere in the article (Brackett after Brackett Industries Inc).
  companyShortForms(ctx, mentions, tiers, taken, (k, full) => added.push(resolved(k, k + 1, full.type, full.id, full.name, false)));

  // The chosen mentions are in text order; the added ones start on tokens no other mention holds.
  // Merged rather than sorted together: the chosen are many and in order, the added few.
  if (added.length > 1) added.sort((a, b) => a.ts - b.ts);
  const out: EntityMention[] = [];
  let next = 0;
  for (const m of mentions) {
    for (; next < added.length && added[next].ts < m.ts; next++) if (added[next].id !== '') out.push(toMention(ctx.text, tokens, added[next]));
    if (m.id !== '') out.push(toMention(ctx.text, tokens, m));
  }
  for (; next < added.length; next++) if (added[next].id !== '') out.push(toMention(ctx.text, tokens, added[next]));
  return out;
}

function toMention(text: string, tokens: Token[], m: Resolved): EntityMention {
  const start = tokens[m.ts].start;
  const end = tokens[m.te - 1].end - (m.endTrim ?? 0);
  return { start, end, text: text.slice(start, end), type: m.type, id: m.id, name: m.name };
}
