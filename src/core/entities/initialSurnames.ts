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
  let changed = false;
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type === 'person' && SINGLE_CAPITAL.test(m.text)) {
      changed = true;
      continue;
    }
    if (m.type === 'person' && GIVEN_AND_INITIAL.test(m.text) && text.charAt(m.end) === '.') {
      changed = true;
      out.push({ ...m, end: m.end + 1, text: text.slice(m.start, m.end + 1), name: m.name === m.text ? `${m.name}.` : m.name });
      continue;
    }
    out.push(m);
  }
  return changed ? out : mentions;
}
