// Facts: link each figure to the entity it describes, with a predicate.
import type { EntityMention, Fact, Figure, Lang } from '../types';

export interface FactContext {
  lang: Lang;
}

export function linkFacts(text: string, entities: EntityMention[], figures: Figure[], ctx: FactContext): Fact[] {
  void text;
  void entities;
  void figures;
  void ctx;
  return []; // placeholder until the fact linker lands
}
