// Assertions the entity test files share: a mention found with its type (and id), none holding a
// text, and the list shown in failure messages.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';

export const show = (list: EntityMention[]): string => JSON.stringify(list.map((e) => `${e.text}/${e.type}/${e.id}`));

/** The mention whose text is `surface`, of this type (and id). */
export function expectMention(list: EntityMention[], surface: string, type: string, id?: string): EntityMention {
  const m = list.find((e) => e.text === surface);
  assert.ok(m, `no mention "${surface}" in ${show(list)}`);
  assert.equal(m.type, type, `type of "${surface}" in ${show(list)}`);
  if (id !== undefined) assert.equal(m.id, id, `id of "${surface}" in ${show(list)}`);
  return m;
}

/** No mention holds `surface`. */
export function noMention(list: EntityMention[], surface: string): void {
  assert.ok(!list.some((e) => e.text.includes(surface)), `unexpected mention holding "${surface}": ${show(list)}`);
}

/** The mentions of a French text as text/type, in text order. */
export const frenchSpans = (text: string): string[] => extractEntities(text, { lang: 'fr' }).map((e) => `${e.text}/${e.type}`);

/** The French text has each of these text/type mentions. */
export function hasFrenchSpans(text: string, ...expected: string[]): void {
  const found = frenchSpans(text);
  for (const e of expected) assert.ok(found.includes(e), `${e} not in ${JSON.stringify(found)}`);
}

/** The French text has none of these text/type mentions. */
export function lacksFrenchSpans(text: string, ...unexpected: string[]): void {
  const found = frenchSpans(text);
  for (const e of unexpected) assert.ok(!found.includes(e), `${e} in ${JSON.stringify(found)}`);
}
