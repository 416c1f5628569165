// A street named with an indefinite article and a listed town (une rue de Nancy porte son nom, un
// boulevard de Paris) is some street of that town, not a street's name: the town alone is the
// mention. The street rule read `rue de Nancy` as one place, as it rightly reads `la rue de Rivoli`.
import { candidate, type Candidate, type Context } from './candidates';

const INDEFINITES = new Set(['une', 'un', 'Une', 'Un', 'des', 'Des', 'plusieurs', 'Plusieurs']);
const OF = new Set(['de', "d'", 'd’']);
const SCORE = 85;

export function indefiniteStreetCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  // The street rule's candidates are few: they are visited, not the tokens.
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const { ts, te, type, source } = out[c];
    if (source !== 'rule' || type !== 'place' || ts < 1 || te - ts < 3 || !INDEFINITES.has(tokens[ts - 1].text) || !OF.has(tokens[ts + 1].text)) continue;
    const town = out.find((t) => t.source === 'gazetteer' && t.type === 'place' && t.ts === ts + 2 && t.te === te);
    if (town !== undefined) out.push(candidate(town.ts, town.te, 'place', 'gazetteer', 3, SCORE, { entity: town.entity }));
  }
}
