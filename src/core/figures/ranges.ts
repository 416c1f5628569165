// Ranges written as one token before what they count: "5-10 people", "20-30 salariés", "5-10 km" are two
// figures, as "10-15 %" and "3-4 jours" are (stream.ts splits them; index.ts reads the range).
import type { FigureLexicon } from './lexicon';
import { looksPlural } from './plural';
import type { FigureToken } from './stream';

/**
 * True when `a-b` (two numbers of one to three digits, a below b) before the word `next` is a range of
 * counts: a unit of measure (or the first word of one: "150-200 basis points"), or a lower-case plural noun that is no function word nor month ("3-5 mars"
 * is a range of days, read apart). A capitalized word before it names a model ("Boeing 737-800 jets").
 */
export function countedRange(a: number, b: number, next: string, nextNorm: string, previous: FigureToken | undefined, lex: FigureLexicon): boolean {
  if (!(a < b)) return false;
  if (previous && previous.digits === 0 && previous.text !== previous.norm && /^\p{Lu}/u.test(previous.text)) return false;
  if (lex.measureUnits.has(nextNorm) || lex.measurePhrases.starts(nextNorm)) return true;
  if (next.length < 3 || next !== nextNorm || !/^\p{Ll}+$/u.test(next)) return false;
  return !lex.stopWords.has(nextNorm) && !lex.months.has(nextNorm) && looksPlural(next, lex);
}
