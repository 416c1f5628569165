// British and Irish companies write their legal form in lower case (Hallbrook Industries plc,
// Ravenmoor Hotels plc); the suffix rule reads only capitalized suffixes, so the name lost its
// "plc" and a deal rule or the tagger read it without. A name run before a lower-case legal form is
// one company, suffix included, as with "PLC" (tier 3: a legal form fixes it).
import cues from '../data/entity-cues.json';
import { candidate, companyName, LOWER_LED, NAME_WORD, nameRunStartBefore, ruleStartsWith, SUFFIX_START, type Candidate, type Context } from './candidates';
import { startsLower } from './normalize';

/** The legal forms of the list written in lower case (plc): words with the LOWER_LED flag, which gates the lookup.
 * Each opens a corporate suffix of the lists, so it has SUFFIX_START: the pass visits only those rule starts. */
const LOWER_LEGAL = new Set(cues.corporateSuffixes.legal.filter(startsLower));

/** A word ending in a hyphen suffix of the lists (-listed, -based, -backed). */
const DESCRIBING_HYPHEN = new RegExp(`-(?:${[...cues.placeHyphenSuffixes, ...cues.nameHyphenSuffixes].join('|')})$`);

export function lowerLegalSuffixCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  for (const i of ruleStartsWith(ctx, SUFFIX_START)) {
    // The flag first: most suffixes are capitalized (Inc, Group), never a lower-case legal form.
    if (i === 0 || !(flags[i] & LOWER_LED) || !LOWER_LEGAL.has(tokens[i].text) || tokens[i].lineStart || !(flags[i - 1] & NAME_WORD)) continue;
    let start = nameRunStartBefore(ctx, i, 5, true);
    // A word with a hyphen suffix describes the company (London-listed Ravenmoor Hotels plc, Apax-backed): no part of it.
    for (let k = start; k < i - 1; k++) if (DESCRIBING_HYPHEN.test(tokens[k].text)) start = k + 1;
    if (start >= i) continue;
    // A known name that holds its suffix keeps the list's span and id.
    if (out.some((c) => c.source === 'gazetteer' && c.ts <= start && c.te >= i + 1)) continue;
    out.push(candidate(start, i + 1, 'company', 'rule', 3, 70, { name: companyName(ctx, start, i + 1) }));
  }
}
