// English bodies whose names coordinate words: a list of complements after the head (Department for
// Environment, Food and Rural Affairs; Department of Natural Resources, Mines and Water), which
// bodyOfCandidates stops at the comma, and two words joined before the head (Food and Agriculture
// Organization, Community and Technical College, Bill and Melinda Gates Foundation), where the tagger
// and the rules read the part after "and" alone. Either way the name fell into two or three mentions.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, nameRunEnd, nameRunStartBefore, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.englishBodyHeads);
const JOINERS = new Set(['of', 'for', 'on']);
/** Words of one coordinated part, and parts of a list after the head. */
const MAX_PART_WORDS = 3;
const MAX_LIST_PARTS = 5;

/** Whether token k is "and" or "&" with a name word after it on its line. */
function andBeforeName(ctx: Context, k: number): boolean {
  const { tokens, words, flags } = ctx;
  return k + 1 < tokens.length && (words[k].key === 'and' || tokens[k].text === '&') && !tokens[k + 1].lineStart && (flags[k + 1] & NAME_WORD) !== 0;
}

/** English: bodies named with coordinated words (see the file's head), one organization. */
export function coordinatedBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let listedStart: Uint8Array | undefined;
  /** Whether a list or another rule names something in tokens [s, e): the part is a name of its own. */
  const holdsName = (s: number, e: number): boolean => {
    if (listedStart === undefined) {
      listedStart = new Uint8Array(n);
      for (const c of out) if (c.source === 'gazetteer' || (c.source === 'rule' && c.type !== 'organization' && c.type !== 'blocker')) listedStart.fill(1, c.ts, c.te);
    }
    for (let k = s; k < e; k++) if (listedStart[k]) return true;
    return false;
  };
  const found: Candidate[] = [];
  // A list of complements: extend a body read up to a comma (Department for Environment,).
  for (const c of out) {
    if (c.source !== 'rule' || c.type !== 'organization' || c.te + 1 >= n || tokens[c.te].text !== ',') continue;
    let joined = false;
    for (let k = c.ts; k < c.te && !joined; k++) joined = JOINERS.has(words[k].key);
    if (!joined) continue;
    let k = c.te;
    let end = 0;
    for (let parts = 0; parts < MAX_LIST_PARTS && k + 1 < n && tokens[k].text === ',' && !tokens[k + 1].lineStart && flags[k + 1] & NAME_WORD; parts++) {
      const partEnd = nameRunEnd(ctx, k + 1, MAX_PART_WORDS, false);
      if (partEnd <= k + 1 || holdsName(k + 1, partEnd)) break;
      k = partEnd;
      if (andBeforeName(ctx, k)) {
        const lastEnd = nameRunEnd(ctx, k + 1, MAX_PART_WORDS, false);
        if (lastEnd > k + 1 && !holdsName(k + 1, lastEnd)) end = lastEnd;
        break;
      }
    }
    if (end) found.push(candidate(c.ts, end, 'organization', 'rule', 2, c.score + 1));
  }
  // Two words joined before the head: Food and Agriculture Organization.
  for (const i of ctx.newsStarts) {
    if (!HEADS.has(tokens[i].text) || tokens[i].lineStart) continue;
    const s = nameRunStartBefore(ctx, i, MAX_PART_WORDS, false);
    if (s < 2 || tokens[s].lineStart || !andBeforeName(ctx, s - 1) || !(flags[s - 2] & NAME_WORD) || tokens[s - 1].lineStart) continue;
    const left = nameRunStartBefore(ctx, s - 1, MAX_PART_WORDS, false);
    if (holdsName(left, s - 1)) continue;
    // The body's complement, where a rule read it (Food and Agriculture Organization of the United Nations).
    let end = i + 1;
    for (const c of out) if (c.source === 'rule' && c.type === 'organization' && c.ts >= s && c.ts <= i && c.te > end) end = c.te;
    if (out.some((c) => c.source === 'gazetteer' && c.ts <= left && c.te >= end)) continue;
    found.push(candidate(left, end, 'organization', 'rule', 2, 64));
  }
  for (const c of found) out.push(c);
}
