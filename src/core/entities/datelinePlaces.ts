// The dateline of a dispatch in old French and Swiss papers: a line opening on the town the news comes from,
// a comma and the day (`Florence, 4 juillet. —`, `Vienne, le 14 novembre 1805.`, `Paris, 1er mars, 23 heures.`).
// The town there is a place, though its word may be a given name (Florence) or read as a surname (Plevna):
// this pass, after linking, makes a person's name that fills the town's words a place, or adds the place where
// nothing was found.
import type { EntityMention } from '../types';
import { CAPITALIZED, NAME_WORD, listedWord, type Context } from './candidates';
import { kebab } from './normalize';

const MONTHS = new Set(['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre']);
/** The day of a dateline: 1 to 31, or 1er. */
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:er)?$/;
/** Tokens a town's name may hold, at most (La Chaux-de-Fonds is one token with its article). */
const MAX_TOWN_TOKENS = 4;
/** Small words inside a town's name (Saint-Pierre de Clages, Châtel-St-Denis). */
const TOWN_PARTICLES = new Set(['de', 'du', 'des', "d'", 'd’', 'sur', 'la', 'le', 'les', '-']);

/** The mentions with the town of each dispatch's dateline a place (see the file comment). */
export function withDatelinePlaces(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, flags, text } = ctx;
  const n = tokens.length;
  let out: EntityMention[] | undefined;
  for (const i of ctx.lineStarts) {
    if (i >= n || !(flags[i] & CAPITALIZED) || !(flags[i] & NAME_WORD)) continue;
    // The town's words up to the comma, all on the line.
    let c = i + 1;
    while (c < n && c - i < MAX_TOWN_TOKENS && !tokens[c].lineStart && (flags[c] & NAME_WORD || TOWN_PARTICLES.has(tokens[c].text))) c++;
    if (c + 2 >= n || tokens[c].text !== ',' || tokens[c + 1].lineStart) continue;
    let d = c + 1;
    if (tokens[d].text === 'le') d++;
    if (d + 1 >= n || !DAY.test(tokens[d].text) || !MONTHS.has(tokens[d + 1].text.toLowerCase())) continue;
    if (!(flags[c - 1] & NAME_WORD)) continue;
    const start = tokens[i].start;
    const end = tokens[c - 1].end;
    const current = out ?? mentions;
    const over = current.filter((m) => m.start < end && m.end > start);
    // Only a person's name or nothing gives way: a body or a firm there is an agency's or a photo's credit
    // (`Reuters, 3 mars`, `Aviation Russe, 22 octobre 2015.`), a name reaching past the town another name.
    if (over.length > 1 || (over.length === 1 && (over[0].start !== start || over[0].end !== end || over[0].type !== 'person'))) continue;
    // Where nothing was found, only the plain form (`Florence, 4 juillet.`) says a dateline: `Hier, le 3 mars,` opens a sentence.
    if (over.length === 0 && (d !== c + 1 || tokens[d + 2]?.text !== '.')) continue;
    const name = text.slice(start, end);
    const listed = listedWord(name, ctx);
    const place: EntityMention = listed?.type === 'place'
      ? { start, end, text: name, type: 'place', id: listed.id, name: listed.name }
      : { start, end, text: name, type: 'place', id: kebab(name), name };
    out = current.filter((m) => !over.includes(m));
    out.push(place);
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}
