// A hospital or a clinic named by its own name after the lower-case head word (l'hôpital
// Henri-Mondor, l'hôpital Sainte-Catherine de Bar-le-Duc, la clinique Pasteur) is one body with its
// head, as the Wikinews gold marks them; the tagger read the name alone, as a person or a place. A
// hospital named by its town (l'hôpital de Grenoble) is left to the others: the gold mostly names the
// town alone there. A school (le collège Jean-Moulin, l'école Jules-Ferry) is named so too, as the Wikinews gold
// has collège Lucie-Aubrac (ownNamedBodyHeads in entity-cues.json; a lycée is its name alone, README), and an
// association, its name running over de (l'association Robin des Bois; ownNamedAssociationHeads). The
// association's head only describes it: the id is the name's alone (headsOutOfIds, link.ts).
// A capitalized article opens the name after the others (l'hôpital La Timone, le collège Les Tilleuls) and after an
// association, whose name then runs over a complement of lower-case words before a mark or a name (l'association Les
// Amis de la marionnette, Les Amis du vieux Dinan), as the Wikinews gold has association Les Patriotes (sequoia-fr.md).
import cues from '../data/entity-cues.json';
import { candidate, CONNECTOR, FUNCTION_WORD, LOWER_LED, NAME_WORD, NEWS_FRENCH_RULE, nameRunEnd, WORDLIKE, type Candidate, type Context } from './candidates';

const ASSOCIATION_HEADS = new Set(cues.ownNamedAssociationHeads);
const HEADS = new Set([...cues.ownNamedBodyHeads, ...ASSOCIATION_HEADS]);
const ARTICLES = new Set(cues.nameOpeningArticles);
const SCORE = 70;

/** Whether a word is a hospital's head word. */
export function isHospitalHead(word: string): boolean {
  return HEADS.has(word);
}

export function hospitalCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // Only the words that may open it (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(ctx.words[i].news & NEWS_FRENCH_RULE) || !HEADS.has(tokens[i].text)) continue;
    const association = ASSOCIATION_HEADS.has(tokens[i].text);
    const article = ARTICLES.has(tokens[i + 1].text) ? 1 : 0;
    const j = i + 1 + article;
    if (j >= n || tokens[i + 1].lineStart || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    let end = nameRunEnd(ctx, j, association ? 5 : 3, association);
    if (association && article) end = lowerComplementEnd(ctx, end);
    // An elided word inside the name goes on (hôpital Sant'Eugenio).
    while (end + 1 < n && (tokens[end].text === "'" || tokens[end].text === '’') && tokens[end].start === tokens[end - 1].end && tokens[end + 1].start === tokens[end].end && flags[end + 1] & NAME_WORD && !tokens[end + 1].lineStart) end = nameRunEnd(ctx, end + 1, 2, false);
    // Its town after de belongs to the name (hôpital Pasteur de Nice), a listed place only.
    if (end + 1 < n && (tokens[end].text === 'de' || tokens[end].text === "d'" || tokens[end].text === 'd’') && !tokens[end + 1].lineStart) {
      const town = out.find((c) => c.source === 'gazetteer' && c.type === 'place' && c.ts === end + 1);
      if (town) end = town.te;
    }
    out.push(candidate(i, end, 'organization', 'rule', 2, SCORE));
  }
}

/** End of an association's name after its article: a complement of de, du, des or d' (with la or l'), one or two
 * lower-case words and maybe a name word (du vieux Dinan, de la marionnette) joins it when a mark, a name word or the
 * line's end closes it; otherwise the name ends at `end`. */
function lowerComplementEnd(ctx: Context, end: number): number {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let k = end;
  if (k >= n || tokens[k].lineStart || !(flags[k] & CONNECTOR)) return end;
  k++;
  if (k < n && (tokens[k].text === 'la' || tokens[k].text === "l'" || tokens[k].text === 'l’')) k++;
  let words = 0;
  while (k < n && words < 2 && !tokens[k].lineStart && flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD)) {
    k++;
    words++;
  }
  if (words === 0) return end;
  if (k < n && !tokens[k].lineStart && flags[k] & NAME_WORD) return nameRunEnd(ctx, k, 2, false);
  return k >= n || tokens[k].lineStart || !(flags[k] & WORDLIKE) ? k : end;
}
