// English entities, round 9 (sentences of our own, none copied from a test set): the classes read
// on the en-finance-8 fixture (central banks and regulators of many countries, Spanish, Portuguese and
// Filipino names of bodies, miners named after their metal, spot markets, ministers' portfolios).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });
const ORG_TYPES = new Set(['company', 'organization']);
const hasOrg = (ents: EntityMention[], text: string): boolean => ents.some((e) => e.text === text && ORG_TYPES.has(e.type));

describe('entities (English, round 9): bodies named by a head word and a country', () => {
  it('reads a listed head word before a country as one body, in a headline and mid-sentence', () => {
    const ents = en('Bank Indonesia Holds Rate Steady\n\nJAKARTA - Analysts expect Bank Indonesia to cut later, while Statistics Canada said prices rose.');
    assert.equal(ents.filter((e) => e.text === 'Bank Indonesia' && e.type === 'organization').length, 2, show(ents));
    expectMention(ents, 'Statistics Canada', 'organization');
    assert.ok(!ents.some((e) => e.text === 'Indonesia'), show(ents));
  });

  it('leaves the country alone when the head word ends a longer name', () => {
    const ents = en('Shares of Westmark Central Bank Indonesia rose 2% in Jakarta.');
    assert.ok(!ents.some((e) => e.text === 'Bank Indonesia'), show(ents));
  });
});

describe('entities (English, round 9): Spanish, Portuguese and Filipino names of bodies (foreignBusinessCandidates)', () => {
  it('keeps the lower-case links of a Spanish name inside it, with its legal form', () => {
    const ents = en('The regulator, the Comision para el Mercado Financiero, fined Sociedad Minera del Norte SA, while shares of Grupo Almendro SAB de CV fell.');
    assert.ok(hasOrg(ents, 'Comision para el Mercado Financiero'), show(ents));
    assert.ok(hasOrg(ents, 'Sociedad Minera del Norte SA'), show(ents));
    assert.ok(hasOrg(ents, 'Grupo Almendro SAB de CV'), show(ents));
  });

  it('ends the name before a job title and reads the person after it', () => {
    const ents = en('Bangko Sentral ng Pilipinas Governor Ramon Delacruz said rates would stay on hold.');
    assert.ok(hasOrg(ents, 'Bangko Sentral ng Pilipinas'), show(ents));
    expectMention(ents, 'Ramon Delacruz', 'person');
  });

  it('reads a central bank named with de la and a country as one body, not a place', () => {
    const ents = en('The central bank, the Banco Central de la Republica Oriental, kept its rate at 9%.');
    assert.ok(hasOrg(ents, 'Banco Central de la Republica Oriental'), show(ents));
    assert.ok(!ents.some((e) => e.type === 'place'), show(ents));
  });
});

describe('entities (English, round 9): metals in names', () => {
  it('reads a metal after a name as a miner, and a metal after spot as a market', () => {
    const ents = en('Spot platinum rose 1.2% to $1,020 an ounce. Kestrel Gold and Ardmore Lithium raised output in the quarter.');
    assert.ok(hasOrg(ents, 'Kestrel Gold'), show(ents));
    assert.ok(hasOrg(ents, 'Ardmore Lithium'), show(ents));
    assert.ok(!ents.some((e) => e.text.startsWith('Spot')), show(ents));
  });

  it('reads no company in spot and a capitalized metal', () => {
    const ents = en('Metals were mixed on Tuesday. Spot Platinum rose 2%, and silver fell.');
    assert.ok(!ents.some((e) => e.text.includes('Platinum')), show(ents));
  });

  it('keeps a given name and a metal a person', () => {
    const ents = en('The food critic Jonathan Gold wrote about the restaurant in 2015.');
    expectMention(ents, 'Jonathan Gold', 'person');
  });
});

describe('entities (English, round 9): titles before a name', () => {
  it('leaves a minister\'s portfolio out of the name after it', () => {
    const ents = en('Coordinating Minister for Maritime Affairs Budi Santoso said the port would open, and Secretary of Energy Dana Whitcombe agreed.');
    expectMention(ents, 'Budi Santoso', 'person');
    expectMention(ents, 'Dana Whitcombe', 'person');
    assert.ok(!ents.some((e) => e.text.includes('Affairs') || e.text.includes('Energy')), show(ents));
  });

  it('leaves a courtesy title after a person\'s cue out of the name', () => {
    const ents = en('The company was set up by co-founder Dr. Miriam Oduya, a former researcher.');
    expectMention(ents, 'Miriam Oduya', 'person');
    assert.ok(!ents.some((e) => e.text === 'Dr' || e.text.startsWith('Dr')), show(ents));
  });
});

describe('entities (English, round 9): short forms', () => {
  it('takes the word after a province opening a company\'s name as its short form', () => {
    const ents = en('HANGZHOU, March 3 - Zhejiang Lanxin Biotech Co. said on Monday it had licensed a drug. Lanxin will receive a stake, and Lanxin shares rose 4%.');
    assert.equal(ents.filter((e) => e.text === 'Lanxin' && e.type === 'company').length, 2, show(ents));
    assert.ok(!ents.some((e) => e.text === 'Lanxin' && e.type === 'person'), show(ents));
  });
});

describe('entities (English, round 9): bodies named by a business\'s word and a complement', () => {
  it('reads a bank, a corporation, a fund or a group with its of or for complement as one body', () => {
    const ents = en('Loans came from the Korea Bank for Overseas Cooperation and the National Housing Corporation of Kenya, while the Group of Twenty met and the Caribbean Fund for Rural Development paid.');
    assert.ok(hasOrg(ents, 'Korea Bank for Overseas Cooperation'), show(ents));
    assert.ok(hasOrg(ents, 'National Housing Corporation of Kenya'), show(ents));
    assert.ok(hasOrg(ents, 'Group of Twenty'), show(ents));
    assert.ok(hasOrg(ents, 'Caribbean Fund for Rural Development'), show(ents));
  });

  it('ends the complement before a job title', () => {
    const ents = en('Bank of Westland Governor Maria Okonkwo said rates would stay on hold.');
    assert.ok(hasOrg(ents, 'Bank of Westland'), show(ents));
    expectMention(ents, 'Maria Okonkwo', 'person');
  });

  it('reads no body in a description after a or an', () => {
    const ents = en('Women in Tech is a Specialist Group of the Northern Computing Society.');
    assert.ok(!ents.some((e) => e.text.startsWith('Specialist Group of')), show(ents));
  });

  it('keeps two businesses joined by and before a group two names', () => {
    const ents = en('Shares of Pelham Bulk Carriers and Golden Harbour Group rose.');
    assert.ok(!ents.some((e) => e.text.includes(' and ')), show(ents));
  });
});

describe('entities (English, round 9): partners and judges', () => {
  it('reads a firm of partners ending in a surname that is also a given name as a company', () => {
    const ents = en('His lawyer, Ruth Calloway of Brannock Emanuel Whitcombe & Sullivan, said he would appeal.');
    assert.ok(hasOrg(ents, 'Brannock Emanuel Whitcombe & Sullivan'), show(ents));
  });

  it('keeps a given name with a possessive after an ampersand a second person', () => {
    const ents = en('The painter Ramon Estevez & Angelo\'s mother lived in Havana.');
    assert.ok(!ents.some((e) => e.text.includes('&')), show(ents));
  });

  it('reads no place in a judge\'s title after a district', () => {
    const ents = en('The case went to trial. U.S. District Judge Helen Marlowe was assigned the case.');
    assert.ok(!ents.some((e) => e.text === 'Judge'), show(ents));
    expectMention(ents, 'Helen Marlowe', 'person');
  });
});

describe('entities (English, round 9): places opened by a head word', () => {
  it('keeps the head with the word after it where the tagger leaves them out', () => {
    const ents = en('Tarn Hedland Shipments Climb\n\nMount Kenya is high. Exports through Port Wendell rose.');
    expectMention(ents, 'Mount Kenya', 'place');
    expectMention(ents, 'Port Wendell', 'place');
    assert.ok(!ents.some((e) => e.text === 'Kenya' || e.text === 'Wendell'), show(ents));
  });

  it('leaves a body named after the place its own name', () => {
    const ents = en('The Port Authority said so, and Mount Sinai Hospital grew.');
    assert.ok(!ents.some((e) => e.text === 'Mount Sinai' || e.text === 'Port Authority' && e.type === 'place'), show(ents));
  });
});
