// A disease or a syndrome named after a person (la maladie de Parkinson, le syndrome de Guillain-Barré,
// la maladie d'Alzheimer) names that person, as the Wikinews gold marks Parkinson: the tagger read the
// rarer ones as places (Basedow, Guillain-Barré). Above a list's score, as after M.: a place's name
// there is a person's (Lyme aside, rare).
import cues from '../data/entity-cues.json';
import { candidate, elidedJoin, NAME_WORD, nameRunEnd, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.diseaseEponymHeads);
const OF = new Set(['de', "d'", 'd’']);
const SCORE = 82;

export function isDiseaseHead(word: string): boolean {
  return HEADS.has(word);
}

export function diseaseEponymCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i + 2 >= n || !(words[i].news & NEWS_FRENCH_RULE) || !HEADS.has(tokens[i].text) || !OF.has(words[i + 1].lowerKey)) continue;
    const j = i + 2;
    if (tokens[j].lineStart || !(flags[j] & NAME_WORD) || elidedJoin(ctx, j)) continue;
    out.push(candidate(j, nameRunEnd(ctx, j, 3, false), 'person', 'rule', 2, SCORE));
  }
}
