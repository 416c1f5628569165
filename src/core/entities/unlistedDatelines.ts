// The dateline of a regional paper that no list knows (ROSHEIM, VIC-SUR-SEILLE over the headline):
// capitalDatelines.ts names only a listed town. A first line holding one word in capitals alone is
// the town where the article writes it again as a town is written, after à, de, en (à Rosheim, le
// conseil municipal de Vic-sur-Seille), and never in lower case (a rubric: FOOTBALL, then football).
import { candidate, type Candidate, type Context } from './candidates';
import cues from '../data/entity-cues.json';
import { CAPITALS_WORD, placeCase, writtenAfterLead } from './capitalDatelines';

/** A town after a lead, or after sur and vers (sur Rosheim, vers Vic-sur-Seille). */
const PLACE_LEADS = [...cues.frenchTownLeads, 'sur ', 'vers '];
const SCORE = 85;

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
  if (!writtenAfterLead(text, town, tokens[0].end, PLACE_LEADS)) return;
  // A gazetteer's source, as capitalDatelines.ts gives: a rule's reading on a line in capitals is dropped (capitals.ts).
  out.push(candidate(0, 1, 'place', 'gazetteer', 3, SCORE, { name: town }));
}
