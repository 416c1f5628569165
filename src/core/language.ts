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

/** The letters of the function words: a-z, é and à, the digits 1 to 28 of wordKey. */
const MARKER_LETTERS = 'abcdefghijklmnopqrstuvwxyzéà';
/** Code unit -> its digit in wordKey (after lower-casing), 0 for a letter no function word holds. */
const MARKER_LETTER_CODES = new Uint8Array(0x100);
for (let k = 0; k < MARKER_LETTERS.length; k++) MARKER_LETTER_CODES[MARKER_LETTERS.charCodeAt(k)] = k + 1;

/**
 * A run of letters as one number, its code units lower-cased (A-Z and À-Þ: the only letters
 * whose lower case can be a function word's) at five bits each (MARKER_LETTERS), -1 for a run
 * with a letter no function word holds: a word of up to five letters is a small integer no other
 * word shares, looked up without making its string (nor a heap number, as wider keys would).
 */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) c += 32;
    const digit = c < 0x100 ? MARKER_LETTER_CODES[c] : 0;
    if (digit === 0) return -1;
    key = key * 32 + digit;
  }
  return key;
}
const FRENCH = 1;
const ENGLISH = 2;
/** wordKey of each function word -> its language (French first, as the vote reads them). */
const MARKERS = new Map<number, number>();
for (const [words, lang] of [[ENGLISH_MARKERS, ENGLISH], [FRENCH_MARKERS, FRENCH]] as const) {
  for (const word of words) {
    const key = wordKey(word, 0, word.length);
    if (key < 0 || word.length > 5) throw new Error(`language: the function word ${word} does not fit wordKey`);
    MARKERS.set(key, lang);
  }
}

/** Function words are counted over at most this many characters. */
const VOTE_SAMPLE = 1200;
/** franc reads at most this many characters. */
const FRANC_SAMPLE = 400;

export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  // The vote reads the text itself up to the sample's end (a slice would be a view, slower to read).
  const sampleLength = Math.min(text.length, VOTE_SAMPLE);
  let fr = 0;
  let en = 0;
  // Function words are short: only runs of 1 to 5 letters are looked up (see wordKey).
  let start = -1;
  for (let i = 0; i <= sampleLength; i++) {
    const c = i < sampleLength ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= 5) {
        const marker = MARKERS.get(wordKey(text, start, i));
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
  if (sampleLength < 80 && fr !== en) return fr > en ? 'fr' : 'en';
  if (sampleLength >= 20) {
    const guess = FRANC_TO_LANG[franc(text.slice(0, FRANC_SAMPLE), { only: ['fra', 'eng'], minLength: 10 })];
    if (guess) return guess;
  }
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback;
}
