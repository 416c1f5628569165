// English news names a national body with its country's short form before it (the U.S. Department of
// Agriculture, the U.S. Energy Information Administration, the UK Debt Management Office): one
// organization over both, as a listed place opening a body's name already is (Canada Pension Plan
// Investment Board). The short forms are data (nationalBodyPrefixes in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, type Candidate, type Context } from './candidates';

const PREFIXES = new Set(cues.nationalBodyPrefixes);
/** The first token of each short form (U of U.S.): a place hit starting elsewhere is skipped on one test. */
const FIRST_TOKENS = new Set(cues.nationalBodyPrefixes.map((p) => p.match(/^\p{L}+/u)![0]));

/** A body's name (a list's or a rule's organization) right after a listed country's short form is one organization with it. */
export function nationalBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, text } = ctx;
  const count = out.length;
  // The start of the short form ending at each token, for the few places that are one.
  let prefixEnds: Map<number, number> | undefined;
  for (let j = 0; j < count; j++) {
    const c = out[j];
    if (c.type !== 'place' || c.source !== 'gazetteer' || !FIRST_TOKENS.has(tokens[c.ts].text)) continue;
    if (PREFIXES.has(text.slice(tokens[c.ts].start, tokens[c.te - 1].end))) (prefixEnds ??= new Map()).set(c.te, c.ts);
  }
  if (prefixEnds === undefined) return;
  for (let j = 0; j < count; j++) {
    const c = out[j];
    if (c.type !== 'organization' || c.tier !== 2 || c.source === 'tagger' || tokens[c.ts].lineStart || !tokens[c.ts].spaceBefore) continue;
    const start = prefixEnds.get(c.ts);
    if (start !== undefined) out.push(candidate(start, c.te, 'organization', 'rule', 2, c.score));
  }
}
