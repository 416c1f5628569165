// Court reports name an accused by the given name and the initial of the surname (`Roger M., 47
// ans`). The person runs read the name without the initial's full stop (a sentence end to them), and
// linking then took every `M.` of the text (`présidé par M. Bolle`) for that person's surname. The
// person is the name with its initial and the stop; a lone capital is never a mention of it.
import type { EntityMention } from '../types';
import type { Context } from './candidates';

const GIVEN_AND_INITIAL = /^\p{Lu}[\p{L}-]+ \p{Lu}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** The mentions with each given name and initial keeping its stop, and no lone capital as a person. */
export function withInitialSurnames(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { text } = ctx;
  // Copied on the first change only; the cheap tests (length, the stop after) before the regexes.
  let out: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'person' && m.text.length <= 2 && SINGLE_CAPITAL.test(m.text)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    if (m.type === 'person' && text.charCodeAt(m.end) === 46 && GIVEN_AND_INITIAL.test(m.text)) {
      out ??= mentions.slice(0, i);
      out.push({ ...m, end: m.end + 1, text: text.slice(m.start, m.end + 1), name: m.name === m.text ? `${m.name}.` : m.name });
      continue;
    }
    out?.push(m);
  }
  return out ?? mentions;
}
