// Military and police operations named by a code word: "l'opération Sentinelle", "l'Opération
// Barkhane", "Operation Desert Storm". The name is an event, no entity type: a blocker, so that
// neither the tagger's body nor a place inside (Opération Serval) is read there. A body named
// with de (Opération des Nations unies au Burundi, a UN mission) is left to the body rules.
import { candidate, CAPITALIZED, NAME_WORD, nameRunEnd, type Candidate, type Context } from './candidates';

const OPERATION = new Set(['opération', 'Opération', 'operation', 'Operation']);

/** `starts`: the tokens some organization rule starts from (ruleCandidates). */
export function operationBlockers(ctx: Context, out: Candidate[], starts: number[]): void {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  for (const i of starts) {
    if (i + 1 >= n || !OPERATION.has(ctx.words[i].word) || tokens[i + 1].lineStart) continue;
    const j = i + 1;
    if (!(flags[j] & CAPITALIZED && flags[j] & NAME_WORD)) continue;
    out.push(candidate(i, nameRunEnd(ctx, j, 3, false), 'blocker', 'rule', 2, 70));
  }
}
