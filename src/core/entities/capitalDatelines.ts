// The dateline of a regional paper: the town in capitals on a line of its own above the headline
// (METZ, then the headline, then the article). The tagger read such a word as a body or nothing, a
// line in capitals being a headline (press.ts names there only what a list knows, and a town may be
// hidden by a club or a first name of the same spelling). A line of one to three words in capitals,
// nothing else on it, whose words are a listed place read case-blind, is that place.
// A page of village news has two more layouts (sequoia-fr.md): a heading `CANTON DE SÉZANNE` names the
// place after DE, and a paragraph opening with a town in capitals, a full stop and a dash (`ESTERNAY. – Le
// club...`; a listed one without the dash too) names that town, when a list knows it, its name is a compound, or the text writes it again after
// à, de or en; an unlisted single word the text writes nowhere else may be a rubric (NÉCROLOGIE. –).
import cues from '../data/entity-cues.json';
import { gazetteer, type KnownEntity, type TrieNode } from './gazetteer';
import { candidate, CAPITALIZED, HAS_LOWER, NEWS_FRENCH_RULE, pickHit, UPPER_OR_NUMBER_LED, type Candidate, type Context } from './candidates';
import type { Lang } from '../types';
import { isAllCaps, tokenKey, titleCaseWord } from './normalize';

const HEADING_HEADS = new Set(cues.placeHeadingHeads);
const HEADING_LINKS = new Set(['DE', 'DU', 'DES']);
const DASHES = new Set(['–', '—', '-']);
/** The articles a town's name may open with (LE MESNIL, LA ROCHELLE, LES ANDELYS). */
const TOWN_ARTICLES = new Set(['LE', 'LA', 'LES']);
/** The words after which a text writes a town (à Rosheim, le maire de Sézanne, en Avignon); data, read by
 * unlistedDatelines.ts too (a module constant would not be set yet when that module, in an import cycle, loads). */
const TOWN_LEADS: readonly string[] = cues.frenchTownLeads;
const WORD_CHAR = /^[\p{L}\p{N}-]$/u;
/** Prepositions before a place (à, in): a listed place in capitals after them is that place. */
const PLACE_PREPOSITIONS = new Set(cues.placePrepositions);

/** The listed place a word spells in capitals (LYON: Lyon, LONDON: London), for the article's language, when no
 * company or body is listed under that spelling too. */
export function listedPlaceInCapitals(word: string, lang: Lang): KnownEntity | undefined {
  if (word.length < 3 || !isAllCaps(word)) return undefined;
  const hits = gazetteer().root.next.get(titleCaseWord(word))?.hits;
  if (!hits || hits.some((h) => h.entity.type !== 'place')) return undefined;
  return pickHit(hits, lang)?.entity;
}

/** A listed place in capitals after a preposition of place in a sentence in mixed case (transférée à DIJON), which the
 * tagger may read as a body or leave out: the place (link.ts reads the tagger's body so too). The words in
 * capitals that spell a listed place are French rule starts (NEWS_FRENCH_RULE), visited alone. */
export function placeInCapitalsCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  for (const i of ctx.newsStarts) {
    if (i < 1 || !(words[i].news & NEWS_FRENCH_RULE) || tokens[i].lineStart || !(flags[i - 1] & HAS_LOWER) || !PLACE_PREPOSITIONS.has(words[i - 1].lowerKey)) continue;
    const place = listedPlaceInCapitals(tokens[i].text, ctx.lang);
    if (place) out.push(candidate(i, i + 1, 'place', 'gazetteer', 2, 80, { entity: place }));
  }
}

const MAX_WORDS = 3;
/** A word in capitals: capital letters, hyphens and apostrophes, two letters at least (SAINT-DIÉ, L'ISLE). */
export const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** The small words of a compound town, lower case inside it (Pont-à-Mousson, Bar-le-Duc, Saint-Dié-des-Vosges). */
const PLACE_PARTICLES = new Set(['à', 'de', 'des', 'du', 'd', 'le', 'la', 'les', 'en', 'sur', 'sous', 'lès', 'lez', 'aux', 'et', 'l']);

/** A word in capitals as a compound town is written: each part capitalized, its small words in lower case. */
export function placeCase(word: string): string {
  return word.split('-').map((part, k) => {
    const lower = part.toLowerCase();
    return k > 0 && PLACE_PARTICLES.has(lower) ? lower : titleCaseWord(part);
  }).join('-');
}

export function capitalDatelineCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, lineStarts } = ctx;
  const n = tokens.length;
  for (let line = 0; line < lineStarts.length; line++) {
    const i = lineStarts[line];
    // The line's end is the next line's start: a longer line is read no further.
    const e = line + 1 < lineStarts.length ? lineStarts[line + 1] : n;
    if (i >= n) continue;
    // A word in capitals opens with a capital and has no lower-case letter: the flags first, the regex on those only.
    if ((flags[i] & (UPPER_OR_NUMBER_LED | HAS_LOWER)) !== UPPER_OR_NUMBER_LED || !CAPITALS_WORD.test(tokens[i].text)) continue;
    if (e - i > MAX_WORDS) {
      villageLine(ctx, i, e, out);
      continue;
    }
    let node: TrieNode | undefined = gazetteer().root;
    for (let k = i; k < e && node; k++) {
      const word = tokens[k].text;
      if (!CAPITALS_WORD.test(word)) node = undefined;
      // Without a hyphen, placeCase is titleCaseWord: that key is looked up once; a small word is listed in lower case (PAYS DE GALLES).
      else node = node.next.get(tokenKey(titleCaseWord(word))) ?? (word.includes('-') ? node.next.get(tokenKey(placeCase(word))) : undefined) ?? node.next.get(tokenKey(word)) ?? (k > i ? node.next.get(tokenKey(word.toLowerCase())) : undefined);
    }
    const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
    // A town that is also a first name (NANCY) is the town on a dateline's line.
    if (hit?.entity.type === 'place') out.push(candidate(i, e, 'place', 'gazetteer', 3, 90, { entity: hit.entity }));
    // A heading a list does not know whole names the place after its head (CANTON DE SÉZANNE; PAYS DE GALLES is listed).
    else if (hit === undefined && e - i >= 3 && isPlaceHeadingHead(ctx, i) && capitalsRun(ctx, i + 2, e) === e) {
      out.push(candidate(i + 2, e, 'place', 'gazetteer', 3, 85, { name: placeName(ctx, i + 2, e) }));
    }
  }
}

/** Whether token i heads a heading of village news before DE and its place (CANTON DE SÉZANNE): no name itself. */
export function isPlaceHeadingHead(ctx: Context, i: number): boolean {
  return HEADING_HEADS.has(ctx.tokens[i].text) && i + 1 < ctx.tokens.length && HEADING_LINKS.has(ctx.tokens[i + 1].text);
}

/** End of a run of words in capitals from i, at most `end` and three words. */
function capitalsRun(ctx: Context, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < MAX_WORDS && CAPITALS_WORD.test(ctx.tokens[k].text)) k++;
  return k;
}

/** A place's name written as a town is: each word in place case. */
function placeName(ctx: Context, i: number, e: number): string {
  return ctx.tokens.slice(i, e).map((t) => placeCase(t.text)).join(' ');
}

/** The town in capitals opening a paragraph of village news, before a full stop and a dash (ESTERNAY. – Le club). */
function villageLine(ctx: Context, i: number, lineEnd: number, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const e = capitalsRun(ctx, i, lineEnd);
  if (e + 2 >= lineEnd || tokens[e].text !== '.') return;
  const dash = DASHES.has(tokens[e + 1].text);
  let node: TrieNode | undefined = gazetteer().root;
  for (let k = i; k < e && node; k++) node = node.next.get(tokenKey(placeCase(tokens[k].text)));
  const hit = node?.hits ? pickHit(node.hits, ctx.lang) : undefined;
  // A listed town needs no dash (ÉPERNAY. Le maire...), an unlisted one does.
  if (hit) {
    if (hit.entity.type === 'place' && (dash || ctx.flags[e + 1] & CAPITALIZED)) out.push(candidate(i, e, 'place', 'gazetteer', 3, 90, { entity: hit.entity }));
    return;
  }
  if (!dash) return;
  const name = placeName(ctx, i, e);
  // A town's compound name is hyphenated or opens with its article (FÈRE-CHAMPENOISE, LE MESNIL); other words in
  // capitals are as often a rubric (ÉTAT CIVIL, HOCKEY SUR GLACE) and need the text to write them after à, de or en.
  let compound = TOWN_ARTICLES.has(tokens[i].text) && e - i > 1;
  for (let k = i; k < e && !compound; k++) compound = tokens[k].text.includes('-');
  if (!compound && !writtenAfterLead(text, name, 0, TOWN_LEADS)) return;
  out.push(candidate(i, e, 'place', 'gazetteer', 3, 85, { name }));
}

/** Whether the text writes `town` whole (not the start of a longer word) after one of `leads`, from `from` on. */
export function writtenAfterLead(text: string, town: string, from: number, leads: readonly string[]): boolean {
  for (let at = text.indexOf(town, from); at >= 0; at = text.indexOf(town, at + 1)) {
    if (WORD_CHAR.test(text.charAt(at + town.length))) continue;
    if (leads.some((lead) => at >= lead.length && text.startsWith(lead, at - lead.length))) return true;
  }
  return false;
}
