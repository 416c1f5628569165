// A French body named by a common noun and its nation's adjective, with no capital at all (l'armée
// syrienne, le gouvernement pakistanais), is a mention only where the tagger is sure of it (merge.ts),
// so one article could mark it once and leave it unmarked the next time. The same words again in
// the same article name the same body: they are that mention too, all of an article's or none (the
// policy stays the tagger's; the Wikinews gold marks 32 of 54 armée with a nationality, most articles
// all or none). Other lower-case names (les gilets jaunes) are left as the tagger read each. The words
// followed by an adjective that is no participle are a longer body's (l'armée syrienne libre), not that one.
import type { EntityMention } from '../types';
import { tokenStartingAt } from '../text/tokenize';
import { FUNCTION_WORD, isNationAdjective, type Context } from './candidates';
import { readsAsFrenchNameAdjective } from './frenchWordForms';

/** A name with no capital at all, of two words or more: lower-case letters, spaces, hyphens and apostrophes; its last word. */
const NO_CAPITAL = /^\p{Ll}[\p{Ll}\s'’-]*\s(\p{Ll}+)$/u;
/** A letter, a digit or a hyphen goes on with the word (syrienne-libre is another word). */
const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** The lower-case word after a name, past its spaces. */
const NEXT_LOWER_WORD = /^[ \t]+(\p{Ll}+)/u;

/** The mentions with every other writing of an article's lower-case body added (see the file comment). */
export function withRepeatedLowerNames(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  let names: Map<string, EntityMention> | undefined;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.text.charCodeAt(0) < 97 || names?.has(m.text)) continue;
    const adjective = NO_CAPITAL.exec(m.text)?.[1];
    if (adjective !== undefined && isNationAdjective(adjective)) (names ??= new Map()).set(m.text, m);
  }
  if (names === undefined) return mentions;
  const { text } = ctx;
  const added: EntityMention[] = [];
  for (const [name, m] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // Whole words only, and no mention there already.
      if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      if (mentions.some((o) => o.start < end && at < o.end) || added.some((o) => o.start < end && at < o.end)) continue;
      if (continuesWithAdjective(ctx, end)) continue;
      added.push({ ...m, start: at, end });
    }
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/** Whether the words at `end` go on with an adjective that is no participle nor function word (depuis): a
 * longer name (armée syrienne libre). */
function continuesWithAdjective(ctx: Context, end: number): boolean {
  const m = NEXT_LOWER_WORD.exec(ctx.text.slice(end, end + 40));
  if (m === null || !readsAsFrenchNameAdjective(m[1])) return false;
  const k = tokenStartingAt(ctx.tokens, end + m[0].length - m[1].length);
  return k >= 0 && !(ctx.flags[k] & FUNCTION_WORD);
}
