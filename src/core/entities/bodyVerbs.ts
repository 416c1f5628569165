// A body named by its head word alone before a verb whose form reads as an adjective (que le Conseil
// tienne compte, que la Commission vienne, le Parlement obtienne): the tagger ran the name over the
// verb, the longer span winning over the body rule's head alone. The head alone is held at a higher
// tier where the next word is one of the words that end a body's name (frenchBodyComplementStops).
import cues from '../data/entity-cues.json';
import { candidate, type Candidate, type Context } from './candidates';

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
    if (source !== 'rule' || type !== 'organization' || te !== ts + 1 || te >= n || tokens[te].lineStart) continue;
    if (!BODIES_ALONE.has(tokens[ts].text) || !NAME_STOPS.has(tokens[te].text)) continue;
    out.push(candidate(ts, te, 'organization', 'rule', 3, 60));
  }
}
