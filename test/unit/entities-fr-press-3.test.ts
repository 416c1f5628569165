// French entities of Swiss and Luxembourg papers, round 3 (1798-1840 and 1960-2018): result lines of
// the sport pages and the other classes of the press-fr-3 fixture. The sentences are our own, not
// those of the fixture.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { hasFrenchSpans as has, lacksFrenchSpans as lacks } from './entities-support';


describe('French entities: Swiss and Luxembourg press, round 3', () => {
  describe('result lines of the sport pages (sportsResultPairs.ts)', () => {
    it('splits two teams joined by a hyphen before the score into two clubs', () => {
      has('Ligue B : FC Aarau-Bellinzone 3-1 ; Yverdon-Sport-FC Thoune 0-0.', 'FC Aarau/organization', 'Bellinzone/organization', 'Yverdon-Sport/organization', 'FC Thoune/organization');
    });

    it('reads a town named as a team in a result as the club, and keeps a hyphenated town whole', () => {
      has('Résultats : Lucerne-Saint-Gall 2-1.', 'Lucerne/organization', 'Saint-Gall/organization');
    });

    it('leaves a sentence with a verb before the score alone', () => {
      lacks('Hier soir, Young Boys a battu Saint-Gall 2-1 au Wankdorf.', 'Gall/organization', 'Young Boys a battu Saint/organization');
    });
  });

  describe('bodies, firms, channels and regions of Swiss and Luxembourg papers (organizations-ch-lu.json, places-ch-lu-extra.json)', () => {
    it('reads watchmakers, Luxembourg firms and European bodies as bodies', () => {
      has('Les ventes de Tissot et de Longines ont progressé, celles de Patek Philippe aussi.', 'Tissot/company', 'Longines/company', 'Patek Philippe/company');
      has('Cargolux et Luxair ont signé avec la Banque européenne d’investissement.', 'Cargolux/company', 'Luxair/company');
    });

    it('reads the language regions of Switzerland as places', () => {
      has('La Suisse romande a voté oui, la Suisse alémanique non, comme le Haut-Valais.', 'Suisse romande/place', 'Suisse alémanique/place', 'Haut-Valais/place');
    });
  });

  describe('the long s of old print (longSPrint.ts)', () => {
    it('reads words set with ſ as with s, the mention keeping the text as written', () => {
      has('Le préſident du Conſeil a reçu les miniſtres ; la Diète ſe réunira à Berne.', 'Conſeil/organization', 'Diète/organization', 'Berne/place');
      const found = extractEntities('On écrit de Laufanne que le Grand Conſeil s’eſt aſſemblé.', { lang: 'fr' });
      const text = 'On écrit de Laufanne que le Grand Conſeil s’eſt aſſemblé.';
      for (const e of found) assert.equal(e.text, text.slice(e.start, e.end));
      assert.ok(found.some((e) => e.text === 'Grand Conſeil'), JSON.stringify(found));
    });
  });

  describe('titles and abbreviations of the old press (oldPressNames.ts, old-press-titles.json)', () => {
    it('reads each name after a plural title as a person, as after MM.', () => {
      has('Les citoyens Legrand, Glayre et Bay ont signé l’arrêté.', 'Legrand/person', 'Glayre/person', 'Bay/person');
      has('On attend les conseillers fédéraux Musy et Motta à Fribourg.', 'Musy/person', 'Motta/person', 'Fribourg/place');
    });

    it('reads a Saint written S. before a listed place as that place', () => {
      has('Les troupes ont passé le S. Gothard et gagné S. Maurice.', 'S. Gothard/place', 'S. Maurice/place');
    });

    it('reads the landammann as a title, not part of the name', () => {
      has('M. le landammann Monnard a ouvert la séance.', 'Monnard/person');
    });
  });

  describe('spaced letters and the Confederation (spacedLetters.ts)', () => {
    it('reads a listed name set in spaced capitals as one mention over the spaces', () => {
      has('F R I B O U R G\n\nLe Grand Conseil a siégé hier.', 'F R I B O U R G/place');
      lacks('La société A B C D E a été dissoute.', 'A B C D E/place');
    });

    it('reads the Confederation alone as the federal body, a longer name keeping its words', () => {
      has('Le canton de Genève entre dans la Confédération.', 'Confédération/organization');
      has('La Confédération africaine de football a sanctionné le club.', 'Confédération africaine de football/organization');
    });
  });

  describe('OCR rn read for m (ocrRn.ts)', () => {
    it('reads a name with rn for m as the listed name, the text as written', () => {
      has('La Suisse rornande a dit oui ; à Rornont, la foire a eu lieu.', 'Suisse rornande/place', 'Rornont/place');
    });

    it('leaves listed names and words that hold rn as they are', () => {
      has('Un journal de Berne est arrivé à Lucerne.', 'Berne/place', 'Lucerne/place');
      lacks('Un journal de Berne est arrivé à Lucerne.', 'Bem/place');
    });
  });

  describe('a name with the initial of its surname (initialSurnames.ts)', () => {
    it('keeps the initial and its stop in the person, and no honorific M. becomes that person', () => {
      const text = 'La cour, présidée par M. Jean Dufour, a condamné Pierre-Alain V., 31 ans, à deux ans.';
      has(text, 'Pierre-Alain V./person', 'Jean Dufour/person');
      lacks(text, 'M/person', 'V/person');
    });
  });
});
