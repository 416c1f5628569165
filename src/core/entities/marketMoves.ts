// English market reports name stocks by their company and say how much they moved: "Dollar
// General rose 4.9%", "while Foot Locker dropped 5 percent", "Kestrel was up 3%". A name right
// before a verb of price change and a percent is a company, whatever the tagger guessed from its
// words (a first name, a place): people and places do not rise 4.9%. The words are data
// (marketMoves in entity-cues.json).
import cues from '../data/entity-cues.json';
import {
  ALL_DIGITS,
  CALENDAR_WORD,
  candidate,
  DIGIT_LED,
  LOWER_LED,
  nameRunEnd,
  companyName,
  ENGLISH_OPENER,
  FUNCTION_WORD,
  NAME_WORD,
  nameRunStartBefore,
  NEWS_PERCENT,
  NOT_NAME,
  ROLE_TITLE,
  SENTENCE_START,
  type Candidate,
  type Context,
} from './candidates';

const MOVE_VERBS = new Set(cues.marketMoves.moveVerbs);
/** Verbs that say a move only with up/down/higher/lower after them (was up 3%, closed down 2%). */
const COPULA_VERBS = new Set(cues.marketMoves.copulaVerbs);
const DIRECTIONS = new Set(['up', 'down', 'higher', 'lower']);
const MODIFIERS = new Set(cues.marketMoves.moveModifiers);
const NOT_COMPANIES = new Set(cues.marketMoves.notCompanies);
/** Sectors written before shares (Tech shares rose 2%, Bank stocks fell): no company. */
const SECTOR_NOUNS = new Set(cues.marketMoves.sectorNouns);
/** Lower-case nouns of a company's stock between its name and the verb (Trustly shares fell 3%). */
const STOCK_NOUNS = new Set(cues.marketMoves.stockNouns);
const NATIONALITIES = new Set(cues.englishNationalities);
const INDEX_TAIL_WORDS = new Set(cues.marketIndexTailWords);
/** At most this many modifier words between the verb and the number (by more than about). */
const MAX_MODIFIERS = 3;
/** A stock's name is at most this many words. */
const MAX_NAME_WORDS = 5;

/** The end of the percent opening at token k (digits with their . and , groups, then % or percent), or -1. */
function percentEnd(ctx: Context, k: number): number {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let j = k + 1;
  while (j + 1 < n && (tokens[j].text === '.' || tokens[j].text === ',') && !tokens[j].spaceBefore && flags[j + 1] & ALL_DIGITS && !tokens[j + 1].spaceBefore) j += 2;
  if (j >= n || tokens[j].lineStart) return -1;
  const t = tokens[j].text;
  if (t === '%' || t === 'percent' || t === 'pct') return j + 1;
  return t === 'per' && j + 1 < n && tokens[j + 1].text === 'cent' ? j + 2 : -1;
}

/** A capital after a colon that ends a clause (led the gains: Persimmon jumped 3.6%) opens no
 * sentence of its own: the colon announces a list of the stocks. A label's colon (Markets: Gold) does. */
function afterClauseColon(ctx: Context, s: number): boolean {
  const { tokens, flags } = ctx;
  return s >= 2 && tokens[s - 1].text === ':' && !tokens[s].lineStart && (flags[s - 2] & LOWER_LED) !== 0;
}

/** Whether a word says a percent after a number (its tokens carry NEWS_PERCENT): %, percent, pct, per (cent). */
export function isPercentWord(word: string): boolean {
  return word === '%' || word === 'percent' || word === 'pct' || word === 'per';
}

/** Where the number ending just before token p starts (digits with their . and , groups, as
 * percentEnd reads them), or -1 when no number ends there. */
function numberStartBefore(ctx: Context, p: number): number {
  const { tokens, flags } = ctx;
  if (p < 1 || !(flags[p - 1] & ALL_DIGITS)) return -1;
  let k = p - 1;
  while (k >= 2 && (tokens[k - 1].text === '.' || tokens[k - 1].text === ',') && !tokens[k - 1].spaceBefore && flags[k - 2] & ALL_DIGITS && !tokens[k].spaceBefore) k -= 2;
  return k;
}

/** English: the name before a verb of price change and a percent is a company (see the file's head). */
export function marketMoveCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let held: Uint8Array | undefined;
  // Read from the percents (few: their words are news starts) back to their number, the verb and the name.
  for (const p of ctx.newsStarts) {
    if (!(words[p].news & NEWS_PERCENT)) continue;
    const k = numberStartBefore(ctx, p);
    if (k < 2) continue;
    if (!(flags[k] & ALL_DIGITS) || !tokens[k].spaceBefore || tokens[k].lineStart) continue;
    const end = percentEnd(ctx, k);
    if (end < 0) continue;
    let v = k - 1;
    for (let m = 0; m < MAX_MODIFIERS && v > 0 && MODIFIERS.has(words[v].lowerKey) && !tokens[v].lineStart; m++) v--;
    const verb = words[v].lowerKey;
    if (tokens[v].lineStart || !MOVE_VERBS.has(verb) || tokens[v].text !== verb) continue;
    if (COPULA_VERBS.has(verb) && !DIRECTIONS.has(words[v + 1].lowerKey)) continue;
    // The company's stock named by its noun (VinFast shares fell 5%): the name ends before the noun.
    const stockNoun = v > 1 && STOCK_NOUNS.has(tokens[v - 1].text);
    if (stockNoun) v--;
    if (!(flags[v - 1] & NAME_WORD)) continue;
    const s = nameRunStartBefore(ctx, v, MAX_NAME_WORDS);
    if (s >= v) continue;
    // An index or a currency is written with an article or a possessive (the Bovespa, Japan's Topix).
    if (s > 0) {
      const before = words[s - 1].lowerKey;
      if (before === 'the' || before === 's' || tokens[s - 1].text === "'" || tokens[s - 1].text === '’') continue;
    }
    // One word opening the sentence may be a thing that moves (Gold rose 1%), not one with shares (Lionsgate shares rose 4%).
    if (v - s === 1 && flags[s] & SENTENCE_START && (!stockNoun || SECTOR_NOUNS.has(tokens[s].text)) && !afterClauseColon(ctx, s)) continue;
    if (NOT_COMPANIES.has(tokens[v - 1].text) || INDEX_TAIL_WORDS.has(tokens[v - 1].text)) continue;
    let free = true;
    // A job title opens no stock's name, but ends some (Dollar General).
    for (let j = s; j < v && free; j++) if (flags[j] & (NOT_NAME | CALENDAR_WORD) || (j === s && flags[j] & (ROLE_TITLE | ENGLISH_OPENER | FUNCTION_WORD))) free = false;
    if (!free || (v - s === 1 && NATIONALITIES.has(tokens[s].text))) continue;
    // A list's or another rule's reading of these words stands (Nvidia, Country Garden, the Hang Seng).
    held ??= heldTokens(n, out);
    for (let j = s; j < v && free; j++) if (held[j]) free = false;
    // Scored over a first name's reading, even one the tagger confirms (tier 2, 75): a move in percent is surer.
    if (!free) continue;
    out.push(candidate(s, v, 'company', 'rule', 2, 78, { name: companyName(ctx, s, v) }));
    for (let e = end; e > 0; ) e = elidedMove(ctx, e, held, out);
  }
}

/** The stock after a move whose verb is left out (Persimmon jumped 3.6% and Taylor Wimpey
 * 3.1%): "and" or a comma, a name, a percent. Returns the end of its percent, or -1 for none. */
function elidedMove(ctx: Context, e: number, held: Uint8Array, out: Candidate[]): number {
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let s = e;
  if (s < n && tokens[s].text === ',') s++;
  if (s < n && words[s].lowerKey === 'and' && tokens[s].text === 'and') s++;
  if (s === e || s >= n || tokens[s].lineStart) return -1;
  const v = nameRunEnd(ctx, s, MAX_NAME_WORDS);
  if (v === s || v >= n || !(flags[v] & ALL_DIGITS) || !tokens[v].spaceBefore) return -1;
  const end = percentEnd(ctx, v);
  if (end < 0) return -1;
  for (let j = s; j < v; j++) if (held[j] || flags[j] & (NOT_NAME | CALENDAR_WORD | ROLE_TITLE | FUNCTION_WORD | DIGIT_LED)) return -1;
  if (NOT_COMPANIES.has(tokens[v - 1].text) || INDEX_TAIL_WORDS.has(tokens[v - 1].text)) return -1;
  out.push(candidate(s, v, 'company', 'rule', 2, 78, { name: companyName(ctx, s, v) }));
  return end;
}

/** 1 on the tokens a gazetteer hit or another rule's candidate (a name, an index's blocker) holds;
 * a person read by a rule from a first name (Harlan Wells) is not held: people do not fall 3%. */
function heldTokens(n: number, out: Candidate[]): Uint8Array {
  const held = new Uint8Array(n);
  for (const c of out) if (c.source === 'gazetteer' || c.type !== 'person') held.fill(1, c.ts, c.te);
  return held;
}
