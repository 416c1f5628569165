// A town in a postal address (92521 Neuilly-sur-Seine Cedex, 69007 Lyon: the holder's address in a
// drug leaflet, a firm's in a notice) is the town alone: the tagger ran the postal code and the
// Cedex mark into the place. The listed town's own candidate stands; a blocker on the code and one
// on Cedex keep the longer span out, as republicTitles.ts does for République.
import { ALL_DIGITS, candidate, type Candidate, type Context } from './candidates';

const POSTAL_CODE_LENGTH = 5;
const CEDEX = new Set(['Cedex', 'CEDEX', 'cedex']);
const SCORE = 90;

export function postalTownBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // The list's places are few: they are visited, not the tokens.
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const { ts, te, type, source } = out[c];
    if (source !== 'gazetteer' || type !== 'place' || ts < 1 || tokens[ts].lineStart) continue;
    const code = ts - 1;
    if (!(flags[code] & ALL_DIGITS) || tokens[code].end - tokens[code].start !== POSTAL_CODE_LENGTH) continue;
    out.push(candidate(code, code + 1, 'blocker', 'rule', 3, SCORE));
    if (te < n && CEDEX.has(tokens[te].text) && !tokens[te].lineStart) out.push(candidate(te, te + 1, 'blocker', 'rule', 3, SCORE));
  }
}
