// French lower-case words after a head (Agence spatiale européenne, ministre de l'Instruction publique):
// the rules that read a name's adjectives tell them by their endings (frenchAdjectiveEndings), and
// tell from them the verbs whose forms end the same way (la Commission explique, que le Conseil
// tienne compte, le ministre des Transports rappelle), conjugated here from their infinitives
// (frenchVerbsLikeAdjectives in entity-cues.json).
import cues from '../data/entity-cues.json';

/** The French words of a de complement (de, du, des, d'): le championnat de France, la place du Marché. */
export const FRENCH_OF_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'd’']);

/** État, also written with its capital unaccented: the state of a title's complement (ministre d'État, conseiller d'Etat). */
export const STATE_NOUNS: ReadonlySet<string> = new Set(['État', 'Etat']);

/** A lower-case word of letters and hyphens that ends as a French adjective does. */
const ADJECTIVE = new RegExp(`^(?=\\p{Ll})[\\p{L}-]*(?:${cues.frenchAdjectiveEndings.join('|')})$`, 'u');

/** The third person's forms, present and subjunctive, singular and plural, of a verb of the -enir or the -er class. */
export function thirdPersonForms(infinitive: string): string[] {
  // tenir, venir and their compounds: tient, tiennent, tienne, tiennes.
  if (infinitive.endsWith('enir')) {
    const base = infinitive.slice(0, -4);
    return [`${base}ient`, `${base}iennent`, `${base}ienne`, `${base}iennes`];
  }
  if (infinitive.endsWith('er')) {
    // appeler doubles its l before a silent e (appelle); interpeller has it already.
    const stem = infinitive.endsWith('eler') && !infinitive.endsWith('eller') ? `${infinitive.slice(0, -2)}l` : infinitive.slice(0, -2);
    return [`${stem}e`, `${stem}es`, `${stem}ent`];
  }
  throw new Error(`frenchVerbsLikeAdjectives: no conjugation for ${infinitive}`);
}

const VERB_FORMS = new Set(cues.frenchVerbsLikeAdjectives.flatMap(thirdPersonForms));
/** Words that end as an adjective and are none (hier, janvier). */
const LOOKALIKES = new Set(cues.frenchAdjectiveLookalikes);

/** A form of a verb that ends as an adjective does (explique, tienne, rappellent). */
export function isFrenchVerbForm(word: string): boolean {
  return VERB_FORMS.has(word);
}

/** A lower-case word that ends as an adjective does and is no such verb form (européenne, publique; not explique). */
export function readsAsFrenchAdjective(word: string): boolean {
  return ADJECTIVE.test(word) && !VERB_FORMS.has(word) && !LOOKALIKES.has(word);
}

const PARTICIPLE = new RegExp(`(?:${cues.frenchParticipleEndings.join('|')})$`, 'u');

/** A word that ends as a past participle does (assiégée, chargé, affaiblie). */
export function endsAsFrenchParticiple(word: string): boolean {
  return PARTICIPLE.test(word);
}

/** A word read as an adjective that is no past participle (libre, régulière; not assiégée, affaiblie):
 * after a body's name it names another body rather than the body in a state. */
export function readsAsFrenchNameAdjective(word: string): boolean {
  return readsAsFrenchAdjective(word) && !endsAsFrenchParticiple(word);
}
