// French entity errors a fact-checker meets, each read from its context on sentences of our own: a road's
// code that names a bank or a model, a longer lower-case body, a person called a star, a title written
// with an unaccented capital, acronyms the tagger read as places or persons.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });
/** A mention of `surface` that is a business or a body. */
const expectBody = (list: EntityMention[], surface: string): void =>
  assert.ok(['company', 'organization'].includes(list.find((m) => m.text === surface)?.type ?? ''), `${surface} no body in ${show(list)}`);

describe('entities (French context): a road code after an article', () => {
  it('reads a business before a business verb, every writing of the code after an article following it', () => {
    const a = fr("La N26 a levé 100 millions d'euros auprès de ses investisseurs. La N26 compte 7 millions de clients.");
    assert.equal(a.filter((m) => m.text === 'N26' && m.type === 'company').length, 2, show(a));
    expectMention(fr("L'A4 vient de racheter un concurrent néerlandais."), 'A4', 'company');
    expectMention(fr('La D12 recrute 40 ingénieurs à Lyon.'), 'D12', 'company');
  });

  it('reads a model before de and a listed company, and the company after it', () => {
    const a = fr("Le constructeur a présenté l'A6 d'Audi au salon de Francfort.");
    expectMention(a, 'A6', 'product');
    expectMention(a, 'Audi', 'company');
  });

  it('keeps a road before other verbs, before de and a place, and after a road noun', () => {
    expectMention(fr("Un accident a bloqué l'A6 pendant trois heures près de Lyon."), 'A6', 'place');
    expectMention(fr("L'A9 a été fermée à la circulation."), 'A9', 'place');
    expectMention(fr("La N7 de Paris à Menton traverse la Bourgogne."), 'N7', 'place');
    // A road noun before the code: a road, whatever follows.
    expectMention(fr("L'autoroute A6 a levé ses barrières de péage."), 'A6', 'place');
  });
});

describe('entities (French context): a lower-case body inside a longer one', () => {
  it('adds no repeated writing where an adjective that is no participle goes on with it', () => {
    const a = fr("L'armée syrienne libre contrôle le nord. L'armée syrienne a riposté. L'armée syrienne assiégée résiste.");
    const bodies = a.filter((m) => m.text === 'armée syrienne');
    // The tagger's mention and the writing before a participle; not the one inside armée syrienne libre.
    assert.ok(bodies.length >= 1, show(a));
    assert.ok(bodies.every((m) => m.start > 20), show(a));
  });
});

describe('entities (French context): a person called a star', () => {
  it('reads two capitalized words after a celestial noun as a person unless the second is a Latin genitive', () => {
    const a = fr("Le Real Madrid a recruté l'étoile Kylian Mbappé pour 180 millions d'euros.");
    expectMention(a, 'Kylian Mbappé', 'person');
    const b = fr("Les astronomes ont observé l'étoile Proxima Centauri, l'étoile Tau Ceti et l'étoile Bételgeuse.");
    expectMention(b, 'Proxima Centauri', 'place');
    expectMention(b, 'Tau Ceti', 'place');
    expectMention(b, 'Bételgeuse', 'place');
    expectMention(fr('La planète Gliese 581 c tourne autour de son étoile.'), 'Gliese 581 c', 'place');
  });

  it('reads no person after a celestial noun never said of a person (comète, planète): only étoile names a star person', () => {
    expectMention(fr('Les astronomes ont observé la comète Hale Bopp en 1997.'), 'Hale Bopp', 'place');
    expectMention(fr('La planète Kepler Prime tourne autour de son étoile.'), 'Kepler Prime', 'place');
  });
});

describe('entities (French context): titles written with an unaccented capital', () => {
  it('reads secrétaire d\'Etat as the title it is, the person after it alone', () => {
    const a = fr("La secrétaire d'Etat Marlène Schiappa a annoncé un plan. Le secrétaire d'État Jean-Baptiste Lemoyne était présent.");
    expectMention(a, 'Marlène Schiappa', 'person');
    expectMention(a, 'Jean-Baptiste Lemoyne', 'person');
    noMention(a, 'Etat');
  });
});

describe('entities (French context): acronyms', () => {
  it('reads an unlisted acronym, in capitals or before a lower-case end, as a body, not a place or a person', () => {
    const a = fr('Il a été licencié par la FFTri en mars. La FFHandball et la FFVoile ont protesté.');
    for (const name of ['FFTri', 'FFHandball', 'FFVoile']) expectBody(a, name);
    expectBody(fr('Le Kenya est membre du COMESA depuis 1994.'), 'COMESA');
  });

  it('keeps listed country and region acronyms places', () => {
    const a = fr("La RDC et la RCA ont signé un accord avec la région AURA et l'IDF.");
    expectMention(a, 'RDC', 'place', 'republique-democratique-du-congo');
    expectMention(a, 'RCA', 'place');
    expectMention(a, 'AURA', 'place', 'auvergne-rhone-alpes');
  });

  it('keeps a listed place the tagger reads in capitals inside a sentence a place, not an unlisted acronym', () => {
    const a = fr('Il a vécu à NICE depuis dix ans, puis à BREST et à METZ.');
    expectMention(a, 'NICE', 'place', 'nice');
    expectMention(a, 'BREST', 'place', 'brest');
    expectMention(a, 'METZ', 'place', 'metz');
  });
});

describe('entities (French context): armed groups and a place noun after a bare de', () => {
  it('reads the listed armed groups as bodies, their acronyms and other names too, after anti- as well', () => {
    const a = fr("La coalition anti-EI a frappé Daech. L'État islamique et Al-Qaïda ont revendiqué. Le Hamas, le Hezbollah et le PKK ont réagi.");
    for (const name of ['EI', 'Daech', 'État islamique', 'Al-Qaïda', 'Hamas', 'Hezbollah', 'PKK']) expectMention(a, name, 'organization');
    assert.equal(a.find((m) => m.text === 'Daech')?.id, 'etat-islamique', show(a));
  });

  it('reads no place after a place noun that is another noun\'s complement (chefs d\'état, coup d\'état)', () => {
    const a = fr("Un sommet de chefs d'état du COMESA aura lieu au Burundi en 2017.");
    expectBody(a, 'COMESA');
    // With an article the noun is the cue: l'état du Queensland is a place.
    expectMention(fr("Les pluies ont touché l'état du Queensland."), 'Queensland', 'place');
  });
});

describe('entities (French and English context): a listed place in capitals after a preposition of place', () => {
  const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });
  const place = (list: EntityMention[], surface: string, id: string): void => {
    const m = list.find((e) => e.text === surface);
    assert.ok(m?.type === 'place' && m.id === id, `${surface} no place ${id} in ${show(list)}`);
  };

  it('is the listed place, with its id, in a sentence in mixed case', () => {
    place(fr('Le salon se tiendra à LYON du 3 au 5 mars, puis à Marseille.'), 'LYON', 'lyon');
    place(fr('Les ventes ont progressé de 3 % à PARIS et de 2 % à Bordeaux.'), 'PARIS', 'paris');
    place(en('The fair opens in LONDON on Monday, its organizers said.'), 'LONDON', 'londres');
  });

  it('leaves a word in capitals that is no listed place, or not after such a preposition, as it was', () => {
    const a = fr('Les ventes de RENAULT ont progressé de 3 % à PARIS.');
    assert.notEqual(a.find((m) => m.text === 'RENAULT')?.type, 'place', show(a));
    const b = fr("L'accord a été signé à ZORGLUBVILLE hier.");
    assert.notEqual(b.find((m) => m.text === 'ZORGLUBVILLE')?.type, 'place', show(b));
  });
});
