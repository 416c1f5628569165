// A fraction standing alone after a qualifier is a share: "more than a third.", "nearly half,", "plus d'un
// tiers.", "près de la moitié." (the whole it is a share of is said before; elsewhere a fraction needs
// de/of after it, and "a third" alone is a rank).
import type { FigureLexicon } from './lexicon';
import type { FigureToken } from './stream';

const ARTICLES = new Set(['la', 'le', "l'", 'the']);
const ENDS = new Set([',', '.', ';', ':', ')', '!', '?', '»', '"', '”']);

/** True when a qualifier ends just before token `first` (one article between allowed) and the fraction ending before `next` ends its clause. */
export function qualifiedFractionAlone(tk: FigureToken[], first: number, next: number, lex: FigureLexicon): boolean {
  const after = tk[next];
  if (after && !ENDS.has(after.text)) return false;
  return qualifierEndsBefore(tk, first, lex) || (first > 0 && ARTICLES.has(tk[first - 1].norm) && qualifierEndsBefore(tk, first - 1, lex));
}

function qualifierEndsBefore(tk: FigureToken[], k: number, lex: FigureLexicon): boolean {
  const candidates = k > 0 ? lex.qualifiersByLastToken.get(tk[k - 1].norm) : undefined;
  if (!candidates) return false;
  return candidates.some((q) => q.approx !== 'by' && q.tokens.length <= k && q.tokens.every((w, m) => tk[k - q.tokens.length + m].norm === w));
}
