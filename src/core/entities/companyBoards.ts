// A firm's governing boards are written with capitals in English business news ("approval by the
// Supervisory Board", "its Executive Board would meet") and the tagger reads "Board" after a
// capitalized word as a surname. By the fixtures' convention such a board is one organization
// (the body of its firm), never a person or a place. The board names are data
// (englishCompanyBoards in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, NEWS_ENGLISH_WORD, phraseEnd, type Candidate, type Context } from './candidates';

/** The boards by their first word, each as its words. */
const BOARDS = new Map<string, string[][]>();
for (const name of cues.englishCompanyBoards) {
  const words = name.split(' ');
  BOARDS.set(words[0], [...(BOARDS.get(words[0]) ?? []), words]);
}
/** Above the tagger and a person's cue; a longer body already found (Supervisory Board of X) keeps its reading. */
const SCORE = 80;

/** Whether a word opens a board's name (the word cache sets NEWS_ENGLISH_WORD from it). */
export function opensCompanyBoard(word: string): boolean {
  return BOARDS.has(word);
}

export function companyBoardCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens } = ctx;
  const count = out.length;
  // Only the boards' first words (NEWS_ENGLISH_WORD, computed once per word) are visited.
  let next = 0;
  for (const i of ctx.newsStarts) {
    if (i < next || !(ctx.words[i].news & NEWS_ENGLISH_WORD)) continue;
    const end = phraseEnd(ctx, i, BOARDS.get(tokens[i].text));
    if (end < 0) continue;
    let longer = false;
    for (let c = 0; c < count && !longer; c++) if (out[c].type === 'organization' && out[c].ts <= i && out[c].te >= end && out[c].te - out[c].ts > end - i) longer = true;
    if (!longer) out.push(candidate(i, end, 'organization', 'rule', 2, SCORE, { name: tokens.slice(i, end).map((t) => t.text).join(' ') }));
    next = end;
  }
}
