// `Etat` in Swiss papers: the canton's state, written with a capital. In a title (`le conseiller d'Etat
// Ruchonnet`, `la conseillère aux Etats Dupuis`) the tagger reads the capitalized `Etat` with the name after it as
// one firm (`Etat Ruchonnet`) and outweighs the title's cue (entity-cues.json, frenchPersonTitles), which finds the
// person alone; and `l'Etat de Vaud`, `l'Etat du Valais` it reads as a firm, where the papers name the canton by
// its state, as by `le canton de Vaud`: the place without its head. This pass, after linking, gives the person
// after the title, and the canton after `Etat de`.
import type { EntityMention } from '../types';
import { listedWord, type Context } from './candidates';
import { kebab } from './normalize';

/** `Etat`, `Etats` opening a mention, the state written with or without its accent. */
const STATE_HEAD = /^[EÉ]tats? /;
/** The title before `Etat`: conseiller d'Etat, conseillère aux Etats, conseillers d'Etat. */
const TITLE_BEFORE = /\bconseill(?:er|ère|ers|ères)\s+(?:d['’]|aux\s+)$/i;
/** `Etat de Vaud`, `Etat du Valais`, `Etat de Genève`: the canton after the head. */
const STATE_OF = /^[EÉ]tat\s+(?:de|du|d['’])\s*/;
const MAX_LOOK_BACK = 24;

/** The mentions with a title's `Etat` left out of the person and `l'Etat de X` the place X (see the file comment). */
export function withCantonalState(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { text } = ctx;
  let out: EntityMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const replacement = m.type === 'place' || m.type === 'ticker' || !STATE_HEAD.test(m.text) ? undefined : withoutState(ctx, text, m);
    if (replacement !== undefined) out ??= mentions.slice(0, k);
    if (out !== undefined) out.push(replacement ?? m);
  }
  return out ?? mentions;
}

/** The person after a title's `Etat`, or the canton after `Etat de`, or undefined. */
function withoutState(ctx: Context, text: string, m: EntityMention): EntityMention | undefined {
  if (TITLE_BEFORE.test(text.slice(Math.max(0, m.start - MAX_LOOK_BACK), m.start))) {
    const head = STATE_HEAD.exec(m.text)![0].length;
    const rest = m.text.slice(head);
    // The name after the title is a capitalized word.
    if (!/^\p{Lu}/u.test(rest)) return undefined;
    return { start: m.start + head, end: m.end, text: rest, type: 'person', id: kebab(rest), name: rest };
  }
  const of = STATE_OF.exec(m.text);
  if (!of) return undefined;
  const rest = m.text.slice(of[0].length);
  const place = listedWord(rest, ctx);
  if (!place || place.type !== 'place') return undefined;
  return { start: m.end - rest.length, end: m.end, text: rest, type: 'place', id: place.id, name: place.name };
}
