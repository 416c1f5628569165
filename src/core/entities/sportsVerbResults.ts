// A result told in a sentence on the sport pages: `Servette bat Etoile-Carouge 3 à 0`, `Arosa a battu Davos par
// 4 buts à 2`, `Montreux et Lausanne-Sports font match nul 1 à 1`. A team named so is its club, a body, even when
// it bears a town's name (press-fr-2's convention for result lines), which the lists read as the town; a country
// is its national team, which the gold names as the place (`la Suisse a battu l'Autriche`), and a person is a
// player (a tennis or a wrestling match). This pass, after linking, reads the two names around the verb, and the
// score after them, and makes each a club.
import { tokenStartingAt } from '../text/tokenize';
import type { EntityMention } from '../types';
import { listedWord, NAME_WORD, type Context } from './candidates';
import { COUNTRY_NAMES } from './gazetteer';
import { kebab } from './normalize';

/** Between the two teams: the verb, with its article for the loser. */
const BEAT = /^\s+(?:a\s+|ont\s+)?(?:bat|battent|battu)\s+(?:le\s+|la\s+|les\s+|l['’])?$/;
const AND = /^\s+et\s+(?:le\s+|la\s+|l['’])?$/;
/** After the second team: the score (`3 à 0`, `par 4 buts à 2`, `par 2-1`). */
const SCORE_AFTER = /^\s+(?:par\s+)?\d{1,2}(?:\s+buts?)?\s*(?:à|-)\s*\d{1,2}\b/;
const DRAW_AFTER = /^\s+(?:font|ont fait|a fait)\s+match\s+nul\b/;
/** What a score must open with, read in place (sticky, no slice): most mentions fail it, so they cost no string. */
const SCORE_OPENS = /\s+(?:par\s+)?\d/y;
/** What BEAT or AND must open with, read in place: most gaps between two mentions (`, `, ` de `) fail it. */
const GAP_OPENS = /\s+(?:a\s+|ont\s+)?bat|\s+et\s/y;
/** Characters read between the teams and after the second one, at most. */
const MAX_GAP = 16;
const MAX_AFTER = 28;
/** An unlisted winner before the verb: one or two capitalized words (Servette, Young Boys). */
const WINNER_BEFORE = /(?:^|[\s;,.:—–-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:a\s+|ont\s+)?(?:bat|battent|battu)\s+(?:le\s+|la\s+|les\s+|l['’])?$/u;
const MAX_BEFORE = 40;

/** Whether a mention may be a club: a body, a firm, or a place that is no country. */
function mayBeClub(m: EntityMention): boolean {
  return m.type === 'organization' || m.type === 'company' || (m.type === 'place' && !COUNTRY_NAMES.has(m.name));
}

function club(ctx: Context, m: EntityMention): EntityMention {
  if (m.type === 'organization') return m;
  const listed = listedWord(m.text, ctx);
  const body = listed !== undefined && listed.type !== 'place' && listed.type !== 'person';
  return { start: m.start, end: m.end, text: m.text, type: 'organization', id: body ? listed.id : kebab(m.text), name: body ? listed.name : m.text };
}

/** The mentions with the two teams of each result told in a sentence as clubs (see the file comment). */
export function withSportsVerbResults(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { text } = ctx;
  let out: EntityMention[] | undefined;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    // The types first: a person on either side (most pairs of mentions) costs no regex.
    if (b.start - a.end > MAX_GAP || !mayBeClub(a) || !mayBeClub(b) || !gapMayTell(text, a.end)) continue;
    const gap = text.slice(a.end, b.start);
    const beat = BEAT.test(gap);
    if (!beat && !AND.test(gap)) continue;
    const after = text.slice(b.end, b.end + MAX_AFTER);
    const told = beat ? SCORE_AFTER.test(after) : DRAW_AFTER.test(after);
    if (!told || (a.type === 'place' && b.type === 'place' && a.name === b.name)) continue;
    out ??= mentions.slice();
    out[k] = club(ctx, a);
    out[k + 1] = club(ctx, b);
  }
  // A winner nothing found (an unlisted club: Servette bat Etoile-Carouge 3 à 0), before a loser found.
  let added: EntityMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const b = mentions[k];
    if (!mayBeClub(b) || !scoreMayFollow(text, b.end) || !SCORE_AFTER.test(text.slice(b.end, b.end + MAX_AFTER))) continue;
    const from = Math.max(k > 0 ? mentions[k - 1].end : 0, b.start - MAX_BEFORE);
    const winner = WINNER_BEFORE.exec(text.slice(from, b.start));
    if (!winner) continue;
    const start = from + winner.index + winner[0].indexOf(winner[1]);
    const name = winner[1];
    if (!allNameWords(ctx, start, start + name.length)) continue;
    (added ??= []).push(club(ctx, { start, end: start + name.length, text: name, type: 'organization', id: kebab(name), name }));
    out ??= mentions.slice();
    out[k] = club(ctx, b);
  }
  if (added === undefined) return out ?? mentions;
  return [...(out ?? mentions), ...added].sort((x, y) => x.start - y.start);
}

/** Whether the text at `at` opens as the gap of a result does (a cheap test before the bounded one). */
function gapMayTell(text: string, at: number): boolean {
  GAP_OPENS.lastIndex = at;
  return GAP_OPENS.test(text);
}

/** Whether the text at `at` opens as a score does (a cheap test before the bounded one). */
function scoreMayFollow(text: string, at: number): boolean {
  SCORE_OPENS.lastIndex = at;
  return SCORE_OPENS.test(text);
}

/** Whether the tokens over [start, end) are all name words (no sentence-opening Il, Qui, Hier). */
function allNameWords(ctx: Context, start: number, end: number): boolean {
  const { tokens, flags } = ctx;
  const lo = tokenStartingAt(tokens, start);
  if (lo < 0) return false;
  for (let k = lo; k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].text === '-' || tokens[k].text === "'" || tokens[k].text === '’') continue;
    if (!(flags[k] & NAME_WORD)) return false;
  }
  return true;
}
