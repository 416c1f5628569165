// English entities, round 4 (sentences of our own, none copied from a test set): the classes read
// on the English dev folds and the en-finance-3 fixture (places named by a head word after their name,
// newspapers and teams named after a place, unknown acronyms, stores named with a possessive, titles
// before a person, analyst ratings, storms, legislatures).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 4): places named by a head word after their name', () => {
  it('reads a name before a place head as a place, not a person', () => {
    expectMention(en('Drilling in the Marcus Formation resumed after the storm.'), 'Marcus Formation', 'place');
    expectMention(en('The boat sank near Emily Dock on Tuesday.'), 'Emily Dock', 'place');
    expectMention(en('Crews cleared debris from Harvey Creek.'), 'Harvey Creek', 'place');
    expectMention(en('Tanker traffic in the Black Sea rose in May.'), 'Black Sea', 'place');
    expectMention(en('The spill reached the Caspian Sea within days.'), 'Caspian Sea', 'place');
  });

  it('keeps a person whose surname is a place head', () => {
    expectMention(en('Peter Brook directed the play in Paris.'), 'Peter Brook', 'person');
  });
});
