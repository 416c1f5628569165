// English business news cites the source of its figures and the employer of the people it quotes
// by names no list holds, and the tagger reads those from their letters as places or people:
// "according to data from YCharts", "data from researcher Kaiko showed", "according to Circana
// data", "head of investment strategy at KGI Asia in Hong Kong". The context says the name is a
// business or a body: figures come from a firm, and a title of that form is held at one. A name
// opening with a given name stays a person (data from economist Jane Roe), a listed name keeps
// the list's reading (data from China). The words are data (sourceCues in entity-cues.json).
import cues from '../data/entity-cues.json';
import {
  CALENDAR_WORD,
  candidate,
  companyName,
  FIRST_NAME,
  FUNCTION_WORD,
  LOWER_LED,
  NAME_WORD,
  nameRunEnd,
  NEWS_SOURCE_CUE,
  NEWS_SPEECH_VERB,
  nameRunStartBefore,
  NOT_NAME,
  organizationOrCompany,
  ROLE_TITLE,
  SENTENCE_START,
  type Candidate,
  type Context,
} from './candidates';

const DATA_NOUNS = new Set(cues.sourceCues.dataNouns);
/** The links by their first word, each as its words (from; compiled by). */
const DATA_LINKS = new Map<string, string[]>();
for (const link of cues.sourceCues.dataLinks) DATA_LINKS.set(link.split(' ')[0], link.split(' '));
const DATA_VERBS = new Set(cues.sourceCues.dataVerbs);
const DESCRIPTORS = new Set(cues.sourceCues.descriptors);
const EMPLOYER_HEADS = new Set(cues.sourceCues.employerHeads);
const NATIONALITIES = new Set(cues.englishNationalities);
/** Lower-case words that may describe the source (data from blockchain analytics firm X). */
const MAX_DESCRIPTORS = 3;
/** Lower-case words of a title's "of" complement (head of global investment strategy at). */
const MAX_COMPLEMENT_WORDS = 4;
/** A source's name is at most this many words. */
const MAX_NAME_WORDS = 5;

/** A word this rule starts from (lower case): a data noun or an employer's title; the word cache sets NEWS_SOURCE_CUE from it. */
export function isSourceCueWord(lowerKey: string): boolean {
  return DATA_NOUNS.has(lowerKey) || EMPLOYER_HEADS.has(lowerKey);
}

/** English: businesses named as the source of figures or as an employer (see the file's head). */
export function sourceCueCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let listed: Uint8Array | undefined;
  const push = (s: number, e: number): void => {
    listed ??= listedTokens(n, out);
    if (!isBusinessName(ctx, s, e, listed)) return;
    // Above a person's cue (researcher Kaiko: 68), even one the tagger confirms (75): the figures say the researcher is a firm.
    out.push(candidate(s, e, organizationOrCompany(ctx, s, e), 'rule', 2, 78, { name: companyName(ctx, s, e) }));
  };
  // The data nouns, titles and speech verbs are in newsStarts (NEWS_SOURCE_CUE, NEWS_SPEECH_VERB): most tokens are none.
  for (const i of ctx.newsStarts) {
    if (words[i].news & NEWS_SPEECH_VERB && flags[i] & LOWER_LED) {
      speakerEmployer(ctx, i, push);
      continue;
    }
    if (i + 1 >= n || !(words[i].news & NEWS_SOURCE_CUE) || !(flags[i] & LOWER_LED)) continue;
    const w = words[i].lowerKey;
    if (DATA_NOUNS.has(w) && tokens[i].text === w) {
      // data from [the] [researcher] X
      const link = DATA_LINKS.get(words[i + 1].lowerKey);
      if (link) {
        let j = i + 1;
        let k = 0;
        while (k < link.length && j < n && words[j].lowerKey === link[k] && !tokens[j].lineStart) (j++, k++);
        if (k < link.length) continue;
        if (j < n && words[j].lowerKey === 'the' && tokens[j].text === 'the') j++;
        for (let m = 0; m < MAX_DESCRIPTORS && j < n && flags[j] & LOWER_LED && DESCRIPTORS.has(words[j].lowerKey) && !tokens[j].lineStart; m++) j++;
        if (j < n && !tokens[j].lineStart && flags[j] & NAME_WORD) push(j, nameRunEnd(ctx, j, MAX_NAME_WORDS));
        continue;
      }
      // according to X data; X data showed
      if (i > 0 && flags[i - 1] & NAME_WORD && !tokens[i].lineStart) {
        const s = nameRunStartBefore(ctx, i, MAX_NAME_WORDS);
        const according = s >= 2 && words[s - 2].lowerKey === 'according' && words[s - 1].lowerKey === 'to';
        if (according || DATA_VERBS.has(words[i + 1].lowerKey)) push(s, i);
      }
      continue;
    }
    // head of investment strategy at X
    if (EMPLOYER_HEADS.has(w) && tokens[i].text === w && words[i + 1].lowerKey === 'of') {
      let j = i + 2;
      for (let m = 0; m < MAX_COMPLEMENT_WORDS && j < n && flags[j] & LOWER_LED && words[j].lowerKey !== 'at' && !tokens[j].lineStart; m++) j++;
      if (j + 1 < n && tokens[j].text === 'at' && j > i + 2 && !tokens[j + 1].lineStart && flags[j + 1] & NAME_WORD) push(j + 1, nameRunEnd(ctx, j + 1, MAX_NAME_WORDS));
    }
  }
}

/** Marks that close the employer's name after a speaker (said Jane Roe of Bernstein.). */
const CLOSING_MARKS = new Set([',', '.', ';', ':', ')', '"', '”']);
/** A speaker named in full is at least this many words (a given name and a surname). */
const MIN_SPEAKER_WORDS = 2;

/** The employer of a speaker named in full, after "of", right after the speech verb (said Jane Roe of
 * Bernstein,) or right before it (Jane Roe of Capital Economics said): quotes name the speaker's firm so.
 * A listed place stays a place (said John Smith of Boston). */
function speakerEmployer(ctx: Context, v: number, push: (s: number, e: number) => void): void {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const isOf = (k: number): boolean => k >= 0 && k < n && tokens[k].text === 'of' && !tokens[k].lineStart;
  // said Jane Roe of Bernstein,
  const p = v + 1;
  if (p < n && !tokens[p].lineStart && flags[p] & NAME_WORD) {
    const pe = nameRunEnd(ctx, p, 4, false);
    if (pe - p >= MIN_SPEAKER_WORDS && isOf(pe) && pe + 1 < n && !tokens[pe + 1].lineStart && flags[pe + 1] & NAME_WORD) {
      const xe = nameRunEnd(ctx, pe + 1, MAX_NAME_WORDS);
      if (xe >= n || tokens[xe].lineStart || CLOSING_MARKS.has(tokens[xe].text)) push(pe + 1, xe);
    }
  }
  // Jane Roe of Capital Economics said
  if (v < 4 || tokens[v].lineStart || !(flags[v - 1] & NAME_WORD)) return;
  const xs = nameRunStartBefore(ctx, v, MAX_NAME_WORDS, false);
  if (xs >= v || xs < 3 || !isOf(xs - 1) || tokens[xs].lineStart || !(flags[xs - 2] & NAME_WORD)) return;
  const ps = nameRunStartBefore(ctx, xs - 1, 4, false);
  if (xs - 1 - ps >= MIN_SPEAKER_WORDS) push(xs, v);
}

/** Whether tokens [s, e) can be a business's name here: no given name, title, date or nationality
 * opening it, no list holding all of it. */
function isBusinessName(ctx: Context, s: number, e: number, listed: Uint8Array): boolean {
  const { tokens, flags } = ctx;
  if (e <= s) return false;
  if (flags[s] & (FIRST_NAME | ROLE_TITLE | FUNCTION_WORD | SENTENCE_START)) return false;
  for (let k = s; k < e; k++) if (flags[k] & (NOT_NAME | CALENDAR_WORD)) return false;
  if (e - s === 1 && NATIONALITIES.has(tokens[s].text)) return false;
  let all = true;
  for (let k = s; k < e && all; k++) if (!listed[k]) all = false;
  return !all;
}

/** 1 on the tokens a list's name holds. */
function listedTokens(n: number, out: Candidate[]): Uint8Array {
  const listed = new Uint8Array(n);
  for (const c of out) if (c.source === 'gazetteer') listed.fill(1, c.ts, c.te);
  return listed;
}
