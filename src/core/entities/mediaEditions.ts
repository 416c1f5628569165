// A broadcaster's regional edition is named by the broadcaster and its region or town: `France 3
// Hauts-de-France`, `France Bleu Isère` are one body (as the Wikinews gold has them), not the
// broadcaster and a place. Runs on the linked mentions: both names are list hits by then.
import cues from '../data/entity-cues.json';
import type { EntityMention } from '../types';
import { kebab } from './normalize';

const EDITION_MEDIA = new Set(cues.regionalEditionMedia.map((name) => kebab(name)));

/** The mentions with each broadcaster followed by a place (one space between) made one organization. */
export function withMediaEditions(text: string, mentions: EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.type === 'organization' && EDITION_MEDIA.has(m.id))) return mentions;
  const out: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const media = mentions[k];
    const place = mentions[k + 1];
    if (place && media.type === 'organization' && EDITION_MEDIA.has(media.id) && place.type === 'place' && place.start === media.end + 1 && text.charAt(media.end) === ' ') {
      const name = text.slice(media.start, place.end);
      out.push({ start: media.start, end: place.end, text: name, type: 'organization', id: kebab(name), name });
      k++;
    } else {
      out.push(media);
    }
  }
  return out;
}
