// French entities of regional news, European Parliament debates and drug leaflets: bodies named
// by their head word alone, verbs and elided words after a name, long names of bodies, firms and
// bodies of the regions (the fixture regional-fr-ner.md scores them as a whole).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French regional news and debates', () => {
  describe('bodies named by their head word alone', () => {
    it('reads la Commission, le Conseil, le Parlement after their article as bodies', () => {
      const list = ents("La Commission nous a proposé un avant-projet ; le Conseil l'a amputé. Nous demandons à la Commission de revoir sa copie, et le Parlement ne cédera pas.");
      assert.equal(list.filter((e) => e.text === 'Commission' && e.type === 'organization').length, 2, show(list));
      expectMention(list, 'Conseil', 'organization');
      expectMention(list, 'Parlement', 'organization');
      noMention(list, "Conseil l'");
    });

    it('ends the name before a verb and its subject pronoun', () => {
      const list = ents('Le Conseil peut-il indiquer ses mesures ? La Commission a-t-elle répondu ?');
      expectMention(list, 'Conseil', 'organization');
      expectMention(list, 'Commission', 'organization');
      noMention(list, 'Conseil peut-il');
    });

    it('leaves a head word before a person to the title (le président de la Commission Jean-Claude Juncker)', () => {
      const list = ents('Le pays a accru la pression sur le président de la Commission Jean-Claude Juncker.');
      expectMention(list, 'Jean-Claude Juncker', 'person');
      noMention(list, 'Commission');
    });
  });

  describe('bodies and firms of French regional and European news (lists)', () => {
    it('knows charities, agencies and firms of the regions by their names', () => {
      const list = ents("Les Restos du cœur et le Secours populaire ont reçu l'aide de la Fondation de France. À Dombasle, Solvay investit ; le Crédit mutuel et la Banque populaire prêtent. L'Agence nationale pour l'emploi recense 4 000 offres.");
      expectMention(list, 'Restos du cœur', 'organization');
      expectMention(list, 'Secours populaire', 'organization');
      expectMention(list, 'Fondation de France', 'organization');
      expectMention(list, 'Solvay', 'company');
      expectMention(list, 'Crédit mutuel', 'company');
      expectMention(list, 'Banque populaire', 'company');
      expectMention(list, "Agence nationale pour l'emploi", 'organization');
    });

    it('reads CFTC in French as the Christian union, in English as the US regulator', () => {
      assert.equal(expectMention(ents('La CFDT et la CFTC ont signé.'), 'CFTC', 'organization').id, 'confederation-francaise-des-travailleurs-chretiens');
      const en = extractEntities('The CFTC fined the bank.', { lang: 'en' });
      assert.equal(expectMention(en, 'CFTC', 'organization').id, 'commodity-futures-trading-commission');
    });

    it('names the licence holder and the agency of a drug leaflet', () => {
      const list = ents("Titulaire : Sanofi-Aventis France. L'Agence européenne des médicaments (EMEA) a rendu son avis ; déclarez les effets à l'ANSM.");
      expectMention(list, 'Sanofi-Aventis France', 'company', 'sanofi');
      expectMention(list, 'Agence européenne des médicaments', 'organization');
      expectMention(list, 'EMEA', 'organization', 'agence-europeenne-des-medicaments');
      expectMention(list, 'ANSM', 'organization');
    });
  });

  describe('towns of the East of France', () => {
    it('knows Nancy (also a given name) as the town mid-sentence, and small towns of the region', () => {
      const list = ents('Il est élu maire de Nancy en 1983, puis député de Briey. Les usines de Sochaux et de Remiremont recrutent.');
      expectMention(list, 'Nancy', 'place');
      expectMention(list, 'Briey', 'place');
      expectMention(list, 'Sochaux', 'place');
      expectMention(list, 'Remiremont', 'place');
      expectMention(extractEntities('Nancy Pelosi spoke on Tuesday.', { lang: 'en' }), 'Nancy Pelosi', 'person');
    });
  });

  describe('firms and town halls of a town', () => {
    it('reads a listed firm and a listed place after a business cue as the firm and its town', () => {
      const list = ents("Mille embauches à l'usine Peugeot de Sochaux. Le site Michelin de Clermont-Ferrand ferme.");
      expectMention(list, 'Peugeot', 'company');
      expectMention(list, 'Sochaux', 'place');
      expectMention(list, 'Michelin', 'company');
      expectMention(list, 'Clermont-Ferrand', 'place');
      noMention(list, 'Peugeot de Sochaux');
    });

    it('reads a town hall opening its clause as the body, elsewhere the town alone', () => {
      const list = ents("La mairie de Nancy a signé une convention. Interrogée, la mairie de Lyon s'est refusée à tout commentaire. Un adjoint de la mairie de Metz parle devant la mairie de Toul.");
      expectMention(list, 'mairie de Nancy', 'organization');
      expectMention(list, 'mairie de Lyon', 'organization');
      expectMention(list, 'Metz', 'place');
      expectMention(list, 'Toul', 'place');
      noMention(list, 'mairie de Metz');
    });
  });

  describe('addresses by function', () => {
    it('reads Madame la Commissaire, Monsieur le Député as nobody', () => {
      const list = ents('Monsieur le Président, Madame la Commissaire, chers collègues. Monsieur le Député, votre question est juste.');
      assert.ok(!list.some((e) => e.type === 'person'), show(list));
    });
  });
});
