// English entities, general classes (sentences of our own, none copied from a test set): bodies
// whose names coordinate words, and the other classes read on the English dev folds and the
// en-finance-3 fixture.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, general): bodies with coordinated words', () => {
  it('reads a list of complements after the head as one body', () => {
    const ents = en('A spokesman for the Department for Environment, Food and Rural Affairs declined to comment.');
    expectMention(ents, 'Department for Environment, Food and Rural Affairs', 'organization');
    assert.equal(ents.length, 1, show(ents));
    expectMention(en('The agency was merged into the Department of Natural Resources, Mines and Energy in 2009.'), 'Department of Natural Resources, Mines and Energy', 'organization');
  });

  it('reads two words joined before the head as one body, a possessive before them apart', () => {
    const ents = en("The United Nations' Food and Agriculture Organization will update its forecasts in July.");
    expectMention(ents, 'Food and Agriculture Organization', 'organization');
    expectMention(en('She won a grant from the Bill and Melinda Gates Foundation last year.'), 'Bill and Melinda Gates Foundation', 'organization');
  });

  it('keeps listed names of a list apart from the body before them', () => {
    const ents = en('He met officials of the Ministry of Finance, Goldman Sachs and Citigroup on Monday.');
    expectMention(ents, 'Ministry of Finance', 'organization');
    expectMention(ents, 'Goldman Sachs', 'company');
    expectMention(ents, 'Citigroup', 'company');
  });
});

describe('entities (English, general): legal forms in lower case', () => {
  it('keeps plc in the company name, a describing hyphen word out of it', () => {
    const ents = en('Blackstone has agreed to buy London-listed Ravenmoor Hotels plc for 312 pence a share.');
    expectMention(ents, 'Ravenmoor Hotels plc', 'company');
    expectMention(ents, 'London', 'place');
    expectMention(en('Revenue at Hallbrook Industries plc rose 7% last year.'), 'Hallbrook Industries plc', 'company');
  });

  it('reads no company from a lone plc', () => {
    assert.ok(!en('The change applies at plc level only.').some((e) => e.type === 'company'));
  });
});
