// English entities, round 6 (sentences of our own, none copied from a test set): the classes read
// on the en-finance-5 fixture (private equity, traders, reinsurers, league tables): firms named like
// people, data providers, the rating agency S&P alone, headline common words.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 6): firms named after their founders are companies', () => {
  it('reads buyout, search and law firms named like people as companies, not people', () => {
    const ents = en('Warburg Pincus hired Korn Ferry to find a chief executive and was advised by Sullivan & Cromwell.');
    expectMention(ents, 'Warburg Pincus', 'company');
    expectMention(ents, 'Korn Ferry', 'company');
    expectMention(ents, 'Sullivan & Cromwell', 'company');
    assert.ok(!ents.some((e) => e.type === 'person'), 'no person in a sentence of firms');
  });

  it('reads a data provider cited for a figure as a company, not a place', () => {
    const ents = en('Buyout volumes fell 18% in the quarter, according to Preqin, while Mergermarket counted fewer deals.');
    expectMention(ents, 'Preqin', 'company');
    expectMention(ents, 'Mergermarket', 'company');
  });

  it('does not link an acronym of other meanings to the buyout firm that shares it', () => {
    const ents = en('Engineers replaced the CVC units of the plant, and CVC Capital Partners bought the plant.');
    expectMention(ents, 'CVC Capital Partners', 'company');
    assert.equal(ents.filter((e) => e.id === 'cvc-capital-partners').length, 1, 'only the full name is the firm');
  });
});

describe('entities (English, round 6): S&P alone is the rating agency, S&P with an index is no name', () => {
  it('reads the two letters alone as the agency', () => {
    expectMention(en('The bonds were downgraded by S&P on Tuesday.'), 'S&P', 'company');
    expectMention(en('S&P said the outlook on the insurer was stable.'), 'S&P', 'company');
  });

  it('reads S&P before an index number, a slash or another name word as no agency', () => {
    assert.equal(en('The S&P 500 fell 1%, and the S&P/BMV IPC index dipped 0.9%.').length, 0);
    expectMention(en('S&P Global Ratings cut the bank to BBB.'), 'S&P Global Ratings', 'company');
  });
});

describe('entities (English, round 6): a business noun after a Title-Case headline verb is no name', () => {
  it('reads Sale and Target after the headline verb as nouns', () => {
    const sale = en('Hellman & Friedman Weighs Sale of Insurance Broker');
    expectMention(sale, 'Hellman & Friedman', 'company');
    assert.ok(!sale.some((e) => e.text === 'Sale'), 'Sale is the noun, not the town');
    assert.ok(!en('Munich Re Lifts Target After Quiet Hurricane Season').some((e) => e.text === 'Target'));
  });

  it('keeps the listed name after a lower-case word, after a name, or in a sentence', () => {
    expectMention(en('Shoppers Flock to Target for Holiday Deals'), 'Target', 'company');
    expectMention(en('Walmart, Target Report Higher Sales'), 'Target', 'company');
    expectMention(en('She moved to Sale, near Manchester, in 1990.'), 'Sale', 'place');
  });
});

describe('entities (English, round 6): a firm\'s board is one organization', () => {
  it('reads Executive Board and Board of Directors as organizations, not a person named Board', () => {
    const ents = en('Siemens said its Executive Board would meet on Friday, and the Board of Directors backed the plan.');
    expectMention(ents, 'Executive Board', 'organization');
    expectMention(ents, 'Board of Directors', 'organization');
    assert.ok(!ents.some((e) => e.type === 'person'), 'no person named Board');
  });

  it('leaves a longer body holding the board whole', () => {
    expectMention(en('The plan needs approval by the Supervisory Board of Munich Re.'), 'Supervisory Board of Munich Re', 'organization');
  });
});
