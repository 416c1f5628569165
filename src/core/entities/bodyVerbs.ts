// A body named before a verb whose form reads as an adjective (que le Conseil tienne compte, que la
// Commission vienne, l'Agence fédérale applique la loi: frenchWordForms.ts): the tagger ran the name
// over the verb, the longer span winning over the body rule's. The rule's name is held at a higher
// tier there; the head alone also before another word that ends a body's name (frenchBodyComplementStops:
// du Conseil relative à).
import cues from '../data/entity-cues.json';
import { candidate, type Candidate, type Context } from './candidates';
import { isFrenchVerbForm } from './frenchWordForms';

const BODIES_ALONE = new Set(cues.frenchBodiesAlone);
const NAME_STOPS = new Set(cues.frenchBodyComplementStops);

export function bodyVerbCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  const n = tokens.length;
  // The body rule's candidates are few: they are visited, not the tokens.
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const { ts, te, type, source } = out[c];
    if (source !== 'rule' || type !== 'organization' || te >= n || tokens[te].lineStart) continue;
    const next = tokens[te].text;
    const alone = te === ts + 1;
    if (alone ? !(BODIES_ALONE.has(tokens[ts].text) && (NAME_STOPS.has(next) || isFrenchVerbForm(next))) : !isFrenchVerbForm(next)) continue;
    out.push(candidate(ts, te, 'organization', 'rule', 3, 60));
  }
}
