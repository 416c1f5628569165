// Language detection with franc, restricted to the languages the analyzer supports.
import { franc } from 'franc';
import type { Lang } from './types';

const FRANC_TO_LANG: Record<string, Lang> = { fra: 'fr', eng: 'en' };
// Words frequent in one language and rare in the other: the fallback for text too short for
// trigram statistics, and the tie-break when franc is unsure.
const FRENCH_MARKERS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'dans', 'sur', 'au', 'aux', 'par', 'avec', 'qui', 'que', 'pas', 'ont', 'son', 'ses', 'été', 'à']);
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'is', 'to', 'in', 'for', 'on', 'with', 'by', 'that', 'was', 'are', 'has', 'have', 'its', 'from', 'at', 'as', 'it', 'an', 'be', 'were', 'which']);

/** Samples at most this many characters: enough for a reliable guess, bounded cost on huge files. */
const SAMPLE_SIZE = 4000;

export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  const sample = text.length > SAMPLE_SIZE ? text.slice(0, SAMPLE_SIZE) : text;
  let fr = 0;
  let en = 0;
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH_MARKERS.has(word)) fr++;
    else if (ENGLISH_MARKERS.has(word)) en++;
  }
  if (sample.length >= 40) {
    const guess = FRANC_TO_LANG[franc(sample, { only: ['fra', 'eng'], minLength: 10 })];
    // Trust franc unless the function words clearly disagree (mixed text, names, figures).
    if (guess === 'fr' && !(en > 2 * fr + 2)) return 'fr';
    if (guess === 'en' && !(fr > 2 * en + 2)) return 'en';
  }
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback;
}
