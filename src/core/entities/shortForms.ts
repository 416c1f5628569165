// English business news names a company in full once (Brackett Industries Inc, Halvorsen ASA,
// data center operator AirTrunk) and then by its first word alone, in the headline above and the
// quotes below ("Brackett gives us the scale", "Halvorsen Chief Executive Ingrid Solberg"), where
// no rule reads it and the tagger guesses a person or nothing. Within one article, that word alone
// is the company wherever it is written as a name of its own.
import type { EntityMention } from '../types';
import { tokenStartingAt } from '../text/tokenize';
import cues from '../data/entity-cues.json';
import { capitalsMarks } from './capitals';
import {
  CALENDAR_WORD,
  CAPITALIZED,
  ENGLISH_OPENER,
  FIRST_NAME,
  FUNCTION_WORD,
  HAS_LOWER,
  NAME_WORD,
  NOT_NAME,
  ROLE_TITLE,
  SENTENCE_START,
  type Context,
} from './candidates';
import { gazetteer } from './gazetteer';

/** The fields of a linked mention this pass reads and sets. */
export interface LinkedName {
  ts: number;
  te: number;
  type: EntityMention['type'];
  id: string;
  name: string;
  known: boolean;
}

const NATIONALITIES = new Set(cues.englishNationalities);
/** The last words of bodies the news shortens to their first word, listed or not (Yale University, then Yale). */
const SHORTENED_BODY_TAILS = new Set(cues.shortenedBodyTails);
/** A shorter word is too often an acronym or a common word. */
const MIN_WORD_LENGTH = 3;

/** Whether token k can stand for a whole company: a capitalized word with lower-case letters that
 * no list, title, calendar, first-name or function-word reading claims. */
export function distinctiveWord(ctx: Context, k: number): boolean {
  const f = ctx.flags[k];
  const t = ctx.tokens[k].text;
  if (!(f & CAPITALIZED) || !(f & HAS_LOWER) || !(f & NAME_WORD) || t.length < MIN_WORD_LENGTH) return false;
  if (f & (FUNCTION_WORD | ENGLISH_OPENER | NOT_NAME | CALENDAR_WORD | ROLE_TITLE | FIRST_NAME) || NATIONALITIES.has(t)) return false;
  return !gazetteer().root.next.get(t)?.hits;
}

/** The word after a listed place opening a company's name of three words or more, when it can stand for
 * the company (Hengrui for Jiangsu Hengrui Pharmaceuticals Co., as Chinese firms take their province's
 * name first); else -1. */
function placeLedWord(ctx: Context, m: LinkedName): number {
  return m.te - m.ts >= 3 && ctx.words[m.ts].gazetteerHitEn?.entity.type === 'place' && distinctiveWord(ctx, m.ts + 1) ? m.ts + 1 : -1;
}

/** English: the companies a list does not know, read by a rule (tier 2 or more: a suffix, a cue,
 * a deal), and the universities and colleges named by one word and their head (Yale University; not Fairmont State
 * University, whose first word is often its town's), lend their first word to the article: a mention of that word alone read otherwise by
 * the tagger becomes the company, and the word written alone elsewhere is added through `add`
 * (tokens `taken` are held by other mentions and are marked as they are taken). A word the text
 * also writes in lower case (Dollar General, the dollar) is a common word and lends nothing. */
export function companyShortForms(ctx: Context, mentions: LinkedName[], tiers: number[], taken: Uint8Array, add: (k: number, full: LinkedName) => void): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  let byWord: Map<string, LinkedName> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!(m.type === 'company' && !m.known && tiers[i] >= 2) && !(m.type === 'organization' && m.te - m.ts === 2 && SHORTENED_BODY_TAILS.has(tokens[m.te - 1].text))) continue;
    const k = distinctiveWord(ctx, m.ts) ? m.ts : placeLedWord(ctx, m);
    if (k < 0) continue;
    const word = tokens[k].text;
    byWord ??= new Map();
    if (!byWord.has(word)) byWord.set(word, m);
  }
  if (byWord === undefined) return;
  for (const word of [...byWord.keys()]) {
    const lower = word.toLowerCase();
    for (let at = ctx.text.indexOf(lower); at >= 0; at = ctx.text.indexOf(lower, at + 1)) {
      if (!isWordChar(ctx.text.charCodeAt(at - 1)) && !isWordChar(ctx.text.charCodeAt(at + lower.length))) {
        byWord.delete(word);
        break;
      }
    }
  }
  if (byWord.size === 0) return;
  // The tagger's reading of the word alone (Jinhai's shares read as a person's), or of the company's
  // first words (Heartland River read as a place for Heartland River Bank), gives way.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.known || tiers[i] >= 2) continue;
    const full = byWord.get(tokens[m.ts].text);
    if (full && full !== m && (m.te - m.ts === 1 || opensName(ctx, m, full))) Object.assign(m, { type: full.type, id: full.id, name: full.name });
  }
  // The tokens of those words (few), found by searching the text for them rather than by reading every token.
  const found: number[] = [];
  for (const word of byWord.keys()) {
    for (let at = ctx.text.indexOf(word); at >= 0; at = ctx.text.indexOf(word, at + 1)) {
      const k = tokenStartingAt(tokens, at);
      if (k >= 0 && tokens[k].text === word) found.push(k);
    }
  }
  found.sort((a, b) => a - b);
  let marks: Uint8Array | undefined | null = null;
  const n = tokens.length;
  for (const k of found) {
    if (taken[k] || !(flags[k] & CAPITALIZED)) continue;
    const full = byWord.get(tokens[k].text);
    if (full === undefined) continue;
    // Inside a longer capitalized name (Safe Harbor, Harbor Freight) it is another name's word, except
    // in a headline, where every word is capitalized.
    const before = k > 0 && !tokens[k].lineStart && !(flags[k] & SENTENCE_START) && otherNameWord(ctx, k - 1);
    // A possessive before a capitalized name holds the word too (Nicholson's Broadcasting Service).
    const next = k + 2 < n && (tokens[k + 1].text === "'" || tokens[k + 1].text === '’') && tokens[k + 2].text === 's' ? k + 3 : k + 1;
    const after = next < n && !tokens[next].lineStart && tokens[next].spaceBefore && otherNameWord(ctx, next) && !(flags[next] & ROLE_TITLE);
    if (before || after) {
      if (marks === null) marks = capitalsMarks(ctx);
      if (marks === undefined || marks[k] !== 2) continue;
    }
    taken[k] = 1;
    add(k, full);
  }
}

/** Whether the words of m are the first words of the longer name `full`, written the same. */
function opensName(ctx: Context, m: LinkedName, full: LinkedName): boolean {
  const length = m.te - m.ts;
  if (length >= full.te - full.ts) return false;
  for (let k = 0; k < length; k++) if (ctx.tokens[m.ts + k].text !== ctx.tokens[full.ts + k].text) return false;
  return true;
}

/** A capitalized name word that is no function word. */
function otherNameWord(ctx: Context, k: number): boolean {
  const f = ctx.flags[k];
  return (f & CAPITALIZED) !== 0 && (f & NAME_WORD) !== 0 && !(f & FUNCTION_WORD);
}

/** A letter or a digit (NaN, out of the text, is none). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}
