// English entities, round 5 (sentences of our own, none copied from a test set): the classes read
// on the English dev folds and the en-finance-4 fixture (financial wire news: headline verbs, ratings
// after a name, people with a generational suffix, bank units, funds and indexes, legal forms).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 5): verbs of a Title-Case headline end the name before them', () => {
  it('splits two firms joined by a headline verb', () => {
    const ents = en('Morgan Stanley Upgrades Apple to Overweight, Sees AI Upgrade Cycle');
    expectMention(ents, 'Morgan Stanley', 'company');
    expectMention(ents, 'Apple', 'company');
    assert.ok(!ents.some((e) => e.text.includes('Upgrades')), 'the verb is no part of a name');
  });
});
