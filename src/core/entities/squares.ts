// French squares named after the lower-case word place (la place Stanislas, place de la Concorde,
// sur la place de l'Hôtel-de-Ville): one place with its head word, as a street is (rue de Rivoli) and
// as the Wikinews gold mostly marks them. The tagger read the name alone, often as a person. The
// word is also the common noun of a rank or a seat (à la place de Ban Ki-moon, à la deuxième place,
// prend la place de Dupont) and of a market (la place de Paris): those read nothing (de and a name with
// no article opens no square).
import { candidate, NAME_WORD, NEWS_FRENCH_RULE, nameRunEnd, type Candidate, type Context } from './candidates';
import { FRENCH_OF_WORDS } from './frenchWordForms';

/** Words before the common noun (sa place, une place, la première place, en place): no square follows. */
const NOT_BEFORE_HEAD = /^(?:sa|son|ses|leur|leurs|ma|mon|notre|votre|un|une|cette|quelle|quelque|aucune|chaque|en|\d.*|.*i[eè]m[e]?|.*i[eè]re|premi[eè]re|derni[eè]re|bonne|meilleure|seconde|m[eê]me|grande|petite|large)$/i;
const SCORE = 66;

/** Whether a word is a square's head word. */
export function isSquareHead(word: string): boolean {
  return word === 'place' || word === 'Place';
}

export function squareCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // Only the head words (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(ctx.words[i].news & NEWS_FRENCH_RULE)) continue;
    const head = tokens[i].text;
    if (!isSquareHead(head)) continue;
    const before = i > 0 && !tokens[i].lineStart ? tokens[i - 1].text : '';
    if (NOT_BEFORE_HEAD.test(before)) continue;
    let j = i + 1;
    let of = false;
    if (FRENCH_OF_WORDS.has(tokens[j].text)) {
      of = true;
      j++;
      if (j < n && (tokens[j].text === 'la' || tokens[j].text === "l'" || tokens[j].text === 'l’')) j++;
      // De and a name with no article is mostly whose place it is (prend la place de Dupont).
      else if (tokens[j - 1].text === 'de') continue;
    }
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    // À la place de X: instead of X.
    if (of && before === 'la' && i >= 2 && !tokens[i - 1].lineStart && /^[àÀ]$/.test(tokens[i - 2].text)) continue;
    // The name goes on over de only before no listed place (place de l'Hôtel de Ville; place Stanislas de Nancy, place Tahrir du Caire are the square and the town).
    let end = nameRunEnd(ctx, j, 4, false);
    if (end + 1 < n && tokens[end].text === 'de' && !tokens[end + 1].lineStart && flags[end + 1] & NAME_WORD && !out.some((c) => c.source === 'gazetteer' && c.type === 'place' && c.ts === end + 1)) end = nameRunEnd(ctx, j, 4);
    out.push(candidate(i, end, 'place', 'rule', 2, SCORE));
  }
}
