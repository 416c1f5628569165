// French entities in the style of old newspapers and formal text (19th-20th century press,
// parliament): titles and honorifics, names with particles, surnames in capitals, places of the
// period, bodies written in lower case, words cut at a line end, OCR noise.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { hasFrenchSpans as has, show } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });
/** The mentions as text/type, in text order. */
const spans = (text: string): string[] => ents(text).map((e) => `${e.text}/${e.type}`);

describe('French entities: old press and formal text', () => {
  describe('titles and honorifics', () => {
    it('leaves M., Mme, Mlle, Me, Mgr out of the name and reads surnames in capitals', () => {
      const list = ents('M. DUPONT, député, a interpellé Mme Vallier. Me Labori plaidera ; Mgr Lavigerie et Mlle Bartet assistaient.');
      assert.deepEqual(
        list.filter((e) => e.type === 'person').map((e) => e.text),
        ['DUPONT', 'Vallier', 'Labori', 'Lavigerie', 'Bartet'],
        show(list),
      );
      assert.equal(list[0].name, 'Dupont', 'a surname in capitals is named in title case');
    });

    it('reads ranks, clergy and functions before a name without the title (le général BOULANGER, l’abbé, le préfet)', () => {
      const list = ents("Le général BOULANGER est arrivé. L’abbé Garnier a prêché. Le préfet Poubelle a signé. Le docteur Brouardel a examiné le corps.");
      assert.deepEqual(
        list.filter((e) => e.type === 'person').map((e) => `${e.text}/${e.id}`),
        ['BOULANGER/boulanger', 'Garnier/garnier', 'Poubelle/poubelle', 'Brouardel/brouardel'],
        show(list),
      );
    });

    it('reads an honorific whose dot OCR spaced, and a surname in capitals after its particle (M . Dupont, M. de MUN)', () => {
      has('M . Dupont a écrit à M. de MUN.', 'Dupont/person', 'de MUN/person');
    });

    it('S. M. and a function before a name, and a function before a place (le préfet de la Seine)', () => {
      const list = ents("S. M. l'empereur Guillaume est attendu. Le préfet de la Seine, M. Poubelle, a signé l'arrêté.");
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Guillaume/person', 'Seine/place', 'Poubelle/person'], show(list));
    });

    it('a title of the period makes a person of a name that is also a listed place (le comte Münster)', () => {
      has("Il a reçu l'ambassadeur et le comte Münster.", 'Münster/person');
      has('On attend M. Toulon, conseiller.', 'Toulon/person');
    });

    it('reads the police-report cues of old press after an article (le nommé, la dame), not the verb', () => {
      has('Le nommé Jean Lefèvre, âgé de 35 ans, a été arrêté. La dame Durand a porté plainte.', 'Jean Lefèvre/person', 'Durand/person');
      for (const text of ['Il a été nommé Premier ministre hier.', 'La paire est nommée KIC 9832227 par les astronomes.']) {
        const list = ents(text);
        assert.ok(!list.some((e) => e.type === 'person'), `${text}: ${show(list)}`);
      }
    });

    it('reads first names printed with unaccented capitals (Emile, Edouard)', () => {
      has('Hier, Emile Lacroix et Edouard Blanc sont arrivés.', 'Emile Lacroix/person', 'Edouard Blanc/person');
    });

    it('a plural title names each person of a list (MM. Ferry, Brisson et Floquet)', () => {
      const list = ents('MM. Ferry, Brisson et Floquet ont déposé un amendement.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Ferry/person', 'Brisson/person', 'Floquet/person'], show(list));
    });

    it('a title after a coordinator names its own person, not a one-letter name', () => {
      const list = ents('M. le marquis de Dion et M. le comte de Chambrun sont arrivés.');
      assert.ok(!list.some((e) => e.text === 'M'), show(list));
      assert.deepEqual(list.map((e) => e.text), ['marquis de Dion', 'comte de Chambrun'], show(list));
    });

    it('leaves a title out of a person span the tagger read with it', () => {
      const list = ents('Selon Mgr Lavigerie, la mission est partie.');
      assert.ok(list.some((e) => e.text === 'Lavigerie' && e.type === 'person'), show(list));
      assert.ok(!list.some((e) => e.text.startsWith('Mgr')), show(list));
    });
  });

  describe('names with particles', () => {
    it('keeps the particle after an honorific or a rank (M. de Freycinet, le maréchal de Mac-Mahon)', () => {
      has('M. de Freycinet a répondu au maréchal de Mac-Mahon.', 'de Freycinet/person', 'de Mac-Mahon/person');
      has('Mme de Staël et le général de Castelnau.', 'de Staël/person', 'de Castelnau/person');
    });

    it('reads lower-case particles of several words (de la, van den, von der)', () => {
      has('M. de la Rochefoucauld et M. van den Heuvel sont arrivés.', 'de la Rochefoucauld/person', 'van den Heuvel/person');
    });

    it('a noble title before de and a name with no given name is the name (le duc d’Aumale)', () => {
      const list = ents("Le duc d'Aumale a reçu le comte de Paris et le prince de Bismarck.");
      assert.deepEqual(
        list.map((e) => `${e.text}/${e.type}/${e.id}`),
        ["duc d'Aumale/person/duc-d-aumale", 'comte de Paris/person/comte-de-paris', 'prince de Bismarck/person/prince-de-bismarck'],
        show(list),
      );
    });

    it('with a given name, the noble title stays out (le comte Albert de Mun)', () => {
      const list = ents('M. le comte Albert de Mun a pris la parole.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Albert de Mun/person'], show(list));
    });

    it('a rank used as an adjective of another title opens no name (directeur général de X)', () => {
      const list = ents('Il est directeur général de Télé Union depuis mars.');
      assert.ok(!list.some((e) => e.type === 'person'), show(list));
    });

    it('a known place after a rank and de is no person (le général du Tonkin)', () => {
      const list = ents('Le général du Tonkin a télégraphié.');
      assert.ok(list.some((e) => e.text === 'Tonkin' && e.type === 'place'), show(list));
      assert.ok(!list.some((e) => e.type === 'person'), show(list));
    });

    it('a title of several words, a rank before du or an acronym opens no particle name', () => {
      for (const text of ['Le secrétaire général de la Francophonie est arrivé.', 'Le commandant du GSPR a démissionné.', 'Le commandant du Bouvet a signalé la côte.']) {
        const list = ents(text);
        assert.ok(!list.some((e) => e.type === 'person'), `${text}: ${show(list)}`);
      }
      has('M. du Paty de Clam a témoigné.', 'du Paty de Clam/person');
    });

    it('the widow of someone is not named with de (la veuve de Tompkins)', () => {
      const list = ents('La veuve de Tompkins a cédé ses terres.');
      assert.ok(!list.some((e) => e.text.startsWith('de ')), show(list));
    });
  });

  describe('places of the period', () => {
    it('knows départements by their current and historical names', () => {
      const list = ents('La Seine-Inférieure, les Basses-Pyrénées, le Calvados et la Seine-et-Oise sont touchés.');
      assert.deepEqual(
        list.map((e) => `${e.text}/${e.type}/${e.id}`),
        ['Seine-Inférieure/place/seine-maritime', 'Basses-Pyrénées/place/pyrenees-atlantiques', 'Calvados/place/calvados', 'Seine-et-Oise/place/seine-et-oise'],
        show(list),
      );
    });

    it('knows states, colonies and cities of old press', () => {
      has(
        "Les troupes sont parties pour le Tonkin. L'empereur d'Autriche-Hongrie a quitté Constantinople pour la Prusse et l'Alsace-Lorraine.",
        'Tonkin/place',
        'Autriche-Hongrie/place',
        'Constantinople/place',
        'Prusse/place',
        'Alsace-Lorraine/place',
      );
      has('Le courrier de Saint-Pétersbourg est arrivé.', 'Saint-Pétersbourg/place');
    });

    it('a street or a station after its lower-case head word is one place (boulevard Saint-Germain, rue de la Roquette)', () => {
      const list = ents("La foule a gagné le boulevard Saint-Germain puis la rue de la Roquette et le quai d'Orsay ; la gare SNCF est fermée.");
      assert.deepEqual(
        list.map((e) => `${e.text}/${e.type}`),
        ['boulevard Saint-Germain/place', 'rue de la Roquette/place', "quai d'Orsay/place", 'SNCF/company'],
        show(list),
      );
    });

    it('reads Saint and Sainte abbreviated in listed names (St-Pétersbourg, St-Etienne)', () => {
      const list = ents('On télégraphie de St-Pétersbourg que le train de St-Etienne est arrivé.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.id}`), ['St-Pétersbourg/saint-petersbourg', 'St-Etienne/saint-etienne'], show(list));
    });

    it('reads listed names printed with unaccented capitals (Egypte, Etats-Unis, Ile-de-France)', () => {
      const list = ents("Le consul d'Egypte est allé aux Etats-Unis puis en Ile-de-France.");
      assert.deepEqual(list.map((e) => e.id), ['egypte', 'etats-unis', 'ile-de-france'], show(list));
    });
  });

  describe('institutions', () => {
    it('reads the bodies of the period with capitals', () => {
      has(
        'La Chambre des députés et le Sénat ont voté. La Compagnie des chemins de fer du Nord, le Crédit lyonnais et la Banque de France ont traité.',
        'Chambre des députés/organization',
        'Sénat/organization',
        'Compagnie des chemins de fer du Nord/company',
        'Crédit lyonnais/company',
        'Banque de France/organization',
      );
    });

    it('reads a ministry written in lower case with its complement (ministère de la guerre)', () => {
      const list = ents("Le ministère de la guerre et le ministère des affaires étrangères ont répondu au ministère de l'instruction publique.");
      assert.deepEqual(
        list.map((e) => `${e.text}/${e.type}`),
        ['ministère de la guerre/organization', 'ministère des affaires étrangères/organization', "ministère de l'instruction publique/organization"],
        show(list),
      );
    });

    it("a lower-case ministry's name ends before the country it belongs to", () => {
      const list = ents('Les officiels du ministère des affaires étrangères du Burundi ont répondu.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['ministère des affaires étrangères/organization', 'Burundi/place'], show(list));
    });

    it('reads a municipal council or a court before its place as one body (conseil municipal de Paris)', () => {
      has("Le conseil municipal de Paris s'est réuni. La cour d'appel de Lyon a jugé.", 'conseil municipal de Paris/organization', "cour d'appel de Lyon/organization");
    });

    it('leaves the place alone after a departmental council (conseil général des Landes), as news annotators mark it', () => {
      const list = ents('Il préside le conseil général des Landes.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Landes/place'], show(list));
    });

    it('a lower-case council with no place after it is no mention (le conseil des ministres)', () => {
      const list = ents("Le conseil des ministres s'est réuni hier.");
      assert.deepEqual(list, [], show(list));
    });
  });

  describe('a word cut by a hyphen at a line end', () => {
    it('a known place cut at a line end is one mention over the cut, named whole; offsets unchanged', () => {
      const text = 'On mande de Ver-\nsailles que le roi est arrivé.';
      const list = ents(text);
      assert.equal(list.length, 1, show(list));
      const [e] = list;
      assert.equal(e.text, 'Ver-\nsailles');
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.deepEqual([e.type, e.id, e.name], ['place', 'versailles', 'Versailles']);
    });

    it('the last word of a longer name, and a compound cut at its own hyphen', () => {
      const list = ents('La Banque de Fran-\nce a relevé son taux. Le train venait d’Alsace-\nLorraine.');
      assert.deepEqual(list.map((e) => `${e.id}/${e.type}`), ['banque-de-france/organization', 'alsace-lorraine/place'], show(list));
    });

    it("a person's name cut at a line end is named whole (Clemen-/ceau, Jean-/Jacques)", () => {
      const list = ents('M. Clemen-\nceau a répondu à M. Jean-\nJacques Weiss.');
      assert.deepEqual(list.map((e) => `${e.name}/${e.type}`), ['Clemenceau/person', 'Jean-Jacques Weiss/person'], show(list));
      assert.equal(list[0].text, 'Clemen-\nceau');
    });

    it('an unknown word cut at a line end makes no place', () => {
      const list = ents('La séance a été ou-\nverte à deux heures.');
      assert.deepEqual(list, [], show(list));
    });
  });

  describe('OCR noise', () => {
    it('reads the long s and ligatures as their letters', () => {
      has('Hier, la ſociété Michelin a payé.', 'Michelin/company');
    });

    it('a typographic apostrophe elides as a straight one', () => {
      has('L’abbé Lemire et le duc d’Aumale.', 'Lemire/person', 'duc d’Aumale/person');
    });
  });

  describe('layout of old press: headlines, rubrics, honorifics', () => {
    it('a short line in capitals is a headline: its capitals name nothing (FAITS DIVERS, LA GUERRE, TRIBUNAUX)', () => {
      for (const head of ['FAITS DIVERS', 'LA GUERRE', 'TRIBUNAUX', 'DERNIÈRES NOUVELLES', 'BULLETIN FINANCIER']) {
        const list = ents(`${head}\n\nUn accident s'est produit hier à Lyon.`);
        assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Lyon/place'], `${head}: ${show(list)}`);
      }
    });

    it('a listed name and a person after an honorific stay in a line in capitals (PRÉSIDENCE DE M. RAOUL PÉRET, SÉNAT)', () => {
      has('PRÉSIDENCE DE M. RAOUL PÉRET\n\nM. le président. La séance est ouverte.', 'RAOUL PÉRET/person');
      assert.ok(!spans('PRÉSIDENCE DE M. RAOUL PÉRET\n').some((e) => e.startsWith('PRÉSIDENCE')));
      has('SÉNAT\n\nSéance du 18 juin 1936', 'SÉNAT/organization');
    });

    it('an acronym alone on its line is still read as written', () => {
      has('LVMH\nLe groupe a publié ses résultats.', 'LVMH/company');
    });

    it("a rubric before `. —` at a line start is the news's place, listed (ALLEMAGNE) or not (Nancy)", () => {
      const list = ents("ALLEMAGNE. — L'empereur a inauguré le canal.\nAUTRICHE-HONGRIE. — On mande de Vienne que l'archiduc est arrivé.\nNancy. — Le conseil général a voté.");
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['ALLEMAGNE/place', 'AUTRICHE-HONGRIE/place', 'Vienne/place', 'Nancy/place'], show(list));
      assert.equal(list[0].name, 'Allemagne');
    });

    it('a rubric word listed as a firm alone keeps the firm (Renault), one listed both ways stays the town (Orange)', () => {
      const list = ents("Renault. – Le constructeur a annoncé une hausse de ses ventes.\nOrange. – La ville a voté son budget.");
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Renault/company', 'Orange/place'], show(list));
    });

    it('a sentence or a weekday before `. —` is no rubric', () => {
      for (const text of ['Il est parti. — Pourquoi ?', 'Lundi. — La séance reprend.']) {
        assert.ok(!ents(text).some((e) => e.type === 'place'), `${text}: ${show(ents(text))}`);
      }
    });

    it('an honorific alone is no name, even after a full stop (MM. Caillaux et Jaurès), nor initials with M (W.M. Keck)', () => {
      const list = ents('Il a répondu à M. le comte de Mun. MM. Caillaux et Jaurès ont pris la parole après lui.');
      assert.deepEqual(list.map((e) => e.text), ['comte de Mun', 'Caillaux', 'Jaurès'], show(list));
      const keck = ents("L'observatoire W.M. Keck a publié.");
      assert.ok(!keck.some((e) => e.text === 'Keck'), show(keck));
    });

    it('a Roman century or rank is no name (XVIe siècle, du XIXe), a sovereign keeps Ier', () => {
      const list = ents('Au XVIe siècle, François Ier régnait ; la rue Taitbout date du XIXe.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['François Ier/person', 'rue Taitbout/place'], show(list));
    });
  });

  describe('places, bodies and newspapers of the period', () => {
    it('knows French names of cities and regions of old press (Cracovie, Brême, Kiel, Alexandrie, Gaules, Thessalie)', () => {
      const list = ents('On mande de Cracovie, de Brême et de Kiel ; à Alexandrie, en Thessalie et dans les Gaules.');
      assert.deepEqual(list.map((e) => `${e.text}/${e.type}`), ['Cracovie/place', 'Brême/place', 'Kiel/place', 'Alexandrie/place', 'Thessalie/place', 'Gaules/place'], show(list));
    });

    it('knows the chambers, the Sûreté and the newspapers of the period', () => {
      has(
        "Lord Salisbury a parlé à la Chambre des lords, puis aux Communes. Le chef de la Sûreté a lu le Times et le Petit Parisien.",
        'Chambre des lords/organization',
        'Communes/organization',
        'Sûreté/organization',
        'Times/organization',
        'Petit Parisien/organization',
      );
      has('Le projet, adopté par la Chambre des députés, revient au Sénat.', 'Chambre des députés/organization');
    });

    it('a newspaper whose name is a common word is read only as written mid-sentence (les communes, le rond-point des Gaulois)', () => {
      const list = ents('Les communes du Nord ont voté. On a dansé au rond-point des Gaulois.');
      assert.ok(!list.some((e) => e.text === 'communes' || e.text === 'Gaulois'), show(list));
    });
  });
});
