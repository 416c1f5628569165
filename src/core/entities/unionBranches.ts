// A listed union with des, du or de la and a lower-case noun of its branch is one body (la CGT des
// cheminots, la CGT du livre, FO de la métallurgie), as the Wikinews gold has them; the list read the
// union alone. A container (la CGT du groupe Lafarge, la CGT de la ville) names no branch.
import cues from '../data/entity-cues.json';
import { candidate, LOWER_LED, FUNCTION_WORD, type Candidate, type Context } from './candidates';

const UNIONS = new Set(cues.unionBranches.unions);
const CONTAINERS = new Set(cues.unionBranches.containers);
const LOWER_NOUN = /^\p{Ll}[\p{Ll}'’-]+$/u;

export function unionBranchCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // The list's candidates are visited, not the tokens: a union is one of them.
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const { ts, te, type, source, tier, score } = out[c];
    if (source !== 'gazetteer' || type !== 'organization' || te !== ts + 1 || te + 1 >= n || !UNIONS.has(tokens[ts].text)) continue;
    let k = te;
    const of = tokens[k].text;
    if (of === 'de' && tokens[k + 1].text === 'la') k++;
    else if (of !== 'des' && of !== 'du') continue;
    k++;
    if (k >= n || tokens[k].lineStart || tokens[k - 1].lineStart || !(flags[k] & LOWER_LED) || flags[k] & FUNCTION_WORD) continue;
    const noun = tokens[k].text;
    if (CONTAINERS.has(noun) || !LOWER_NOUN.test(noun)) continue;
    out.push(candidate(ts, k + 1, 'organization', 'rule', tier, score));
  }
}
