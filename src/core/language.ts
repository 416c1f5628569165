// Language detection, restricted to the languages the analyzer supports.
// Function words decide when they clearly agree (cheap, and reliable for fr/en on a sentence
// or more); franc's trigram model decides the rest (short, mixed or list-like text). franc
// costs ~0.6 ms per 1000 characters, more than the whole analysis budget of an article, so it
// only sees a short sample and only when the vote is unclear.
import { franc } from 'franc';
import type { Lang } from './types';

const FRANC_TO_LANG: Record<string, Lang> = { fra: 'fr', eng: 'en' };
const FRENCH_MARKERS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'dans', 'sur', 'au', 'aux', 'par', 'avec', 'qui', 'que', 'pas', 'ont', 'son', 'ses', 'été', 'à', 'ce', 'cette', 'sont', 'il', 'elle', 'mais', 'ou', 'plus', 'leur']);
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'is', 'to', 'in', 'for', 'on', 'with', 'by', 'that', 'was', 'are', 'has', 'have', 'its', 'from', 'at', 'as', 'it', 'an', 'be', 'were', 'which', 'this', 'will', 'their', 'said', 'says', 'but', 'or', 'more', 'he', 'she', 'new', 'up', 'after', 'than', 'not', 'been', 'they']);

/**
 * A run of letters as one number, its code units lower-cased (A-Z and À-Þ: the only letters
 * whose lower case can be a function word's) at ten bits each: a word of up to five letters
 * (all below U+0400) is a key no other word shares, looked up without making its string.
 */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) c += 32;
    key = key * 1024 + c;
  }
  return key;
}
const FRENCH = 1;
const ENGLISH = 2;
/** wordKey of each function word -> its language (French first, as the vote reads them). */
const MARKERS = new Map<number, number>();
for (const word of ENGLISH_MARKERS) MARKERS.set(wordKey(word, 0, word.length), ENGLISH);
for (const word of FRENCH_MARKERS) MARKERS.set(wordKey(word, 0, word.length), FRENCH);

/** Function words are counted over at most this many characters. */
const VOTE_SAMPLE = 1200;
/** franc reads at most this many characters. */
const FRANC_SAMPLE = 400;

export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  const sample = text.length > VOTE_SAMPLE ? text.slice(0, VOTE_SAMPLE) : text;
  let fr = 0;
  let en = 0;
  // Function words are short: only runs of 1 to 5 letters are looked up (see wordKey).
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= 5) {
        const marker = MARKERS.get(wordKey(sample, start, i));
        if (marker === FRENCH) fr++;
        else if (marker === ENGLISH) en++;
        // Stop as soon as the vote is overwhelming.
        if (fr + en >= 24 && (fr >= 5 * en || en >= 5 * fr)) break;
      }
      start = -1;
    }
  }
  // A clear vote: enough function words, and one language has at least three times the other.
  if (fr + en >= 6) {
    if (fr >= 3 * en) return 'fr';
    if (en >= 3 * fr) return 'en';
  }
  // In a headline-length text the trigram model is weaker than a single function word.
  if (sample.length < 80 && fr !== en) return fr > en ? 'fr' : 'en';
  if (sample.length >= 20) {
    const guess = FRANC_TO_LANG[franc(sample.slice(0, FRANC_SAMPLE), { only: ['fra', 'eng'], minLength: 10 })];
    if (guess) return guess;
  }
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback;
}
