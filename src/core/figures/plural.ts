// The simple singular of French and English nouns and a plural test, apart from nouns.ts so that the
// token stream (ranges.ts) may read them without importing the lexicon's word classes.
import type { FigureLexicon } from './lexicon';

export function singularize(word: string, lex: FigureLexicon): string {
  const lower = word.toLowerCase();
  // A word of one or two letters has no ending to drop ("os", "as"): it is its own singular.
  if (lower.length <= 2) return word;
  const exception = lex.pluralExceptions.get(lower);
  if (exception !== undefined) return exception;
  if (lex.invariantNouns.has(lower)) return word;
  if (lex.lang === 'fr') {
    // "ronds-points", "coffres-forts": both parts of a compound take the plural.
    const hyphen = lower.indexOf('-');
    if (hyphen > 2 && lower.length - hyphen > 3 && /[sx]$/.test(lower.slice(0, hyphen)) && /[sx]$/.test(lower)) {
      return singularize(word.slice(0, hyphen), lex) + '-' + singularize(word.slice(hyphen + 1), lex);
    }
    if (lower.endsWith('eaux') || lower.endsWith('eux')) return word.slice(0, -1);
    if (lower.endsWith('aux') && lower.length > 4) return word.slice(0, -3) + 'al';
    if (lower.endsWith('s') || lower.endsWith('x')) return word.slice(0, -1);
    return word;
  }
  if (lower.endsWith('ies') && lower.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** True when the word looks plural (the quantity of a count of two or more agrees with it). */
export function looksPlural(word: string, lex: FigureLexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.invariantNouns.has(lower) || lex.pluralExceptions.has(lower)) return true;
  if (lex.lang === 'fr') return lower.endsWith('s') || lower.endsWith('x');
  // -ss, -us, -sis are mostly singular (class, bonus, crisis, basis).
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('sis');
}
