// Old print set the long s (ſ) inside words, and OCR of 1798-1840 papers keeps it (`Conſeil`,
// `Auſterlitz`, `Caſtlereagh`). The lists read it as s (normalize.ts), but the rules read the words
// as written and the tagger has never seen the letter: `président du Conſeil` gave a place, `Auſterlitz`
// a person. Entities of such a text are read on the same text with every ſ an s (one code unit for
// one: offsets unchanged) and each mention's text taken back from the text as written.
import type { EntityMention } from '../types';

/** The text with each long s read as s, undefined when it has none (most texts). */
export function longSAsS(text: string): string | undefined {
  return text.includes('ſ') ? text.replace(/ſ/g, 's') : undefined;
}

/** The mentions found on the plain reading, with their text as the source writes it. */
export function withSourceTexts(source: string, mentions: EntityMention[]): EntityMention[] {
  return mentions.map((m) => ({ ...m, text: source.slice(m.start, m.end) }));
}
