/** Shared shapes of the entity finder: mentions, groups of mentions, evidence for each kind. */
import type { Entity } from '../types';

export type Kind = 'PER' | 'ORG' | 'LOC';
export type Evidence = Record<Kind, number>;

/** One occurrence of a name in the text, titles already stripped. */
export interface Mention {
  words: string[];
  text: string;
  sentence: number;
  evidence: Evidence;
  /** Had a person's title in front ("President Biden"). */
  titled: boolean;
  /** The acronym defined right after it: "New York State Attorney General (NYAG)". */
  defines?: string;
  /** Cited as a source: "told Reuters", "according to Bloomberg", "(AP)". */
  source?: boolean;
}

/** Mentions with the same folded name, then whole alias clusters. */
export interface Group {
  key: string;
  words: string[];
  mentions: Mention[];
  evidence: Evidence;
  /** Evidence from word lists and name shape, as opposed to context. */
  strong: number;
}

/** A ranked entity with its type, as the benchmark and the popup need it. */
export interface TypedEntity extends Entity {
  kind: Kind;
  salience: number;
}

/** How a line reads: a sentence, an ALL-CAPS headline, a Title Case heading, or a results table row. */
export type LineKind = 'text' | 'caps' | 'title' | 'table' | 'dateline';

export const zero = (): Evidence => ({ PER: 0, ORG: 0, LOC: 0 });
export const lettersOf = (w: string): string => w.replace(/[.\s]/g, '');
