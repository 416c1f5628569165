// English market and company news, sentences of our own (none copied from a test set): stocks named
// by how much they moved, a company's first word standing for it through the article, and the
// descriptions (nationalities, plural openers) that are no part of a name.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English market news): stocks named by their move', () => {
  it('reads the name before a verb of price change and a percent as a company, whatever its words look like', () => {
    const ents = en('Among decliners, Harlan Wells fell 3.2%, while Family Dollar Stores rose 1.5 percent and Crestmoor was up 4% in late trading.');
    expectMention(ents, 'Harlan Wells', 'company');
    expectMention(ents, 'Family Dollar Stores', 'company');
    expectMention(ents, 'Crestmoor', 'company');
  });

  it('leaves alone what moves without being a company: an index with its article, a coin, a word opening the sentence', () => {
    // The rules alone: the tagger's own guesses on these words are another matter.
    const ents = extractEntities('The Merval fell 2%. Silver rose 1.1%, and Ether gained 2.5%, while Kestrel Mining shed 4%.', { lang: 'en', noTagger: true });
    for (const s of ['Merval', 'Silver', 'Ether']) noMention(ents, s);
    expectMention(ents, 'Kestrel Mining', 'company');
  });
});

describe('entities (English market news): a company named by its first word', () => {
  it('reads the first word of an unknown company alone, in the headline and the quotes, as that company', () => {
    const ents = en(
      'Tarven to Buy Pump Maker Quellhorst for $2 Billion\n\n' +
        'Tarven Industries Inc agreed to buy Quellhorst Group. "Quellhorst gives us scale," Tarven Chief Executive Ana Ruiz said.',
    );
    const tarven = ents.filter((e) => e.text === 'Tarven');
    assert.equal(tarven.length, 2, show(ents));
    for (const m of tarven) assert.equal(m.type, 'company', show(ents));
    assert.equal(tarven[0].id, ents.find((e) => e.text === 'Tarven Industries Inc')?.id, show(ents));
    const quellhorst = ents.filter((e) => e.text === 'Quellhorst');
    assert.equal(quellhorst.length, 2, show(ents));
    expectMention(ents, 'Ana Ruiz', 'person');
  });

  it('lends no common word (the text writes it in lower case) and no word of a longer name', () => {
    const ents = en('Summit Bancorp raised its dividend. The summit ended. Summit Ridge Partners was not involved.');
    expectMention(ents, 'Summit Bancorp', 'company');
    assert.ok(!ents.some((e) => e.text === 'Summit'), show(ents));
  });

  it('keeps a company a rule read when a person of a longer name shares its word', () => {
    const ents = en('Rivals Norvance and Deltrix have expanded. Shares of Norvance rose 2.3% on Tuesday.');
    for (const m of ents.filter((e) => e.text.includes('Norvance'))) assert.equal(m.type, 'company', show(ents));
    noMention(ents, 'Rivals');
  });

  it('takes a listed company alias that holds its legal form whole, not the place that opens it', () => {
    const ents = en('Property stocks fell after China Evergrande Group missed a payment.');
    expectMention(ents, 'China Evergrande Group', 'company');
    noMention(ents.filter((e) => e.type === 'place'), 'China');
  });
});

describe('entities (English market news): descriptions that are no names', () => {
  it('reads no company in a nationality after an employer cue (shares of Chinese developers, a stake in Italian carrier X)', () => {
    const ents = en('Shares of Chinese developers fell. Lufthansa wants a stake in Italian carrier ITA Airways.');
    noMention(ents, 'Chinese');
    noMention(ents, 'Italian');
    expectMention(ents, 'ITA Airways', 'company');
  });
});

describe('entities (English market news): bodies named without a complement', () => {
  it('reads capitalized words ending in a body head as one organization, the country before it apart', () => {
    const ents = en("The deal needs approval from Australia's Foreign Investment Review Board. Brazil's Supreme Court ruled on Tuesday.");
    expectMention(ents, 'Foreign Investment Review Board', 'organization');
    expectMention(ents, 'Supreme Court', 'organization');
    expectMention(ents, 'Australia', 'place');
    expectMention(ents, 'Brazil', 'place');
  });

  it('reads a name before a lower-case "union" with its article as a body, not a sport', () => {
    const ents = en("Walkouts by the Verdi union and Germany's IG Metall union hit output. He is a rugby union fan, and Rugby union experts agreed.");
    expectMention(ents, 'Verdi', 'organization');
    expectMention(ents, 'IG Metall', 'organization');
    assert.ok(!ents.some((e) => e.text === 'Rugby' && e.type === 'organization'), show(ents));
  });
});

describe('entities (English market news): more bodies and words that are no names', () => {
  it('keeps a listed place that opens a body name inside it', () => {
    const ents = en('The Ontario Teachers Pension Board and the Canada Pension Plan Investment Board will take minority stakes.');
    expectMention(ents, 'Canada Pension Plan Investment Board', 'organization');
    noMention(ents.filter((e) => e.type === 'place'), 'Canada');
  });

  it('reads abbreviated months and plural acronyms of finance as no names', () => {
    const ents = en('Sales rose in the 12 weeks to Sept. 8 and in the quarter to Aug. 31. Investors shunned technology IPOs and bond ETFs. Jan Hatzius said.');
    for (const s of ['Sept', 'Aug', 'IPOs', 'ETFs']) noMention(ents, s);
    expectMention(ents, 'Jan Hatzius', 'person');
  });
});
