// A place whose listed name opens on its article (Le Locle, Le Brassus, Les Verrières, Le Caire) loses the
// article where French contracts it with à or de: `au Locle`, `du Brassus`, `aux Verrières`, `des Diablerets`.
// The name there is the place without the article (the press conventions: `au Locle` → `Locle`), though the
// tagger reads the bare word as a firm or a person. This pass, after linking, makes a mention right after the
// contracted article a place when `Le`/`Les` and its words are a listed place.
import type { EntityMention } from '../types';
import { tokenStartingAt } from '../text/tokenize';
import { pickHit, type Context } from './candidates';
import { gazetteer, type TrieNode } from './gazetteer';
import { tokenKey } from './normalize';

/** The article each contracted form holds: au, du → le; aux, des → les. */
const CONTRACTED = new Map([['au', 'Le'], ['du', 'Le'], ['aux', 'Les'], ['des', 'Les']]);
/** Tokens a name after the article may hold (Mont-sur-Lausanne is one). */
const MAX_NAME_TOKENS = 3;

export function withContractedArticlePlaces(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, text } = ctx;
  let out: EntityMention[] | undefined;
  let from = 0;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m];
    // A contracted article ends in u, x or s and a space before the name: most mentions are read no further.
    const before = text.charCodeAt(mention.start - 2);
    if (mention.type === 'place' || text.charCodeAt(mention.start - 1) !== 0x20 || (before !== 0x75 && before !== 0x78 && before !== 0x73)) continue;
    const t = tokenStartingAt(tokens, mention.start, from);
    from = t;
    if (t < 1 || t >= tokens.length || tokens[t].start !== mention.start) continue;
    const article = CONTRACTED.get(tokens[t - 1].text);
    if (article === undefined) continue;
    // The listed place `Le Locle` read over the mention's tokens.
    let node: TrieNode | undefined = gazetteer().root.next.get(tokenKey(article));
    let k = t;
    for (; k < tokens.length && k - t < MAX_NAME_TOKENS && tokens[k].end <= mention.end && node; k++) node = node.next.get(tokenKey(tokens[k].text));
    if (node === undefined || k === t || tokens[k - 1].end !== mention.end) continue;
    const hit = node.hits ? pickHit(node.hits, ctx.lang) : undefined;
    if (hit?.entity.type !== 'place' || hit.ambiguous) continue;
    out ??= mentions.slice();
    out[m] = { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), type: 'place', id: hit.entity.id, name: hit.entity.name };
  }
  return out ?? mentions;
}
