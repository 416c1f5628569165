// French entities, round 7: classes found on press-fr-6.md (Swiss and French-language press 1860-1950) and
// regional-fr-5.md (regional and administrative news away from Lorraine, communes), each pinned on sentences of its own.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { expectMention, hasFrenchSpans, lacksFrenchSpans } from './entities-support';

describe('French entities (round 7): places after a lower-case head of geography', () => {
  it('reads a hut, a lighthouse, a glacier, a bay or a beach as the name after the head', () => {
    hasFrenchSpans(
      'Les alpinistes ont dormi à la cabane Britannia. Le phare du Creac\'h a été rénové. Ils sont tombés sur le glacier du Trient. Les voiliers mouillent dans la baie des Trépassés. La plage de Kervel est fermée.',
      'Britannia/place',
      'Trient/place',
      'Trépassés/place',
      'Kervel/place',
    );
    hasFrenchSpans('Le concert aura lieu dans la chapelle Notre-Dame-du-Haut, puis au prieuré de Romainmôtier.', 'Notre-Dame-du-Haut/place', 'Romainmôtier/place');
  });

  it('reads a lieu-dit with its capitalized article, and a second one after et', () => {
    hasFrenchSpans(
      'Un hangar a brûlé au lieu-dit La Béchetière. Le parc occupera les lieux-dits Le Haut-Bois et La Croix-Guillou. Le hameau de Vaubouin compte dix maisons.',
      'La Béchetière/place',
      'Le Haut-Bois/place',
      'La Croix-Guillou/place',
      'Vaubouin/place',
    );
    lacksFrenchSpans('Un hangar a brûlé au lieu-dit La Béchetière.', 'Béchetière/place');
  });
});

describe('French entities (round 7): schools and intercommunal bodies', () => {
  it('reads a school named by its own name after its lower-case head as one body', () => {
    hasFrenchSpans('Les élèves du collège Paul-Éluard et de l\'école Marcel-Pagnol ont défilé.', 'collège Paul-Éluard/organization', 'école Marcel-Pagnol/organization');
  });

  it('reads a town and a capitalized intercommunal tail as one body', () => {
    hasFrenchSpans(
      'Rennes Métropole et Vitré Communauté financent la ligne ; Lorient Agglomération s\'y associe.',
      'Rennes Métropole/organization',
      'Vitré Communauté/organization',
      'Lorient Agglomération/organization',
    );
    lacksFrenchSpans('La Communauté européenne a tranché.', 'Communauté/organization');
  });

  it('reads a lower-case departmental direction and a village feast committee as bodies', () => {
    hasFrenchSpans(
      "La direction départementale de l'équipement a fermé la route. Le comité des fêtes de Plounévez organise le bal.",
      "direction départementale de l'équipement/organization",
      'comité des fêtes de Plounévez/organization',
    );
  });
});

describe('French entities (round 7): complements joined by et', () => {
  it('keeps a second bare plural noun after et in a body\'s complement', () => {
    hasFrenchSpans(
      "Il a étudié à l'Ecole des arts et métiers. La Direction des ponts et chaussées a refusé.",
      'Ecole des arts et métiers/organization',
      'Direction des ponts et chaussées/organization',
    );
    lacksFrenchSpans('La Cour des comptes et plusieurs juges ont siégé.', 'Cour des comptes et plusieurs/organization');
  });
});

describe('French entities (round 7): associations named by their own name', () => {
  it('reads an association and its capitalized name as one body with the head, its name over de', () => {
    hasFrenchSpans(
      "L'association Greenpeace a manifesté. L'association Robin des Bois proteste.",
      'association Greenpeace/organization',
      'association Robin des Bois/organization',
    );
  });

  it('reads a name opening with a capitalized article after an association (sequoia-fr.md) and after a hospital', () => {
    hasFrenchSpans("L'association Les Amis du Haut-Barr a restauré la tour.", 'association Les Amis du Haut-Barr/organization');
    hasFrenchSpans("Il a été opéré à l'hôpital La Timone.", 'hôpital La Timone/organization');
  });
});

describe('French entities (round 7): rubric headings and elided nouns after a name', () => {
  it('reads no name in a sport heading over a regional page', () => {
    lacksFrenchSpans('CYCLISME - Tour du Doubs\n\nLe coureur a gagné.', 'CYCLISME/company', 'CYCLISME/organization', 'CYCLISME/place', 'CYCLISME/person');
    lacksFrenchSpans('HANDBALL - Nationale 1\n\nLe club a gagné.', 'HANDBALL/company', 'HANDBALL/organization', 'HANDBALL/place', 'HANDBALL/person');
  });

  it('ends a name before an elided article and a lower-case noun', () => {
    hasFrenchSpans("La loi confie à la Confédération l'armée et les postes.", 'Confédération/organization');
    lacksFrenchSpans("La loi confie à la Confédération l'armée et les postes.", "Confédération l'armée/organization");
  });
});

describe('French entities (round 7): railway companies', () => {
  it('reads a line named by its ends as one company, and listed initials after its network whole', () => {
    hasFrenchSpans(
      "La Compagnie du chemin de fer de Berthoud à Thoune et à Konolfingen a distribué un dividende. La Compagnie des chemins de fer P.-L.-M. a répondu.",
      'Compagnie du chemin de fer de Berthoud à Thoune et à Konolfingen/company',
      'Compagnie des chemins de fer P.-L.-M./company',
    );
  });

  it('leaves a seat after à out of a body that names no line', () => {
    hasFrenchSpans('La Compagnie de Saint-Gobain à Paris a vendu.', 'Compagnie de Saint-Gobain/company', 'Paris/place');
  });
});

describe('French entities (round 7): old print inside a body name', () => {
  it('reads a word cut by a hyphen before a space inside a body name whole', () => {
    hasFrenchSpans('Le Tribunal fédé- ral a rejeté le recours.', 'Tribunal fédé- ral/organization');
    hasFrenchSpans('Le Conseil fédéral - ainsi que les Chambres - a voté.', 'Conseil fédéral/organization');
  });

  it('reads alpin, marin, latin as adjectives of a body', () => {
    hasFrenchSpans("Une colonne du Club alpin suisse est partie. L'Union latine a siégé.", 'Club alpin suisse/organization', 'Union latine/organization');
  });
});

describe('French entities (round 7): Swiss and regional nouns of origin', () => {
  it('reads no name in a canton\'s or a region\'s people', () => {
    const text = 'Les Romands auraient préféré un autre général ; les Confédérés ont voté, et les Tessinois aussi. Deux Alsaciens ont gagné.';
    for (const w of ['Romands', 'Confédérés', 'Tessinois', 'Alsaciens']) lacksFrenchSpans(text, `${w}/organization`, `${w}/place`, `${w}/person`, `${w}/company`);
  });
});

describe('French entities (round 7): headlines in capitals without accents', () => {
  it('reads a listed place whose accent the capitals lost by its id', () => {
    hasFrenchSpans('NOUVELLES DE NEUCHATEL\n\nLe texte suit.', 'NEUCHATEL/place');
    hasFrenchSpans('ACCIDENT SUR LE LEMAN\n\nLe texte suit.', 'LEMAN/place');
    lacksFrenchSpans('LES TOURS JUMELLES\n\nLe texte suit.', 'TOURS/place');
  });
});

describe('French entities (round 7): clubs with OC after their town', () => {
  it('reads a listed town and OC as one club', () => {
    hasFrenchSpans('Nantes a battu Vannes OC (2-0) samedi.', 'Vannes OC/organization');
  });
});

describe('French entities (round 7): the Swiss title conseiller d\'Etat', () => {
  it('reads no body in the Etat of the title and the canton\'s adjective', () => {
    const text = "M. Dubois, conseiller d'Etat valaisan, a parlé. M. Mœckli, conseiller d'Etat jurassien, a répondu.";
    hasFrenchSpans(text, 'Dubois/person', 'Mœckli/person');
    lacksFrenchSpans(text, 'Etat valaisan/company', 'Etat valaisan/organization', 'Etat jurassien/company', 'Etat jurassien/organization');
    hasFrenchSpans("Le Conseil d'Etat vaudois a siégé.", "Conseil d'Etat vaudois/organization");
  });
});

describe('French entities (round 7): a descriptive head stays in the mention, out of the id', () => {
  const ents = (text: string) => extractEntities(text, { lang: 'fr' });

  it('names an association by its name after the head, so that its bare writing is the same body', () => {
    const list = ents("L'association Transparis a déposé plainte. Selon Transparis, le maire a menti.");
    const headed = expectMention(list, 'association Transparis', 'organization', 'transparis');
    assert.equal(headed.name, 'Transparis');
    expectMention(list, 'Transparis', 'organization', 'transparis');
  });

  it("takes the list's entry for a listed name after the head", () => {
    const list = ents("L'association Unédic publie ses comptes. L'Unédic prévoit un déficit.");
    const headed = expectMention(list, 'association Unédic', 'organization', 'unedic');
    assert.equal(headed.name, 'Unédic');
    expectMention(list, 'Unédic', 'organization', 'unedic');
  });

  it('keeps the head of a school or a hospital named after a person in the id', () => {
    const list = ents("Les élèves du collège Simone-Veil ont lu Simone Veil. Il est soigné à l'hôpital Henri-Mondor.");
    const school = expectMention(list, 'collège Simone-Veil', 'organization', 'college-simone-veil');
    assert.equal(school.name, 'collège Simone-Veil');
    expectMention(list, 'Simone Veil', 'person', 'simone-veil');
    expectMention(list, 'hôpital Henri-Mondor', 'organization', 'hopital-henri-mondor');
  });
});
