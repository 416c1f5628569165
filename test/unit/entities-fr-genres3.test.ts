// French entities across genres, round 5: classes found on regional-fr-3.md (regional daily, European
// Parliament, encyclopedic pages, drug leaflets), each pinned on sentences of its own.
import { hasFrenchSpans, lacksFrenchSpans } from './entities-support';

describe('French entities across genres (round 5)', () => {
  describe('a court or a chamber named by its lower-case head and its town is one body', () => {
    it('reads tribunal de grande instance, tribunal de commerce, tribunal administratif with their town', () => {
      hasFrenchSpans(
        "Le tribunal de grande instance de Colmar a rendu son jugement. Le tribunal de commerce de Sedan a prononcé la liquidation. Il saisit le tribunal administratif de Strasbourg.",
        'tribunal de grande instance de Colmar/organization',
        'tribunal de commerce de Sedan/organization',
        'tribunal administratif de Strasbourg/organization',
      );
    });

    it('reads a chamber of commerce or of accounts with its town or region', () => {
      hasFrenchSpans(
        "La chambre de commerce et d'industrie de Reims a protesté. Selon la chambre régionale des comptes d'Alsace, la dette a doublé. La chambre d'agriculture des Vosges organise un salon.",
        "chambre de commerce et d'industrie de Reims/organization",
        "chambre régionale des comptes d'Alsace/organization",
        'chambre d\'agriculture des Vosges/organization',
      );
    });

    it('names no body for the head alone nor for a departmental council', () => {
      lacksFrenchSpans('Le tribunal de commerce a tranché. Il préside le conseil général des Landes.', 'tribunal de commerce/organization', 'conseil général des Landes/organization');
    });
  });
});

describe('French entities across genres (round 5): bodies of the European Parliament', () => {
  it('ends a body alone before a verb in -ienne that reads as an adjective', () => {
    hasFrenchSpans(
      'Nous demandons que le Conseil tienne compte de nos avis, que la Commission vienne devant nous et que le Parlement obtienne gain de cause.',
      'Conseil/organization',
      'Commission/organization',
      'Parlement/organization',
    );
    lacksFrenchSpans('Il faut que le Conseil tienne compte de nos avis.', 'Conseil tienne/organization');
  });

  it('keeps an adjective in -ienne after a body head', () => {
    hasFrenchSpans('La Cour italienne a jugé.', 'Cour italienne/organization');
  });

  it('reads the groups and funds of the Parliament as bodies', () => {
    const text = "Le groupe Union pour l'Europe des nations a voté contre. Le Fonds social européen et le Fonds européen de développement régional financent la reconversion. Le Haut-Commissariat des Nations unies pour les réfugiés coordonne l'aide.";
    hasFrenchSpans(text, "Union pour l'Europe des nations/organization", 'Fonds social européen/organization', 'Fonds européen de développement régional/organization', 'Haut-Commissariat des Nations unies pour les réfugiés/organization');
  });
});

describe('French entities across genres (round 5): a union with its branch', () => {
  it('reads a listed union with des, du, de la and its branch as one body', () => {
    hasFrenchSpans(
      "À l'appel de la CGT des cheminots, les trains restent en gare. La CGT du livre proteste. La CFDT de la métallurgie signe l'accord.",
      'CGT des cheminots/organization',
      'CGT du livre/organization',
      'CFDT de la métallurgie/organization',
    );
  });

  it('leaves the union alone before a container or a place', () => {
    hasFrenchSpans('La CGT du groupe Lafarge refuse. La CGT de la ville manifeste. La CGT des Bouches-du-Rhône appelle à la grève.', 'CGT/organization', 'Bouches-du-Rhône/place');
    lacksFrenchSpans('La CGT du groupe Lafarge refuse. La CGT de la ville manifeste.', 'CGT du groupe/organization', 'CGT de la ville/organization');
  });
});

describe('French entities across genres (round 5): a drug named with its strength', () => {
  it('reads a capitalized name before a dose as a product, and its other mentions too', () => {
    const text = "Clamoxyl 500 mg, gélule\nQu'est-ce que Clamoxyl ? Ne prenez jamais Clamoxyl si vous êtes allergique à la pénicilline.";
    hasFrenchSpans(text, 'Clamoxyl/product');
    lacksFrenchSpans(text, 'Clamoxyl/person', 'Clamoxyl/place', 'Clamoxyl/organization');
  });

  it('keeps a listed place before a weight a place', () => {
    hasFrenchSpans('On a saisi à Marseille 30 g de cocaïne.', 'Marseille/place');
  });
});

describe('French entities across genres (round 5): regional news', () => {
  it('names no state in an office written with de la République', () => {
    const text = 'Le procureur de la République, Jean Huet, a requis deux ans. La procureure de la République de Metz a ouvert une enquête.';
    hasFrenchSpans(text, 'Jean Huet/person', 'Metz/place');
    lacksFrenchSpans(text, 'République/place', 'République de Metz/place');
    hasFrenchSpans('Le président de la République tchèque est attendu.', 'République tchèque/place');
  });

  it('reads an unlisted dateline in capitals as the town the article writes after à or de', () => {
    hasFrenchSpans('ROSHEIM\n\nLa fête du vin a fait le plein\n\nPlus de 4 000 visiteurs se pressaient dimanche à Rosheim.', 'ROSHEIM/place');
    lacksFrenchSpans('FOOTBALL\n\nLe derby\n\nLe football à Metz, et la Fédération de Football.', 'FOOTBALL/place');
    lacksFrenchSpans('ROSHEIM\n\nLa fête du vin a fait le plein.', 'ROSHEIM/place');
  });
});

describe('French entities across genres (round 5): a town before a score', () => {
  it('reads a listed town before a score in brackets as its club, not after à', () => {
    const text = "Le FC Mulhouse s'est imposé face à Beauvais (3-1) et l'ASNL a été tenue en échec à Louhans (0-0).";
    hasFrenchSpans(text, 'Beauvais/organization', 'Louhans/place');
    lacksFrenchSpans('Le club a battu Valence d\'Agen (34-27).', 'Agen/organization');
    hasFrenchSpans('Les Messins ont battu le RC Strasbourg (2-1).', 'RC Strasbourg/organization');
  });
});

describe('French entities across genres (round 5): a courtesy title before a particle', () => {
  it('leaves Madame out and keeps the particle with the name', () => {
    const text = 'Madame de Palacio, vous avez dit devant la commission que le tunnel du Brenner était une priorité.';
    hasFrenchSpans(text, 'de Palacio/person');
    lacksFrenchSpans(text, 'Madame de Palacio/person');
  });
});

describe('French entities across genres (round 5): a street of a town', () => {
  it('names the town alone after une rue de, and keeps a street named with its article', () => {
    hasFrenchSpans('Une rue de Nancy porte son nom. Il habite la rue de Rivoli.', 'Nancy/place', 'rue de Rivoli/place');
    lacksFrenchSpans('Une rue de Nancy porte son nom.', 'rue de Nancy/place');
  });
});
