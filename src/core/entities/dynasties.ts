// A dynasty named by its house (la maison de Habsbourg, la maison d'Orléans) is the family, a
// person's name as regional-fr-4.md decides: the list read a place there (Habsbourg, the castle's
// village; Orléans, the town). Only after the definite article: sa maison de Lanneray, une maison de
// Nancy are houses in a town.
import { candidate, NAME_WORD, nameRunEnd, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const HEAD = 'maison';
const OF = new Set(['de', "d'", 'd’']);
const SCORE = 82;

export function isDynastyHead(word: string): boolean {
  return word === HEAD;
}

export function dynastyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i < 1 || i + 2 >= n || !(words[i].news & NEWS_FRENCH_RULE) || tokens[i].text !== HEAD || words[i - 1].lowerKey !== 'la' || !OF.has(words[i + 1].lowerKey)) continue;
    const j = i + 2;
    if (tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    out.push(candidate(j, nameRunEnd(ctx, j, 2, false), 'person', 'rule', 2, SCORE));
  }
}
