// A hospital or a clinic named by its own name after the lower-case head word (l'hôpital
// Henri-Mondor, l'hôpital Sainte-Catherine de Bar-le-Duc, la clinique Pasteur) is one body with its
// head, as the Wikinews gold marks them; the tagger read the name alone, as a person or a place. A
// hospital named by its town (l'hôpital de Grenoble) is left to the others: the gold mostly names the
// town alone there. A school (le collège Jean-Moulin, l'école Jules-Ferry) is named so too, as the Wikinews gold
// has collège Lucie-Aubrac (ownNamedBodyHeads in entity-cues.json; a lycée is its name alone, README), and an
// association, its name running over de (l'association Robin des Bois; ownNamedAssociationHeads). The
// association's head only describes it: the id is the name's alone (headsOutOfIds, link.ts).
// A capitalized article opens the name after the others (l'hôpital La Timone, le collège Les Tilleuls); after an
// association it is left to the other rules, as regional-fr-2.md and regional-fr-4.md mark `association [Les Vitrines de Nancy]`.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, NEWS_FRENCH_RULE, nameRunEnd, type Candidate, type Context } from './candidates';

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
    if (association && article) continue;
    const j = i + 1 + article;
    if (j >= n || tokens[i + 1].lineStart || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    let end = nameRunEnd(ctx, j, association ? 5 : 3, association);
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
