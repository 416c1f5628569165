// French names joined by a hyphen into one word: `l'accord Canada-UE`, `le match France-Italie`,
// `l'axe Paris-Berlin`, `la ligne Nîmes-Montpellier`, `un sondage Ifop-Fiducial`. The tokenizer keeps
// such a word whole, so the candidates see one token; the news annotations mark each name as its own
// mention. This pass, after linking, splits a word that is no listed name (Boulogne-Billancourt,
// Seine-Saint-Denis, Ouest-France stay whole) into the listed names it is made of, or after a word
// that links two things (match, axe, ligne, équipe...) into its capitalized parts. A name after
// `anti-` or `pro-` (`manifestations anti-Trump`, `les troupes pro-Assad`) is a mention of the name.
import cues from '../data/entity-cues.json';
import type { EntityMention } from '../types';
import { listedToken, listedWord, NEWS_JOINED_NAME, type Context } from './candidates';
import type { KnownEntity, NamedType } from './gazetteer';
import { kebab } from './normalize';
import { RecentCache } from './recentCache';

/** Lower-case words before a hyphen pair that say it joins two things (skipping an article or `de`). */
const PAIR_CUES = new Set<string>(cues.hyphenPairCues);
const SKIPPED_BEFORE_PAIR = new Set<string>(cues.hyphenPairSkippedBefore);
/** Lower-case prefixes whose hyphen the name after it keeps out of the mention. */
const NAME_PREFIXES = new Set<string>(cues.hyphenNamePrefixes);
const UPPER_START = /^\p{Lu}/u;
/** Words that open or close one compound place name (Mont-Blanc, Port-Vendres, Saint-Lô, Pont-Aven,
 * Val-Thorens, Nord-Ouest): a piece so named is no name of its own even where a small town has it. */
const COMPOUND_PARTS = new Set<string>(cues.compoundPlaceParts);

const MAX_WORD_LENGTH = 80;
const MAX_PARTS = 6;

interface Piece {
  start: number;
  end: number;
  entity?: KnownEntity;
}

/** The person of the article whose name ends with `surname` (Pence after Mike Pence). */
function personBySurname(mentions: EntityMention[], surname: string): EntityMention | undefined {
  for (const m of mentions) if (m.type === 'person' && m.name.length > surname.length && m.name.endsWith(` ${surname}`)) return m;
  return undefined;
}

// The pieces of the words seen lately, strict and loose, for a French text and an English one: a
// word's pieces depend on the word and the lists alone, and articles repeat their words.
const piecesCache = Array.from({ length: 4 }, () => new RecentCache<Piece[]>(20_000));

/** pieces(word, ctx, loose), computed once per word. */
function cachedPieces(word: string, ctx: Context, loose: boolean): Piece[] | undefined {
  return piecesCache[(loose ? 1 : 0) + (ctx.lang === 'en' ? 2 : 0)].get(word, (w) => pieces(w, ctx, loose));
}

/** Splits a word made of names into its pieces (fewest pieces), each a listed name, or with
 * `loose` any capitalized run of its parts; undefined when none does. */
function pieces(word: string, ctx: Context, loose: boolean): Piece[] | undefined {
  // Names joined so have a few parts; the search below is quadratic in them.
  if (word.length > MAX_WORD_LENGTH) return undefined;
  const parts: Array<{ start: number; end: number }> = [];
  for (let from = 0; from <= word.length; ) {
    const dash = word.indexOf('-', from);
    const end = dash < 0 ? word.length : dash;
    if (end === from) return undefined;
    parts.push({ start: from, end });
    if (parts.length > MAX_PARTS) return undefined;
    from = end + 1;
    if (dash < 0) break;
  }
  if (parts.length < 2) return undefined;
  // best[k]: the fewest pieces covering parts[0..k), with how many of them no list knows.
  const best: Array<{ pieces: Piece[]; unknown: number } | undefined> = [{ pieces: [], unknown: 0 }];
  for (let k = 1; k <= parts.length; k++) {
    for (let j = 0; j < k; j++) {
      const before = best[j];
      if (!before || (j === 0 && k === parts.length)) continue;
      const start = parts[j].start;
      const end = parts[k - 1].end;
      const text = word.slice(start, end);
      if (!UPPER_START.test(text)) continue;
      if (k - j === 1 && COMPOUND_PARTS.has(text)) continue;
      const entity = listedWord(text, ctx);
      if (!entity && (!loose || k - j > 1)) continue;
      const unknown = before.unknown + (entity ? 0 : 1);
      const current = best[k];
      const count = before.pieces.length + 1;
      if (!current || count < current.pieces.length || (count === current.pieces.length && unknown < current.unknown)) {
        best[k] = { pieces: [...before.pieces, { start, end, entity }], unknown };
      }
    }
  }
  return best[parts.length]?.pieces;
}

/** Whether a word that links two things comes right before token i (l'accord de libre-échange Canada-UE). */
function afterPairCue(ctx: Context, i: number): boolean {
  const { tokens, words } = ctx;
  for (let k = i - 1, skipped = 0; k >= 0 && skipped < 3 && !tokens[k + 1].lineStart; k--) {
    const w = words[k].lowerKey;
    if (PAIR_CUES.has(w)) return true;
    // A compound before the pair (libre-échange, la frontière franco-belge): its last part says it.
    if (w === 'libre-échange') return true;
    if (!SKIPPED_BEFORE_PAIR.has(w)) return false;
    skipped++;
  }
  return false;
}

function mentionOf(ctx: Context, start: number, end: number, type: NamedType, id: string, name: string): EntityMention {
  return { start, end, text: ctx.text.slice(start, end), type, id, name };
}

/**
 * A word splitWord may split: an inner hyphen, and a capital first (Canada-UE) or after a name
 * prefix (anti-Trump). The word cache sets NEWS_JOINED_NAME from it.
 */
export function isJoinedNameWord(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash <= 0 || dash === word.length - 1) return false;
  return UPPER_START.test(word) || (NAME_PREFIXES.has(word.slice(0, dash)) && UPPER_START.test(word.slice(dash + 1)));
}

/** The mentions with every French hyphen pair split into its names (see the file comment). */
export function withHyphenPairs(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, words } = ctx;
  let out: EntityMention[] | undefined;
  let at = 0;
  // The words that may be split are in newsStarts (NEWS_JOINED_NAME): most tokens hold no hyphen.
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_JOINED_NAME)) continue;
    const token = tokens[i];
    // The mentions before this token; a mention over more than this word keeps it whole.
    while (at < mentions.length && mentions[at].end <= token.start) at++;
    const over = at < mentions.length && mentions[at].start < token.end ? mentions[at] : undefined;
    if (over && (over.start !== token.start || over.end !== token.end)) continue;
    if (at + 1 < mentions.length && mentions[at + 1].start < token.end) continue;
    const split = splitWord(ctx, i, over, mentions);
    if (!split) continue;
    out ??= mentions.slice();
    if (over) out.splice(out.indexOf(over), 1, ...split);
    else out.push(...split);
  }
  if (!out) return mentions;
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The mentions the word at token i is made of, or undefined to leave it as it is. */
function splitWord(ctx: Context, i: number, over: EntityMention | undefined, mentions: EntityMention[]): EntityMention[] | undefined {
  const token = ctx.tokens[i];
  const word = token.text;
  const dash = word.indexOf('-');
  // anti-Trump, pro-Assad: the name after the prefix, a listed one or a person of the article.
  if (NAME_PREFIXES.has(word.slice(0, dash)) && UPPER_START.test(word.slice(dash + 1))) {
    const name = word.slice(dash + 1);
    if (name.includes('-') && !listedWord(name, ctx)) return undefined;
    const start = token.start + dash + 1;
    const entity = listedWord(name, ctx);
    if (entity) return [mentionOf(ctx, start, token.end, entity.type, entity.id, entity.name)];
    const person = personBySurname(mentions, name);
    return person ? [mentionOf(ctx, start, token.end, 'person', person.id, person.name)] : undefined;
  }
  if (!UPPER_START.test(word) || listedToken(ctx, i)) return undefined;
  const cue = afterPairCue(ctx, i);
  const found = cachedPieces(word, ctx, cue);
  if (!found) return undefined;
  const split: EntityMention[] = [];
  for (const p of found) {
    const name = word.slice(p.start, p.end);
    const start = token.start + p.start;
    const end = token.start + p.end;
    if (p.entity) {
      split.push(mentionOf(ctx, start, end, p.entity.type, p.entity.id, p.entity.name));
      continue;
    }
    // A piece no list knows: a person of the article, else the type the whole word was read as.
    const person = personBySurname(mentions, name);
    if (person) split.push(mentionOf(ctx, start, end, 'person', person.id, person.name));
    else if (over && over.type !== 'ticker' && over.type !== 'product') split.push(mentionOf(ctx, start, end, over.type, kebab(name), name));
    else return undefined;
  }
  return split;
}
