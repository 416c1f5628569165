// Merging: gazetteer and rule candidates with the statistical tagger's spans, then a greedy
// choice of non-overlapping mentions (higher tier first, then longer, then higher score).
import cues from '../data/entity-cues.json';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import { isNameWord, matchSuffix, type Candidate, type Context } from './candidates';
import type { NameSpan } from './tagger';

const ORGANIZATION_WORDS = new Set(cues.organizationWords);

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
    const ts = byStart.get(s.start);
    const te = byEnd.get(s.end);
    if (ts === undefined || te === undefined || te <= ts) continue;
    if (s.label === 'MISC') continue; // events and works are no entity type; products come from lists and cues
    let type: EntityType;
    if (s.label === 'PER') type = 'person';
    else if (s.label === 'LOC') type = 'place';
    else type = organizationOrCompany(ctx, ts, te);
    // Same span as a list or rule hit: the list decides.
    if (rules.some((r) => r.ts === ts && r.te === te)) continue;
    let tier = 1;
    const inside = rules.filter((r) => r.ts >= ts && r.te <= te && r.tier <= 2);
    const crossing = rules.some((r) => r.ts < te && r.te > ts && !(r.ts >= ts && r.te <= te) && r.tier >= 2 && r.source !== 'tagger');
    if (inside.length > 0 && !crossing && s.confidence >= 0.5) {
      // The tagger's longer name holds name words the list hit lacks (Grande Mosquée de Valence).
      let extraNameWords = 0;
      for (let k = ts; k < te; k++) {
        if (!inside.some((r) => r.ts <= k && k < r.te) && isNameWord(tokens, k)) extraNameWords++;
      }
      if (extraNameWords > 0) tier = 2;
    }
    out.push({ ts, te, type, source: 'tagger', tier, score: 40 + 20 * s.confidence });
  }
  return out;
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
