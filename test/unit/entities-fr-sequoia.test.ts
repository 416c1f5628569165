// French entities, round 8: classes found on sequoia-fr.md (a regional daily of Champagne-Ardenne and Franche-Comté,
// European Parliament turns, encyclopedic pages, drug leaflets), each pinned on sentences of its own.
import { hasFrenchSpans, lacksFrenchSpans } from './entities-support';

describe('French entities (round 8): associations named with a capitalized article', () => {
  it('keeps the head and the article, and a lower-case complement closed by a mark or a name', () => {
    hasFrenchSpans('La fête est organisée par l\'association Les Compagnons du vieux Langres, qui fête ses vingt ans.', 'association Les Compagnons du vieux Langres/organization');
    hasFrenchSpans('Samedi, l\'association Les Jardins de la solidarité, installée rue Thiers, tiendra son marché.', 'association Les Jardins de la solidarité/organization');
    hasFrenchSpans('Il préside depuis 2004 l\'association La Clé des champs.', 'association La Clé des champs/organization');
    hasFrenchSpans('Les bénévoles de l\'association Les Amis de Jules Verne ont lu des extraits.', 'association Les Amis de Jules Verne/organization');
  });

  it('leaves out a complement a verb or a word follows', () => {
    lacksFrenchSpans('L\'association Les Amis du patrimoine organise une visite.', 'association Les Amis du patrimoine organise/organization');
    hasFrenchSpans('L\'association Les Amis du patrimoine organise une visite.', 'association Les Amis/organization');
  });
});

describe('French entities (round 8): pages of village news', () => {
  it('reads the place of a CANTON DE heading, not its head', () => {
    const text = 'CANTON DE VILLERS-FARLAY\n\nPORT-LESNEY. – La fanfare municipale donnera un concert dimanche.\n';
    hasFrenchSpans(text, 'VILLERS-FARLAY/place', 'PORT-LESNEY/place');
    lacksFrenchSpans('CANTON DE SAINT-LOUP\n\nLe comité a élu son bureau.', 'CANTON/place');
    hasFrenchSpans('ARRONDISSEMENT DE VOUZIERS\n\nLa foire aux bestiaux aura lieu mardi.', 'VOUZIERS/place');
    // A heading that a list knows whole is that place, as any line in capitals is (review of round 8).
    hasFrenchSpans('PAYS DE GALLES\n\nLe gouvernement gallois a annoncé un plan pour les ports.', 'PAYS DE GALLES/place');
    hasFrenchSpans('Le scrutin\n\nLES ÉLECTEURS DU PAYS DE GALLES VOTENT\n\nLe gouvernement gallois a publié les résultats.', 'PAYS DE GALLES/place');
  });

  it('reads a town in capitals opening a paragraph before a full stop and a dash', () => {
    hasFrenchSpans('Échos du canton\n\nSAINT-AMAND-SUR-FION. – Le club des aînés a repris ses activités.\n', 'SAINT-AMAND-SUR-FION/place');
    // An unlisted single word is a town when the text writes it again after à, de or en.
    hasFrenchSpans('VITREY. – La kermesse de l\'école a réuni tout le village.\nLe maire de Vitrey a remercié les parents.', 'VITREY/place');
    lacksFrenchSpans('NÉCROLOGIE. – On apprend le décès de M. Paul Girard, ancien instituteur.', 'NÉCROLOGIE/place');
    // Written whole: a longer word opening with the town's name is not it again.
    lacksFrenchSpans('VITREY. – La kermesse a réuni tout le village.\nLe maire de Vitreyville a remercié les parents.', 'VITREY/place');
    // Words in capitals are a compound town when hyphenated or opened by an article; two or three plain words are a rubric (review of round 8).
    hasFrenchSpans('Échos\n\nLE MESNIL. – La kermesse a réuni tout le village.\n', 'LE MESNIL/place');
    lacksFrenchSpans('Échos\n\nÉTAT CIVIL. – Naissance de Paul Martin.\n', 'ÉTAT CIVIL/place');
    lacksFrenchSpans('Sports\n\nHOCKEY SUR GLACE. – Le HC Bienne a battu Lugano hier soir.\n', 'HOCKEY SUR GLACE/place');
  });

  it('reads a listed town in capitals opening a line before a full stop, without a dash too', () => {
    hasFrenchSpans('Nouvelles brèves\nÉPERNAY. Le maire a inauguré la nouvelle salle des fêtes.\n', 'ÉPERNAY/place');
  });
});

describe('French entities (round 8): museums named by their own name', () => {
  it('reads the lower-case head and the name as one body', () => {
    hasFrenchSpans('Les bronzes sont exposés au musée Bourdelle et au musée Camille-Claudel.', 'musée Bourdelle/organization', 'musée Camille-Claudel/organization');
  });
});

describe('French entities (round 8): drug brands in leaflets', () => {
  it('reads a brand in capitals before its strength, and its other writings in any case, as a product', () => {
    const text = 'NOTICE\n\nAERIUS 5 mg, comprimé pelliculé\nDesloratadine\n\nQu\'est-ce que Aerius et dans quels cas est-il utilisé ? Aerius est un antihistaminique.';
    hasFrenchSpans(text, 'AERIUS/product', 'Aerius/product');
    lacksFrenchSpans(text, 'Aerius/person', 'Aerius/place');
    // In capitals, a leaflet's title only: a word in capitals before a weight inside a sentence is no brand (review of round 8).
    lacksFrenchSpans('Pour quatre personnes, prévoir FARINE 500 g, SUCRE 200 g et BEURRE 125 g.', 'FARINE/product', 'SUCRE/product', 'BEURRE/product');
  });

  it('reads a strength in units', () => {
    hasFrenchSpans('Toujeo 300 unités/ml, solution injectable. Ne mélangez jamais Toujeo avec une autre insuline.', 'Toujeo/product');
    lacksFrenchSpans('Toujeo 300 unités/ml, solution injectable. Ne mélangez jamais Toujeo avec une autre insuline.', 'Toujeo/person');
  });
});

describe('French entities (round 8): a listed place in capitals the tagger leaves out', () => {
  it('reads it after a preposition of place in a sentence in mixed case', () => {
    hasFrenchSpans('Le service comptable sera transféré à DIJON avant l\'été, puis vers BESANÇON.', 'DIJON/place', 'BESANÇON/place');
    lacksFrenchSpans('Le service comptable dépend de la CGT.', 'CGT/place');
  });
});

describe('French entities (round 8): the address of a leaflet\'s business', () => {
  it('reads each part between commas that is a name alone, after a postal code too, as a place', () => {
    const text = 'Titulaire de l\'autorisation de mise sur le marché : Merckle Biotec GmbH, D-89079 Ulm-Donautal, Allemagne.\nFabricant : Famar Lyon, Saint-Genis-Laval, France.';
    hasFrenchSpans(text, 'Merckle Biotec GmbH/company', 'Ulm-Donautal/place', 'Allemagne/place', 'Saint-Genis-Laval/place');
    lacksFrenchSpans(text, 'D-89079 Ulm-Donautal/place', 'Saint-Genis-Laval/person');
  });
});

describe('French entities (round 8): bodies over et', () => {
  it('joins two adjectives of a complement over et', () => {
    hasFrenchSpans('Elle siège au Congrès des pouvoirs locaux et régionaux depuis 2010.', 'Congrès des pouvoirs locaux et régionaux/organization');
    hasFrenchSpans('L\'Association des élus locaux et régionaux a protesté.', 'Association des élus locaux et régionaux/organization');
  });

  it('reads an adjective in -ier as one, not hier nor a month', () => {
    hasFrenchSpans('Le Parquet national financier a ouvert une enquête.', 'Parquet national financier/organization');
    hasFrenchSpans('L\'Union des transporteurs routiers et fluviaux a protesté.', 'Union des transporteurs routiers et fluviaux/organization');
    lacksFrenchSpans('Après le vote de la Commission hier, le texte part au Conseil.', 'Commission hier/organization');
  });

  it('keeps a ministry of two portfolios and a chamber of two trades one body, two bodies with their heads two', () => {
    hasFrenchSpans('Un prêt du ministère de l\'Économie et des Finances a été accordé.', 'ministère de l\'Économie et des Finances/organization');
    hasFrenchSpans('La Chambre de métiers et de l\'artisanat de la Meuse ouvre une antenne.', 'Chambre de métiers et de l\'artisanat de la Meuse/organization');
    hasFrenchSpans('La Banque de France et la Caisse des dépôts ont signé.', 'Banque de France/organization', 'Caisse des dépôts/organization');
  });

  it('reads union acronyms glued by a slash as two bodies', () => {
    hasFrenchSpans('Les délégués CFDT/CGT de l\'usine ont salué la décision.', 'CFDT/organization', 'CGT/organization');
    lacksFrenchSpans('Les délégués CFDT/CGT de l\'usine ont salué la décision.', 'CFDT/CGT/organization');
  });
});

describe('French entities (round 8): partnerships in et Fils, et Frères', () => {
  it('reads a firm named by its partners and et Fils or et Frères as one company', () => {
    hasFrenchSpans('Les Établissements Mougin et Fils ont licencié douze salariés.', 'Établissements Mougin et Fils/company');
    hasFrenchSpans('La brasserie Vauthier et Frères a été rachetée.', 'Vauthier et Frères/company');
  });

  it('leaves Fils after a name without et to the other rules', () => {
    lacksFrenchSpans('Le roman d\'Alexandre Dumas Fils est réédité.', 'Alexandre Dumas Fils/company', 'Dumas Fils/company');
  });
});
