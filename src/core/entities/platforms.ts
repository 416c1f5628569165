// Web services named as the medium: "a écrit sur Twitter", "via Facebook", "sur son compte
// Instagram", "on X". There the name is the service, a product, not the company that runs it
// (which "Google a annoncé" stays). The lists give the cue words and the platforms
// (entity-cues.json: platforms, mediumCues).
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, type Candidate, type Context } from './candidates';
import type { KnownEntity } from './gazetteer';

const PLATFORMS = new Set(cues.platforms);
const MEDIUM_CUES = new Set(cues.mediumCues.filter((c) => !c.includes(' ')));
const MEDIUM_CUE_PAIRS = new Set(cues.mediumCues.filter((c) => c.includes(' ')));
/** Words that may stand between the cue and the name: sur son compte Twitter, on the X feed. */
const BETWEEN = new Set(['le', 'la', 'les', "l'", 'l’', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'officiel', 'officielle', 'personnel', 'personnelle', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'official']);
const LIST_SEPARATORS = new Set([',', 'et', 'ou', 'and', 'or']);
/** A list of at least this many platforms (and no other company) is a list of services. */
const PLATFORM_LIST = 3;

/** The product reading of a listed company that is a platform, one per entity (bounded by the list). */
const productOf = new Map<string, KnownEntity>();

/** `starts`: the tokens some organization rule starts from (ruleCandidates), in text order. */
export function platformProductCandidates(ctx: Context, out: Candidate[], starts: number[]): void {
  const { tokens, words } = ctx;
  const n = tokens.length;
  let platformAt: number[] | undefined;
  for (const k of starts) if (PLATFORMS.has(words[k].word)) (platformAt ??= []).push(k);
  if (platformAt === undefined) return;
  // The listed entity of each token a gazetteer candidate of one token covers.
  const listed = new Map<number, Candidate>();
  for (const c of out) if (c.source === 'gazetteer' && c.entity && c.te === c.ts + 1) listed.set(c.ts, c);
  const medium = new Set<number>();
  for (const k of platformAt) if (afterMediumCue(ctx, k)) medium.add(k);
  // A list carries the reading: sur Twitter et Facebook; Courriel, Facebook, Twitter, Google (also
  // one item a line, as share buttons are).
  const listMembers = (k: number): number[] => {
    let s = k;
    while (s >= 2 && LIST_SEPARATORS.has(words[s - 1].lowerKey) && ctx.flags[s - 2] & NAME_WORD) s -= 2;
    const members: number[] = [];
    for (let e = s; e < n; e += 2) {
      members.push(e);
      if (e + 2 >= n || !LIST_SEPARATORS.has(words[e + 1].lowerKey) || !(ctx.flags[e + 2] & NAME_WORD)) break;
    }
    return members;
  };
  for (const k of platformAt) {
    if (medium.has(k)) continue;
    const members = listMembers(k);
    if (members.length < 2) continue;
    const platforms = members.filter((m) => PLATFORMS.has(tokens[m].text));
    const otherCompany = members.some((m) => !PLATFORMS.has(tokens[m].text) && listed.get(m)?.entity?.type === 'company');
    if (platforms.some((m) => medium.has(m)) || (platforms.length >= PLATFORM_LIST && !otherCompany)) for (const m of platforms) medium.add(m);
  }
  for (const k of medium) {
    // X is a platform only right after its cue and before no name (sur X, pas sur X Æ A-12).
    if (tokens[k].text === 'X' && (!MEDIUM_CUES.has(words[k - 1]?.lowerKey ?? '') || (k + 1 < n && ctx.flags[k + 1] & NAME_WORD))) continue;
    const company = listed.get(k)?.entity;
    if (company) out.push(candidate(k, k + 1, 'product', 'rule', 2, 81, { entity: productEntity(company) }));
    else out.push(candidate(k, k + 1, 'product', 'rule', 2, 81, { name: tokens[k].text }));
  }
}

function afterMediumCue(ctx: Context, k: number): boolean {
  const { tokens, words } = ctx;
  let j = k - 1;
  for (let skipped = 0; j >= 0 && skipped < 2 && BETWEEN.has(words[j].lowerKey) && !tokens[j + 1].lineStart; skipped++) j--;
  if (j < 0 || tokens[j + 1].lineStart) return false;
  if (MEDIUM_CUES.has(words[j].lowerKey)) return true;
  return j > 0 && MEDIUM_CUE_PAIRS.has(`${words[j - 1].lowerKey} ${words[j].lowerKey}`);
}

function productEntity(company: KnownEntity): KnownEntity {
  let product = productOf.get(company.id);
  if (product === undefined) {
    product = { id: company.id, name: company.name, type: 'product' };
    productOf.set(company.id, product);
  }
  return product;
}
