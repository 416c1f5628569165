// `Etat` in Swiss papers: the canton's state, written with a capital. The tagger reads `l'Etat de Vaud`,
// `l'Etat du Valais` as a firm, where the papers name the canton by its state, as by `le canton de Vaud`:
// the place without its head. The cue reader leaves a capitalized cue inside a sentence to the name
// (Fondation Wikimedia), so this pass, after linking, gives the canton after `Etat de`. (A title's
// `Etat`, `le conseiller d'Etat Ruchonnet`, is the cue reader's: candidates.ts cueCandidates.)
import type { EntityMention } from '../types';
import { listedWord, type Context } from './candidates';

/** `Etat de Vaud`, `Etat du Valais`, `Etat de Genève`: the canton after the head, written with or without its accent. */
const STATE_OF = /^[EÉ]tat\s+(?:de|du|d['’])\s*/;

/** The mentions with `l'Etat de X` the place X (see the file comment). */
export function withCantonalState(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  let out: EntityMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const replacement = m.type === 'place' || m.type === 'ticker' ? undefined : cantonOfState(ctx, m);
    if (replacement !== undefined) out ??= mentions.slice(0, k);
    if (out !== undefined) out.push(replacement ?? m);
  }
  return out ?? mentions;
}

/** The canton after `Etat de`, or undefined. */
function cantonOfState(ctx: Context, m: EntityMention): EntityMention | undefined {
  const of = STATE_OF.exec(m.text);
  if (!of) return undefined;
  const rest = m.text.slice(of[0].length);
  const place = listedWord(rest, ctx);
  if (!place || place.type !== 'place') return undefined;
  return { start: m.end - rest.length, end: m.end, text: rest, type: 'place', id: place.id, name: place.name };
}
