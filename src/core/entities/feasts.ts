// French holidays and feasts (frenchFeasts in entity-cues.json): Noël, Pâques, la Toussaint, la
// Saint-Nicolas are days, no mentions; the tagger read them as places, and a feast named after a
// saint as the town of that name. A blocker over the word keeps every other candidate off it.
import cues from '../data/entity-cues.json';
import { candidate, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const data = cues.frenchFeasts;
/** Each holiday as its words, by its first word (Mardi gras: Mardi -> [Mardi, gras]). */
const HOLIDAYS = new Map<string, string[]>();
for (const w of data.words) HOLIDAYS.set(w.split(' ')[0], w.split(' '));
const NOT_AFTER = new Set(data.notAfter);
const CUES_BEFORE_LA = new Set(data.cuesBeforeLa);
const NOUNS_BEFORE_DE = new Set(data.nounsBeforeDe);
const SCORE = 95;

/** The text of token k on the line of token i, or '' (before the text or across a line). */
function wordBefore(ctx: Context, i: number, back: number): string {
  for (let k = i; k > i - back; k--) if (k <= 0 || ctx.tokens[k].lineStart) return '';
  return ctx.tokens[i - back].text;
}

/** Whether the saint's name at i, after la, is a feast: always a male saint; a female one after a cue. */
function isSaintFeast(ctx: Context, i: number): boolean {
  const text = ctx.tokens[i].text;
  const la = wordBefore(ctx, i, 1);
  if (la !== 'la' && la !== 'La') return false;
  if (text.startsWith('Saint-')) return true;
  const before = wordBefore(ctx, i, 2).toLowerCase();
  if (CUES_BEFORE_LA.has(before)) return true;
  return before === 'de' && NOUNS_BEFORE_DE.has(wordBefore(ctx, i, 3).toLowerCase());
}

/** Whether a word may open a feast's name: a holiday's first word, or a saint's. */
export function opensFeast(word: string): boolean {
  return HOLIDAYS.has(word) || word.startsWith('Saint-') || word.startsWith('Sainte-');
}

export function feastBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  const n = tokens.length;
  // Only the words that may open it (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (!(ctx.words[i].news & NEWS_FRENCH_RULE)) continue;
    const text = tokens[i].text;
    const words = HOLIDAYS.get(text);
    if (words !== undefined) {
      let k = 1;
      while (k < words.length && i + k < n && !tokens[i + k].lineStart && tokens[i + k].text === words[k]) k++;
      if (k < words.length) continue;
      if (NOT_AFTER.has(wordBefore(ctx, i, 1)) || NOT_AFTER.has(wordBefore(ctx, i, 2))) continue;
      // A given name or a surname: Noël Mamère, Marie Noël (a capitalized word right before or after).
      const after = i + k < n && !tokens[i + k].lineStart ? tokens[i + k].text : '';
      if (/^\p{Lu}\p{Ll}/u.test(after) || (/^\p{Lu}\p{Ll}/u.test(wordBefore(ctx, i, 1)) && !/^(?:La|Le|Les|À|A|De|Du|Dès|Depuis|Avant|Après|Pour|Joyeux|Joyeuses)$/.test(wordBefore(ctx, i, 1)))) continue;
      out.push(candidate(i, i + k, 'blocker', 'rule', 2, SCORE));
      continue;
    }
    if ((text.startsWith('Saint-') || text.startsWith('Sainte-')) && isSaintFeast(ctx, i)) out.push(candidate(i, i + 1, 'blocker', 'rule', 2, SCORE));
  }
}
