// The words that name a currency in each language, lower case (`euros`, `dollars de hong kong`, `kenyan
// shillings`): the hand list of figures-currencies.json over the names Intl gives every other currency
// (figures-currency-names.json, built by scripts/build-currency-names.mjs). The figure grammar reads
// amounts with them; the entity rules keep a place inside one from being a mention.
import currencyData from './data/figures-currencies.json';
import currencyNames from './data/figures-currency-names.json';
import type { Lang } from './types';

const byLang = new Map<Lang, Record<string, string>>();

/** Currency words of `lang` to their ISO code (DOLLAR: the caller's default dollar). */
export function currencyWords(lang: Lang): Record<string, string> {
  let words = byLang.get(lang);
  if (words === undefined) {
    words = { ...(currencyNames as unknown as Record<string, Record<string, string>>)[lang], ...(currencyData.words as Record<string, Record<string, string>>)[lang] };
    byLang.set(lang, words);
  }
  return words;
}
