// The user's own entity list: names the analyzer should know (a local company, a person the
// desk follows) and names it should leave alone (a word it keeps taking for a name). It is a
// data file the user keeps beside the articles (the extension's `articleLens.entitiesFile`, the
// CLI's `--entities`), not settings: the list grows with the work.
//
//   { "entities": [ { "name": "Acme Widgets", "type": "company", "aliases": ["Acme"] } ],
//     "ignore": [ "Compagnie" ] }
//
// The list has the last word over what the analyzer found: a listed name is a mention of that
// entity wherever it is written (case as written, whole tokens), replacing what overlapped it and
// relabelling the other mentions of the entity the analyzer had linked it to; an ignored name is
// no mention.
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import type { EntityList, EntityMention, ListedEntity } from '../types';
import { kebab, tokenKey } from './normalize';

type ListedType = ListedEntity['type'];
const LISTED_TYPES: readonly ListedType[] = ['company', 'organization', 'person', 'place', 'product'];

/** Most names a list may hold: a list is typed by people, a bigger one is a mistake. */
export const MAX_LISTED_NAMES = 20000;

/**
 * Reads the file's JSON. Entries that are not right are left out, each with a one-line
 * problem; a file that is not a JSON object of that shape gives an empty list and the problem.
 */
export function parseEntityList(json: string): { list: EntityList; problems: string[] } {
  const list: EntityList = { entities: [], ignore: [] };
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (err) {
    return { list, problems: [`not valid JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { list, problems: ['expected an object with "entities" and/or "ignore"'] };
  }
  const { entities, ignore, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest)) problems.push(`unknown field "${key}" (expected "entities" and "ignore")`);
  if (entities !== undefined && !Array.isArray(entities)) problems.push('"entities" must be an array');
  if (ignore !== undefined && !Array.isArray(ignore)) problems.push('"ignore" must be an array of names');
  let names = 0;
  for (const [i, raw] of (Array.isArray(entities) ? entities : []).entries()) {
    const where = `entities[${i}]`;
    if (raw === null || typeof raw !== 'object') {
      problems.push(`${where}: expected an object with "name" and "type"`);
      continue;
    }
    const { name, type, aliases } = raw as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(`${where}: "name" must be a non-empty string`);
      continue;
    }
    if (typeof type !== 'string' || !(LISTED_TYPES as readonly string[]).includes(type)) {
      problems.push(`${where} (${name}): "type" must be one of ${LISTED_TYPES.join(', ')}`);
      continue;
    }
    if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === ''))) {
      problems.push(`${where} (${name}): "aliases" must be an array of non-empty strings`);
      continue;
    }
    names += 1 + ((aliases as string[] | undefined)?.length ?? 0);
    if (names > MAX_LISTED_NAMES) {
      problems.push(`more than ${MAX_LISTED_NAMES} names: the rest of the list is left out`);
      break;
    }
    const entry: ListedEntity = { name: name.trim(), type: type as ListedType };
    if (aliases && (aliases as string[]).length) entry.aliases = (aliases as string[]).map((a) => a.trim());
    list.entities.push(entry);
  }
  for (const [i, raw] of (Array.isArray(ignore) ? ignore : []).entries()) {
    if (typeof raw !== 'string' || raw.trim() === '') problems.push(`ignore[${i}]: expected a non-empty string`);
    else if (list.ignore.length < MAX_LISTED_NAMES) list.ignore.push(raw.trim());
  }
  return { list, problems };
}

interface ListNode {
  next: Map<string, ListNode>;
  entity?: EntityMention['id'];
}

interface CompiledList {
  root: ListNode;
  /** First code unit of every listed name's first key: most tokens open no listed name. */
  firstChars: Set<number>;
  byId: Map<string, { id: string; name: string; type: ListedType }>;
  ignore: Set<string>;
}

// Compiled once per list object: the CLI passes one object for every file, and the index
// worker keeps the object it received for as long as the list does not change.
const compiled = new WeakMap<EntityList, CompiledList>();

function compile(list: EntityList): CompiledList {
  let c = compiled.get(list);
  if (c) return c;
  c = { root: { next: new Map() }, firstChars: new Set(), byId: new Map(), ignore: new Set(list.ignore) };
  for (const entry of list.entities) {
    const id = kebab(entry.name);
    if (id === '' || c.byId.has(id)) continue; // the first entry of a name wins
    c.byId.set(id, { id, name: entry.name, type: entry.type });
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const keys = tokenize(alias).map((t) => tokenKey(t.text));
      if (keys.length === 0) continue;
      let node = c.root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map() }));
        node = child;
      }
      node.entity ??= id;
    }
  }
  for (const key of c.root.next.keys()) c.firstChars.add(key.charCodeAt(0));
  compiled.set(list, c);
  return c;
}

/** The mentions once the list has had its say (text order, not overlapping). */
export function applyEntityList(text: string, tokens: Token[], mentions: EntityMention[], list: EntityList): EntityMention[] {
  if (list.entities.length === 0 && list.ignore.length === 0) return mentions;
  const c = compile(list);
  const listed = listedMentions(text, tokens, c);
  // What the analyzer found under a listed name's exact span names the same entity: its other
  // mentions (a surname, an alias it linked) follow the list too.
  const renamed = new Map<string, string>();
  let l = 0;
  for (const m of mentions) {
    while (l < listed.length && listed[l].end <= m.start) l++;
    const over = listed[l];
    if (over && over.start === m.start && over.end === m.end) renamed.set(m.id, over.id);
  }
  const kept: EntityMention[] = [];
  l = 0;
  for (const m of mentions) {
    while (l < listed.length && listed[l].end <= m.start) l++;
    if (l < listed.length && listed[l].start < m.end) continue; // a listed name overlaps it
    if (c.ignore.has(m.text) || c.ignore.has(m.name)) continue;
    const target = renamed.get(m.id);
    const entity = target === undefined ? undefined : c.byId.get(target);
    kept.push(entity ? { ...m, id: entity.id, name: entity.name, type: entity.type } : m);
  }
  if (listed.length === 0) return kept;
  return [...kept, ...listed].sort((a, b) => a.start - b.start);
}

/** The first code unit of tokenKey(text), without building the key. */
function keyFirstChar(text: string): number {
  const c = text.charCodeAt(0);
  return c === 0x2019 || c === 0x2bc ? 0x27 : c === 0x2011 ? 0x2d : c;
}

/** Longest listed name at each token, whole tokens, left to right. */
function listedMentions(text: string, tokens: Token[], c: CompiledList): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!c.firstChars.has(keyFirstChar(tokens[i].text))) {
      i++;
      continue;
    }
    let node = c.root.next.get(tokenKey(tokens[i].text));
    let endToken = -1;
    let id: string | undefined;
    for (let j = i; node; ) {
      if (node.entity !== undefined) {
        endToken = j;
        id = node.entity;
      }
      j++;
      // A name does not run across a line break.
      if (j >= tokens.length || tokens[j].lineStart) break;
      node = node.next.get(tokenKey(tokens[j].text));
    }
    if (id === undefined || c.ignore.has(text.slice(tokens[i].start, tokens[endToken].end))) {
      i++;
      continue;
    }
    const entity = c.byId.get(id)!;
    const start = tokens[i].start;
    const end = tokens[endToken].end;
    out.push({ start, end, text: text.slice(start, end), type: entity.type, id: entity.id, name: entity.name });
    i = endToken + 1;
  }
  return out;
}
