// A place named inside a currency ("US dollars", "Hong Kong dollars", "dollars de Hong Kong",
// "US$") is part of an amount, not a mention of the place: the figure takes the whole phrase,
// and an entity there would hide it (an entity and a figure never overlap).
import currencyData from '../data/figures-currencies.json';
import { currencyWords } from '../currencyWords';
import { isWordChar } from '../text/tokenize';
import type { EntityMention, Lang } from '../types';
import { RecentCache } from './recentCache';

interface PlaceInCurrency {
  /** The currency phrase, lower case, as the figure lexicon writes it. */
  phrase: string;
  /** Where the place's name starts inside the phrase. */
  offset: number;
}

const PLACES_IN_CURRENCIES = new Map<Lang, Map<string, PlaceInCurrency[]>>();
/** Letter prefixes of a dollar sign (US$, HK$), lower case. */
const DOLLAR_PREFIXES = new Set(Object.keys(currencyData.dollarPrefixes));

/** The currency phrases of a language by each word run inside them that could be a place's name. */
function placesInCurrencies(lang: Lang): Map<string, PlaceInCurrency[]> {
  let byName = PLACES_IN_CURRENCIES.get(lang);
  if (byName) return byName;
  byName = new Map();
  const words = currencyWords(lang);
  for (const phrase of Object.keys(words)) {
    const parts = phrase.split(' ');
    // Every run of whole words but the whole phrase: "us" in "us dollars", "hong kong" in "dollars de hong kong".
    for (let from = 0; from < parts.length; from++) {
      for (let to = from + 1; to <= parts.length; to++) {
        if (to - from === parts.length) continue;
        const name = parts.slice(from, to).join(' ');
        const offset = parts.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
        const list = byName.get(name) ?? [];
        list.push({ phrase, offset });
        byName.set(name, list);
      }
    }
  }
  PLACES_IN_CURRENCIES.set(lang, byName);
  return byName;
}

// placesInCurrencies(lang).get(the text lower-cased) by the place's text as written, for the texts
// seen lately: place names repeat from article to article, and most are in no currency's name.
// Each language's look-up is made once with its cache, not a closure for every place mention.
interface WrittenPlaces {
  cache: RecentCache<PlaceInCurrency[]>;
  lookUp: (written: string) => PlaceInCurrency[] | undefined;
}
const phrasesByWritten = new Map<Lang, WrittenPlaces>();

function phrasesAround(written: string, lang: Lang): PlaceInCurrency[] | undefined {
  let places = phrasesByWritten.get(lang);
  if (places === undefined) {
    const byName = placesInCurrencies(lang);
    places = { cache: new RecentCache(20_000), lookUp: (w) => byName.get(w.toLowerCase()) };
    phrasesByWritten.set(lang, places);
  }
  return places.cache.get(written, places.lookUp);
}

/** True when the place mention is the country of a currency written around it. */
function namesCurrency(text: string, m: EntityMention, lang: Lang): boolean {
  // "US$45", "HK$5": a dollar sign glued after the country's letters.
  if (text.charCodeAt(m.end) === 36 && DOLLAR_PREFIXES.has(m.text.toLowerCase().replace(/\./g, ''))) return true;
  const inPhrases = phrasesAround(m.text, lang);
  if (inPhrases === undefined) return false;
  for (const { phrase, offset } of inPhrases) {
    const start = m.start - offset;
    // The phrase stands as whole words ("US dollars", not "BUS dollars").
    if (start < 0 || isWordChar(text[start - 1] ?? '') || isWordChar(text[start + phrase.length] ?? '')) continue;
    if (text.slice(start, start + phrase.length).toLowerCase() === phrase) return true;
  }
  return false;
}

/** The mentions less the places that name a currency around them. */
export function withoutCurrencyCountries(text: string, mentions: EntityMention[], lang: Lang): EntityMention[] {
  let kept: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'place' && namesCurrency(text, m, lang)) {
      kept ??= mentions.slice(0, i);
    } else if (kept) {
      kept.push(m);
    }
  }
  return kept ?? mentions;
}
