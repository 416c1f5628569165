// Entities: gazetteer, rules and the sequence tagger, merged and linked to canonical ids.
import type { EntityMention, Lang } from '../types';

export interface EntityContext {
  lang: Lang;
}

/** Every entity mention of the text, in text order, spans not overlapping. */
export function extractEntities(text: string, ctx: EntityContext): EntityMention[] {
  void text;
  void ctx;
  return []; // placeholder until the entity layer lands
}
