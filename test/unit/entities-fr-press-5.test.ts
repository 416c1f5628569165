// French entities of Swiss and Luxembourg papers, round 5 (1882-1971): firms of the economic pages, stock
// lists, bodies with their adjectives, family lists of death notices, contracted articles before a town, and
// the other classes of the press-fr-5 fixture. The sentences are our own, not those of the fixture.
import { hasFrenchSpans as has, lacksFrenchSpans as lacks } from './entities-support';

describe('French entities: Swiss and Luxembourg press, round 5', () => {
  describe('firms of the economic pages (suffixCandidates, oldPressNames.ts firmNouns)', () => {
    it('reads a partnership written with et Cie, its partners listed with commas or frères, as one firm', () => {
      has('Les montres de Golay, Leresche et Cie ont obtenu une médaille.', 'Golay, Leresche et Cie/company');
      has('La maison Reymond frères et Cie, à Morges, agrandit ses entrepôts.', 'Reymond frères et Cie/company');
    });

    it('reads the owner after a lower-case noun of a works or a trading house as the firm, without the noun', () => {
      has('Les ouvriers des usines Krupp et des forges Schneider ont cessé le travail.', 'Krupp/company', 'Schneider/company');
      has('On admire les vitrines de la maison Piguet et Capt.', 'Piguet et Capt/company');
      lacks('On admire les vitrines de la maison Piguet et Capt.', 'Piguet/person', 'Capt/person');
    });

    it('keeps the works of two owners two firms, and a town after de out of the owner', () => {
      has('Les usines Dubied et Zénith ferment samedi.', 'Dubied/company', 'Zénith/company');
      lacks('Les usines Dubied de Couvet ferment samedi.', 'Dubied de Couvet/company');
    });

    it('reads a works named by its trade and then by its owner as one firm (Fabrique de X Name)', () => {
      has('La Fabrique de pâtes Bossy frères et Cie, à Cousset, cherche des ouvrières.', 'Fabrique de pâtes Bossy frères et Cie/company');
      has('La Manufacture de tabacs Ormond, de Vevey, a exposé.', 'Manufacture de tabacs Ormond/company');
    });

    it('reads a company of a railway line opening a line under a heading in capitals, with its adjective', () => {
      has('SOCIÉTÉS ANONYMES\nCompagnie du chemin de fer Bière-Apples-Morges vaudois. — Le trafic a doublé.', 'Compagnie du chemin de fer Bière-Apples-Morges vaudois/company');
      lacks('Service minimum demain. Compagnie et syndicats discutent.', 'Compagnie/company');
    });

    it('reads no name in la Bourse alone', () => {
      lacks('La crise de la Bourse continue ; la Bourse de Genève résiste.', 'Bourse/place', 'Bourse/organization', 'Bourse/company');
    });
  });

  describe('a stock list row (stockListNames.ts)', () => {
    it('reads the name before a leader of dots and a price as a company, a glued abbreviation left out, a pass with its class too', () => {
      has('Actions.\nBanque de Fribourg . . . . 520 —\nSimplon ordin. . . . . 110 50\n3 % Franco-Suisse anc. . . 402 —', 'Banque de Fribourg/company', 'Simplon/company', 'Franco-Suisse/company');
    });

    it('reads a listed place alone under a heading of shares as the railway named after it', () => {
      has('Actions.\nSimplon . . . . 110 50\nBanque de Fribourg . . . . 520 —', 'Simplon/company', 'Banque de Fribourg/company');
    });

    it('keeps a city alone in the rows of a list of exchange rates a place, and prose untouched', () => {
      has('Changes.\nParis . . . . 100,20\nLondres . . . . 25,18', 'Paris/place', 'Londres/place');
      has('Le Simplon est ouvert. . . Les cols sont fermés.', 'Simplon/place');
    });
  });

  describe('bodies with their adjectives and complements (frenchBodyHeads, frenchAdjectiveEndings in entity-cues.json)', () => {
    it('takes suisse and an adjective in -anne after the head, then the complements', () => {
      has("L'Union suisse des sociétés de consommation a siégé à Olten.", 'Union suisse des sociétés de consommation/organization');
      has('La Fédération vaudoise des syndicats et la Société valaisanne des vignerons ont protesté.', 'Fédération vaudoise des syndicats/organization', 'Société valaisanne des vignerons/company');
    });

    it("ends a body before a person's title and before communique", () => {
      has('Le Parti radical de M. Chuard perd deux sièges.', 'Parti radical/organization', 'Chuard/person');
      lacks('Le Parti radical de M. Chuard perd deux sièges.', 'Parti radical de M/organization');
      has("Le Département militaire communique : les recrues entreront jeudi.", 'Département militaire/organization');
      lacks("Le Département militaire communique : les recrues entreront jeudi.", 'Département militaire communique/organization');
    });

    it('reads the local societies and the works of old papers by their capitalized head', () => {
      has("Le concert de l'Harmonie nautique et de la Lyre de Montreux a eu lieu dimanche.", 'Harmonie nautique/company', 'Lyre de Montreux/company');
      has('Le Chœur mixte de Lutry a chanté.', 'Chœur mixte de Lutry/company');
    });

    it('reads an adjective of a body cut by a hyphen at a line end as one word of the name', () => {
      has('La Banque populaire et la Caisse hypothé-\ncaire vaudoise ont payé.', 'Caisse hypothé-\ncaire vaudoise/organization');
      has('Le Département fédé-\nral de justice a répondu.', 'Département fédé-\nral de justice/organization');
      has('Les Ateliers de constructions mécaniques de Vevey livrent une grue.', 'Ateliers de constructions mécaniques de Vevey/company');
      has('Les réfugiés se présentent à la Croix-Rouge suisse.', 'Croix-Rouge suisse/company');
    });
  });

  describe('a notice\'s topic and a pastor\'s parish (press.ts frenchRubricNounEndings, portfolios.ts)', () => {
    it('reads a rubric town whose accent the print lost or changed as the listed town', () => {
      has('CHRONIQUE\nNEUCHATEL. — Le port est à sec.\nFribourg. — Rien.\nGenéve. — La foire.', 'NEUCHATEL/place', 'Genéve/place');
    });

    it('reads no town in an unlisted rubric word ending as an abstract noun, and still one in a plain town', () => {
      lacks('Circulation. — Le pont sera fermé lundi.\nCorseaux. — La foire a eu lieu.', 'Circulation/place');
      has('Circulation. — Le pont sera fermé lundi.\nCorseaux. — La foire a eu lieu.', 'Corseaux/place');
    });

    it('reads no portfolio in à before a bare town name, and keeps the coordinated portfolios after de', () => {
      has('Il exerça son ministère à Ballaigues et à Vallorbe.', 'Ballaigues/place', 'Vallorbe/place');
      lacks('Il exerça son ministère à Ballaigues et à Vallorbe.', 'ministère à Ballaigues et à Vallorbe/organization');
      has('La ministre déléguée chargée de la Ville et du Logement a parlé.', 'Ville et du Logement/organization');
    });
  });

  describe('acronyms set apart, ships and streets of the old foreign news (acronyms.ts, named-things-fr.json, frenchStreetHeads)', () => {
    it('reads three dotted capitals set apart by spaces as one acronym, initials before a name as a person', () => {
      has("Le délégué de l'U. R. S. S. a parlé ; la S. D. N. siège.", 'U. R. S. S./place', 'S. D. N./organization');
      has('M. J. R. Dupont est venu.', 'J. R. Dupont/person');
      lacks('Hier, S. A. R. le prince a visité l\'usine.', 'S. A. R./organization');
    });

    it('reads no person nor place in a warship or a steamer after its noun', () => {
      lacks('Des avions ont attaqué le croiseur japonais Hokusai ; le vapeur Simplon a touché Ouchy.', 'Hokusai/person', 'Simplon/place');
      has('Des avions ont attaqué le croiseur japonais Hokusai ; le vapeur Simplon a touché Ouchy.', 'Ouchy/place');
    });

    it('reads a perspective with its name as one street, and no street in dans cette perspective', () => {
      has('La foule a envahi la perspective Liteïny.', 'perspective Liteïny/place');
      lacks('Dans cette perspective, Paris agit.', 'perspective/place');
    });
  });

  describe('the families of a death notice (pluralPersonTitles in old-press-titles.json)', () => {
    it('reads each name after les familles as a person', () => {
      has('Les familles Berney, Piguet, Golay et Aubert, parentes et alliées, font part du décès.', 'Berney/person', 'Piguet/person', 'Golay/person', 'Aubert/person');
    });
  });

  describe("a sovereign's style alone (notNamesAlone in entity-cues.json)", () => {
    it('reads no name in la Grande-Duchesse or le Tsar standing alone', () => {
      lacks('La Grande-Duchesse a reçu les ministres ; le Tsar a répondu.', 'Grande-Duchesse/place', 'Tsar/place', 'Grande-Duchesse/person');
    });
  });

  describe('a town named with its article after au, du, aux, des (contractedArticlePlaces.ts)', () => {
    it('reads the name without its article as the listed place Le X or Les X, where the tagger read a firm', () => {
      has('Né au Locle, il avait étudié le droit à Berne et à Leipzig, puis plaidé à Zurich.', 'Locle/place', 'Leipzig/place');
      lacks('Né au Locle, il avait étudié le droit à Berne et à Leipzig, puis plaidé à Zurich.', 'Locle/company');
    });
  });

  describe('the places of old foreign news and of Luxembourg (places-extra.json, places-ch-lu-extra.json)', () => {
    it('reads the French transliterations of the period as places', () => {
      has('Les Japonais ont occupé Moukden et marchent sur Tientsin ; Tokio annonce la chute de Changhaï.', 'Moukden/place', 'Tientsin/place', 'Tokio/place', 'Changhaï/place');
      has('Les troupes communistes ont quitté le Kiangsi pour le Setchouan.', 'Kiangsi/place', 'Setchouan/place');
    });

    it('reads the quarters of the city of Luxembourg, Esch and the Minette as places', () => {
      has("Les ouvriers d'Esch, de Bonnevoie et de Hollerich ont défilé ; les mines de la Minette chôment.", 'Esch/place', 'Bonnevoie/place', 'Hollerich/place', 'Minette/place');
    });
  });
});
