// English entities, round 10 (sentences of our own, none copied from a test set): the classes read
// on the en-finance-9 fixture (courts named with a date, a circuit or a seat after them, firms named
// like people, one-word firms known by what they do, stocks named before their noun, plural titles).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });
const ORG_TYPES = new Set(['company', 'organization']);
const hasOrg = (ents: EntityMention[], text: string): boolean => ents.some((e) => e.text === text && ORG_TYPES.has(e.type));

describe('entities (English, round 10): courts and tribunals', () => {
  it('reads a court before a date without the article opening the sentence (bodyNames: "on" and no name after it)', () => {
    const ents = en('PATNA, May 3 - The Patna High Court on Monday quashed the order against Rostam Steel Ltd.');
    assert.ok(hasOrg(ents, 'Patna High Court'), show(ents));
    assert.ok(!ents.some((e) => e.text.startsWith('The ')), show(ents));
  });

  it('keeps a court with "in" and its listed seat as one body, not the place alone', () => {
    const ents = en('A judge at the U.S. District Court in Houston threw out the claim, and the Employment Tribunal in Leeds heard a second one.');
    assert.ok(hasOrg(ents, 'U.S. District Court in Houston'), show(ents));
    assert.ok(hasOrg(ents, 'Employment Tribunal in Leeds'), show(ents));
    assert.ok(!ents.some((e) => e.text === 'Houston' || e.text === 'Leeds'), show(ents));
  });

  it('reads "in" with no listed place after it as no seat', () => {
    const ents = en('The Supreme Court in its ruling said the levy was lawful.');
    assert.ok(hasOrg(ents, 'Supreme Court'), show(ents));
  });

  it('reads a court with its "for the" complement as one body (englishBodyHeads: Court, Tribunal)', () => {
    const ents = en('The U.S. Court of Appeals for the Ninth Circuit upheld a ruling of the U.S. District Court for the District of Oregon.');
    assert.ok(hasOrg(ents, 'U.S. Court of Appeals for the Ninth Circuit'), show(ents));
    assert.ok(hasOrg(ents, 'U.S. District Court for the District of Oregon'), show(ents));
  });

  it('reads a tribunal named with its country as one body, and the article at the sentence start stays out', () => {
    const ents = en('The Competition Tribunal of Kenya fined two brewers on Friday.');
    assert.ok(hasOrg(ents, 'Competition Tribunal of Kenya'), show(ents));
  });

  it('leaves a plural judges\' title out of the first person named after it', () => {
    const ents = en('A bench of Justices Ravindra Mehta and Anjali Rao dismissed the petition.');
    expectMention(ents, 'Ravindra Mehta', 'person');
    expectMention(ents, 'Anjali Rao', 'person');
  });
});

describe('entities (English, round 10): firms named like people', () => {
  it('reads a name with its partners\' "& Associates" or "& Partners" as a firm (corporateSuffixes.legal)', () => {
    const ents = en('The sellers were advised by Rohan Mehra & Associates and by Anna Lindqvist & Partners.');
    assert.ok(hasOrg(ents, 'Rohan Mehra & Associates'), show(ents));
    assert.ok(hasOrg(ents, 'Anna Lindqvist & Partners'), show(ents));
  });

  it('reads a name before a corporate title and a person as the employer in every mention (businessOverPerson)', () => {
    const ents = en('Martin Keller plans to close two offices in Vienna. Martin Keller Chief Executive Sabine Roth said clients were cautious.');
    assert.equal(ents.filter((e) => e.text === 'Martin Keller' && ORG_TYPES.has(e.type)).length, 2, show(ents));
    expectMention(ents, 'Sabine Roth', 'person');
  });

  it('reads a name run, owned or founded by someone as a business, and the someone as a person (byParticiples)', () => {
    const ents = en('Halvorsen, run by Jonas Lie, and Brightwater Management, founded by Amit Shah, each returned 4%. Quarnet, owned by Clara Voss, rose.');
    assert.ok(hasOrg(ents, 'Halvorsen'), show(ents));
    assert.ok(hasOrg(ents, 'Quarnet'), show(ents));
    assert.ok(hasOrg(ents, 'Brightwater Management'), show(ents));
    expectMention(ents, 'Jonas Lie', 'person');
    expectMention(ents, 'Amit Shah', 'person');
  });

  it('reads a hedge fund described after its name as a business (followers: co-founded)', () => {
    const ents = en('Westbrook Tarrant, the hedge fund co-founded by two former traders, returned 9%.');
    assert.ok(hasOrg(ents, 'Westbrook Tarrant'), show(ents));
  });

  it('reads a miner ending in Explorations as a company', () => {
    const ents = en('Shares of Kolo Explorations rose after the drill results.');
    assert.ok(hasOrg(ents, 'Kolo Explorations'), show(ents));
  });
});

describe('entities (English, round 10): one-word firms by what they do', () => {
  it('reads a name that raised an amount or narrowed its losses as a company (businessActions)', () => {
    const ents = en('Tessaro raised $40 million from investors. Rivals Pennlo and Quubit narrowed their losses.');
    assert.ok(hasOrg(ents, 'Tessaro'), show(ents));
    assert.ok(hasOrg(ents, 'Pennlo'), show(ents));
    assert.ok(hasOrg(ents, 'Quubit'), show(ents));
    assert.ok(!ents.some((e) => e.text.startsWith('Rivals')), show(ents));
  });

  it('reads a body that raised or cut an amount as an organization, by its head word, not a company', () => {
    const ents = en('Parliament raised 10 billion euros in taxes. The Senate cut $3 billion from the plan.');
    assert.equal(ents.find((e) => e.text === 'Parliament')?.type, 'organization', show(ents));
    assert.equal(ents.find((e) => e.text === 'Senate')?.type, 'organization', show(ents));
  });

  it('reads an amount raised in any currency sign of the figure grammar (₹, ₦), not only the dollar', () => {
    for (const text of ['Zeptrova raised ₹500 million from investors.', 'Kolabra raised ₦20 billion last year.']) {
      const ents = en(text);
      const name = text.split(' ')[0];
      assert.ok(hasOrg(ents, name), show(ents));
    }
  });

  it('reads a name before "shares" and a move in percent as the company (stockNouns), not a sector opening the sentence', () => {
    const ents = en('In Hanoi, Zentavo shares fell 5% on Monday. Tech shares rose 2%.');
    assert.ok(hasOrg(ents, 'Zentavo'), show(ents));
    assert.ok(!ents.some((e) => e.text === 'Tech'), show(ents));
  });
});

describe('entities (English, round 10): names in mixed case and possessive names', () => {
  it('reads a mixed-case name opening on a lower-case letter before a legal form, its dot kept', () => {
    const ents = en('Shares of zPlanet Inc. rose after the results, while qVenture Ltd fell.');
    assert.ok(hasOrg(ents, 'zPlanet Inc.'), show(ents));
    assert.ok(hasOrg(ents, 'qVenture Ltd'), show(ents));
  });

  it('reads a given name always written with its possessive, once with no noun after it, as a firm (possessiveStores)', () => {
    const ents = en("Brokers at Wilfred's said rates were softening. Wilfred's syndicates wrote more marine cover.");
    assert.equal(ents.filter((e) => e.text === "Wilfred's" && ORG_TYPES.has(e.type)).length, 2, show(ents));
  });

  it('keeps a given name written bare elsewhere a person\'s (Wilfred Hall ... Wilfred\'s)', () => {
    const ents = en("Wilfred Hall joined in May. At the firm, Wilfred's team grew.");
    assert.ok(!ents.some((e) => e.text === "Wilfred's" && ORG_TYPES.has(e.type)), show(ents));
  });
});

describe('entities (English, round 10): bands, labels and stations named after their noun (cues.organization)', () => {
  it('reads the name after "band", "record label" or "talk station" as an organization', () => {
    const ents = en('She played bass in the rock band Copper Lantern before signing to the record label Harvest Moon. He later joined talk station Radio Kestrel.');
    expectMention(ents, 'Copper Lantern', 'organization');
    expectMention(ents, 'Harvest Moon', 'organization');
    expectMention(ents, 'Radio Kestrel', 'organization');
  });
});

describe('entities (English, round 10): the employer of a speaker named in full (sourceCues speakerEmployer)', () => {
  it('reads the name after "of" next to the speech verb as the firm, a listed place staying a place', () => {
    const ents = en('"Rates will fall," said Tomas Berg of Vantrell. Lena Ortiz of Halcyon Research said the rally would fade. "It is over," said Mark Hale of Boston.');
    assert.ok(hasOrg(ents, 'Vantrell'), show(ents));
    assert.ok(hasOrg(ents, 'Halcyon Research'), show(ents));
    expectMention(ents, 'Boston', 'place');
    expectMention(ents, 'Tomas Berg', 'person');
  });
});

describe('entities (English, round 10): German legal forms and names run across a verb', () => {
  it('reads a limited partnership with a GmbH as its partner as one legal form (GmbH & Co. KGaA)', () => {
    const ents = en('Brenntal GmbH & Co. KGaA agreed to buy Lorsch GmbH & Co. KG from its founders.');
    assert.ok(hasOrg(ents, 'Brenntal GmbH & Co. KGaA'), show(ents));
    assert.ok(hasOrg(ents, 'Lorsch GmbH & Co. KG'), show(ents));
  });

  it('reads no person across a lower-case verb between two names (Farrant named Alex Moreau)', () => {
    const ents = en('Farrant named Alex Moreau managing partner last year.');
    expectMention(ents, 'Alex Moreau', 'person');
    assert.ok(!ents.some((e) => e.text.includes('named')), show(ents));
  });
});
