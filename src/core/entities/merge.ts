// Merging: gazetteer and rule candidates with the statistical tagger's spans, then a greedy
// choice of non-overlapping mentions (higher tier first, then longer, then higher score).
import cues from '../data/entity-cues.json';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import { isConnector, isFunctionWord, isNameWord, isSentenceStart, matchSuffix, NOT_NAMES, type Candidate, type Context } from './candidates';
import type { NameSpan } from './tagger';

const ORGANIZATION_WORDS = new Set(cues.organizationWords);

// Confidence floors for tagger spans, chosen on the TRAINING split of the French dev set
// (F1 0.910 -> 0.929 from 0.8/0.5 to 0.3/0.1; the seeds do not change).
const LOWER_CASE_MIN_CONFIDENCE = 0.3;
const WRAP_MIN_CONFIDENCE = 0.1;
const BLOCKER_MIN_CONFIDENCE = 0.15;

const isWordToken = (t: string): boolean => /[\p{L}\p{N}]/u.test(t);

/** Token index by start offset and by end offset. */
function tokenIndex(tokens: Token[]): { byStart: Map<number, number>; byEnd: Map<number, number> } {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i + 1);
  });
  return { byStart, byEnd };
}

/** ORG names are organizations when a word says so (Ministère, Université, Agence...), else companies. */
export function organizationOrCompany(ctx: Context, ts: number, te: number): EntityType {
  const { tokens } = ctx;
  for (let k = ts; k < te; k++) {
    if (matchSuffix(tokens, k)?.legal) return 'company';
  }
  for (let k = ts; k < te; k++) {
    const t = tokens[k].text;
    if (ORGANIZATION_WORDS.has(t)) return 'organization';
    if (k + 1 < te && ORGANIZATION_WORDS.has(`${t} ${tokens[k + 1].text}`)) return 'organization';
  }
  return 'company';
}

/** Tagger spans as candidates; a tagger name wrapping list hits with more name words beats them. */
export function taggerCandidates(ctx: Context, spans: NameSpan[], rules: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const { byStart, byEnd } = tokenIndex(tokens);
  const out: Candidate[] = [];
  for (const s of spans) {
    let ts = byStart.get(s.start);
    let te = byEnd.get(s.end);
    if (ts === undefined || te === undefined) continue;
    // Trim words that start no name (Crédit Photo, Lire aussi) and stray punctuation.
    while (ts < te && (NOT_NAMES.has(tokens[ts].text) || !isWordToken(tokens[ts].text) || (te - ts === 1 && isFunctionWord(tokens[ts].text)))) ts++;
    while (te > ts && (NOT_NAMES.has(tokens[te - 1].text) || !isWordToken(tokens[te - 1].text))) te--;
    if (te <= ts || NOT_NAMES.has(ctx.text.slice(tokens[ts].start, tokens[te - 1].end))) continue;
    // Lower-case names (armée syrienne, al-Bab) are kept only when the tagger is sure.
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[ts].text) && s.confidence < LOWER_CASE_MIN_CONFIDENCE) continue;
    let type: EntityType | 'blocker';
    // Events and works are no entity type and products come from lists and cues, but a sure
    // MISC name still keeps the names inside it from standing alone (Tour de France 2016).
    if (s.label === 'MISC') type = 'blocker';
    else if (s.label === 'PER') type = 'person';
    else if (s.label === 'LOC') type = 'place';
    else type = organizationOrCompany(ctx, ts, te);
    // Same span as a list or rule hit: the list decides.
    if (rules.some((r) => r.ts === ts && r.te === te)) continue;
    let tier = 1;
    const inside = rules.filter((r) => r.ts >= ts! && r.te <= te! && r.tier <= 2);
    const crossing = rules.some((r) => r.ts < te && r.te > ts && !(r.ts >= ts && r.te <= te) && r.tier >= 2 && r.source !== 'tagger');
    // A longer name may wrap a place or a person it is named after (Grande Mosquée de Valence),
    // or extend a company name (Tencent Music); never across a plain lower-case word.
    const wraps = inside.length > 0 && inside.every((r) => r.type === 'place' || r.type === 'person' || r.ts === ts || r.weak);
    // A plain lower-case word next to the list hit (Xuhui à Shanghai) splits two names.
    let plainWord = false;
    const isPlain = (k: number): boolean => k >= ts! && k < te! && /^\p{Ll}/u.test(tokens[k].text) && !isConnector(tokens[k].text);
    for (const r of inside) if (isPlain(r.ts - 1) || isPlain(r.te)) plainWord = true;
    if (wraps && !plainWord && !crossing && s.confidence >= WRAP_MIN_CONFIDENCE) {
      // The tagger's longer name holds name words the list hit lacks (Grande Mosquée de Valence).
      let extraNameWords = 0;
      for (let k = ts; k < te; k++) {
        if (!inside.some((r) => r.ts <= k && k < r.te) && (isNameWord(tokens, k) || /^\d+$/.test(tokens[k].text))) extraNameWords++;
      }
      // A rule hit alone (a cue's name) is weaker than the tagger's longer name (le groupe État islamique).
      const rulesOnly = inside.every((r) => r.source === 'rule' && r.ts === ts);
      // The tagger's name of the same kind extends a list hit (Golfe persique, Union européenne de radio-télévision).
      const sameKind = inside.length === 1 && inside[0].ts === ts && sameCoarseType(inside[0].type, type);
      if (extraNameWords > 0 || rulesOnly || sameKind) tier = 2;
    }
    if (type === 'blocker' && (tier < 2 || s.confidence < BLOCKER_MIN_CONFIDENCE)) continue;
    out.push({ ts, te, type, source: 'tagger', tier, score: 40 + 20 * s.confidence });
  }
  return out;
}

function sameCoarseType(a: Candidate['type'], b: Candidate['type']): boolean {
  const coarse = (t: Candidate['type']): string => (t === 'company' || t === 'organization' ? 'org' : t);
  return coarse(a) === coarse(b);
}

/** Greedy choice of non-overlapping candidates. */
export function selectCandidates(tokenCount: number, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.tier - a.tier || b.te - b.ts - (a.te - a.ts) || b.score - a.score || a.ts - b.ts,
  );
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.ts; k < c.te; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.ts; k < c.te; k++) taken[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.ts - b.ts);
}
