// Earnings-call transcripts introduce each speaker on a line of its own: the name, a dash, then
// the speaker's title or firm, in a few layouts ("Hiroshi Tanabe -- Chief Financial Officer",
// "Priyanka Raghunathan -- Evercore ISI -- Analyst", "Andrew Lazar - Analyst, Barclays"). The name
// opening such a line is a person, and a part of the line that is no title is the analyst's firm.
// A line is read so only when every part after the dash is a title or a name and one is a title:
// a sentence after a dash (Sales - which fell) has lower-case words and is left alone.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, companyName, CONNECTOR, HAS_LOWER, NAME_WORD, NEWS_SPEAKER_DASH, organizationOrCompany, ROLE_TITLE, type Candidate, type Context } from './candidates';

const DASHES = new Set(['-', '--', '–', '—']);
/** Words that open a title though no title list holds them (Head of Investor Relations; data: speakerTitleOpeners). */
const TITLE_OPENERS = new Set(cues.speakerTitleOpeners);
/** Lower-case words inside a title (Head of Investor Relations, Vice President and Treasurer). */
const TITLE_JOINERS = new Set(['of', 'and', '&', 'for']);
/** A speaker's name is two to four words. */
const MAX_NAME_WORDS = 4;

interface LinePart {
  ts: number;
  te: number;
  title: boolean;
}

/** A dash after which a speaker line names the title or the firm (the word cache sets NEWS_SPEAKER_DASH from it). */
export function isSpeakerDash(word: string): boolean {
  return DASHES.has(word);
}

/** English: the person and the firm of each transcript speaker line. */
export function speakerLineCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words } = ctx;
  // From each dash (in newsStarts: NEWS_SPEAKER_DASH) back to its line's start, over two to four name words.
  for (const e of ctx.newsStarts) {
    if (!(words[e].news & NEWS_SPEAKER_DASH) || tokens[e].lineStart || !tokens[e].spaceBefore) continue;
    let i = -1;
    for (let k = e - 1; k >= 0 && e - k <= MAX_NAME_WORDS && isPlainNameWord(ctx, k); k--) {
      if (k === 0 || tokens[k].lineStart) {
        i = k;
        break;
      }
    }
    if (i < 0 || e - i < 2) continue;
    const parts = lineParts(ctx, e);
    if (parts === undefined || !parts.some((p) => p.title)) continue;
    // Tier 3: the layout fixes the reading, in a line that also reads as a Title Case headline.
    out.push(candidate(i, e, 'person', 'rule', 3, 70));
    for (const p of parts) if (!p.title && !listed(out, p.ts, p.te)) out.push(candidate(p.ts, p.te, organizationOrCompany(ctx, p.ts, p.te), 'rule', 3, 50, { name: companyName(ctx, p.ts, p.te) }));
  }
}

/** Whether a list names exactly this span (Barclays): its reading, with its id, stands. */
function listed(out: Candidate[], ts: number, te: number): boolean {
  return out.some((c) => c.source === 'gazetteer' && c.ts === ts && c.te === te);
}

/** A capitalized word with lower-case letters, no title (Hiroshi, not CFO or Chief). */
function isPlainNameWord(ctx: Context, k: number): boolean {
  const f = ctx.flags[k];
  return (f & (NAME_WORD | CAPITALIZED | HAS_LOWER)) === (NAME_WORD | CAPITALIZED | HAS_LOWER) && !(f & ROLE_TITLE);
}

/** The parts of the line after the dash at token d, split at dashes and commas; undefined when
 * one part is neither a title nor a name. */
function lineParts(ctx: Context, d: number): LinePart[] | undefined {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const parts: LinePart[] = [];
  let k = d;
  while (k < n && (k === d || !tokens[k].lineStart)) {
    while (k < n && !tokens[k].lineStart && (DASHES.has(tokens[k].text) || tokens[k].text === ',')) k++;
    if (k >= n || tokens[k].lineStart) break;
    const s = k;
    while (k < n && !tokens[k].lineStart && !DASHES.has(tokens[k].text) && tokens[k].text !== ',') k++;
    const title = (flags[s] & ROLE_TITLE) !== 0 || TITLE_OPENERS.has(tokens[s].text);
    for (let j = s; j < k; j++) {
      const t = tokens[j].text;
      const nameLike = flags[j] & NAME_WORD || (j > s && (flags[j] & CONNECTOR || t === '.' || t === '&'));
      if (!nameLike && !(title && TITLE_JOINERS.has(t))) return undefined;
    }
    parts.push({ ts: s, te: k, title });
  }
  return parts.length > 0 ? parts : undefined;
}
