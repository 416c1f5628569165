// French entities across genres, round 4: classes left by round 3 on regional-fr-2.md, each pinned
// on sentences of its own.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French entities across genres (round 4)', () => {
  describe('the author after a work noun is a person', () => {
    it('reads de X after œuvres, tableau, symphonies as a person, coordinated ones too', () => {
      const list = ents("L'orchestre jouera des œuvres de Fauré et de Chausson. Le musée a acquis un tableau de Vuillard. On entendra les sonates de Scarlatti, Soler et Albéniz.");
      expectMention(list, 'Fauré', 'person');
      expectMention(list, 'Chausson', 'person');
      expectMention(list, 'Vuillard', 'person');
      expectMention(list, 'Scarlatti', 'person');
      expectMention(list, 'Soler', 'person');
      expectMention(list, 'Albéniz', 'person');
    });

    it('keeps a known place after a work noun a place', () => {
      const list = ents('Il a peint un tableau de Venise et des toiles de Marseille.');
      expectMention(list, 'Venise', 'place');
      expectMention(list, 'Marseille', 'place');
    });
  });

  describe('the firm after a noun of its staff or owners', () => {
    it('reads an unlisted name after salariés de, maison mère de, liquidation judiciaire de as a company', () => {
      const list = ents("Les salariés de Sidermos ont voté la grève. La maison mère de Vallorec étudie un appel. Le tribunal a prononcé la liquidation judiciaire de Chaudrex.");
      expectMention(list, 'Sidermos', 'company');
      expectMention(list, 'Vallorec', 'company');
      expectMention(list, 'Chaudrex', 'company');
    });

    it('keeps a known place after salariés de a place', () => {
      const list = ents('Les salariés de Lorraine et les employés de Marseille manifestent.');
      expectMention(list, 'Lorraine', 'place');
      expectMention(list, 'Marseille', 'place');
    });
  });
});
