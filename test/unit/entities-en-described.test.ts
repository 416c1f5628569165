// English business news names unknown businesses by what they are, not by a suffix: a description
// after the name, a list shared with known companies, a place's -based before it (sentences of our
// own, none copied from a test set). See src/core/entities/described.ts.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English business news): names described as businesses', () => {
  it('reads a name before a comma and a description of a business as a company', () => {
    const ents = en(
      'Korvex, a maker of industrial pumps, said orders rose. Quorvia, the Dutch payments startup, raised money. ' +
        "Shares of Talvane fell. Cameco, its Canadian rival, gained 4%. Petrovia, Brazil's state-controlled oil company, named a new chief.",
    );
    for (const name of ['Korvex', 'Quorvia', 'Cameco', 'Petrovia']) expectMention(ents, name, 'company');
  });

  it('reads a name that is a business after is or was as a company, and a body described as one as an organization', () => {
    const ents = en('Bilka is a Danish chain of hypermarkets. Ravensworth is a British engineering group. Markets fell after Banco Austral, the central bank, cut rates.');
    expectMention(ents, 'Bilka', 'company');
    expectMention(ents, 'Ravensworth', 'company');
    expectMention(ents, 'Banco Austral', 'organization');
  });

  it('leaves a listed place, a person and a job title their own reading', () => {
    const ents = en(
      "China, the world's biggest car market, slowed. Zhao Wei, a fund manager at Harvest Fund Management, was cautious. " +
        "Anna Berg, the group's founder, left. Marco Benedetti, chief executive of the firm, resigned.",
    );
    expectMention(ents, 'China', 'place');
    expectMention(ents, 'Zhao Wei', 'person');
    expectMention(ents, 'Anna Berg', 'person');
    expectMention(ents, 'Marco Benedetti', 'person');
  });
});

describe('entities (English business news): names listed with companies', () => {
  it('reads unknown names joined to a known company by commas and "and" as companies', () => {
    const ents = en('Tesco, Sainsbury and Ocado lagged. Sources said Halvorsen Shipping was in talks with Maersk and Hapag-Lloyd.');
    expectMention(ents, 'Sainsbury', 'company');
    expectMention(ents, 'Ocado', 'company');
    expectMention(ents, 'Hapag-Lloyd', 'company');
  });

  it('keeps people, places, job titles and sentence adverbs out of such lists', () => {
    const ents = en('Separately, Apple and Tesla fell. Investors in Apple and London were calm. Google and Chief Executive Sundar Pichai were sued by Tim Walsh and Apple.');
    noMention(ents, 'Separately');
    expectMention(ents, 'London', 'place');
    expectMention(ents, 'Sundar Pichai', 'person');
    expectMention(ents, 'Tim Walsh', 'person');
  });
});

describe('entities (English business news): a business after a place and -based', () => {
  it('reads the name after Shanghai-based as a company, the place staying a place', () => {
    const ents = en('Zhao Wei, a fund manager at Shanghai-based Harvest Fund Management, said so. A Toronto-based Vantage Mining deal closed.');
    expectMention(ents, 'Shanghai', 'place');
    expectMention(ents, 'Harvest Fund Management', 'company');
    expectMention(ents, 'Vantage Mining', 'company');
  });

  it('leaves a person after -based a person', () => {
    expectMention(en('London-based Sarah Collins said the fund would grow.'), 'Sarah Collins', 'person');
  });
});

describe('entities (English business news): a name before a lower-case index', () => {
  it('gives no mention for a stock index written with a lower-case index, nor for the names inside it', () => {
    const ents = en("The blue-chip CSI300 index ended flat. The Jakarta Composite index gained, and South Korea's KOSPI index rose.");
    for (const s of ['CSI300', 'Jakarta', 'Composite', 'KOSPI']) noMention(ents, s);
    expectMention(ents, 'South Korea', 'place');
  });
});
