// A listed body whose name is also a common word (Treasury, Stanford, Guardian: `ambiguous` in the
// lists) is not read where a sentence opens, where its capital says nothing. Before a job title it
// names whose title it is (Treasury Secretary Scott Bessent, Stanford President Jonathan Levin): the
// body, even opening the sentence; the title stays out of it and of the person (annotations.md).
import { candidate, GAZETTEER_START, pickHit, ROLE_TITLE, ruleStartsWith, SENTENCE_START, type Candidate, type Context } from './candidates';

/** As the list's own reading of the word inside a sentence. */
const SCORE = 80;

export function titledBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // A listed word opens some alias (GAZETTEER_START): only those rule starts are visited.
  for (const i of ruleStartsWith(ctx, GAZETTEER_START)) {
    if (!(flags[i] & SENTENCE_START) || i + 1 >= n || !(flags[i + 1] & ROLE_TITLE) || tokens[i + 1].lineStart) continue;
    const hits = words[i].gazetteer?.hits;
    const hit = hits ? pickHit(hits, ctx.lang) : undefined;
    if (hit === undefined || !hit.ambiguous || hit.entity.type !== 'organization') continue;
    out.push(candidate(i, i + 1, 'organization', 'gazetteer', 2, SCORE, { entity: hit.entity }));
  }
}
