// A movement named after what its members wear (Gilets jaunes, Bonnets rouges: organizations in
// the list) names one member in the singular (un Gilet jaune interpellé): a person described, no
// name. The tagger read the singular as a company; a blocker keeps it from it (movements.json).
// Written in lower case between quotes (les « gilets jaunes »), the words are the movement.
import data from '../data/movements.json';
import { candidate, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';
import { gazetteer } from './gazetteer';
import { OPENING_QUOTES } from './namedThings';

/** Quoted lower-case forms by first word: gilets -> [[gilets, jaunes], id]. */
const QUOTED = new Map<string, Array<[string[], string]>>();
for (const [form, id] of Object.entries(data.quotedLowerForms)) {
  const words = form.split(' ');
  QUOTED.set(words[0], [...(QUOTED.get(words[0]) ?? []), [words, id]]);
}
const CLOSING_QUOTES = new Set(['»', '"', '”']);

/** The singular forms by first word: Gilet -> [[Gilet, jaune], [Gilet, Jaune]]. */
const SINGULARS = new Map<string, string[][]>();
for (const form of data.singularForms) {
  const words = form.split(' ');
  SINGULARS.set(words[0], [...(SINGULARS.get(words[0]) ?? []), words]);
}

/** Whether a word may open a movement's form: an opening quote or a member's first word. */
export function opensMovementForm(word: string): boolean {
  return OPENING_QUOTES.has(word) || SINGULARS.has(word);
}

export function movementMemberBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  const n = tokens.length;
  // Only the words that may open it (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(ctx.words[i].news & NEWS_FRENCH_RULE)) continue;
    if (OPENING_QUOTES.has(tokens[i].text)) {
      quotedMovement(ctx, i + 1, out);
      continue;
    }
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

/** A movement's quoted lower-case form at token i, its closing quote right after: the movement. */
function quotedMovement(ctx: Context, i: number, out: Candidate[]): void {
  const { tokens } = ctx;
  const forms = i < tokens.length ? QUOTED.get(tokens[i].text) : undefined;
  if (forms === undefined) return;
  for (const [words, id] of forms) {
    let k = 1;
    while (k < words.length && i + k < tokens.length && !tokens[i + k].lineStart && tokens[i + k].text === words[k]) k++;
    const end = i + k;
    if (k !== words.length || end >= tokens.length || !CLOSING_QUOTES.has(tokens[end].text)) continue;
    const entity = gazetteer().byId.get(id);
    if (entity) out.push(candidate(i, end, entity.type, 'rule', 2, 70, { entity }));
    return;
  }
}
