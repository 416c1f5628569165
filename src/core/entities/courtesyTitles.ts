// Obituaries, small ads and court news write people after courtesy titles in full (`Madame veuve
// Louise Chappuis`, `Monsieur Jules CHAPPUIS`, `Mademoiselle Marthe Favre`) and sovereigns after
// their style (`la Grande-Duchesse Charlotte`). The titles stay out of the person, as `M.` and `Mme`
// do; the tagger reads them into the name (or, for a style, a place). Before a name with its particle
// (`Madame de Palacio`, as a debate addresses a member) the particle stays with the name, as after `M.`.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, type Candidate, type Context } from './candidates';

/** Courtesy titles written out (as written or in capitals), and the word of widowhood that may follow them. */
const COURTESY = new Set([...cues.frenchAddressWords, ...cues.courtesyTitles.moreAddressWords].flatMap((w) => [w, w.toUpperCase()]));
const WIDOW = new Set(cues.courtesyTitles.widowWords);
/** Styles of sovereigns and their families, before a given name. */
const STYLES = new Set(cues.courtesyTitles.sovereignStyles);
// Not la, le: after a title they open an address by function (Madame la Commissaire), no name.
const PARTICLES = new Set(cues.nameParticles.filter((w) => w !== 'la' && w !== 'le'));

/** Marks a dropped candidate until the list is filtered once. */
const BLANK = candidate(0, 0, 'blocker', 'rule', 0, 0);

/** The chosen candidates with courtesy titles and styles cut from the front of the persons they open. */
export function withoutCourtesyTitles(ctx: Context, chosen: Candidate[]): Candidate[] {
  if (ctx.lang !== 'fr') return chosen;
  const { tokens, flags } = ctx;
  let out: Candidate[] | undefined;
  let dropped = false;
  for (let c = 0; c < chosen.length; c++) {
    const m = chosen[c];
    if (m.entity !== undefined || m.type === 'blocker' || m.type === 'ticker') continue;
    const head = tokens[m.ts].text;
    // A title alone is nobody (`Monsieur et Madame Louis Perret`: the first title).
    if (m.te - m.ts === 1) {
      if (COURTESY.has(head)) {
        out ??= chosen.slice();
        out[c] = BLANK;
        dropped = true;
      }
      continue;
    }
    let ts = m.ts;
    let particleName = false;
    if (m.type === 'person' && COURTESY.has(head)) {
      ts++;
      if (ts < m.te && WIDOW.has(tokens[ts].text)) ts++;
      particleName = ts + 1 < m.te && PARTICLES.has(tokens[ts].text) && (flags[ts + 1] & CAPITALIZED) !== 0;
    } else if (STYLES.has(head)) ts++;
    else continue;
    // What is left must be a capitalized name or a particle and one: `Madame la Commissaire` stays as
    // the merge left it, and so does a title read as a name (`Madame Monsieur`, a band).
    if (ts >= m.te || !(flags[ts] & CAPITALIZED || particleName) || COURTESY.has(tokens[ts].text)) continue;
    out ??= chosen.slice();
    out[c] = candidate(ts, m.te, 'person', m.source, m.tier, m.score);
  }
  if (out && dropped) return out.filter((m) => m !== BLANK);
  return out ?? chosen;
}
