// French entities of Swiss and Luxembourg papers, round 4 (1850-1965): words cut at a line end and the
// other classes of the press-fr-4 fixture. The sentences are our own, not those of the fixture.
import { hasFrenchSpans as has, lacksFrenchSpans as lacks } from './entities-support';

describe('French entities: Swiss and Luxembourg press, round 4', () => {
  describe('words cut by a hyphen at a line end (lineBreakWords.ts)', () => {
    it('reads an unlisted name cut at a line end as one name over the cut', () => {
      has('Les pompiers sont arrivés hier soir à Esta-\nvayer avec deux pompes.', 'Esta-\nvayer/place');
      lacks('Les pompiers sont arrivés hier soir à Esta-\nvayer avec deux pompes.', 'Esta/place');
    });

    it('keeps a name whole when a line break cuts a word before it', () => {
      has('Les dé-\nputés du canton de Fri-\nbourg ont voté hier avec M. Al-\nbert Python.', 'Fri-\nbourg/place', 'Al-\nbert Python/person');
    });
  });

  describe('rivers and small places (places-ch-lu-extra.json, scripts/build-places-ch-lu.mjs)', () => {
    it('reads the rivers of Swiss papers and of their foreign news as places', () => {
      has("Les eaux de l'Areuse et de la Venoge ont grossi ; l'Elbe et l'Isonzo sont gelés.", 'Areuse/place', 'Venoge/place', 'Elbe/place', 'Isonzo/place');
    });
  });

  describe("a dispatch's dateline (datelinePlaces.ts)", () => {
    it('reads the town opening a dateline as a place, a given name or an unlisted town too', () => {
      has('Florence, 4 juillet. — Le général a repassé la rivière.', 'Florence/place');
      has('Fontainemelon, 3 mars. — La fabrique occupe trois cents ouvriers.', 'Fontainemelon/place');
    });

    it('leaves a sentence opening on an adverb and a date, and an agency, alone', () => {
      lacks('Hier, le 3 mars, la séance a été levée.', 'Hier/place');
      lacks('Reuters, 3 mars. — Les cours ont baissé.', 'Reuters/place');
    });
  });

  describe("Swiss titles and the canton's state (the cue reader of candidates.ts, cantonalState.ts, frenchPersonTitles in entity-cues.json)", () => {
    it("leaves the title out of the person after conseiller d'Etat, aux Etats, national, communal", () => {
      has("M. le conseiller d'Etat Ruchonnet a répondu au député.", 'Ruchonnet/person');
      lacks("M. le conseiller d'Etat Ruchonnet a répondu au député.", 'Etat Ruchonnet/company');
      has('Le conseiller aux Etats Python et le conseiller national Grimm ont parlé.', 'Python/person', 'Grimm/person');
      // The title's capitalized last word stays out of each name the title gives, whatever the tagger ran over.
      has("La conseillère aux Etats Dupuis a parlé. Les conseillers d'Etat Ruchonnet et Cuénoud ont signé.", 'Dupuis/person', 'Ruchonnet/person', 'Cuénoud/person');
      lacks("La conseillère aux Etats Dupuis a parlé. Les conseillers d'Etat Ruchonnet et Cuénoud ont signé.", 'Etats Dupuis/person', 'Etat Ruchonnet/company');
    });

    it("reads l'Etat de Vaud as the canton, and keeps the Conseil d'Etat a body", () => {
      has("Le recours contre l'Etat de Vaud est écarté ; l'Etat du Valais paiera.", 'Vaud/place', 'Valais/place');
      has("Le Conseil d'Etat du canton de Vaud a siégé.", "Conseil d'Etat du canton de Vaud/organization");
    });
  });

  describe('a result told in a sentence (sportsVerbResults.ts)', () => {
    it('reads both teams around bat / a battu before the score as clubs, an unlisted winner too', () => {
      has('Championnat. — Servette bat Etoile-Carouge 3 à 0 ; Cantonal bat Fribourg 2 à 1.', 'Servette/organization', 'Etoile-Carouge/organization', 'Cantonal/organization', 'Fribourg/organization');
      has('Hockey. — Arosa a battu Davos par 4 buts à 2.', 'Arosa/organization', 'Davos/organization');
    });

    it('keeps countries (national teams) places and a pronoun no club', () => {
      has("La Suisse a battu l'Autriche par 2 buts à 1.", 'Suisse/place', 'Autriche/place');
      lacks('Il bat Fribourg 2 à 1.', 'Il/organization', 'Fribourg/organization');
    });
  });

  describe('towns across the border and the bodies of the wars (places-ch-lu-extra.json, organizations-ch-lu.json)', () => {
    it('reads the French, German and Italian towns Swiss papers name by their French or short names as places', () => {
      has("Le bateau partira d'Ouchy pour Evian et Thonon ; le train de Domodossola arrive à Brigue.", 'Evian/place', 'Thonon/place', 'Domodossola/place');
    });

    it('reads the staffs and the armed forces of the communiqués as bodies', () => {
      has('Le Grand Quartier général annonce que la Wehrmacht a atteint la Seine ; la Sublime Porte proteste.', 'Grand Quartier général/organization', 'Wehrmacht/organization', 'Sublime Porte/organization');
    });
  });
});
