// The fields of a drug leaflet that name a business (leafletFields in entity-cues.json): a line
// opening with Fabricant, Titulaire (de l'autorisation de mise sur le marché), Exploitant... and a
// colon names the business first after the colon (Fabricant : Wyeth Lederle, Via Franco Gorgone,
// Catania). The tagger read such unknown names as persons.
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
    if (out.some((c) => c.source === 'gazetteer' && c.ts <= j && c.te >= end)) continue;
    out.push(candidate(j, end, 'company', 'rule', 2, SCORE, { name: companyName(ctx, j, end) }));
  }
}
