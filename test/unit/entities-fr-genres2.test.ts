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
});
