// English: a listed body's possessive before a body's name names two bodies, the owner and its unit
// (the SEC's Division of Enforcement, the ECB's Supervisory Board). The tagger read the whole as one
// name that wraps the list's hit; the owner keeps the list's reading at tier 3 and the unit after the
// possessive is an organization when a body's head is among its words (possessiveBodyHeads and
// organizationWords in entity-cues.json); a product or a person after it (Apple's Vision Pro) is left alone.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, nameRunEnd, type Candidate, type Context } from './candidates';

const BODY_HEADS = new Set([...cues.possessiveBodyHeads, ...cues.organizationWords.filter((w) => !w.includes(' '))]);
/** A unit's name is at most this many words (Office of Compliance Inspections and Examinations). */
const MAX_UNIT_WORDS = 6;

export function possessiveBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const owner = out[c];
    const p = owner.te;
    if (owner.source !== 'gazetteer' || (owner.type !== 'organization' && owner.type !== 'company') || p + 2 >= n) continue;
    const mark = tokens[p].text;
    if ((mark !== "'" && mark !== '’') || tokens[p].spaceBefore || tokens[p + 1].text !== 's' || tokens[p + 1].spaceBefore) continue;
    const u = p + 2;
    if (tokens[u].lineStart || !(flags[u] & NAME_WORD)) continue;
    const end = nameRunEnd(ctx, u, MAX_UNIT_WORDS);
    let head = false;
    for (let k = u; k < end && !head; k++) if (BODY_HEADS.has(tokens[k].text)) head = true;
    if (!head) continue;
    out.push(candidate(owner.ts, owner.te, owner.type, 'gazetteer', 3, owner.score, { entity: owner.entity }));
    out.push(candidate(u, end, 'organization', 'rule', 3, 60));
  }
}
