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
}

/** Entities by type, each list ranked by salience (most important first). */
export interface Entities {
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
}

/** What the popup and the history show for an article. */
export interface Analysis {
  entities: Entities;
  /** Extractive summary: 3–5 sentences of the article, in article order. */
  summary: string[];
  /** Dates the article mentions ("October 21–22", "2014"), most repeated first. Optional: older stored analyses lack it. */
  dates?: Entity[];
  /** Figures with their unit or currency ("2 percent", "300,000 troops", "$1.2 million"). Optional, like `dates`. */
  figures?: Entity[];
}
