// The dateline of a regional paper that no list knows (ROSHEIM, VIC-SUR-SEILLE over the headline):
// capitalDatelines.ts names only a listed town. A first line holding one word in capitals alone is
// the town where the article writes it again as a town is written, after à, de, en (à Rosheim, le
// conseil municipal de Vic-sur-Seille), and never in lower case (a rubric: FOOTBALL, then football).
import { candidate, type Candidate, type Context } from './candidates';
import { CAPITALS_WORD, placeCase } from './capitalDatelines';

const PLACE_LEADS = ['à ', 'de ', "d'", 'd’', 'en ', 'sur ', 'vers '];
const SCORE = 85;
const WORD_CHAR = /^[\p{L}\p{N}-]$/u;

export function unlistedDatelineCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, text } = ctx;
  const n = tokens.length;
  // The first line only: one token of capitals, alone on its line.
  if (n < 2 || !tokens[1].lineStart || tokens[0].text.length < 3 || !CAPITALS_WORD.test(tokens[0].text)) return;
  if (out.some((c) => c.ts === 0)) return;
  const word = tokens[0].text;
  const town = placeCase(word);
  if (town === word || text.includes(word.toLowerCase())) return;
  const from = tokens[0].end;
  let found = false;
  for (let at = text.indexOf(town, from); at >= 0 && !found; at = text.indexOf(town, at + 1)) {
    // The town written whole (not the start of a longer word) after a word that leads a place.
    if (WORD_CHAR.test(text.charAt(at + town.length))) continue;
    found = PLACE_LEADS.some((lead) => text.startsWith(lead, at - lead.length));
  }
  if (!found) return;
  // A gazetteer's source, as capitalDatelines.ts gives: a rule's reading on a line in capitals is dropped (capitals.ts).
  out.push(candidate(0, 1, 'place', 'gazetteer', 3, SCORE, { name: town }));
}
