// English entities, round 8 (sentences of our own, none copied from a test set): the classes read
// on the en-finance-7 fixture (regional banks and credit unions, shipping, Indian, Gulf, African and
// Latin American markets, law firms and auditors, venture rounds, index providers, sponsorship).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 8): names the tagger runs together', () => {
  it('never reads one name across a full stop that ends a sentence', () => {
    const ents = en('Freight rates rose on routes between Asia and Southern Europe. Ostmark Lines and Baltra Shipping added ships.');
    assert.ok(!ents.some((e) => e.text.includes('. ')), show(ents));
    expectMention(ents, 'Baltra Shipping', 'company');
  });

  it('keeps a full stop after an abbreviation inside a name', () => {
    const ents = en('Shares of Harlow Bros. Timber rose, and Calder Corp. Holdings said it would sell them.');
    assert.ok(!ents.some((e) => e.text === 'Timber' || e.text === 'Holdings'), show(ents));
  });

  it('reads a firm of partners joined by an ampersand as one company, not a person', () => {
    const ents = en('The auditor, Pemberton Askew & Crane, signed the accounts, the company said.');
    expectMention(ents, 'Pemberton Askew & Crane', 'company');
    assert.ok(!ents.some((e) => e.type === 'person'), show(ents));
  });

  it('reads two bodies of one kind joined by "and" as two names', () => {
    const ents = en('Tamarack Valley Federal Credit Union and Blue Heron Community Credit Union agreed to merge on Monday.');
    expectMention(ents, 'Tamarack Valley Federal Credit Union', 'organization');
    expectMention(ents, 'Blue Heron Community Credit Union', 'organization');
  });

  it('keeps one body whose name joins two words by "and" one name', () => {
    const ents = en('The Securities and Exchange Commission and the Food and Drug Administration agreed.');
    expectMention(ents, 'Securities and Exchange Commission', 'organization');
    expectMention(ents, 'Food and Drug Administration', 'organization');
  });

  it('keeps two people joined by an ampersand two people', () => {
    const ents = en('The show was hosted by Marcus Tilden & Jo Bramwell on Sunday nights.');
    expectMention(ents, 'Marcus Tilden', 'person');
    expectMention(ents, 'Jo Bramwell', 'person');
  });
});

describe('entities (English, round 8): bodies and firms by their last word', () => {
  it('reads a name ending in a trade of mining or industry as a company (Platinum, Cement, Prospecting)', () => {
    const ents = en('Karoo Platinum and Indus Valley Cement cut jobs, while Dunmore Prospecting hired.');
    expectMention(ents, 'Karoo Platinum', 'company');
    expectMention(ents, 'Indus Valley Cement', 'company');
    expectMention(ents, 'Dunmore Prospecting', 'company');
  });

  it('reads a country\'s short form before a body as one organization', () => {
    const ents = en('The U.S. Department of Agriculture and the U.S. Fish and Wildlife Service disagreed, and the UK Competition and Markets Authority stayed out.');
    expectMention(ents, 'U.S. Department of Agriculture', 'organization');
    assert.ok(!ents.some((e) => e.text === 'U.S.' && e.type === 'place' && e.start < 20), show(ents));
  });

  it('keeps a country\'s short form before a title or an instrument a place', () => {
    const ents = en('U.S. Treasury yields fell, and U.S. District Judge Mara Lindqvist ruled on Tuesday.');
    expectMention(ents, 'U.S.', 'place');
    assert.ok(!ents.some((e) => e.text.startsWith('U.S. District')), show(ents));
  });

  it('reads a name before a lower-case noun of geography as a place', () => {
    const ents = en('Tankers avoided the Bab el-Mandeb strait for a third month.');
    expectMention(ents, 'Bab el-Mandeb', 'place');
    const army = en('He carried the mail from the Bangladesh Army field post offices to the nearest town.');
    assert.ok(!army.some((e) => e.text.includes('Army') && e.type === 'place'), show(army));
  });

  it('reads a group of firms by its size (the Big Four) as no name', () => {
    const ents = en('KPMG and Deloitte, the other members of the Big Four, were also fined; the Big Three automakers were not.');
    assert.ok(!ents.some((e) => e.text.startsWith('Big')), show(ents));
  });

  it('reads Congress as an organization', () => {
    const ents = en('The trade group has lobbied Congress to keep the exemption.');
    expectMention(ents, 'Congress', 'organization');
  });
});

describe('entities (English, round 8): Title Case headlines', () => {
  it('reads a headline word the prose names as a body or a place as that name', () => {
    const ents = en('FDA Clears Harlow Drug; Gulf Shares Rise\n\nWASHINGTON, May 2 - The FDA approved the drug on Tuesday, and stock markets in the Gulf rose.');
    const heads = ents.filter((e) => e.start < 40);
    assert.ok(heads.some((e) => e.text === 'FDA' && e.type === 'organization'), show(ents));
    assert.ok(heads.some((e) => e.text === 'Gulf' && e.type === 'place'), show(ents));
  });

  it('reads a headline word that opens a business of the prose as that business, not a listed or common word', () => {
    const ents = en('Harwick, Dunmore Lead Legal Rankings\n\nNEW YORK, July 1 - Harwick Pemberton LLP advised on the most deals, ahead of Dunmore & Vale.');
    const heads = ents.filter((e) => e.start < 12);
    assert.ok(heads.some((e) => e.text === 'Harwick' && e.type === 'company'), show(ents));
    assert.ok(!ents.some((e) => e.text === 'Lead' || e.text === 'Legal'), show(ents));
  });

  it('reads a headline name of several words the prose writes in full, and a name opening with Port as a place', () => {
    const ents = en('Coal Exports From Port Waratah Hit Record\n\nSYDNEY, May 2 - Coal shipments through Port Waratah were the highest on record in April, the operator said.');
    assert.ok(ents.some((e) => e.start < 30 && e.text === 'Port Waratah' && e.type === 'place'), show(ents));
  });
});

describe('entities (English, round 8): job titles after a business word', () => {
  it('reads the person after Group and a job title of two words, no company', () => {
    const ents = en('Group Managing Director Ngozi Adeyemi said the lender would raise capital. Group Chief Executive Tom Hale agreed.');
    expectMention(ents, 'Ngozi Adeyemi', 'person');
    expectMention(ents, 'Tom Hale', 'person');
    assert.ok(!ents.some((e) => e.type === 'company'), show(ents));
  });
});

describe('entities (English, round 8): venues and bodies by their last word (wikigold dev classes)', () => {
  it('reads a name ending in a venue word as a place', () => {
    const ents = en('The final was played at Hallorann Oval, and the juniors trained at Mercer Gym on Tuesdays.');
    expectMention(ents, 'Hallorann Oval', 'place');
    expectMention(ents, 'Mercer Gym', 'place');
  });

  it('reads a name ending in a legislature, a school or a publisher as an organization', () => {
    const ents = en('He sat in the Idaho Senate for two terms and later taught at Brennock College. His poems came out with Tamsin Publishing.');
    assert.ok(ents.some((e) => e.text === 'Idaho Senate' && e.type === 'organization'), show(ents));
    assert.ok(ents.some((e) => e.text === 'Brennock College' && e.type === 'organization'), show(ents));
    assert.ok(ents.some((e) => e.text === 'Tamsin Publishing' && (e.type === 'company' || e.type === 'organization')), show(ents));
  });
});

describe('entities (English, round 8): honorifics and academic titles before a name', () => {
  it('leaves Professor, Dr and Coroner out of the person', () => {
    const ents = en('According to Professor Amara Velloso of the state university, the survey was flawed. Dr Keiran Moss agreed, and County Coroner Wendell Pike said nothing.');
    expectMention(ents, 'Amara Velloso', 'person');
    expectMention(ents, 'Keiran Moss', 'person');
    expectMention(ents, 'Wendell Pike', 'person');
  });
});

describe('entities (English, round 8): a company\'s national arm', () => {
  it('reads a listed or suffixed company and the country after it as one company', () => {
    const ents = en('Shares of MTN Nigeria rose, and Vodafone Egypt said it would invest in Kolvane Networks Kenya.');
    expectMention(ents, 'MTN Nigeria', 'company');
    expectMention(ents, 'Vodafone Egypt', 'company');
    expectMention(ents, 'Kolvane Networks Kenya', 'company');
  });

  it('keeps a country after a company apart when a verb or a preposition stands between', () => {
    const ents = en('Vodafone said sales in Egypt rose, and Apple expanded in China.');
    expectMention(ents, 'Vodafone', 'company');
    expectMention(ents, 'Egypt', 'place');
    expectMention(ents, 'China', 'place');
  });
});

describe('entities (English, round 8): clubs named by their town and City', () => {
  it('reads a listed town and City as a club, a listed city of that name as the place', () => {
    const ents = en('Leicester City agreed a shirt deal, while Kansas City and Mexico City hosted matches. The Leicester City Council approved the plan.');
    expectMention(ents, 'Leicester City', 'organization');
    expectMention(ents, 'Kansas City', 'place');
    expectMention(ents, 'Mexico City', 'place');
    expectMention(ents, 'Leicester City Council', 'organization');
  });

  it('reads a listed country or region and City as the city, no club, where the list holds no such city', () => {
    const ents = en('The group moved its offices to Quebec City and Panama City, while Manchester City signed a striker.');
    expectMention(ents, 'Quebec City', 'place');
    expectMention(ents, 'Panama City', 'place');
    expectMention(ents, 'Manchester City', 'organization');
  });
});

describe('entities (English, round 8): a company named again by its first words', () => {
  it('reads the first words of a company of the text as that company, whatever their last word suggests', () => {
    const ents = en('Lakeside Bancorp will buy Silver Creek Bank for $90 million. Shareholders of Silver Creek will receive cash.');
    const full = expectMention(ents, 'Silver Creek Bank', 'company');
    const short = ents.find((e) => e.text === 'Silver Creek');
    assert.ok(short && short.type === 'company' && short.id === full.id, show(ents));
  });
});
