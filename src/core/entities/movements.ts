// A movement named after what its members wear (Gilets jaunes, Bonnets rouges: organizations in
// the list) names one member in the singular (un Gilet jaune interpellé): a person described, no
// name. The tagger read the singular as a company; a blocker keeps it from it (movements.json).
import data from '../data/movements.json';
import { candidate, type Candidate, type Context } from './candidates';

/** The singular forms by first word: Gilet -> [[Gilet, jaune], [Gilet, Jaune]]. */
const SINGULARS = new Map<string, string[][]>();
for (const form of data.singularForms) {
  const words = form.split(' ');
  SINGULARS.set(words[0], [...(SINGULARS.get(words[0]) ?? []), words]);
}

export function movementMemberBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  const n = tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    // Most tokens start no form: a capital first, then the map.
    const c0 = tokens[i].text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const forms = SINGULARS.get(tokens[i].text);
    if (forms === undefined) continue;
    for (const words of forms) {
      let k = 1;
      while (k < words.length && i + k < n && !tokens[i + k].lineStart && tokens[i + k].text === words[k]) k++;
      if (k === words.length) {
        out.push(candidate(i, i + k, 'blocker', 'rule', 2, 90));
        break;
      }
    }
  }
}
