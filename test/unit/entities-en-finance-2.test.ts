// English business news, round 2 (sentences of our own, none copied from a test set): states named by
// their form, institutions of a state, the regional Federal Reserve banks, sentence adverbs, and job
// titles that end a person's name read from a given name.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English business news, round 2): states and their institutions', () => {
  it('reads a state named by its form and a listed place as one place', () => {
    const ents = en('Exports to the Republic of Ireland rose, while the Democratic Republic of Congo and the Kingdom of Bahrain signed a deal.');
    expectMention(ents, 'Republic of Ireland', 'place');
    expectMention(ents, 'Democratic Republic of Congo', 'place');
    expectMention(ents, 'Kingdom of Bahrain', 'place');
    noMention(ents.filter((e) => e.text === 'Republic'), 'Republic');
  });

  it('reads a bank or an exchange of a place, or of a state named by its form, as one organization', () => {
    const ents = en(
      'The Central Bank of Kenya raised rates. The Central Bank of the Republic of Turkey held. The National Bank of Rwanda said so. Trading on the Stock Exchange of Mauritius was thin.',
    );
    expectMention(ents, 'Central Bank of Kenya', 'organization');
    expectMention(ents, 'Central Bank of the Republic of Turkey', 'organization');
    expectMention(ents, 'National Bank of Rwanda', 'organization');
    expectMention(ents, 'Stock Exchange of Mauritius', 'organization');
    assert.ok(!ents.some((e) => e.text === 'Kenya' || e.text === 'Turkey'), show(ents));
  });

  it('leaves a listed name of that form to its list (People’s Republic of China, Bank of America)', () => {
    const ents = en("The People's Republic of China and Bank of America were named.");
    expectMention(ents, "People's Republic of China", 'place', 'chine');
    expectMention(ents, 'Bank of America', 'company');
  });
});

describe('entities (English business news, round 2): regional Feds and titles', () => {
  it('reads a regional Federal Reserve bank by its city and Fed, and the person after its title', () => {
    const ents = en('San Francisco Fed President Mary Daly spoke after Cleveland Fed President Loretta Mester, and the Atlanta Fed said so.');
    expectMention(ents, 'San Francisco Fed', 'organization', 'federal-reserve-bank-of-san-francisco');
    expectMention(ents, 'Mary Daly', 'person');
    expectMention(ents, 'Cleveland Fed', 'organization');
    expectMention(ents, 'Atlanta Fed', 'organization');
    noMention(ents, 'President');
  });

  it('reads no sentence adverb that opens a sentence as a name', () => {
    const ents = en('Separately, Morvana Holdings said it would cut jobs. Elsewhere, prices fell.');
    noMention(ents, 'Separately');
    noMention(ents, 'Elsewhere');
  });
});

describe('entities (English business news, round 2): the layout of press releases and wire headlines', () => {
  it('reads no heading, contact line, time zone or byline title as a name, and the company of an About heading', () => {
    const ents = en(
      'Conference Call Information\nTorvane will host a call at 5:00 p.m. Eastern Time.\n\nAbout Torvane Analytics\nTorvane Analytics is based in Denver.\n\nMedia Contact:\nBy Ruth Ames, Markets Correspondent',
    );
    for (const s of ['Conference', 'Information', 'Eastern Time', 'About', 'Contact', 'Correspondent']) noMention(ents, s);
    expectMention(ents, 'Torvane Analytics', 'company');
    expectMention(ents, 'Ruth Ames', 'person');
  });

  it('ends a name before the verb of a headline in Title Case', () => {
    const ents = en('Harlow Marine Says Unit Wins $210 Million Contract\n\nHarlow Marine Ltd said on Monday its unit had won a contract.');
    noMention(ents, 'Says');
    noMention(ents, 'Wins');
  });
});
