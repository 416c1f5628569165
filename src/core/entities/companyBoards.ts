// A firm's governing boards are written with capitals in English business news ("approval by the
// Supervisory Board", "its Executive Board would meet") and the tagger reads "Board" after a
// capitalized word as a surname. By the fixtures' convention such a board is one organization
// (the body of its firm), never a person or a place. The board names are data
// (englishCompanyBoards in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, type Candidate, type Context } from './candidates';

/** The boards by their first word, each as its words. */
const BOARDS = new Map<string, string[][]>();
for (const name of cues.englishCompanyBoards) {
  const words = name.split(' ');
  BOARDS.set(words[0], [...(BOARDS.get(words[0]) ?? []), words]);
}
/** Above the tagger and a person's cue; a longer body already found (Supervisory Board of X) keeps its reading. */
const SCORE = 80;

export function companyBoardCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens } = ctx;
  const n = tokens.length;
  const count = out.length;
  for (let i = 0; i < n; i++) {
    const forms = BOARDS.get(tokens[i].text);
    if (forms === undefined) continue;
    for (const words of forms) {
      if (i + words.length > n) continue;
      let k = 1;
      while (k < words.length && tokens[i + k].text === words[k] && !tokens[i + k].lineStart) k++;
      if (k < words.length) continue;
      const end = i + words.length;
      let longer = false;
      for (let c = 0; c < count && !longer; c++) if (out[c].type === 'organization' && out[c].ts <= i && out[c].te >= end && out[c].te - out[c].ts > end - i) longer = true;
      if (!longer) out.push(candidate(i, end, 'organization', 'rule', 2, SCORE, { name: words.join(' ') }));
      i = end - 1;
      break;
    }
  }
}
