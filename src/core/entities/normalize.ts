// Name normalization shared by the gazetteer, the rules and the linker.

/** The canonical id of a name: lower-kebab-case ASCII, accents stripped (Corée du Sud -> coree-du-sud). */
export function kebab(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The trie key of a token: apostrophes and hyphens unified, case kept. */
export function tokenKey(text: string): string {
  let out = text;
  if (out.includes('’') || out.includes('ʼ')) out = out.replace(/[’ʼ]/g, "'");
  if (out.includes('‑')) out = out.replace(/‑/g, '-');
  return out;
}

/** Title case for a name written in capitals (RETAMAL -> Retamal, LE DRIAN -> Le Drian). */
export function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isCapitalized(word: string): boolean {
  return UPPER.test(word.charAt(0));
}

export function isAllCaps(word: string): boolean {
  return UPPER.test(word) && !LOWER.test(word);
}

export function hasLower(word: string): boolean {
  return LOWER.test(word);
}
