// Old print set the long s (ſ) inside words; OCR often reads it as f: `Verfailles`, `la Pruffe`,
// `la Ruffie`. A capitalized word no list knows whose f's, read back as s, give a listed name is
// that name (same offsets, the text as written). Only an f inside the word and before a letter can be
// a long s (it never ended a word), and the word as written must be no listed name (Buffalo, Fife).
import type { EntityMention } from '../types';
import { listedWord, NEWS_LONG_S, type Context } from './candidates';
import type { KnownEntity } from './gazetteer';

/** At most this many f's are tried (2^n readings). */
const MAX_F = 4;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** A capitalized word of four letters or more with an inner f before a letter: the word cache sets NEWS_LONG_S from it. */
export function mayHoldLongS(word: string): boolean {
  if (word.length < 4 || !UPPER_START.test(word)) return false;
  for (let k = 1; k + 1 < word.length; k++) if (word.charCodeAt(k) === 0x66 && LETTER.test(word.charAt(k + 1))) return true;
  return false;
}

/** The listed entity a word means with some of its inner f's read as long s's, if exactly one reading gives one. */
function longSReading(word: string, ctx: Context): KnownEntity | undefined {
  const at: number[] = [];
  for (let k = 1; k + 1 < word.length && at.length <= MAX_F; k++) if (word.charCodeAt(k) === 0x66 && LETTER.test(word.charAt(k + 1))) at.push(k);
  if (at.length === 0 || at.length > MAX_F || listedWord(word, ctx)) return undefined;
  let found: KnownEntity | undefined;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    let reading = word;
    for (let b = 0; b < at.length; b++) if (mask & (1 << b)) reading = reading.slice(0, at[b]) + 's' + reading.slice(at[b] + 1);
    const entity = listedWord(reading, ctx);
    if (entity && found && entity.id !== found.id) return undefined;
    found ??= entity;
  }
  return found;
}

/** The mentions with each word whose long s's OCR read as f named as the listed name it is. */
export function withLongSReadAsF(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, text, words } = ctx;
  let out: EntityMention[] | undefined;
  let at = 0;
  // The words with an inner f are in newsStarts (NEWS_LONG_S): most tokens have none.
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_LONG_S)) continue;
    const token = tokens[i];
    const word = token.text;
    while (at < mentions.length && mentions[at].end <= token.start) at++;
    const over = at < mentions.length && mentions[at].start < token.end ? mentions[at] : undefined;
    if (over && (over.start !== token.start || over.end !== token.end)) continue;
    const entity = longSReading(word, ctx);
    if (!entity) continue;
    const mention: EntityMention = { start: token.start, end: token.end, text: text.slice(token.start, token.end), type: entity.type, id: entity.id, name: entity.name };
    out ??= mentions.slice();
    if (over) out[out.indexOf(over)] = mention;
    else out.push(mention);
  }
  if (!out) return mentions;
  out.sort((a, b) => a.start - b.start);
  return out;
}
