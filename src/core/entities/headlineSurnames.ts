// A headline names people by their surname alone, before the article names them in full: "Fed's
// Kashkari Says Rate Hike Not Ruled Out; Daly Sees Cuts", "Binance Founder Zhao Sentenced". In a
// headline (a line in capitals or in Title Case) a capital says nothing, so neither the rules nor
// the surname linking (which wants no capitalized word after a lone surname) read these. A word
// of a headline that no mention holds and that is the surname of a person the article names in
// full is that person. A word a list knows (Ford, Apple) stays the list's. Likewise a run of headline
// words written as a body, a business or a place the article's prose names (USDA Cuts Corn Forecast;
// Gulf Bourses Mostly Lower, where the list's Gulf is also a common word) is that name, and so is the first
// word alone of a business or a body the prose names, when no list or title claims it (Latham Lead Rankings).
import type { EntityMention } from '../types';
import { CAPITALIZED, type Context } from './candidates';
import { distinctiveWord } from './shortForms';

/** A surname is at least this many letters (not Li, Wu: too often a piece of something else). */
const MIN_SURNAME_LENGTH = 3;
/** Names of the prose looked for that share a first word, at most (Bank of England, Bank of Japan). */
const MAX_NAMES_PER_WORD = 6;
const NO_MENTIONS: EntityMention[] = [];
const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u;

/** `mentions` (in text order) with the headline surnames of people named in full, and the headline names of the prose, added. */
export function withHeadlineSurnames(ctx: Context, marks: Uint8Array | undefined, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'en' || marks === undefined) return mentions;
  // The people named in full by their surname's upper-case form (headlines in capitals write KASHKARI).
  let people: Map<string, EntityMention> | undefined;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const space = m.text.lastIndexOf(' ');
    if (space < 0 || m.text.length - space - 1 < MIN_SURNAME_LENGTH) continue;
    people ??= new Map();
    const key = m.text.slice(space + 1).toUpperCase();
    if (!people.has(key)) people.set(key, m);
  }
  // The other names by their first word, each with its mentions' texts (a name of at most MAX_NAME_WORDS words).
  let named: Map<string, EntityMention[]> | undefined;
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'company' && m.type !== 'place') continue;
    const space = m.text.indexOf(' ');
    const first = space < 0 ? m.text : m.text.slice(0, space);
    named ??= new Map();
    const list = named.get(first);
    if (list === undefined) named.set(first, [m]);
    else if (list.length < MAX_NAMES_PER_WORD && !list.some((o) => o.text === m.text)) list.push(m);
  }
  if (people === undefined && named === undefined) return mentions;
  const { tokens, flags, words, text } = ctx;
  let added: EntityMention[] | undefined;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (next < mentions.length && mentions[next].end <= t.start) next++;
    if (!marks[i] || !(flags[i] & CAPITALIZED) || (next < mentions.length && mentions[next].start < t.end)) continue;
    // A word inside a longer word run glued to it (Kashkari-led) is no mention of its own.
    if (i > 0 && !t.spaceBefore && /\w$/.test(tokens[i - 1].text)) continue;
    const full = people?.get(t.text.toUpperCase());
    if (full !== undefined && !words[i].gazetteer?.hits) {
      if (i + 1 < tokens.length && !tokens[i + 1].spaceBefore && /^[\w-]/.test(tokens[i + 1].text)) continue;
      (added ??= []).push({ start: t.start, end: t.end, text: t.text, type: 'person', id: full.id, name: full.name });
      continue;
    }
    // The longest name of the prose written here, ending at a word's end, over no other mention.
    let best: EntityMention | undefined;
    for (const m of named?.get(t.text) ?? NO_MENTIONS) {
      const end = t.start + m.text.length;
      if ((best && m.text.length <= best.text.length) || !text.startsWith(m.text, t.start) || WORD_OR_HYPHEN.test(text.charAt(end))) continue;
      if (next < mentions.length && mentions[next].start < end) continue;
      best = m;
    }
    // Else the first word alone of a company or a body of the prose, when no list or title claims it
    // (Skadden, Latham Lead Rankings: Latham & Watkins).
    if (best === undefined) {
      const first = named?.get(t.text)?.find((m) => m.text.length > t.text.length && (m.type === 'company' || m.type === 'organization'));
      if (first === undefined || !distinctiveWord(ctx, i) || (i + 1 < tokens.length && !tokens[i + 1].spaceBefore && WORD_OR_HYPHEN.test(tokens[i + 1].text))) continue;
      (added ??= []).push({ ...first, start: t.start, end: t.end, text: t.text });
      continue;
    }
    const end = t.start + best.text.length;
    (added ??= []).push({ ...best, start: t.start, end });
    while (i + 1 < tokens.length && tokens[i + 1].start < end) i++;
  }
  return added === undefined ? mentions : mentions.concat(added).sort((a, b) => a.start - b.start);
}
