// The fields of a drug leaflet that name a business (leafletFields in entity-cues.json): a line
// opening with Fabricant, Titulaire (de l'autorisation de mise sur le marché), Exploitant... and a
// colon names the business first after the colon (Fabricant : Wyeth Lederle, Via Franco Gorgone,
// Catania). The tagger read such unknown names as persons.
// The rest of the field's line is the business's address: a part between commas that is a name alone, maybe after
// a postal code (`, Uxbridge,`, `, D-65926 Francfort-sur-le-Main,`, `, Anagni, Italie.`), is a place, its town or its
// country (sequoia-fr.md); a part with a street's number is left to the street rules.
import cues from '../data/entity-cues.json';
import { candidate, companyName, NAME_WORD, nameRunEnd, phraseEnd, type Candidate, type Context } from './candidates';

/** Each field as its words, by its first word. */
const FIELDS = new Map<string, string[][]>();
for (const f of cues.leafletFields) {
  const words = f.split(' ');
  FIELDS.set(words[0], [...(FIELDS.get(words[0]) ?? []), words]);
}
/** Words between the field's first word and its colon at most (Titulaire de l'autorisation de mise sur le marché). */
const MAX_TO_COLON = 12;
const SCORE = 85;
/** A postal code before a town: digits, maybe after a country's letters and a hyphen (D-65926, CH-4070). */
const POSTAL_CODE = /^(?:[A-Z]{1,2}-)?\d{4,5}$/;
/** Marks that close a part of an address. */
const PART_ENDS = new Set([',', '.', ';']);

export function leafletFieldCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  for (const i of ctx.lineStarts) {
    if (i >= n) continue;
    if (phraseEnd(ctx, i, FIELDS.get(tokens[i].text)) < 0) continue;
    let colon = i + 1;
    while (colon < n && colon < i + MAX_TO_COLON && !tokens[colon].lineStart && tokens[colon].text !== ':') colon++;
    const j = colon + 1;
    if (colon >= n || tokens[colon].text !== ':' || j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    let end = nameRunEnd(ctx, j, 5);
    // An initial and its dot open the name (Fabricant : F. Hoffmann-La Roche), the business's, not a person's.
    if (end === j + 1 && tokens[j].text.length === 1 && end + 1 < n && tokens[end].text === '.' && !tokens[end].spaceBefore && !tokens[end + 1].lineStart && flags[end + 1] & NAME_WORD) end = nameRunEnd(ctx, end + 1, 5);
    // A list's name there stays the list's (a known group is already read right).
    if (!out.some((c) => c.source === 'gazetteer' && c.ts <= j && c.te >= end)) out.push(candidate(j, end, 'company', 'rule', 2, SCORE, { name: companyName(ctx, j, end) }));
    addressPlaces(ctx, end, out);
  }
}

/** The places of the address after a leaflet's business, each part after a comma up to the line's end. */
function addressPlaces(ctx: Context, from: number, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let k = from;
  while (k < n && !tokens[k].lineStart && tokens[k].text === ',') {
    let s = k + 1;
    // The postal code is no part of the town: a blocker keeps it out, as postalTowns.ts does.
    if (s < n && !tokens[s].lineStart && POSTAL_CODE.test(tokens[s].text)) out.push(candidate(s, ++s, 'blocker', 'rule', 3, SCORE));
    if (s >= n || tokens[s].lineStart || !(flags[s] & NAME_WORD)) return;
    const e = nameRunEnd(ctx, s, 4);
    if (e < n && !tokens[e].lineStart && !PART_ENDS.has(tokens[e].text)) return;
    if (!out.some((c) => c.source === 'gazetteer' && c.ts <= s && c.te >= e)) out.push(candidate(s, e, 'place', 'rule', 2, SCORE));
    k = e;
  }
}
