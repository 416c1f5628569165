// French organizations by class, from the ORG errors on the dev folds of the French Wikinews
// training split: bodies named in lower case with a place after them, movements named after what
// their members wear.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French organizations by class', () => {
  it('reads a university, a diocese, an academy or an observatory named in lower case after its place as one body', () => {
    const list = fr("Des chercheurs de l'université de Kyoto et de l'université du Michigan ont publié l'étude. Le diocèse de Hearst fusionne avec un autre. Le recteur de l'académie de Rouen l'a confirmé. Le signal a été capté à l'observatoire de Parkes.");
    expectMention(list, 'université de Kyoto', 'organization');
    expectMention(list, 'université du Michigan', 'organization');
    expectMention(list, 'diocèse de Hearst', 'organization');
    expectMention(list, 'académie de Rouen', 'organization');
    expectMention(list, 'observatoire de Parkes', 'organization');
    noMention(list, 'Kyoto ');
  });

  it('leaves such a head without a name after it to no mention', () => {
    const list = fr("Une université française et l'observatoire du village ont signé. Le diocèse compte dix paroisses.");
    noMention(list, 'université');
    noMention(list, 'observatoire');
    noMention(list, 'diocèse');
  });

  it('reads a movement named after what its members wear as an organization, even counted, never a company', () => {
    const list = fr('Vers 9h30, une centaine de Gilets jaunes sont présents. Le mouvement des Gilets jaunes réclame un référendum. Les Gjs bloquent le péage, soutenus par les Bonnets rouges.');
    expectMention(list, 'Gilets jaunes', 'organization', 'gilets-jaunes');
    expectMention(list, 'mouvement des Gilets jaunes', 'organization', 'gilets-jaunes');
    expectMention(list, 'Gjs', 'organization', 'gilets-jaunes');
    expectMention(list, 'Bonnets rouges', 'organization', 'bonnets-rouges');
  });

  it('reads one member in the singular as no name', () => {
    const list = fr("Un Gilet jaune soupçonné d'avoir blessé un gendarme a été interpellé. Le Gilet jaune a été relâché.");
    noMention(list, 'Gilet');
  });
});
