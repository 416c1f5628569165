// Old papers set a heading or a name in spaced letters (`L U X E M B O U R G`, `L A U S A N N E`);
// OCR keeps the spaces, so the tokens are single capitals no rule reads as a word (the tagger took one
// for a person). A run of four or more single capitals, one space apart on one line, whose letters
// joined are a listed name is that name, one mention over the spaces (press-fr-2's convention).
import type { EntityMention } from '../types';
import { listedWord, NEWS_FRENCH_RULE, type Context } from './candidates';
import { titleCaseWord } from './normalize';

const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** Fewer spaced capitals are initials or an acronym (C. F. F., S A). */
const MIN_LETTERS = 4;

/** The mentions with each listed name written in spaced capitals as one mention of it. */
/** Whether a word may be a letter of a spaced name: a single capital. */
export function isSingleCapital(word: string): boolean {
  return word.length === 1 && SINGLE_CAPITAL.test(word);
}

export function withSpacedLetters(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, text } = ctx;
  let out: EntityMention[] | undefined;
  // Only single capitals (NEWS_FRENCH_RULE, computed once per word) are visited; a run read is skipped past.
  let next = 0;
  for (const i of ctx.newsStarts) {
    if (i < next || !(ctx.words[i].news & NEWS_FRENCH_RULE) || !isSingleCapital(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && SINGLE_CAPITAL.test(tokens[j].text) && !tokens[j].lineStart && tokens[j].start === tokens[j - 1].end + 1) j++;
    const letters = j - i;
    const start = tokens[i].start;
    const end = tokens[j - 1].end;
    next = j;
    if (letters < MIN_LETTERS) continue;
    const joined = text.slice(start, end).replace(/ /g, '');
    const entity = listedWord(joined, ctx) ?? listedWord(titleCaseWord(joined), ctx);
    if (!entity) continue;
    const current = out ?? mentions;
    out = current.filter((m) => m.end <= start || m.start >= end);
    out.push({ start, end, text: text.slice(start, end), type: entity.type, id: entity.id, name: entity.name });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}
