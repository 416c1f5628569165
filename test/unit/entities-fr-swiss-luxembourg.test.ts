// French entities of Swiss and Luxembourg papers (1850-1960): cantons, communes, valleys, lakes and
// passes (places-ch-lu.json), federal and cantonal bodies, agencies, obituaries, results and lists.
// The sentences are our own, not those of the press-fr-2 fixture.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { hasFrenchSpans as has, lacksFrenchSpans as lacks } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });
const spans = (text: string): string[] => ents(text).map((e) => `${e.text}/${e.type}`);

describe('French entities: Swiss and Luxembourg press', () => {
  describe('places of Switzerland and Luxembourg (places-ch-lu.json)', () => {
    it('reads cantons under their French names, also as a rubric in capitals', () => {
      has('Les délégués du Valais, du Tessin et des Grisons se sont réunis à Berne.', 'Valais/place', 'Tessin/place', 'Grisons/place', 'Berne/place');
      has('THURGOVIE. — La récolte des pommes a été abondante.', 'THURGOVIE/place');
    });

    it('reads small communes of the Vaud, Valais, Fribourg and Luxembourg from GeoNames', () => {
      has('La foire de Moudon a été très animée ; celle de Payerne aura lieu jeudi.', 'Moudon/place', 'Payerne/place');
      has('Le train de Mersch est arrivé à Vianden avec du retard.', 'Mersch/place', 'Vianden/place');
    });

    it('gives French names of Swiss towns GeoNames has under their German ones', () => {
      has('Il est parti de Coire pour Thoune, puis a gagné Brigue.', 'Coire/place', 'Thoune/place', 'Brigue/place');
    });

    it('reads rivers, valleys and passes after their lower-case head without it', () => {
      has("Les eaux de l'Aar et de la Reuss ont monté ; le col de la Furka est fermé.", 'Aar/place', 'Reuss/place', 'Furka/place');
    });

    it('leaves out commune names that are common German or English words', () => {
      lacks('Le chef d’orchestre Stein et le corniste Horn ont joué Berg.', 'Stein/place', 'Horn/place', 'Berg/place');
    });
  });
});

describe('French entities: Swiss and Luxembourg bodies and firms (organizations-ch-lu.json)', () => {
  it('reads federal bodies, departments and the old Diet', () => {
    has('Le Conseil fédéral a transmis aux Chambres fédérales le rapport du Département militaire fédéral.', 'Conseil fédéral/organization', 'Chambres fédérales/organization', 'Département militaire fédéral/organization');
    has('Sous la Diète, les cantons du Sonderbund avaient levé des troupes.', 'Diète/organization', 'Sonderbund/organization');
  });

  it('reads a listed court and the town after it as two names', () => {
    has('Le recours a été rejeté par le Tribunal fédéral de Lausanne.', 'Tribunal fédéral/organization', 'Lausanne/place');
  });

  it('keeps a generic Conseil national with its complements (the body rule, not the Swiss list)', () => {
    has('Le Conseil national de la résistance a siégé.', 'Conseil national de la résistance/organization');
  });

  it('reads the agencies of telegrams and the firms of the stock lists', () => {
    has('Rome, 4 mai. (Stefani.) — Berne, 4 mai. (Ag.) — Le roi est rentré.', 'Stefani/organization', 'Ag./organization');
    has('Actions : Société de Banque suisse 790 ; Brown Boveri 590 ; Sulzer 1140.', 'Société de Banque suisse/company', 'Brown Boveri/company', 'Sulzer/company');
  });
});

describe('French entities: courtesy titles and styles written out (courtesyTitles.ts)', () => {
  it('leaves Madame, Monsieur, Mademoiselle and veuve out of the person', () => {
    const found = spans('Madame veuve Amélie Perret-Gentil, à Nyon ; Monsieur et Madame Louis Perret ; Mademoiselle Berthe Perret ont la douleur de faire part du décès de Monsieur Auguste PERRET.');
    for (const e of ['Amélie Perret-Gentil/person', 'Louis Perret/person', 'Berthe Perret/person', 'Auguste PERRET/person']) assert.ok(found.includes(e), `${e} not in ${JSON.stringify(found)}`);
    assert.ok(!found.some((f) => /^(Madame|Monsieur|Mademoiselle)/.test(f)), JSON.stringify(found));
  });

  it('reads a sovereign after her style as a person, without it', () => {
    has('La Grande-Duchesse Adélaïde est arrivée au château.', 'Adélaïde/person');
  });

  it('keeps a title that is the whole name (a band)', () => {
    lacks('Le groupe Madame Monsieur chantera.', 'Monsieur/person');
  });
});
