// French organizations: dotted acronyms, cue words before a body's or a business's name, social
// networks named as a medium, sports clubs, long names of bodies.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French organizations', () => {
  describe('acronyms written with points', () => {
    it('reads a listed acronym with points as the listed entity, not the letter after the article', () => {
      const list = ents('La S.N.C.F. a supprimé des trains. Les cheminots de la C.G.T. et de la C.F.D.T. manifestent.');
      expectMention(list, 'S.N.C.F.', 'company', 'sncf');
      expectMention(list, 'C.G.T.', 'organization', 'cgt');
      expectMention(list, 'C.F.D.T.', 'organization', 'cfdt');
      noMention(list, 'La S');
    });

    it('reads an acronym of three letters or more as its listed body, else a body named by its letters', () => {
      const list = ents("Les élus de la S.F.I.O. et du C.N.P.F. ont voté contre, a indiqué l'U.N.E.F.");
      expectMention(list, 'S.F.I.O.', 'organization', 'section-francaise-de-l-internationale-ouvriere');
      expectMention(list, 'C.N.P.F.', 'organization', 'cnpf');
      expectMention(list, 'U.N.E.F.', 'organization', 'unef');
    });

    it('ends the name before it with an unlisted acronym (a club)', () => {
      const list = ents("L'attaquant a rejoint Bolton Wanderers F.C. en juillet.");
      expectMention(list, 'Bolton Wanderers F.C.', 'organization');
    });

    it('leaves initials before a name to the person and two letters alone to nothing', () => {
      const list = ents('Le roman de J.R.R. Tolkien est réédité. N.B. : la séance est levée.');
      expectMention(list, 'J.R.R. Tolkien', 'person');
      assert.ok(!list.some((e) => e.text === 'N.B.'), show(list));
    });
  });

  describe('web services named as the medium', () => {
    it('reads a platform after sur, via, a page or an account as the service (a product), the company otherwise', () => {
      const list = ents("La ministre a réagi sur Instagram. Son message, relayé via Facebook et sur la chaîne YouTube du parti, circule. Facebook a publié ses résultats.");
      const instagram = expectMention(list, 'Instagram', 'product');
      assert.equal(instagram.id, 'instagram', 'the service keeps the id of its name');
      assert.deepEqual(list.filter((e) => e.text === 'Facebook').map((e) => e.type), ['product', 'company'], show(list));
      expectMention(list, 'YouTube', 'product');
    });

    it('reads a list of three platforms or more, one a line as share buttons are, as services', () => {
      const list = ents('Partager :\nCourriel ,\nFacebook ,\nTwitter ,\nReddit ,\nLinkedIn');
      for (const name of ['Facebook', 'Twitter', 'Reddit', 'LinkedIn']) expectMention(list, name, 'product');
    });

    it('keeps companies in a list with another company, and X only right after its cue', () => {
      const list = ents("Apple, Google et Microsoft ont signé l'accord. Le milliardaire a écrit sur X qu'il partait ; le facteur X compte.");
      expectMention(list, 'Google', 'company');
      expectMention(list, 'X', 'product');
      assert.equal(list.filter((e) => e.text === 'X').length, 1, show(list));
    });
  });

  describe('cue words before a name', () => {
    it('reads a collective, a school, a union federation as bodies and a shop, a factory, a publisher, a pollster as businesses', () => {
      const list = ents("Le collectif Vernalis manifeste devant le lycée Marcelin-Dorval. L'usine Bravotec ferme, la boutique Ardelis aussi. Le livre paraît aux éditions Prunelle ; selon un sondage Opinalys, 60 % approuvent.");
      expectMention(list, 'Vernalis', 'organization');
      expectMention(list, 'Marcelin-Dorval', 'organization');
      expectMention(list, 'Bravotec', 'company');
      expectMention(list, 'Ardelis', 'company');
      expectMention(list, 'Prunelle', 'company');
      expectMention(list, 'Opinalys', 'company');
    });

    it('reads a café, a restaurant, a night club or a supermarket named after its head word as a business, the head left out', () => {
      const list = ents("Les clients du café Ormelune ont été évacués. Des coups de feu ont éclaté dans la boîte de nuit Zanzibaro, près du restaurant Chez Tissandier. La discothèque Velvetina et l'hypermarché Pradomax sont restés fermés.");
      for (const name of ['Ormelune', 'Zanzibaro', 'Chez Tissandier', 'Velvetina', 'Pradomax']) expectMention(list, name, 'company');
      noMention(list, 'café Ormelune');
    });

    it('leaves a café named with de, and a café drunk, to the words after them', () => {
      const list = ents('Il a bu un café Jeudi matin au café de Lyon.');
      assert.ok(!list.some((e) => e.type === 'company'), show(list));
      expectMention(list, 'Lyon', 'place');
    });
  });

  describe('sports clubs named after their town', () => {
    it('reads the club over the whole name, not the town inside it', () => {
      const list = ents("L'AJ Auxerre a battu l'Olympique de Marseille, puis le Stade brestois a reçu le Sporting Lisbonne. Le Milan AC et Leeds United ont fait match nul.");
      for (const club of ['AJ Auxerre', 'Olympique de Marseille', 'Stade brestois', 'Sporting Lisbonne', 'Milan AC', 'Leeds United']) expectMention(list, club, 'organization');
      noMention(list.filter((e) => e.type === 'place'), 'Marseille');
    });

    it('leaves a stadium and a head word inside a longer name alone', () => {
      const list = ents("La finale se joue au Stade de France. L'équipe « Athlètes Olympique de Russie » a fini deuxième. Il vit à Auxerre.");
      assert.ok(!list.some((e) => e.type === 'organization' && /Olympique/.test(e.text)), show(list));
      expectMention(list, 'Auxerre', 'place');
    });
  });

  describe('long names of bodies', () => {
    it('keeps pour and aux complements and adjectives of nationality in the name', () => {
      const list = ents("Le Parlement sud-coréen a voté. La Congrégation pour la sauvegarde des abbayes proteste, comme le Haut-Commissariat aux affaires étrangères et la Fondation pour la recherche médicale.");
      expectMention(list, 'Parlement sud-coréen', 'organization');
      expectMention(list, 'Congrégation pour la sauvegarde des abbayes', 'organization');
      expectMention(list, 'Haut-Commissariat aux affaires étrangères', 'organization');
      expectMention(list, 'Fondation pour la recherche médicale', 'organization');
    });

    it("keeps a listed body's nation adjective after it in its name, no complement after that", () => {
      const list = ents("L'Assemblée nationale togolaise a adopté la loi. Le Conseil constitutionnel français a validé le texte de Paris. La Commission européenne a répondu.");
      expectMention(list, 'Assemblée nationale togolaise', 'organization');
      expectMention(list, 'Conseil constitutionnel français', 'organization');
      expectMention(list, 'Commission européenne', 'organization');
      expectMention(list, 'Paris', 'place');
    });

    it('ends the name before pour le moment, pour la première fois, a verb and a listed body’s place', () => {
      const list = ents("L'Assemblée pour la première fois a voté. La Commission pour le moment refuse. Le Tribunal demande une enquête. La Commission européenne de Bruxelles a tranché.");
      noMention(list, 'première');
      noMention(list, 'moment');
      noMention(list, 'demande');
      expectMention(list, 'Commission européenne', 'organization');
      expectMention(list, 'Bruxelles', 'place');
    });
  });

  describe('ministers’ portfolios', () => {
    it('reads coordinated portfolios as one ministry and leaves the minister’s name to the person', () => {
      const list = ents("Le ministre de l'Agriculture et de la Pêche Jean Valmont a parlé. La ministre de la Transition énergétique et solidaire est venue. Le ministère de la Jeunesse et des Sports a publié un décret.");
      expectMention(list, 'Agriculture et de la Pêche', 'organization');
      expectMention(list, 'Jean Valmont', 'person');
      expectMention(list, 'Transition énergétique et solidaire', 'organization');
      expectMention(list, 'ministère de la Jeunesse et des Sports', 'organization');
    });

    it('keeps two ministries of a plural and a title coordinated with another apart', () => {
      const list = ents("Les ministères de la Défense et de l'Intérieur ont réagi. Le secrétaire d'État et ancien ministre a démissionné.");
      noMention(list, 'Défense et');
      noMention(list, 'État et ancien');
    });
  });

  describe('acronyms of common nouns', () => {
    it('reads no name in the acronym of a disease, a diploma, a benefit, a treaty or riot police', () => {
      const list = ents("Les CRS ont chargé. Le VIH recule, le taux de réussite au BEPC aussi ; le RSA et l'ALENA sont en débat, comme l'IVG.");
      for (const acronym of ['CRS', 'VIH', 'BEPC', 'RSA', 'ALENA', 'IVG']) noMention(list, acronym);
    });

    it('reads an acronym cue before a name as a cue (l’ONG Oxfam: a body)', () => {
      const list = ents("L'ONG Médiavie a publié un rapport.");
      expectMention(list, 'Médiavie', 'organization');
      noMention(list, 'ONG');
    });
  });

  describe('operations', () => {
    it('reads a military operation named by a code word as no entity, a UN mission named with de as a body', () => {
      const list = ents("Les soldats de l'opération Vigipirate et de l'Opération Serval ont quitté le Mali. L'Opération des Nations unies en Côte d'Ivoire ferme.");
      noMention(list, 'Vigipirate');
      noMention(list, 'Serval');
      expectMention(list, 'Mali', 'place');
      assert.ok(list.some((e) => e.type === 'organization' && e.text.startsWith('Opération des Nations unies')), show(list));
    });
  });
});
