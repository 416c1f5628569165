// Entity gaps seen in business news, on sentences of our own: sentence-opening common nouns
// before a company's name, model codes before a product noun, French ministries, places written
// without their hyphen and business units, lone surnames opening a sentence, market instruments.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });
const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('entities (news gaps): a common noun opening the sentence before a name', () => {
  it('leaves Rival, Peer, Chipmaker, Lender out of a listed, suffixed or quoted name after them', () => {
    const a = en('Rival Advanced Micro Devices (NASDAQ:AMD) said demand was strong.');
    expectMention(a, 'Advanced Micro Devices', 'company', 'amd');
    noMention(a, 'Rival');
    const b = en('Peer Kelbridge Systems (NASDAQ:KLB) fell 3% on Monday.');
    expectMention(b, 'Kelbridge Systems', 'company');
    noMention(b, 'Peer');
    const c = en('Competitor Harlow Dynamics Inc said it would appeal.');
    expectMention(c, 'Harlow Dynamics Inc', 'company');
    noMention(c, 'Competitor');
    const d = en('Chipmaker Nvidia rose. Lender Barclays cut rates.');
    expectMention(d, 'Nvidia', 'company');
    expectMention(d, 'Barclays', 'company');
    noMention(d, 'Chipmaker');
    noMention(d, 'Lender');
  });

  it('does the same in French, with or without an article', () => {
    const a = fr('Concurrent Renault a vendu plus de voitures.');
    expectMention(a, 'Renault', 'company');
    noMention(a, 'Concurrent');
    const b = fr('Rival Kering a publié ses résultats. Le constructeur Stellantis a annoncé des baisses.');
    expectMention(b, 'Kering', 'company');
    expectMention(b, 'Stellantis', 'company');
    noMention(b, 'Rival');
  });

  it('keeps a listed name that opens with such a word, and the word in mid-sentence names', () => {
    expectMention(en('Bank of America said profit rose.'), 'Bank of America', 'company');
    // The word and a legal form alone are the whole name (Investor AB).
    const c = en('Investor AB said its net asset value rose.');
    assert.ok(c.some((e) => e.text.startsWith('Investor')), show(c));
    const b = en('Shares of Carrier Global Corp rose.');
    expectMention(b, 'Carrier Global Corp', 'company');
  });
});

describe('entities (news gaps): French ministries, places without their hyphen, business units', () => {
  it('reads the portfolio after a minister or a ministry as an organization, never a company', () => {
    const a = fr('Le ministre des Finances, Michel Sapin, a présenté le budget.');
    assert.ok(!a.some((e) => e.type === 'company'), show(a));
    expectMention(a, 'Michel Sapin', 'person');
    const b = fr('La ministre déléguée chargée des Transports a parlé, puis le ministre de la Culture est arrivé.');
    assert.ok(!b.some((e) => e.type === 'company'), show(b));
    const c = fr("Le ministère de l'Économie a publié un rapport. Le secrétaire d'État aux Transports a démissionné.");
    assert.ok(!c.some((e) => e.type === 'company'), show(c));
    // A country after a Prime Minister stays a place.
    expectMention(fr('Le Premier ministre du Canada est arrivé.'), 'Canada', 'place');
  });

  it('matches a listed place written with spaces for its hyphens', () => {
    expectMention(fr("Le Royaume Uni a quitté l'Union européenne."), 'Royaume Uni', 'place', 'royaume-uni');
    expectMention(fr('Il est arrivé en Nouvelle Zélande lundi.'), 'Nouvelle Zélande', 'place', 'nouvelle-zelande');
    expectMention(fr('Les ventes ont progressé en Grande Bretagne.'), 'Grande Bretagne', 'place', 'royaume-uni');
  });

  it('reads no person in the capitalized common nouns after a business-unit word', () => {
    const a = fr('La division Mode et Maroquinerie de LVMH a progressé.');
    noMention(a, 'Mode');
    noMention(a, 'Maroquinerie');
    expectMention(a, 'LVMH', 'company');
    const b = fr('Le pôle Distribution a reculé, la branche Vins et Spiritueux a progressé.');
    assert.ok(!b.some((e) => e.type === 'person' || e.type === 'place'), show(b));
    const c = en('Sales at its Fashion and Leather Goods division rose, while the Intelligent Cloud segment grew.');
    assert.ok(!c.some((e) => e.type === 'person' || e.type === 'place'), show(c));
  });

  it('keeps a listed name after a business-unit word', () => {
    expectMention(en('The Boeing Defense unit won a contract.'), 'Boeing Defense', 'company');
    expectMention(fr('La division Airbus a livré des avions.'), 'Airbus', 'company');
  });
});

describe('entities (news gaps): a body before units', () => {
  it('keeps a name before units, a word for troops or subsidiaries as well', () => {
    const a = en('It cooperated with Royal Danish Navy units in the north.');
    assert.ok(a.some((e) => e.text === 'Royal Danish Navy'), show(a));
    const b = en('Google said its DeepMind unit would hire.');
    assert.ok(b.some((e) => e.text === 'DeepMind'), show(b));
  });
});

describe('entities (news gaps): model codes before a product noun', () => {
  it('reads a code of capitals and digits before chips, jets, phones, trucks as a product, never a place or a person', () => {
    const a = en('Demand for its MI300 chips was strong, the company said.');
    expectMention(a, 'MI300', 'product');
    const b = en('Airlines ordered more A321XLR jets, and dealers sold F150 trucks and S24 phones.');
    expectMention(b, 'A321XLR', 'product');
    expectMention(b, 'F150', 'product');
    expectMention(b, 'S24', 'product');
    assert.ok(!b.some((e) => e.type === 'place' || e.type === 'person'), show(b));
  });

  it('reads no product in a code before another word, nor in a number before a product noun', () => {
    const a = en('The G7 countries met. It sold 300 chips and 5 jets.');
    assert.ok(!a.some((e) => e.type === 'product'), show(a));
  });
});

describe('entities (news gaps): market instruments', () => {
  it('reads no body in a name before yields, bills or notes, but keeps the body elsewhere', () => {
    const a = en('Benchmark 10-year Treasury yields fell as Treasuries rallied.');
    assert.ok(!a.some((e) => e.text === 'Treasury' || e.text === 'Treasuries'), show(a));
    const b = en('Investors bought Treasury bills on Monday, and the Treasury said it would borrow more.');
    assert.equal(b.filter((e) => e.text === 'Treasury').length, 1, show(b));
    expectMention(b, 'Treasury', 'organization');
  });
});

describe('entities (news gaps): a lone surname opening a sentence before a speech verb', () => {
  it('reads the word as a person when no list and no surer tagger reading say otherwise', () => {
    const a = en('The deal collapsed. Kumar said the company would appeal. Quinlan told Reuters the talks were over.');
    expectMention(a, 'Kumar', 'person');
    expectMention(a, 'Quinlan', 'person');
    expectMention(a, 'Reuters', 'organization');
    const b = en('Costs rose. Okonkwo added that margins would recover.');
    expectMention(b, 'Okonkwo', 'person');
  });

  it('yields to what the article says of the name elsewhere (its shares: a company)', () => {
    const a = en("Vantoro said profit fell. Vantoro's shares dropped 4% after the report.");
    assert.deepEqual(a.map((e) => `${e.text}/${e.type}`), ['Vantoro/company', 'Vantoro/company']);
  });

  it('links it to the full name given before', () => {
    const a = en('Priya Raman, the chief financial officer, spoke first. Raman said margins would recover.');
    const people = a.filter((e) => e.type === 'person');
    assert.equal(new Set(people.map((e) => e.id)).size, 1, show(a));
  });

  it('keeps listed names, plurals and common nouns out', () => {
    const a = en('Apple said revenue rose. Officials said the plan was ready. Police said two people died. Management told staff to stay home.');
    expectMention(a, 'Apple', 'company');
    assert.ok(!a.some((e) => e.type === 'person'), show(a));
    // The first word of a listed name is its short form, no person (Goldman Sachs).
    const b = en('Markets fell. Goldman said it expected cuts.');
    assert.ok(!b.some((e) => e.type === 'person'), show(b));
  });
});

describe('entities (news gaps): a name holds a letter', () => {
  it('gives no mention made of digits alone, whatever the tagger reads', () => {
    for (const text of ['The 2023/24 season starts in August.', 'Mr Smith, who ran 1235 (now Mansion), left.']) {
      const found = en(text);
      assert.ok(found.every((m) => /\p{L}/u.test(m.text)), show(found));
    }
  });
});

describe('entities (news gaps): a given name before a place or a trade word', () => {
  it('opens no person (Sioux City, Meyer Music), while a given name and a surname still do', () => {
    const found = en('Flights to Sioux City resumed, and Meyer Music said sales rose. Dallas Smith agreed.');
    noMention(found.filter((m) => m.type === 'person'), 'Sioux');
    noMention(found.filter((m) => m.type === 'person'), 'Meyer');
    expectMention(found, 'Dallas Smith', 'person');
  });
});

describe('entities (news gaps): two full names side by side', () => {
  it('opens a second person at a given name and a name after a given name and a surname', () => {
    const list = fr("Les anciens conseillers de Gérard Vautrin Sylvie Marchetti et Paul Berthier ont quitté le parti. La suppléante de Nicolas Brassac Hélène Roudier siège.");
    for (const name of ['Gérard Vautrin', 'Sylvie Marchetti', 'Paul Berthier', 'Nicolas Brassac', 'Hélène Roudier']) expectMention(list, name, 'person');
  });

  it('keeps two given names, or a given name and a surname with a particle, in one name', () => {
    const list = fr('Le discours de Jean Marie Lefranc a surpris. Le prix revient à Luiz Carlos da Silva Moreira.');
    expectMention(list, 'Jean Marie Lefranc', 'person');
    expectMention(list, 'Luiz Carlos da Silva Moreira', 'person');
  });
});

describe('entities (news gaps): état before a name', () => {
  it('reads no place in a status line État and a participle, and keeps the state after état du', () => {
    const list = fr('Grève des dockers à Marseille\n\nÉtat\u00a0 Publié\n\nLes dockers ont cessé le travail. Dans l’état du Queensland, le port est fermé.');
    noMention(list, 'Publié');
    expectMention(list, 'Queensland', 'place');
  });
});

describe('entities (news gaps): French road codes', () => {
  it('reads a code after an article, a road noun or in a list of codes as a place, the code alone', () => {
    const list = fr("Un poids lourd s'est renversé sur la D417 près de la RN 88, puis sur l'autoroute A71. Bouchons aux péages de l'A75, A89 (Clermont-Ferrand) et A72.");
    for (const code of ['D417', 'RN 88', 'A71', 'A75', 'A89', 'A72']) expectMention(list, code, 'place');
    noMention(list, 'autoroute');
  });

  it('reads the word before a code by its key: a typographic apostrophe, a capital opening a sentence', () => {
    const list = fr('Un accident a fermé l’A43 ce matin. Autoroute A41 : la circulation reprend.');
    for (const code of ['A43', 'A41']) expectMention(list, code, 'place');
  });

  it('reads no road in an aircraft, a league, a fair or À written A', () => {
    const list = fr("L'A350 a décollé. Depuis la reprise de la D1, les clubs souffrent. A 10 heures, l'E3 ouvrait ses portes.");
    assert.ok(!list.some((e) => e.type === 'place'), show(list));
  });
});

describe('entities (news gaps): celestial bodies after their noun', () => {
  it('reads the name after a planet, a star, a comet, a galaxy or a supernova as a place, with its catalog number', () => {
    const list = fr("Les astronomes ont observé la supernova ASASSN-15lh puis l'étoile HD 189733 et son exoplanète HD 189733 b. La comète Borrelly et la galaxie Messier 81 suivent.");
    for (const name of ['ASASSN-15lh', 'HD 189733', 'HD 189733 b', 'Borrelly', 'Messier 81']) expectMention(list, name, 'place');
  });

  it('leaves a listed business after an étoile of a guide to the list', () => {
    const list = fr('Le restaurant a obtenu une étoile Michelin cette année.');
    expectMention(list, 'Michelin', 'company');
  });

  it('reads no place in a person called a star (l\'étoile Antoine Griezmann): a listed given name and a name are a person', () => {
    const list = fr("La jeune étoile Antoine Griezmann a marqué deux buts. L'étoile Lionel Messi du Barça est blessée.");
    expectMention(list, 'Antoine Griezmann', 'person');
    // The cue's name run went on over du Barça, above the tagger's person.
    assert.ok(list.some((e) => e.type === 'person' && e.text.startsWith('Lionel Messi')), show(list));
    assert.ok(!list.some((e) => e.type === 'place'), show(list));
  });
});
