// A headline names people by their surname alone, before the article names them in full: "Fed's
// Kashkari Says Rate Hike Not Ruled Out; Daly Sees Cuts", "Binance Founder Zhao Sentenced". In a
// headline (a line in capitals or in Title Case) a capital says nothing, so neither the rules nor
// the surname linking (which wants no capitalized word after a lone surname) read these. A word
// of a headline that no mention holds and that is the surname of a person the article names in
// full is that person. A word a list knows (Ford, Apple) stays the list's.
import type { EntityMention } from '../types';
import { CAPITALIZED, type Context } from './candidates';

/** A surname is at least this many letters (not Li, Wu: too often a piece of something else). */
const MIN_SURNAME_LENGTH = 3;

/** `mentions` (in text order) with the headline surnames of people named in full added. */
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
  if (people === undefined) return mentions;
  const { tokens, flags, words } = ctx;
  let added: EntityMention[] | undefined;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (next < mentions.length && mentions[next].end <= t.start) next++;
    if (!marks[i] || !(flags[i] & CAPITALIZED) || (next < mentions.length && mentions[next].start < t.end)) continue;
    const full = people.get(t.text.toUpperCase());
    if (full === undefined || words[i].gazetteer?.hits) continue;
    // A surname inside a longer word run glued to it (Kashkari-led) is no mention of its own.
    if ((i > 0 && !t.spaceBefore && /\w$/.test(tokens[i - 1].text)) || (i + 1 < tokens.length && !tokens[i + 1].spaceBefore && /^[\w-]/.test(tokens[i + 1].text))) continue;
    (added ??= []).push({ start: t.start, end: t.end, text: t.text, type: 'person', id: full.id, name: full.name });
  }
  return added === undefined ? mentions : mentions.concat(added).sort((a, b) => a.start - b.start);
}
