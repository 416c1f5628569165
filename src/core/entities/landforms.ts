// A valley, a pass, a range, a summit, a lake, a forest or a mine shaft after its lower-case head (la
// vallée de la Fensch, le col du Bonhomme, le massif des Vosges, le puits Simon) is the place named
// alone, as the Wikinews gold has massif du Jura -> Jura: the tagger missed the rarer names or read
// a person (Bonhomme) or a body there. A capitalized head is part of a name of its own (Vallée
// d'Aoste, Ballon d'Alsace), left to the lists and the tagger.
import cues from '../data/entity-cues.json';
import { candidate, elidedJoin, NAME_WORD, nameRunEnd, NEWS_FRENCH_RULE, SENTENCE_START, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.frenchLandformHeads);
const OF = new Set(['de', 'du', 'des', "d'", 'd’']);
const ARTICLES = new Set(['la', "l'", 'l’']);
const SCORE = 72;

export function isLandformHead(word: string): boolean {
  return HEADS.has(word);
}

export function landformCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_FRENCH_RULE) || !HEADS.has(tokens[i].text)) continue;
    let j = i + 1;
    if (j < n && OF.has(words[j].lowerKey) && !tokens[j].lineStart) j++;
    if (j < n && (words[j - 1].lowerKey === 'de' || words[j - 1].lowerKey === "d'") && ARTICLES.has(words[j].lowerKey) && !tokens[j].lineStart) j++;
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || flags[j] & SENTENCE_START || elidedJoin(ctx, j)) continue;
    out.push(candidate(j, nameRunEnd(ctx, j, 3, false), 'place', 'rule', 2, SCORE));
  }
}
