// Assertions the entity test files share: a mention found with its type (and id), none holding a
// text, and the list shown in failure messages.
import * as assert from 'node:assert/strict';
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
