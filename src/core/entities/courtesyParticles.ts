// A courtesy title written out before a name with its particle (Madame de Palacio, Monsieur van den
// Broek, as a debate addresses a member): the title stays out and the particle belongs to the name, as
// after M. (M. de Freycinet). courtesyTitles.ts cuts a title only before a capitalized word.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, type Candidate, type Context } from './candidates';

const COURTESY = new Set([...cues.frenchAddressWords, ...cues.courtesyTitles.moreAddressWords].flatMap((w) => [w, w.toUpperCase()]));
// Not la, le: after a title they open an address by function (Madame la Commissaire), no name.
const PARTICLES = new Set(cues.nameParticles.filter((w) => w !== 'la' && w !== 'le'));

/** The chosen persons opened by a courtesy title and a particle, without the title. */
export function withoutCourtesyBeforeParticles(ctx: Context, chosen: Candidate[]): Candidate[] {
  if (ctx.lang !== 'fr') return chosen;
  const { tokens, flags } = ctx;
  let out: Candidate[] | undefined;
  for (let c = 0; c < chosen.length; c++) {
    const m = chosen[c];
    if (m.type !== 'person' || m.entity !== undefined || m.te - m.ts < 3 || !COURTESY.has(tokens[m.ts].text)) continue;
    const particle = m.ts + 1;
    if (!PARTICLES.has(tokens[particle].text) || !(flags[particle + 1] & CAPITALIZED)) continue;
    out ??= chosen.slice();
    out[c] = candidate(particle, m.te, 'person', m.source, m.tier, m.score);
  }
  return out ?? chosen;
}
