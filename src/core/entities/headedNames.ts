// Names read from the lower-case head word before them, the head left out of the mention
// (headedNames in entity-cues.json): a disease named after a person names the person (la maladie
// de Basedow, le syndrome de Guillain-Barré), a valley, a pass, a range or a mine shaft names the
// place (la vallée de la Fensch, le col du Bonhomme, le puits Simon), a house after la maison de
// names the family (la maison de Habsbourg), a lieu-dit names the place with its capitalized article
// (au lieu-dit La Filhole). The tagger missed the rarer names there, or read a
// place for a person (Basedow, Habsbourg) and a person for a place (Bonhomme). Above a list's
// score, as after M.: the head says what the name is.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, nameRunEnd, NEWS_FRENCH_RULE, SENTENCE_START, type Candidate, type Context } from './candidates';

interface HeadedKind {
  links: Set<string>;
  linkOptional: boolean;
  articles: Set<string>;
  after: Set<string> | undefined;
  keptArticles: Set<string>;
  coordinated: boolean;
  listedStays: Set<string>;
  type: 'person' | 'place';
  maxWords: number;
  score: number;
}

/** Each kind by its head words. */
const KINDS = new Map<string, HeadedKind>();
for (const spec of Object.values(cues.headedNames) as Array<{ heads: string[]; links: string[]; linkOptional?: boolean; articles?: string[]; after?: string[]; keepsArticles?: boolean; coordinated?: boolean; listedStays?: string[]; type: string; maxWords: number; score: number }>) {
  const kind: HeadedKind = {
    links: new Set(spec.links),
    linkOptional: spec.linkOptional ?? false,
    articles: new Set(spec.articles ?? []),
    after: spec.after ? new Set(spec.after) : undefined,
    keptArticles: new Set(spec.keepsArticles ? cues.nameOpeningArticles : []),
    coordinated: spec.coordinated ?? false,
    listedStays: new Set(spec.listedStays ?? []),
    type: spec.type as HeadedKind['type'],
    maxWords: spec.maxWords,
    score: spec.score,
  };
  for (const head of spec.heads) KINDS.set(head, kind);
}

export function isNameHead(word: string): boolean {
  return KINDS.has(word);
}

export function headedNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_FRENCH_RULE)) continue;
    const kind = KINDS.get(tokens[i].text);
    if (kind === undefined || (kind.after !== undefined && (i < 1 || !kind.after.has(words[i - 1].lowerKey)))) continue;
    let j = i + 1;
    if (j < n && !tokens[j].lineStart && kind.links.has(words[j].lowerKey)) {
      j++;
      // de la, de l' (la vallée de la Fensch).
      if (j < n && !tokens[j].lineStart && (words[j - 1].lowerKey === 'de' || words[j - 1].lowerKey === "d'") && kind.articles.has(words[j].lowerKey)) j++;
    } else if (!kind.linkOptional) continue;
    // Names after the head, more than one where the kind coordinates them (aux lieux-dits La Ville-Gourio et Le Bois-Billy).
    for (;;) {
      if (j >= n || tokens[j].lineStart) break;
      // A capitalized article the kind keeps opens the name (au lieu-dit La Filhole).
      const article = kind.keptArticles.has(tokens[j].text) && j + 1 < n && !tokens[j + 1].lineStart && (flags[j + 1] & NAME_WORD) !== 0;
      const s = article ? j + 1 : j;
      if (!(flags[s] & NAME_WORD) || (!article && flags[s] & SENTENCE_START)) break;
      // A name the list reads otherwise keeps that reading where the kind says so (le syndrome de Stockholm, la maison de Dior).
      const listed = words[s].gazetteerHitFr?.entity.type;
      if (listed !== undefined && kind.listedStays.has(listed)) break;
      const end = nameRunEnd(ctx, s, kind.maxWords, false);
      out.push(candidate(j, end, kind.type, 'rule', 2, kind.score));
      if (!kind.coordinated || end + 1 >= n || (tokens[end].text !== 'et' && tokens[end].text !== ',')) break;
      j = end + 1;
    }
  }
}
