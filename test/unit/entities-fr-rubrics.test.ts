// French rubric headings in capitals opening a paragraph of a page in mixed case (SOLIDARITÉ. – La kermesse...):
// a common word written in capitals names nothing, a listed firm or town in the same place stays (rubricHeadings.ts).
// The headings and sentences are our own.
import { strict as assert } from 'node:assert';
import { extractEntities } from '../../src/core/entities';
import { hasFrenchSpans, noMention } from './entities-support';

const french = (text: string) => extractEntities(text, { lang: 'fr' });

describe('French entities: rubric headings in capitals', () => {
  it('reads no name in a heading of common words (abstract nouns, adjectives)', () => {
    const page = french(
      'SOLIDARITÉ. – La kermesse organisée par le comité des fêtes a réuni deux cents personnes samedi à la salle polyvalente.\n\n' +
        'VIE ASSOCIATIVE. – Les bénévoles du club de pétanque ont tenu leur assemblée générale vendredi soir.\n\n' +
        "ANIMATIONS ESTIVALES. – Le programme de l'été est disponible à l'accueil.\n",
    );
    for (const heading of ['SOLIDARITÉ', 'VIE ASSOCIATIVE', 'ANIMATIONS ESTIVALES']) noMention(page, heading);
    // The first word of a noun and its adjective may be any word (état is neither an abstract noun nor an adjective).
    noMention(french('ÉTAT CIVIL. – Naissances : Léa Bernard, fille de Marc et de Julie, domiciliés rue Thiers ; Hugo Moreau.\n'), 'ÉTAT CIVIL');
  });

  it('reads no name in a heading the text writes in lower case, or that ends as a -logie noun', () => {
    const page = french(
      'INCENDIE. — Un violent incendie a détruit hier une grange remplie de fourrage.\n\n' +
        'MÉTÉOROLOGIE. — Temps probable : pluvieux et frais.\n\nDERNIÈRE HEURE. — Le ministère est renversé.\n',
    );
    for (const heading of ['INCENDIE', 'MÉTÉOROLOGIE', 'DERNIÈRE HEURE']) noMention(page, heading);
  });

  it('reads no name in a heading whose word opens a cue or a body written in lower case', () => {
    const page = french(
      'MAIRIE. – Les bureaux seront fermés lundi toute la journée en raison du pont.\n\n' +
        "RADIO. — Le poste local diffusera ce soir un concert de l'harmonie.\n\n" +
        "ÉCOLE. – Les inscriptions pour la rentrée prochaine sont ouvertes jusqu'au 30 juin.\n",
    );
    for (const heading of ['MAIRIE', 'RADIO', 'ÉCOLE']) noMention(page, heading);
  });

  it('reads a heading opening with a body head as that body, not a firm', () => {
    hasFrenchSpans(
      "CONSEIL GÉNÉRAL. — La session d'automne s'est ouverte hier sous la présidence du doyen d'âge.\n\n" +
        'TRIBUNAL CORRECTIONNEL. — Le nommé Pierre Lambert a été condamné à huit jours de prison pour vol.\n',
      'CONSEIL GÉNÉRAL/organization',
      'TRIBUNAL CORRECTIONNEL/organization',
      'Pierre Lambert/person',
    );
  });

  it('keeps a listed firm or town in the same place', () => {
    hasFrenchSpans(
      "CARREFOUR. – L'enseigne ouvrira un magasin près de la gare au printemps.\n\n" +
        'TROYES. – La foire de printemps a attiré vingt mille visiteurs.\n\nÉPERNAY. – Le maire a inauguré la nouvelle école maternelle.\n',
      'CARREFOUR/company',
      'TROYES/place',
      'ÉPERNAY/place',
    );
  });

  it('keeps the reading of a heading word no lexicon knows as a common word', () => {
    // SODIPREX is neither written in lower case, nor a French noun or adjective by its ending: the tagger's firm stays.
    hasFrenchSpans("SODIPREX. – La société de transport a annoncé hier l'embauche de quarante chauffeurs à Troyes.\n", 'SODIPREX/company');
  });

  it('reads no town in a Title Case rubric ending as a -logie or -thèque noun', () => {
    const page = french(
      'Nécrologie. — On annonce la mort de M. Louis Perrin, ancien notaire, décédé dans sa soixante-dixième année.\n\n' +
        "Bibliothèque. — La salle de lecture sera fermée pendant le mois d'août.\n",
    );
    noMention(page, 'Nécrologie');
    noMention(page, 'Bibliothèque');
    hasFrenchSpans('Nancy. — Le conseil municipal a voté le budget.\n', 'Nancy/place');
  });
});
