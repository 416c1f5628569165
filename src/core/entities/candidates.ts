// Candidate mentions from the gazetteer and the rules. Every candidate is a token range
// with a type and, when known, the gazetteer entity; merge.ts picks among overlapping ones.
import cues from '../data/entity-cues.json';
import type { Token } from '../text/tokenize';
import type { EntityType, Lang } from '../types';
import { gazetteer, normalizeExchange, type KnownEntity, type TrieNode } from './gazetteer';
import { hasLower, isAllCaps, isCapitalized, kebab, tokenKey } from './normalize';

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
}

const lower = (s: string): string => s.toLowerCase();
const FUNCTION_WORDS = new Set(cues.functionWords.map((w) => tokenKey(lower(w))));
const NAME_PARTICLES = new Set(cues.nameParticles.map((w) => tokenKey(w)));
const CONNECTORS = new Set(cues.nameConnectors.map((w) => tokenKey(w)));
const TITLES = new Set(cues.titles.map((t) => t.replace(/\.$/, '')));
const TICKER_CUES = new Set(cues.tickerCues.map((w) => tokenKey(w)));
const EXCHANGES = new Map(Object.entries(cues.exchanges));
const PRODUCT_MODEL_WORDS = new Set(cues.productModelWords);
// Capitalized words and common acronyms that are no names (days, months, IA, PDG, Covid-19).
export const NOT_NAMES = new Set(cues.notNames);
const CALENDAR_WORDS = new Set(cues.calendarWords);
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
// matched token by token as the tokenizer splits it.
const CUE_TRIE = wordTrie(
  Object.entries(cues.cues).flatMap(([type, phrases]) =>
    phrases.map((p) => [p.replace(/(\p{L})(['’])(?=\p{L})/gu, '$1$2 '), type] as [string, string]),
  ),
);

// Corporate suffixes, as token sequences ("S.A." -> S . A .): legal forms and name words.
const LEGAL_SUFFIXES = new Set(cues.corporateSuffixes.legal);
const SUFFIX_TRIE = wordTrie([
  ...cues.corporateSuffixes.legal.map((s) => [splitPunct(s), 'legal'] as [string, string]),
  ...cues.corporateSuffixes.name.map((s) => [s, 'name'] as [string, string]),
]);

function splitPunct(s: string): string {
  return s.replace(/([.&,])/g, ' $1 ').trim().replace(/\s+/g, ' ');
}

export interface Context {
  text: string;
  tokens: Token[];
  lang: Lang;
  /** tokenKey of each token, and of its lower-case form: computed once per text. */
  keys?: string[];
  lowerKeys?: string[];
}

function keysOf(ctx: Context): { keys: string[]; lowerKeys: string[] } {
  ctx.keys ??= ctx.tokens.map((t) => tokenKey(t.text));
  ctx.lowerKeys ??= ctx.keys.map((k) => k.toLowerCase());
  return { keys: ctx.keys, lowerKeys: ctx.lowerKeys };
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', '«', '"', '“', '—', '–', '•', '|']);

/** True when token i opens a sentence or a line, where every word is capitalized. */
export function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i].lineStart) return true;
  return SENTENCE_END.has(tokens[i - 1].text);
}

export function isConnector(word: string): boolean {
  return CONNECTORS.has(tokenKey(word));
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(tokenKey(lower(word)));
}

/** A word that can be part of a proper name: capitalized, or a digit-led model name (3M). */
export function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  if (!isCapitalized(t) || NOT_NAMES.has(t) || CALENDAR_WORDS.has(t)) return false;
  if (isSentenceStart(tokens, i) && isFunctionWord(t)) return false;
  return true;
}

/** End (exclusive) of a run of name words starting at i, with connectors inside (Banque de France). */
export function nameRunEnd(tokens: Token[], i: number, maxWords: number, connectors = true): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < maxWords) {
    if (j > i && tokens[j].lineStart) break;
    if (isNameWord(tokens, j) || (j > i && /^\d/.test(tokens[j].text) && tokens[j].spaceBefore && !/^\d+$/.test(tokens[j].text))) {
      j++;
      words++;
      continue;
    }
    // A connector joins two name words (Procter & Gamble, Banque de France).
    if (connectors && j > i && CONNECTORS.has(tokenKey(tokens[j].text)) && j + 1 < tokens.length && !tokens[j + 1].lineStart && isNameWord(tokens, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Start of a run of name words ending just before `end` (exclusive), at most maxWords words. */
export function nameRunStartBefore(tokens: Token[], end: number, maxWords: number, connectors = true): number {
  let j = end;
  let words = 0;
  while (j > 0 && words < maxWords) {
    const k = j - 1;
    if (isNameWord(tokens, k)) {
      j = k;
      words++;
      if (tokens[k].lineStart) break;
      continue;
    }
    if (connectors && j < end && k > 0 && CONNECTORS.has(tokenKey(tokens[k].text)) && isNameWord(tokens, k - 1) && !tokens[j].lineStart) {
      j = k;
      continue;
    }
    break;
  }
  // A connector cannot open the run.
  while (j < end && !isNameWord(tokens, j)) j++;
  return j;
}

function matchTrieAt(node: TrieNode, tokens: Token[], keys: string[], i: number): { end: number; node: TrieNode } | undefined {
  let best: { end: number; node: TrieNode } | undefined;
  let cur: TrieNode | undefined = node;
  for (let j = i; j < tokens.length && cur; j++) {
    // Names do not run across a line break.
    if (j > i && tokens[j].lineStart) break;
    cur = cur.next.get(keys[j]);
    if (cur?.hits) best = { end: j + 1, node: cur };
  }
  return best;
}

/** Corporate suffix tokens starting at i: end (exclusive) and whether it is a legal form. */
export function matchSuffix(tokens: Token[], i: number): { end: number; legal: boolean } | undefined {
  let node: WordTrie | undefined = SUFFIX_TRIE;
  let best: { end: number; legal: boolean } | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    if (j > i && tokens[j].lineStart) break;
    // Dots and inner letters of S.A. are written without spaces.
    if (j > i && !tokens[j].spaceBefore && !/^[.&,]$/.test(tokens[j].text) && !/^[.&]$/.test(tokens[j - 1].text)) break;
    node = node.next.get(tokens[j].text);
    if (node?.value) best = { end: j + 1, legal: node.value === 'legal' };
  }
  if (best === undefined) {
    return undefined;
  }
  // "Co." etc. at i may be preceded by a comma: "Foo, Inc." is handled by the caller.
  return best;
}

/** Extends a company name over its corporate suffixes (Microsoft Corp., Alibaba Group Holding Ltd). */
function suffixEnd(tokens: Token[], end: number): number {
  let j = end;
  for (let guard = 0; guard < 3 && j < tokens.length; guard++) {
    let k = j;
    if (tokens[k]?.text === ',' && k + 1 < tokens.length && LEGAL_SUFFIXES.has(tokens[k + 1].text + (tokens[k + 2]?.text === '.' ? '.' : ''))) k++;
    if (!tokens[k] || tokens[k].lineStart) break;
    const s = matchSuffix(tokens, k);
    if (!s) break;
    j = s.end;
  }
  return j;
}

function glueToNext(tokens: Token[], i: number): boolean {
  return i + 1 < tokens.length && !tokens[i + 1].spaceBefore;
}

/** Gazetteer matches: longest alias at each token, suffix-extended for companies, product versions. */
function gazetteerCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, lang } = ctx;
  const { keys } = keysOf(ctx);
  const gz = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const c0 = t.charCodeAt(0);
    // Aliases start with a letter, a digit or an ideograph; skip punctuation fast.
    if (c0 < 48 && t !== '#') continue;
    const m = matchTrieAt(gz.root, tokens, keys, i);
    if (m) {
      const hit = m.node.hits!.find((h) => h.lang === undefined || h.lang === lang);
      // Inside a longer word run joined without space (Alibaba's is fine; AlibabaX never matches).
      if (hit && !(hit.ambiguous && isSentenceStart(tokens, i))) {
        let end = m.end;
        let tier = 2;
        const entity = hit.entity;
        if (entity.type === 'company') {
          const s = suffixEnd(tokens, end);
          if (s > end) {
            end = s;
            tier = 3;
          }
        }
        if (entity.family) {
          const v = versionEnd(tokens, end);
          if (v > end) {
            const text = ctx.text.slice(tokens[i].start, tokens[v - 1].end);
            out.push({ ts: i, te: v, type: 'product', source: 'gazetteer', tier: 2, score: 85, name: text });
          }
        }
        out.push({ ts: i, te: end, type: entity.type, source: 'gazetteer', tier, score: 80 + (hit.ambiguous ? -5 : 0), entity, weak: hit.ambiguous });
      }
    }
    // Glued product versions: Qwen3, Qwen-VL, QwQ-32B, GPT-4o.
    if (!m && /\p{L}/u.test(t.charAt(0))) {
      const family = familyPrefix(t);
      if (family) {
        const v = Math.max(i + 1, versionEnd(tokens, i + 1, true));
        out.push({ ts: i, te: v, type: 'product', source: 'gazetteer', tier: 2, score: 85, name: ctx.text.slice(tokens[i].start, tokens[v - 1].end) });
      }
    }
  }
}

function familyPrefix(word: string): KnownEntity | undefined {
  const gz = gazetteer();
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    const f = gz.families.get(word.slice(0, hyphen));
    if (f) return f;
  }
  const digit = word.search(/\d/);
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
    if (j + 1 < tokens.length && tokens[j].text === '.' && !tokens[j].spaceBefore && /^\d+$/.test(tokens[j + 1].text) && !tokens[j + 1].spaceBefore) j += 2;
  }
  while (j < tokens.length && !tokens[j].lineStart && tokens[j].spaceBefore && PRODUCT_MODEL_WORDS.has(tokens[j].text)) j++;
  return j;
}

/** Tickers in parentheses after a name: (NYSE:BABA), (NASDAQ: AAPL), (Euronext Paris: MC). */
function tickerCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  const gz = gazetteer();
  const seenSymbols = new Set<string>();
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens[i].text !== '(') continue;
    let j = i + 1;
    let exchange = tokens[j].text;
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
    if (!sym || !/^[A-Z0-9][A-Z0-9]{0,5}$/.test(sym.text)) continue;
    let symEnd = j + 1;
    // Share classes: BRK.B
    if (tokens[symEnd]?.text === '.' && !tokens[symEnd].spaceBefore && /^[A-Z]$/.test(tokens[symEnd + 1]?.text ?? '') && !tokens[symEnd + 1].spaceBefore) symEnd += 2;
    if (tokens[symEnd]?.text !== ')') continue;
    const symbol = ctx.text.slice(sym.start, tokens[symEnd - 1].end);
    const key = `${normalizeExchange(EXCHANGES.get(exchange)!)}:${symbol}`;
    out.push({ ts: i + 1, te: symEnd, type: 'ticker', source: 'rule', tier: 3, score: 100, ticker: key, entity: gz.tickers.get(key) });
    seenSymbols.add(symbol);
    // The company it quotes: the name run just before the parenthesis.
    const runStart = nameRunStartBefore(tokens, i, 6);
    if (runStart < i) {
      const known = gz.tickers.get(key);
      out.push({ ts: runStart, te: i, type: 'company', source: 'rule', tier: 2, score: 60, name: companyName(ctx, runStart, i), entity: undefined });
      void known;
    }
  }
  // Bare symbols: one quoted above, or a known symbol after a ticker cue (les actions BABA).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!/^[A-Z]{1,5}$/.test(t)) continue;
    const prev = tokens[i - 1]?.text ?? '';
    const dollar = prev === '$' && !tokens[i].spaceBefore;
    const cued = TICKER_CUES.has(tokenKey(lower(prev))) || dollar;
    if ((seenSymbols.has(t) && (cued || t.length >= 3)) || (cued && gz.symbols.has(t))) {
      if (tokens[i - 1]?.text === ':') continue; // part of EXCHANGE:SYMBOL
      out.push({ ts: i, te: i + 1, type: 'ticker', source: 'rule', tier: 3, score: 95, ticker: t, entity: gz.symbols.get(t) });
    }
  }
}

/** Canonical name of an unknown company: the name without its legal form (Acme Widgets Ltd -> Acme Widgets). */
export function companyName(ctx: Context, ts: number, te: number): string {
  const { tokens, text } = ctx;
  let end = te;
  for (let k = ts + 1; k < te; k++) {
    const s = matchSuffix(tokens, k);
    if (s && s.legal && s.end >= te - (tokens[te - 1].text === '.' ? 1 : 0)) {
      end = k;
      if (tokens[end - 1].text === ',') end--;
      break;
    }
  }
  return text.slice(tokens[ts].start, tokens[end - 1].end);
}

/** Unknown names followed by a corporate suffix: Acme Widgets Ltd, Foo Holdings. */
function suffixCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i].text) && tokens[i].text !== '&' && tokens[i].text !== ',') continue;
    const comma = tokens[i].text === ',' ? 1 : 0;
    const s = matchSuffix(tokens, i + comma);
    if (!s || (comma && !s.legal)) continue;
    if (!isNameWord(tokens, i - 1) || tokens[i].lineStart) continue;
    const start = nameRunStartBefore(tokens, i, 5, s.legal);
    if (start >= i) continue;
    // "Group" alone after a single sentence-initial word is weak: require a legal form or a mid-sentence name.
    if (!s.legal && start === i - 1 && isSentenceStart(tokens, start)) continue;
    const end = suffixEnd(tokens, i);
    // A known name that holds its suffix (Alibaba Group Holding Limited) or takes it (Microsoft Corp.) is the gazetteer's.
    if (out.some((c) => c.source === 'gazetteer' && c.ts >= start && c.ts < i && c.te === end)) continue;
    out.push({ ts: start, te: end, type: 'company', source: 'rule', tier: s.legal ? 3 : 2, score: 70, name: companyName(ctx, start, end) });
  }
}

/** Cue words before a name: la société X, le PDG X, the company X, le district de X, M. X. */
function cueCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  const { lowerKeys } = keysOf(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].text;
    // Titles: M. Dupont, Mme Lagarde, Dr Smith.
    const title = first.replace(/\.$/, '');
    if (TITLES.has(title) && i + 1 < tokens.length) {
      let j = i + 1;
      if (tokens[j].text === '.' && !tokens[j].spaceBefore) j++;
      if (j < tokens.length && isNameWord(tokens, j) && !tokens[j].lineStart) {
        const end = personRunEnd(tokens, j);
        out.push({ ts: j, te: end, type: 'person', source: 'rule', tier: 2, score: 72 });
      }
      continue;
    }
    if (!hasLower(first) && first.length > 1 && !/^[A-Z]{2,4}$/.test(first)) continue;
    let node: WordTrie | undefined = CUE_TRIE;
    let cueEnd = -1;
    let cueType = '';
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(lowerKeys[j]);
      if (node?.value) {
        cueEnd = j + 1;
        cueType = node.value;
      }
    }
    if (cueEnd < 0) continue;
    // A capitalized cue inside a sentence belongs to the name (Fondation Wikimedia, Groupe SEB).
    if (isCapitalized(first) && !isSentenceStart(tokens, i)) continue;
    // Up to two lower-case modifiers between the cue and the name: le géant chinois X.
    let j = cueEnd;
    for (let k = 0; k < 2 && j < tokens.length && hasLower(tokens[j].text.charAt(0)) && !isFunctionWord(tokens[j].text) && !tokens[j].lineStart; k++) j++;
    if (j >= tokens.length || tokens[j].lineStart || !isNameWord(tokens, j)) continue;
    // A cue at the start of its own sentence-like run only counts when lower case ("Le groupe" is fine).
    const end = cueType === 'person' ? personRunEnd(tokens, j) : nameRunEnd(tokens, j, cueType === 'product' ? 3 : 5, cueType !== 'product');
    if (end <= j) continue;
    const type = cueType as EntityType;
    const name = type === 'company' ? companyName(ctx, j, suffixEnd(tokens, end)) : undefined;
    const te = type === 'company' ? suffixEnd(tokens, end) : end;
    out.push({ ts: j, te, type, source: 'rule', tier: 2, score: type === 'person' ? 68 : 66, name });
    // Coordinated names share the cue: les modèles Pro et Pro Max, les sociétés Renault et Nissan.
    let k = te;
    while (k + 1 < tokens.length && COORDINATORS.has(lower(tokens[k].text)) && !tokens[k + 1].lineStart && isNameWord(tokens, k + 1)) {
      const s = k + 1;
      const e = type === 'person' ? personRunEnd(tokens, s) : nameRunEnd(tokens, s, type === 'product' ? 3 : 5, type !== 'product');
      if (e <= s) break;
      out.push({ ts: s, te: e, type, source: 'rule', tier: 2, score: 62, name: type === 'company' ? companyName(ctx, s, e) : undefined });
      k = e;
    }
  }
}

/** A person's name: name words with particles (Jean-Yves Le Drian, Ursula von der Leyen), at most 4 words. */
export function personRunEnd(tokens: Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 4) {
    if (j > i && tokens[j].lineStart) break;
    const t = tokens[j].text;
    // A single capital with a dot: George W. Bush.
    if (j > i && /^\p{Lu}$/u.test(t) && tokens[j + 1]?.text === '.' && !tokens[j + 1].spaceBefore && j + 2 < tokens.length && isNameWord(tokens, j + 2)) {
      j += 2;
      continue;
    }
    if ((isNameWord(tokens, j) || (j > i && (CALENDAR_WORDS.has(t) || ARABIC_ARTICLE.test(t)))) && !isFunctionWord(t)) {
      j++;
      words++;
      continue;
    }
    if (j > i && (NAME_PARTICLES.has(tokenKey(t)) || NAME_PARTICLES.has(tokenKey(lower(t)))) && j + 1 < tokens.length && isNameWord(tokens, j + 1) && !tokens[j + 1].lineStart) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** First name + surname: Eddie Wu, Hector RETAMAL, Jean-Yves Le Drian. */
function personCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  const gz = gazetteer();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i].text;
    if (!gz.firstNames.has(t) || tokens[i + 1].lineStart) continue;
    const next = tokens[i + 1].text;
    if (!isCapitalized(next) || isFunctionWord(next) && !NAME_PARTICLES.has(lower(next))) continue;
    if (NOT_NAMES.has(next)) continue;
    if (isSentenceStart(tokens, i) && CALENDAR_WORDS.has(next)) continue;
    const end = personRunEnd(tokens, i);
    if (end < i + 2) continue;
    out.push({ ts: i, te: end, type: 'person', source: 'rule', tier: 2, score: 64 });
  }
}

/** Hashtags: #Alibaba is handled by the gazetteer; #HongKong is split at its capitals. */
function hashtagCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens } = ctx;
  const gz = gazetteer();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== '#' || tokens[i + 1].spaceBefore) continue;
    const word = tokens[i + 1].text;
    const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (parts.length < 2) continue;
    let node: TrieNode | undefined = gz.root;
    for (const p of parts) node = node?.next.get(p);
    const hit = node?.hits?.[0];
    if (hit) out.push({ ts: i + 1, te: i + 2, type: hit.entity.type, source: 'gazetteer', tier: 3, score: 90, entity: hit.entity });
  }
}

/** All gazetteer and rule candidates of the text. */
export function ruleCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  gazetteerCandidates(ctx, out);
  tickerCandidates(ctx, out);
  suffixCandidates(ctx, out);
  cueCandidates(ctx, out);
  personCandidates(ctx, out);
  hashtagCandidates(ctx, out);
  return out;
}

export function isGluedAfter(tokens: Token[], i: number): boolean {
  return glueToNext(tokens, i);
}

export { isAllCaps, kebab };
