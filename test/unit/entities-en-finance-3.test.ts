// English business news, round 3 (sentences of our own, none copied from a test set): stocks listed
// after a colon, unknown companies named by a data-source or employer cue, headline surnames of a
// person named in full, and the speaker lines of earnings-call transcripts.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English business news, round 3): stock moves', () => {
  it('reads the stocks listed after a clause colon as companies, the second one with its verb left out', () => {
    const ents = en('Retailers led the market higher: Marwick climbed 2.4% and Fenton Baird 1.9%, Oldcastle 1.2%.');
    expectMention(ents, 'Marwick', 'company');
    expectMention(ents, 'Fenton Baird', 'company');
    expectMention(ents, 'Oldcastle', 'company');
    assert.ok(!ents.some((e) => e.type === 'person'), show(ents));
  });

  it('keeps a label colon and a commodity out (Markets: Gold rose 1%)', () => {
    const ents = en('Markets: Gold rose 1%.\nMetals were mixed: Copper fell 2% and Oil 3%.');
    // Whatever else reads them, this rule makes no company of them.
    assert.ok(!ents.some((e) => e.type === 'company'), show(ents));
  });
});

describe('entities (English business news, round 3): earnings-call speaker lines', () => {
  it('reads the name opening a speaker line as a person and the analyst’s firm as a company', () => {
    const ents = en(
      'Operator: Our first question comes from the line.\n\nMarisol Okafor -- Chief Financial Officer\nThank you.\n\nDevin Castellano -- Halvorsen Partners -- Analyst\nHi, thanks.\n\nRuth Lindqvist - Analyst, Barclays\nA question on margins.',
    );
    expectMention(ents, 'Marisol Okafor', 'person');
    expectMention(ents, 'Devin Castellano', 'person');
    expectMention(ents, 'Halvorsen Partners', 'company');
    expectMention(ents, 'Ruth Lindqvist', 'person');
    expectMention(ents, 'Barclays', 'company', 'barclays');
    noMention(ents, 'Chief Financial Officer');
    noMention(ents, 'Analyst');
  });

  it('reads no sentence after a dash as a speaker line', () => {
    const ents = en('Quarterly Sales - which fell again - disappointed investors.');
    noMention(ents.filter((e) => e.type === 'person'), 'Quarterly Sales');
  });
});

describe('entities (English business news, round 3): sources of figures and employers', () => {
  it('reads the source of figures as a business, described or not', () => {
    const ents = en(
      'The shares trade at 40 times earnings, according to data from Quantrel. Volumes doubled, data from researcher Voxmira showed. Its share was flat, according to Tessaly data, and Brindlecourt data showed prices rising.',
    );
    for (const name of ['Quantrel', 'Voxmira', 'Tessaly', 'Brindlecourt']) expectMention(ents, name, 'company');
  });

  it('reads the employer after a title with an of-complement as a business, not the place after it', () => {
    const ents = en('"We wanted more," said Jun Ota, head of investment strategy at Morrow Pacific in Singapore.');
    expectMention(ents, 'Morrow Pacific', 'company');
    expectMention(ents, 'Singapore', 'place');
    expectMention(ents, 'Jun Ota', 'person');
  });

  it('leaves a listed place and a person named from a given name as they are', () => {
    const ents = en('Exports rose, data from China showed. Prices fell, according to data from economist Jane Roe.');
    expectMention(ents, 'China', 'place');
    expectMention(ents, 'Jane Roe', 'person');
  });
});

describe('entities (English business news, round 3): headline surnames', () => {
  it('reads a headline surname of a person the article names in full as that person', () => {
    const ents = en(
      "Fed's Marrowby Says Hikes Possible; Ostrander Sees Cuts Later\n\nMinneapolis Fed President Neel Marrowby said on Tuesday rates could rise. Separately, San Francisco Fed President Mary Ostrander said cuts would come later.",
    );
    const head = ents.filter((e) => e.start < 60);
    const marrowby = head.find((e) => e.text === 'Marrowby');
    const ostrander = head.find((e) => e.text === 'Ostrander');
    assert.equal(marrowby?.type, 'person', show(ents));
    assert.equal(marrowby?.name, 'Neel Marrowby', show(ents));
    assert.equal(ostrander?.name, 'Mary Ostrander', show(ents));
  });

  it('reads no headline word as a person when nobody of that surname is named in full', () => {
    const ents = en('Brantwell Shares Slide After Weak Outlook\n\nThe company cut its forecast, Chief Executive Mary Coyle said.');
    assert.ok(!ents.some((e) => e.text === 'Brantwell' && e.type === 'person'), show(ents));
  });
});
