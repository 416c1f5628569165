// The gazetteer: known companies, organizations, people, places and products, loaded once
// from the JSON data files into a token trie. Matching walks the trie over the article's
// tokens (longest match at each position), so its cost does not grow with the list size.
import companiesData from '../data/companies.json';
import firstNamesData from '../data/first-names.json';
import englishFirstNamesData from '../data/first-names-en.json';
import organizationsData from '../data/organizations.json';
import peopleData from '../data/people.json';
import placesData from '../data/places.json';
import swissLuxembourgPlacesData from '../data/places-ch-lu.json';
import productsData from '../data/products.json';
import swissLuxembourgBodiesData from '../data/organizations-ch-lu.json';
import { tokenize } from '../text/tokenize';
import type { EntityType, Lang } from '../types';
import { kebab, tokenKey } from './normalize';

/** The names of the listed countries (places of kind country). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(placesData.places.filter((p) => p.kind === 'country').map((p) => p.name));

/** The kind of each listed place (city, region, country), by its entity id. */
const PLACE_KINDS: ReadonlyMap<string, string> = new Map(
  [...placesData.places, ...swissLuxembourgPlacesData.places].map((p) => [(p as RawEntry).id ?? kebab(p.name), p.kind]),
);

/** The kind of the listed place with this entity id ('city', 'region', 'country'); undefined for a place not listed. */
export function placeKind(id: string): string | undefined {
  return PLACE_KINDS.get(id);
}

export type NamedType = Exclude<EntityType, 'ticker'>;

export interface KnownEntity {
  id: string;
  name: string;
  type: NamedType;
  /** Id of the owning company, for subsidiaries. */
  parentId?: string;
  /** A product line whose versions are products of their own (iPhone 16, Qwen3). */
  family?: boolean;
}

export interface AliasHit {
  entity: KnownEntity;
  /** Only read as this entity in this language. */
  lang?: Lang;
  /** The alias is also a common word: not read at a sentence start. */
  ambiguous: boolean;
}

export interface TrieNode {
  /** The words after this one; a node no alias goes on from (most of them) shares the one empty NO_NEXT. */
  next: ReadonlyMap<string, TrieNode>;
  hits: AliasHit[] | undefined;
}

/** The words after a node no alias goes on from: one map for all, which keeps the trie small (its
 * leaves are three nodes in four, and a map of its own each tripled its memory) and the leaves' reads in the caches. */
const NO_NEXT: ReadonlyMap<string, TrieNode> = new Map();

interface RawEntry {
  name: string;
  id?: string;
  aliases?: string[];
  langAliases?: Partial<Record<Lang, string[]>>;
  tickers?: string[];
  parent?: string;
  ambiguous?: string[];
  family?: boolean;
}

export interface Gazetteer {
  root: TrieNode;
  byId: Map<string, KnownEntity>;
  /** "NYSE:BABA" (normalized exchange) -> company. */
  tickers: Map<string, KnownEntity>;
  /** "BABA" -> company, for bare ticker mentions after a ticker cue. */
  symbols: Map<string, KnownEntity>;
  /** Product families by name, for glued versions (Qwen3, GPT-4o, QwQ-32B). */
  families: Map<string, KnownEntity>;
  firstNames: Set<string>;
  /** Given names of English-speaking countries, read as first names in English text only (first-names-en.json). */
  englishFirstNames: Set<string>;
  /** The trie past each alias's first word, in typed arrays (see AliasSteps); its codes are the keys that continue
   * some alias (its second token or a later one): a word that is none ends every match. */
  steps: AliasSteps;
}

/** AliasSteps.kinds: some alias ends at the node; some goes on past it. */
export const NODE_HAS_HITS = 1;
export const NODE_GOES_ON = 2;

/**
 * The trie past the first word, for the matcher that walks it at every listed first word: its
 * nodes are numbers, its edges a hash table of ints, and the words that continue an alias (the
 * inner keys) numbered too, so that a step reads one slot of a small table instead of a map, the
 * node it leads to and that node's map (cache misses, in a pass among the other layers' tables).
 * The nodes are still the trie's (`nodes`), for their hits.
 */
export class AliasSteps {
  /** The number of each inner key, from 1 (0: the word continues no alias). */
  readonly codes = new Map<string, number>();
  /** The trie nodes by number (0 is none). */
  readonly nodes: TrieNode[] = [undefined as unknown as TrieNode];
  /** Per node: NODE_HAS_HITS | NODE_GOES_ON. */
  readonly kinds: Uint8Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Codes per node in an edge's key (node * stride + code + 1). */
  private readonly stride: number;
  /** The number of each node after a first word. */
  private readonly firstNodes = new Map<TrieNode, number>();

  constructor(root: TrieNode) {
    const edges: number[] = [];
    const number = (node: TrieNode): number => {
      this.nodes.push(node);
      return this.nodes.length - 1;
    };
    // Every node past a first word, and the edges between them.
    const visit = (node: TrieNode, n: number): void => {
      for (const [key, child] of node.next) {
        let code = this.codes.get(key);
        if (code === undefined) this.codes.set(key, (code = this.codes.size + 1));
        const c = number(child);
        edges.push(n, code, c);
        visit(child, c);
      }
    };
    for (const first of root.next.values()) {
      const n = number(first);
      this.firstNodes.set(first, n);
      visit(first, n);
    }
    this.stride = this.codes.size + 1;
    // An edge's key must fit the Int32Array (today's trie: 2.4e7, about ninety times under): a larger one would be cut
    // and its steps silently lost; a key of two ints per slot cost ~2 % of the analysis, for lists ten times today's.
    if (this.nodes.length * this.stride >= 2 ** 31) throw new Error(`AliasSteps: ${this.nodes.length} nodes × ${this.stride} keys pass an Int32Array's edge keys`);
    this.kinds = new Uint8Array(this.nodes.length);
    for (let n = 1; n < this.nodes.length; n++) {
      const node = this.nodes[n];
      this.kinds[n] = (node.hits !== undefined ? NODE_HAS_HITS : 0) | (node.next.size > 0 ? NODE_GOES_ON : 0);
    }
    // Open addressing, at most half full: [node * codes + code + 1, child] per slot.
    let size = 2;
    while (size < 2 * (edges.length / 3)) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (let e = 0; e < edges.length; e += 3) {
      const key = this.edgeKey(edges[e], edges[e + 1]);
      let slot = this.slotOf(key);
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = edges[e + 2];
    }
  }

  /** The number of a first word's node (root.next's), or 0. */
  firstNode(node: TrieNode): number {
    return this.firstNodes.get(node) ?? 0;
  }

  /** The node after `node` over the inner key numbered `code`, or 0. */
  child(node: number, code: number): number {
    const key = this.edgeKey(node, code);
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const k = this.slots[2 * slot];
      if (k === key) return this.slots[2 * slot + 1];
      if (k === 0) return 0;
    }
  }

  private edgeKey(node: number, code: number): number {
    return node * this.stride + code + 1;
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }
}

function insert(root: TrieNode, alias: string, hit: AliasHit): void {
  const keys = tokenize(alias).map((t) => tokenKey(t.text));
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (child === undefined) {
      child = { next: NO_NEXT, hits: undefined };
      if (node.next === NO_NEXT) node.next = new Map();
      (node.next as Map<string, TrieNode>).set(k, child);
    }
    node = child;
  }
  const hits = (node.hits ??= []);
  if (!hits.some((h) => h.entity.id === hit.entity.id && h.lang === hit.lang)) hits.push(hit);
}

const ACCENTED_CAPITAL = /[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]/g;
const SAINT = /\bSaint(e?)-/g;
/** A name of capitalized words joined by hyphens, the first and the last at least (Royaume-Uni, Aix-en-Provence). */
const SPACED_HYPHENS = /^\p{Lu}[\p{L}'’.]*(?:-[\p{L}'’]+)*-\p{Lu}[\p{L}'’.]*$/u;

/** The name with its capitals unaccented (Égypte -> Egypte). */
function withoutCapitalAccents(name: string): string {
  return name.replace(ACCENTED_CAPITAL, (c) => c.normalize('NFD').charAt(0));
}

/** The listed place whose id a single word spells, its case and accents aside (NEUCHATEL, Genéve, NICE). */
export function placeById(word: string): KnownEntity | undefined {
  const entity = gazetteer().byId.get(kebab(word));
  return entity?.type === 'place' ? entity : undefined;
}

/** Exchange codes as written in tickers, to the one form used as the ticker table key. */
export function normalizeExchange(exchange: string): string {
  const e = exchange.trim().toUpperCase().replace(/\s+/g, ' ');
  if (e === 'EURONEXT PARIS' || e === 'EURONEXT' || e === 'PAR') return 'EPA';
  if (e === 'HKG' || e === 'SEHK' || e === 'HK') return 'HKEX';
  if (e === 'NASDAQGS' || e === 'NASDAQGM') return 'NASDAQ';
  if (e === 'OTCMKTS' || e === 'OTCQX') return 'OTC';
  return e;
}

function build(): Gazetteer {
  const root: TrieNode = { next: new Map(), hits: undefined };
  const byId = new Map<string, KnownEntity>();
  const byName = new Map<string, KnownEntity>();
  const tickers = new Map<string, KnownEntity>();
  const symbols = new Map<string, KnownEntity>();
  const families = new Map<string, KnownEntity>();
  const parents: Array<[KnownEntity, string]> = [];

  const load = (entries: RawEntry[], type: NamedType): void => {
    for (const raw of entries) {
      const entity: KnownEntity = { id: raw.id ?? kebab(raw.name), name: raw.name, type };
      if (raw.family) entity.family = true;
      if (byId.has(entity.id)) continue; // first list wins: ids are unique across types
      byId.set(entity.id, entity);
      byName.set(raw.name, entity);
      const ambiguous = new Set(raw.ambiguous ?? []);
      for (const alias of [raw.name, ...(raw.aliases ?? [])]) {
        insert(root, alias, { entity, lang: undefined, ambiguous: ambiguous.has(alias) });
        // Capitals are often printed without their accent (Egypte, Etats-Unis, Ile-de-France), and
        // Saint, Sainte abbreviated (St-Pétersbourg, Ste-Menehould).
        const plainCapitals = withoutCapitalAccents(alias);
        const abbreviated = alias.replace(SAINT, (_m, e: string) => (e ? 'Ste-' : 'St-'));
        for (const form of new Set([plainCapitals, abbreviated, withoutCapitalAccents(abbreviated)])) {
          if (form !== alias) insert(root, form, { entity, lang: undefined, ambiguous: ambiguous.has(alias) });
        }
        // A place's name is also written with spaces for its hyphens (Royaume Uni, Nouvelle Zélande).
        if (type === 'place' && SPACED_HYPHENS.test(alias)) insert(root, alias.replace(/-/g, ' '), { entity, lang: undefined, ambiguous: ambiguous.has(alias) });
        if (raw.family) families.set(alias, entity);
      }
      for (const [lang, aliases] of Object.entries(raw.langAliases ?? {}) as Array<[Lang, string[]]>) {
        for (const alias of aliases) insert(root, alias, { entity, lang, ambiguous: ambiguous.has(alias) });
      }
      for (const ticker of raw.tickers ?? []) {
        const colon = ticker.lastIndexOf(':');
        const symbol = ticker.slice(colon + 1);
        tickers.set(`${normalizeExchange(ticker.slice(0, colon))}:${symbol}`, entity);
        if (/^[A-Z][A-Z.]{0,5}$/.test(symbol) && !symbols.has(symbol)) symbols.set(symbol, entity);
      }
      if (raw.parent) parents.push([entity, raw.parent]);
    }
  };
  load(companiesData.companies as RawEntry[], 'company');
  load(organizationsData.organizations as RawEntry[], 'organization');
  load(swissLuxembourgBodiesData.organizations as RawEntry[], 'organization');
  load(swissLuxembourgBodiesData.companies as RawEntry[], 'company');
  load(peopleData.people as RawEntry[], 'person');
  load(productsData.products as RawEntry[], 'product');
  load(placesData.places as RawEntry[], 'place');
  load(swissLuxembourgPlacesData.places as RawEntry[], 'place');
  for (const [entity, parentName] of parents) {
    const parent = byName.get(parentName);
    if (parent) entity.parentId = parent.id;
  }
  // Old print leaves capitals unaccented (Emile, Edouard): both forms are first names.
  const firstNames = new Set<string>([...peopleData.firstNames, ...firstNamesData.firstNames].flatMap((n) => [n, withoutCapitalAccents(n)]));
  const englishFirstNames = new Set<string>(englishFirstNamesData.firstNames);
  return { root, byId, tickers, symbols, families, firstNames, englishFirstNames, steps: new AliasSteps(root) };
}

let cached: Gazetteer | undefined;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
