// French names of things read after their common noun (namedThings.ts): events named after a place
// or a body, storms, affairs, spacecraft, instruments and ships are no person, place nor body, and
// the names inside them no mentions; the same names elsewhere keep their reading.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, hasFrenchSpans, lacksFrenchSpans, noMention } from './entities-support';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French named things after their common noun', () => {
  it('reads no place inside an event named after it, and the place elsewhere as a place', () => {
    const text =
      "Elle a remporté le championnat de France de cyclisme sur route puis les championnats d'Europe de natation. Les Jeux olympiques de Pékin et les Jeux de Londres restent dans les mémoires. Le festival d'Avignon s'ouvre demain. La finale de la coupe de la Ligue aura lieu en France, loin de l'Europe.";
    lacksFrenchSpans(text, 'Pékin/place', 'Londres/place', 'Avignon/place', 'Ligue/organization');
    // France and Europe once each: the places after en and de l', not the championships'.
    const found = fr(text).map((e) => `${e.text}@${e.start}`);
    const at = (word: string, from: number): string => `${word}@${text.indexOf(word, from)}`;
    const expected = [at('France', text.indexOf('en France')), at('Europe', text.indexOf("l'Europe"))];
    if (found.filter((m) => /^(?:France|Europe)@/.test(m)).join() !== expected.join()) throw new Error(`${expected} expected: ${found}`);
  });

  it('reads a competition named like a body and an award ceremony as no mention, a league that is a body as one', () => {
    const list = fr("Marseille retrouve la Ligue Europa et Lille la Ligue des champions. Le film a reçu trois Grammy Awards. La Ligue nationale de rugby a sanctionné Toulon.");
    noMention(list, 'Ligue Europa');
    noMention(list, 'Ligue des champions');
    noMention(list, 'Grammy');
    noMention(fr('La cérémonie des Nordic Film Awards (NFA) a eu lieu hier.'), 'NFA');
    expectMention(list, 'Ligue nationale de rugby', 'organization');
    expectMention(list, 'Lille', 'place');
  });

  it('reads the English name of a competition that French text writes as no mention too', () => {
    const list = fr('Le PSG affronte le Bayern en Champions League mardi, puis Lyon dispute la Nations League.');
    noMention(list, 'Champions League');
    noMention(list, 'Nations League');
    expectMention(list, 'PSG', 'company');
  });

  it('reads a rally or a cup named by its own name as no mention', () => {
    const list = fr('Un spectateur du Rallye Dakar a été blessé. La coupe Davis reprend en Espagne.');
    noMention(list, 'Dakar');
    noMention(list, 'Davis');
    expectMention(list, 'Espagne', 'place');
  });

  it('keeps the person whose games they were (les Jeux olympiques du Français Vincent Luis)', () => {
    const list = fr("Il revient après sa pause post Jeux olympiques du Français Vincent Luis, qui n'avait couru qu'une fois.");
    expectMention(list, 'Vincent Luis', 'person');
  });

  it('reads a named storm as no person nor place', () => {
    const list = fr("L'ouragan Irma a frappé les Antilles. La tempête tropicale Bertha faiblit. Le cyclone Batsirai approche de Madagascar.");
    noMention(list, 'Irma');
    noMention(list, 'Bertha');
    noMention(list, 'Batsirai');
    expectMention(list, 'Madagascar', 'place');
  });

  it("reads an affair named after a person as no mention, the person named elsewhere as a person", () => {
    const list = fr("L'affaire Jérôme Cahuzac a ébranlé le gouvernement. Dans l'affaire Cahuzac, le parquet a requis trois ans. Jérôme Cahuzac a fait appel.");
    const people = list.filter((e) => e.type === 'person');
    if (people.length !== 1 || people[0].text !== 'Jérôme Cahuzac' || people[0].start < 100) throw new Error(`only the last Jérôme Cahuzac expected: ${JSON.stringify(people.map((e) => [e.text, e.start]))}`);
  });

  it('reads a spacecraft, a telescope or a ship named after a person as no person', () => {
    const list = fr("La sonde Juno tourne autour de Jupiter. Le télescope spatial James Webb a été lancé par la NASA. Le porte-avions Charles de Gaulle a quitté Toulon.");
    noMention(list, 'Juno');
    noMention(list, 'James Webb');
    noMention(list, 'Charles de Gaulle');
    expectMention(list, 'NASA', 'organization');
    expectMention(list, 'Toulon', 'place');
  });

  it("reads a storm's or a craft's name written again alone as that thing, an affair's person as the person", () => {
    const list = fr("Le cyclone Batsirai approche. Batsirai a déjà fait dix morts. La sonde Juno a été lancée en 2011 ; Juno a atteint Jupiter. Dans l'affaire Cahuzac, Jérôme Cahuzac a fait appel et Cahuzac conteste.");
    noMention(list, 'Batsirai');
    noMention(list, 'Juno');
    expectMention(list, 'Jérôme Cahuzac', 'person');
    if (!list.some((e) => e.text === 'Cahuzac' && e.type === 'person')) throw new Error(`Cahuzac alone expected as the person: ${JSON.stringify(list.map((e) => e.text))}`);
  });

  it('leaves the nouns without a name after them and English text alone', () => {
    hasFrenchSpans('La tempête a frappé la Bretagne. Le championnat reprend à Lyon.', 'Bretagne/place', 'Lyon/place');
    const en = extractEntities('The Juno probe reached Jupiter, NASA said.', { lang: 'en' });
    expectMention(en, 'NASA', 'organization');
  });
});

describe('French nouns of nationality', () => {
  it('reads a noun of nationality as no place nor person, and the name after it as the person', () => {
    const list = fr("La Néerlandaise Yvonne van Vlerken devance l'Américaine. Le Sud-Africain Henri Schoeman suit, devant trois Kényans et le Britannique. Parmi les victimes, quatre Portugais.");
    expectMention(list, 'Yvonne van Vlerken', 'person');
    expectMention(list, 'Henri Schoeman', 'person');
    for (const word of ['Néerlandaise', 'Américaine', 'Sud-Africain', 'Kényans', 'Britannique', 'Portugais']) noMention(list, word);
  });

  it('leaves the words of a place or a body named with one alone (Union Européenne, rue des Italiens, la Suisse)', () => {
    hasFrenchSpans(
      "Le bureau de la rue des Italiens a été évacué. Les ministres de l'Union Européenne se réunissent. La Suisse et la République Tchèque ont voté.",
      'rue des Italiens/place',
      'Union Européenne/organization',
      'Suisse/place',
      'République Tchèque/place',
    );
  });
});
