// French entities across genres, round 3 (regional news, European Parliament, encyclopedic pages,
// drug leaflets; the fixture regional-fr-2.md scores them as a whole): the classes of errors found
// on that fixture, each pinned on sentences of its own.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French entities across genres (round 3)', () => {
  describe('holidays and feasts are no names', () => {
    it('reads Noël, Pâques, la Toussaint as days, not places', () => {
      const list = ents("Les magasins ouvriront le dimanche avant Noël. Le trafic sera dense pendant le week-end de Pâques et à la Toussaint, a indiqué la préfecture de Lyon.");
      noMention(list, 'Noël');
      noMention(list, 'Pâques');
      noMention(list, 'Toussaint');
      expectMention(list, 'Lyon', 'place');
    });

    it("keeps Pâques in l'île de Pâques, Noël in a person's name", () => {
      const list = ents("Le navire a fait escale à l'île de Pâques. Noël Mamère a salué l'initiative.");
      assert.ok(list.some((e) => e.text.endsWith('Pâques') && e.type === 'place'), show(list));
      expectMention(list, 'Noël Mamère', 'person');
    });

    it("reads a saint's feast after la (la Saint-Nicolas, avant la Sainte-Barbe), not a saint's town", () => {
      const list = ents("Le cortège de la Saint-Nicolas a attiré la foule. Les mineurs manifesteront avant la Sainte-Barbe, puis à la foire de la Sainte-Catherine. Il habite à Saint-Dié.");
      noMention(list, 'Saint-Nicolas');
      noMention(list, 'Sainte-Barbe');
      noMention(list, 'Sainte-Catherine');
      expectMention(list, 'Saint-Dié', 'place');
    });

    it("reads l'Etat without its accent as l'État: no name", () => {
      const list = ents("Le recteur rappelle que l'Etat a créé 40 postes. Le Conseil d'Etat a rejeté le recours.");
      assert.ok(!list.some((e) => e.text === 'Etat'), show(list));
    });
  });

  describe('speaker lines of a parliament record', () => {
    it('reads the name before a group in brackets as a person, the group parts as bodies', () => {
      const list = ents("Le Président. Je donne la parole à M. Wurtz.\nCohn-Bendit (Verts/ALE). Monsieur le Président, une motion de procédure.\nFerber (PPE-DE). Monsieur le Président, mon groupe soutient la rapporteure.\nHaug (PSE), rapporteur. Monsieur le Président, le budget 2001...");
      expectMention(list, 'Cohn-Bendit', 'person');
      expectMention(list, 'Ferber', 'person');
      expectMention(list, 'Haug', 'person');
      expectMention(list, 'ALE', 'organization');
      expectMention(list, 'PPE-DE', 'organization');
    });

    it('reads a name and a role after a comma (Fischler, Commission.), not a ticker line', () => {
      const list = ents("Fischler, Commission. Monsieur le Député, la prime est calculée chaque année.\nRenault (RNO.PA). Le titre a gagné 2 %.");
      expectMention(list, 'Fischler', 'person');
      expectMention(list, 'Commission', 'organization');
      noMention(list, 'Renault (');
      assert.ok(!list.some((e) => e.text === 'Renault' && e.type === 'person'), show(list));
    });

    it('leaves a capitalized Commissaire out of the person (Monsieur le Commissaire Verheugen)', () => {
      const list = ents('Monsieur le Président, Monsieur le Commissaire Verheugen, mes chers collègues, le Député Brok a raison.');
      expectMention(list, 'Verheugen', 'person');
      expectMention(list, 'Brok', 'person');
      noMention(list, 'Commissaire');
    });
  });

  describe('squares after the lower-case word place', () => {
    it('reads place and its name as one place (place Stanislas, place de la Concorde, place de l’Hôtel-de-Ville)', () => {
      const list = ents("Le cortège est allé de la place Carnot à la place Stanislas, puis place de l'Hôtel-de-Ville. Sur la place de la Concorde, la foule attendait.");
      expectMention(list, 'place Carnot', 'place');
      expectMention(list, 'place Stanislas', 'place');
      expectMention(list, "place de l'Hôtel-de-Ville", 'place');
      expectMention(list, 'place de la Concorde', 'place');
    });

    it('reads no square in à la place de (instead of), la place de Paris (a market), nor the town after the square', () => {
      const list = ents("Guterres a été élu à la place de Ban Ki-moon. La place de Paris a reculé de 2 %. Ils étaient place Tahrir du Caire.");
      expectMention(list, 'Ban Ki-moon', 'person');
      expectMention(list, 'Paris', 'place');
      expectMention(list, 'place Tahrir', 'place');
      noMention(list, 'place de Ban');
      noMention(list, 'place de Paris');
    });
  });

  describe('clubs in sports results', () => {
    it('reads both sides of a result line as clubs, the score outside', () => {
      const list = ents("Division d'honneur : Saint-Louis Neuweg - Illzach-Modenheim 3-1 ; ASPV Strasbourg - Haguenau 0-2 ; Paris Saint-Germain - Olympique de Marseille 2-0.");
      expectMention(list, 'Illzach-Modenheim', 'organization');
      expectMention(list, 'Haguenau', 'organization');
      expectMention(list, 'ASPV Strasbourg', 'organization');
      expectMention(list, 'Olympique de Marseille', 'organization');
      noMention(list, '0-2');
      noMention(list, '2-0');
    });

    it('reads a club word before or after a town as the club (ES Besançon, Metz Handball), not a product code', () => {
      const list = ents("Les filles de l'ES Besançon ont dominé Metz Handball 26-24. Le Boeing 737-800 a atterri à Metz.");
      expectMention(list, 'ES Besançon', 'organization');
      expectMention(list, 'Metz Handball', 'organization');
      expectMention(list, 'Metz', 'place');
      noMention(list, '26-24');
    });
  });

  describe("a regional paper's dateline in capitals", () => {
    it('reads a listed town alone on its line in capitals as the place (METZ, NANCY, PONT-À-MOUSSON)', () => {
      for (const town of ['METZ', 'NANCY', 'PONT-À-MOUSSON']) {
        const list = ents(`${town}\n\nGrève à la SNCF : trains supprimés\n\nUn train sur trois circulait hier.`);
        expectMention(list, town, 'place');
      }
    });

    it('reads no place in a rubric in capitals (FAITS DIVERS) nor a town inside a headline', () => {
      const list = ents('FAITS DIVERS\n\nMETZ ACCUEILLE LE TOUR\n\nLe départ sera donné samedi.');
      assert.ok(!list.some((e) => e.text === 'FAITS DIVERS' || e.text === 'METZ ACCUEILLE LE TOUR'), show(list));
    });
  });

  describe('medical terms capitalized in leaflets and hospital news', () => {
    it('reads no name in capitalized services and conditions, keeps a body named after one', () => {
      const list = ents("Cardiologie, Pédiatrie et Chirurgie viscérale resteront au bâtiment ancien. Ne prenez jamais ce médicament en cas d'Ulcère. L'Institut de cardiologie de Montréal a ouvert.");
      for (const w of ['Cardiologie', 'Pédiatrie', 'Chirurgie', 'Ulcère']) assert.ok(!list.some((e) => e.text === w), `${w}: ${show(list)}`);
      assert.ok(list.some((e) => e.text.startsWith('Institut de cardiologie')), show(list));
    });
  });

  describe('hospitals', () => {
    it('reads a hospital named by its own name as one body with its head (hôpital Bichat, hôpital Pasteur de Nice)', () => {
      const list = ents("Il a été transporté à l'hôpital Bichat, puis à l'hôpital Pasteur de Nice et à l'hôpital Sant'Eugenio.");
      expectMention(list, 'hôpital Bichat', 'organization');
      expectMention(list, 'hôpital Pasteur de Nice', 'organization');
      expectMention(list, "hôpital Sant'Eugenio", 'organization');
    });

    it('reads a centre hospitalier with its town as one body, a hospital named by its town as the town', () => {
      const list = ents("Le centre hospitalier de Verdun ouvre ses urgences. Le blessé a été évacué vers l'hôpital de Grenoble.");
      expectMention(list, 'centre hospitalier de Verdun', 'organization');
      expectMention(list, 'Grenoble', 'place');
      noMention(list, 'hôpital de Grenoble');
    });
  });

  describe('fields of a drug leaflet', () => {
    it('reads the first name after Fabricant :, Titulaire ... : as the business', () => {
      const list = ents("Titulaire de l'autorisation de mise sur le marché : Pfizer Santé Familiale, 23-25 avenue du Docteur Lannelongue, 75014 Paris.\nFabricant : Wyeth Lederle, Catania, Italie.");
      expectMention(list, 'Pfizer Santé Familiale', 'company');
      expectMention(list, 'Wyeth Lederle', 'company');
      expectMention(list, 'Italie', 'place');
    });
  });
});
