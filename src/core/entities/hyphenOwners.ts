// English business news names a firm's backer or owner glued to a participle: `the Apollo-backed
// retailer`, `the Tiger Global-backed company`, `the Elliott-owned fund`. A name the lists know
// there is theirs (hyphenPlaceCandidates: U.S.-backed, SoftBank-backed); an unknown one was left to a
// blocker, as an unknown word before -based is. Before -backed, -owned, -controlled or -funded an
// unknown name is the firm that backs or owns, a company: not a nationality (Chinese-owned), not a
// capitalized common word (State-owned opening a sentence: notOwners), not a word opening a sentence
// alone. The words are data (hyphenOwners in entity-cues.json).
import cues from '../data/entity-cues.json';
import { gazetteer } from './gazetteer';
import { candidate, HYPHEN_PLACE, NAME_WORD, nameRunStartBefore, ruleStartsWith, SENTENCE_START, type Candidate, type Context } from './candidates';

const OWNER_SUFFIXES = new Set(cues.hyphenOwners.ownerSuffixes);
const NOT_OWNERS = new Set([...cues.hyphenOwners.notOwners, ...cues.englishNationalities]);
/** Over the blocker of an unknown name before a hyphen suffix (tier 3, 50). */
const SCORE = 55;
/** Name words before the glued one at most (Tiger Global-backed, Abu Dhabi Investment Authority-backed). */
const MAX_WORDS_BEFORE = 4;

export function hyphenOwnerCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const root = gazetteer().root;
  for (const i of ruleStartsWith(ctx, HYPHEN_PLACE)) {
    const t = tokens[i].text;
    const prefixLength = t.length - words[i].hyphenTrim;
    if (!OWNER_SUFFIXES.has(t.slice(prefixLength + 1).toLowerCase())) continue;
    const prefix = t.slice(0, prefixLength);
    if (NOT_OWNERS.has(prefix) || root.next.get(words[i].hyphenPrefix!)?.hits) continue;
    const s = tokens[i].lineStart ? i : nameRunStartBefore(ctx, i, MAX_WORDS_BEFORE, false);
    // A listed name of two words is hyphenPlaceCandidates' (Hong Kong-listed, Abu Dhabi-backed).
    if (s < i && words[i - 1].gazetteer?.next.get(words[i].hyphenPrefix!)?.hits) continue;
    // One word opening a sentence may be a common word capitalized there (Venture-backed firms).
    if (s === i && flags[i] & SENTENCE_START) continue;
    if (s < i && !(flags[s] & NAME_WORD)) continue;
    const name = ctx.text.slice(tokens[s].start, tokens[i].end - words[i].hyphenTrim);
    out.push(candidate(s, i + 1, 'company', 'rule', 3, SCORE, { name, endTrim: words[i].hyphenTrim }));
  }
}
