// OCR of old and small print reads `m` as `rn` (`Suisse rornande`, `Rornont`, `Mouvernent`). A name no
// list knows, one of whose words holds `rn`, that reads as a listed name with that `rn` an `m` is that
// name (same offsets, the text as written), as longS.ts does for the long s. Only a reading the lists
// hold counts: `rn` is common in French words (journal, gouvernement) and names (Berne, Lucerne).
import type { EntityMention } from '../types';
import { pickHit, NEWS_FRENCH_RULE, type Context } from './candidates';
import { gazetteer, type KnownEntity, type TrieNode } from './gazetteer';
import { tokenKey } from './normalize';

const UPPER_START = /^\p{Lu}/u;
/** Words before and after the word with `rn` that a listed name may take. */
const REACH = 2;

/** Whether a word may be a listed name's word misread with rn for m: it holds rn, and read with m it is a word of some listed name. */
export function mayBeRnMisread(word: string): boolean {
  if (word.length < 4 || !word.includes('rn')) return false;
  const readKey = tokenKey(word.replace(/rn/g, 'm'));
  const { root, steps } = gazetteer();
  return root.next.has(readKey) || steps.codes.has(readKey);
}

/** The listed entity the tokens [ts, te) name with token `at` read as `word`, if any (not ambiguous). */
function listedSpan(ctx: Context, ts: number, te: number, at: number, word: string): KnownEntity | undefined {
  let node: TrieNode | undefined = gazetteer().root;
  for (let k = ts; k < te && node; k++) node = node.next.get(tokenKey(k === at ? word : ctx.tokens[k].text));
  const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
  return hit && !hit.ambiguous ? hit.entity : undefined;
}

/** The mentions with each name misread with `rn` for `m` named as the listed name it is. */
export function withRnReadAsM(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, text } = ctx;
  let out: EntityMention[] | undefined;
  // Most words with rn read as no word of any listed name (gouvernement, journée): only those that
  // may (NEWS_FRENCH_RULE, mayBeRnMisread once per word) are visited.
  for (const i of ctx.newsStarts) {
    const written = tokens[i].text;
    if (!(ctx.words[i].news & NEWS_FRENCH_RULE) || !mayBeRnMisread(written)) continue;
    const read = written.replace(/rn/g, 'm');
    // The longest listed span around the word, on its line, opening with a capital.
    let best: { ts: number; te: number; entity: KnownEntity } | undefined;
    for (let ts = Math.max(0, i - REACH); ts <= i; ts++) {
      if (!UPPER_START.test(ts === i ? read : tokens[ts].text)) continue;
      let lineBreak = false;
      for (let k = ts + 1; k <= i; k++) if (tokens[k].lineStart) lineBreak = true;
      if (lineBreak) continue;
      for (let te = i + 1; te <= Math.min(tokens.length, i + 1 + REACH); te++) {
        if (te > i + 1 && tokens[te - 1].lineStart) break;
        if (best && te - ts <= best.te - best.ts) continue;
        const entity = listedSpan(ctx, ts, te, i, read);
        if (entity && !listedSpan(ctx, ts, te, i, written)) best = { ts, te, entity };
      }
    }
    if (!best) continue;
    const start = tokens[best.ts].start;
    const end = tokens[best.te - 1].end;
    const current = out ?? mentions;
    // A longer mention around it is another name that holds the word (Conseil de la Suisse romande).
    if (current.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end))) continue;
    out = current.filter((m) => m.end <= start || m.start >= end);
    out.push({ start, end, text: text.slice(start, end), type: best.entity.type, id: best.entity.id, name: best.entity.name });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}
