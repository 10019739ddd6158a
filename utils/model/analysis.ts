/**
 * What the NLP makes of an article: its key entities by kind and a short summary. Pure types and
 * the one list of entity kinds: a new kind is one edit here (plus its library migration).
 */

/** The kinds of entity Tidings finds, in the order every surface shows them. */
export const ENTITY_KINDS = ['people', 'organizations', 'places'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A named entity of the article: one entry per real-world thing, aliases merged. */
export interface Entity {
  /** Canonical (longest, title-stripped) name, e.g. "Jens Stoltenberg". */
  name: string;
  /** Mentions across all its aliases. */
  mentions: number;
  /** Other surface forms seen in the text, e.g. ["Stoltenberg", "NATO Secretary-General Jens Stoltenberg"]. */
  aliases: string[];
  /**
   * How the article mostly calls it, when that is an acronym used far more than the full name
   * ("NATO" for "North Atlantic Treaty Organization"); absent otherwise. For display only.
   */
  label?: string;
  /**
   * Salience, 1–100, relative to the article's most salient entity of any kind (100). Lists are in
   * the order of this score: the title and the lead weigh more than later mentions, so an entity can
   * rank above one mentioned more often. Optional: older stored analyses lack it.
   */
  score?: number;
}

/** Entities by kind, each list ranked by salience (most important first). */
export type Entities = Record<EntityKind, Entity[]>;

/** What the popup and the history show for an article. */
export interface Analysis {
  entities: Entities;
  /** Extractive summary: a few sentences of the article, in article order. */
  summary: string[];
  /** Dates the article mentions ("October 21–22", "2014"), most repeated first. Optional: older stored analyses lack it. */
  dates?: Entity[];
  /** Figures with their unit or currency ("2 percent", "300,000 troops", "$1.2 million"). Optional, like `dates`. */
  figures?: Entity[];
  /**
   * The language the article was read as, ISO 639-1 ("en", "fr"), "und" when unknown: the page's
   * `lang` unless the text clearly reads as another. Optional: older stored analyses lack it.
   */
  language?: string;
  /**
   * False when the entity finder does not read this language (the lists are then empty because they
   * were not looked for, not because the article names no one): the popup says so instead of "No
   * people found". Absent means true (older stored analyses).
   */
  entitiesSupported?: boolean;
}

/** No entity of any kind. */
export function emptyEntities(): Entities {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, []])) as unknown as Entities;
}
