// French organizations by class, from the ORG errors on the dev folds of the French Wikinews
// training split: bodies named in lower case with a place after them, movements named after what
// their members wear, names written out before or after their acronym in brackets, a word and a country.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French organizations by class', () => {
  it('reads a university, a diocese, an academy or an observatory named in lower case after its place as one body', () => {
    const list = fr("Des chercheurs de l'université de Kyoto et de l'université du Michigan ont publié l'étude. Le diocèse de Hearst fusionne avec un autre. Le recteur de l'académie de Rouen l'a confirmé. Le signal a été capté à l'observatoire de Parkes.");
    expectMention(list, 'université de Kyoto', 'organization');
    expectMention(list, 'université du Michigan', 'organization');
    expectMention(list, 'diocèse de Hearst', 'organization');
    expectMention(list, 'académie de Rouen', 'organization');
    expectMention(list, 'observatoire de Parkes', 'organization');
    noMention(list, 'Kyoto ');
  });

  it('leaves such a head without a name after it to no mention', () => {
    const list = fr("Une université française et l'observatoire du village ont signé. Le diocèse compte dix paroisses.");
    noMention(list, 'université');
    noMention(list, 'observatoire');
    noMention(list, 'diocèse');
  });

  it('reads a movement named after what its members wear as an organization, even counted, never a company', () => {
    const list = fr('Vers 9h30, une centaine de Gilets jaunes sont présents. Le mouvement des Gilets jaunes réclame un référendum. Les Gjs bloquent le péage, soutenus par les Bonnets rouges.');
    expectMention(list, 'Gilets jaunes', 'organization', 'gilets-jaunes');
    expectMention(list, 'mouvement des Gilets jaunes', 'organization', 'gilets-jaunes');
    expectMention(list, 'Gjs', 'organization', 'gilets-jaunes');
    expectMention(list, 'Bonnets rouges', 'organization', 'bonnets-rouges');
  });

  it('reads a movement written in lower case between quotes as the movement, the garments unquoted as nothing', () => {
    const list = fr('Le mouvement des « gilets jaunes » continue. Les manifestants étaient vêtus de gilets jaunes.');
    const quoted = list.filter((e) => e.text === 'gilets jaunes');
    if (quoted.length !== 1) throw new Error(`one quoted movement expected: ${JSON.stringify(list)}`);
    expectMention(quoted, 'gilets jaunes', 'organization', 'gilets-jaunes');
  });

  it('reads one member in the singular as no name', () => {
    const list = fr("Un Gilet jaune soupçonné d'avoir blessé un gendarme a été interpellé. Le Gilet jaune a été relâché.");
    noMention(list, 'Gilet');
  });

  it('reads a name written out before its acronym in brackets as one body, lower case or long, and the acronym too', () => {
    const list = fr("L'inspection générale de la police nationale (IGPN) a été saisie. Il est entendu par l'Office central de lutte contre la corruption et les infractions financières et fiscales (OCLCIFF). Le parquet national financier (PNF) enquête. Le parti Conseil national pour la défense de la démocratie-Forces de défense de la démocratie (CNDD-FDD) a gagné.");
    expectMention(list, 'inspection générale de la police nationale', 'organization');
    expectMention(list, 'IGPN', 'organization');
    expectMention(list, 'Office central de lutte contre la corruption et les infractions financières et fiscales', 'organization');
    expectMention(list, 'OCLCIFF', 'organization');
    expectMention(list, 'parquet national financier', 'organization');
    expectMention(list, 'PNF', 'organization');
    expectMention(list, 'Conseil national pour la défense de la démocratie-Forces de défense de la démocratie', 'organization');
  });

  it('spells an acronym with the bare letter of an accented initial', () => {
    const list = fr("Elle sort de l'école nationale de la magistrature (ENM). L'Établissement public du musée (EPM) a rouvert.");
    expectMention(list, 'école nationale de la magistrature', 'organization');
    expectMention(list, 'ENM', 'organization');
    expectMention(list, 'Établissement public du musée', 'organization');
  });

  it('reads a lower-case body before an acronym it does not spell from the nearest head, and nothing without a head', () => {
    const list = fr("Selon l'office fédéral de la statistique (BFS), le chômage baisse. Le chef de la cellule de crise de l'agence européenne des médicaments (EMA) a parlé. Le taux de chômage des jeunes (YUR) baisse. Les moyens aériens (AIR) arrivent. Il rejoint le syndicat le plus ancien, le syndicat au pouvoir (UGTX).");
    expectMention(list, 'office fédéral de la statistique', 'organization');
    expectMention(list, 'agence européenne des médicaments', 'organization');
    noMention(list, 'cellule de crise');
    noMention(list, 'taux de chômage');
    noMention(list, 'moyens aériens');
    noMention(list, 'syndicat au pouvoir');
    // An elided de after the head opens its complement as de does.
    expectMention(fr("Le rapport de l'agence d'information régionale (KZB) a été publié."), "agence d'information régionale", 'organization');
  });

  it('reads an acronym with its name written out after it in brackets as two mentions of a body', () => {
    const list = fr('Il a été interrogé au SNR (service national de renseignement) pendant deux jours.');
    expectMention(list, 'SNR', 'organization');
    expectMention(list, 'service national de renseignement', 'organization');
  });

  it('reads a capitalized word and a country written together in running text as one body', () => {
    const list = fr("Selon Atout France, les touristes reviennent. La course est organisée par Cyclisme Canada et financée par Sport Belgique.");
    expectMention(list, 'Atout France', 'organization');
    expectMention(list, 'Cyclisme Canada', 'organization');
    expectMention(list, 'Sport Belgique', 'organization');
  });

  it('leaves a country after a given name, a title, a longer name, another place or at a sentence start its own', () => {
    const person = fr('Il a lu Pierre Mendès France.');
    expectMention(person, 'Pierre Mendès France', 'person');
    noMention(fr('Elle fut Miss France en 2001.'), 'Miss France');
    noMention(fr('Le match Italie France est nul.'), 'Italie France');
    noMention(fr('Le directeur de Publicis France a démissionné hier.'), 'Publicis France');
    noMention(fr('Le trafic vers le Nord Syrie reprend.'), 'Nord Syrie');
    noMention(fr('Jeudi France et Allemagne signent.'), 'Jeudi France');
  });

  it('reads the name after a business or body cue and its lower-case complement of kind as that business or body', () => {
    const list = fr("Le studio de développement Frolimbo prépare un jeu. Il dirige le think tank de droite Horizon Neuf. La société de transport Trivalux recrute. L'association de défense des locataires Abrivo proteste.");
    expectMention(list, 'Frolimbo', 'company');
    expectMention(list, 'Horizon Neuf', 'organization');
    expectMention(list, 'Trivalux', 'company');
    expectMention(list, 'Abrivo', 'organization');
  });

  it('reads no cue complement where du, des, a determiner, a function word or a given name comes', () => {
    expectMention(fr('Elle dîne en compagnie de son époux Bill.'), 'Bill', 'person');
    expectMention(fr('Le parti de Marine Le Pen progresse.'), 'Marine Le Pen', 'person');
    expectMention(fr('La société de transport Jean Martin a fermé.'), 'Jean Martin', 'person');
    const leader = fr('Il suit le leader du moment Kravzik depuis une heure.');
    if (leader.some((e) => e.text === 'Kravzik' && e.type === 'company')) throw new Error(`no company expected: ${JSON.stringify(leader)}`);
  });

  it('reads a national institution in lower case as one body, a parliament or a senate with its adjective', () => {
    const list = fr("Le texte passe devant l'assemblée nationale puis le conseil constitutionnel. Le parlement écossais et le sénat italien l'ont rejeté. La cour des comptes critique l'assemblée nationale du Niger.");
    expectMention(list, 'assemblée nationale', 'organization');
    expectMention(list, 'conseil constitutionnel', 'organization');
    expectMention(list, 'parlement écossais', 'organization');
    expectMention(list, 'sénat italien', 'organization');
    expectMention(list, 'cour des comptes', 'organization');
    expectMention(list, 'assemblée nationale du Niger', 'organization');
  });

  it('reads no body in a parliament or a senate alone in lower case, nor an institution\'s lower-case complement', () => {
    const list = fr('Le parlement a voté la loi. Le sénat devra se prononcer.');
    noMention(list, 'parlement');
    noMention(list, 'sénat');
    expectMention(fr("La saisine du conseil constitutionnel de la validité du décret est rejetée."), 'conseil constitutionnel', 'organization');
  });

  it('leaves things, states, people and listed names their own reading', () => {
    const list = fr("Le produit intérieur brut (PIB) progresse. Des véhicules blindés à roues de la gendarmerie (VBRG) ont été déployés. La République arabe sahraouie démocratique (RASD) proteste. Emmanuel Macron (EM) a parlé. L'Organisation mondiale de la santé (OMS) alerte.");
    noMention(list, 'produit intérieur brut');
    noMention(list, 'véhicules blindés');
    noMention(list, 'République arabe');
    expectMention(list, 'Emmanuel Macron', 'person');
    noMention(list, 'EM');
    expectMention(list, 'Organisation mondiale de la santé', 'organization', 'organisation-mondiale-de-la-sante');
    expectMention(list, 'OMS', 'organization', 'organisation-mondiale-de-la-sante');
  });
});
