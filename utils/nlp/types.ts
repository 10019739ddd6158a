// The analysis types belong to the pure model; the NLP produces them.
export type { Analysis, Entities, Entity, EntityKind } from '../model/analysis';
