import type { Lang, PhraseGroup } from './phrases';

/** What a clutter rule sees besides the element itself. */
export interface RuleContext {
  /** Root of the article fragment (Readability's output). */
  root: Element;
  /** Length of the whole article text, to keep rules from removing most of the story. */
  rootTextLength: number;
  /** The article's title, to spot the headline repeated in the body. */
  title?: string;
  /** The article's byline, to spot an author line repeated after the story. */
  byline?: string;
  /** Host name of the page (`www.` dropped), to tell the site's own links from outside ones. */
  host?: string;
  /** Languages whose phrases apply to this page. */
  langs: ReadonlySet<Lang>;
  /** Set by the walk once a paragraph of prose has been seen (rules can tell "after the story"). */
  seenProse?: boolean;
}

/**
 * Limits a rule declares once, checked by the runner before `match` is called: a rule only ever
 * sees elements within them.
 */
export interface RuleLimits {
  /** At most this many words (and at least one). */
  maxWords?: number;
  /** At most this many characters of text (whitespace collapsed). */
  maxChars?: number;
  /** What the rule takes holds at most this share of the article's text: never the story itself. */
  maxShare?: number;
}

/** Compiled phrase groups of a rule, for the page's languages. */
export type PhraseTests<G extends string> = Readonly<Record<G, RegExp>>;

/**
 * One clutter rule: a name (reported with each removal, shown in the reader), its limits and
 * phrases as data, and a test. `match` returns the elements to remove together as one block
 * (usually `[el]`), or null to keep `el`.
 */
export interface ClutterRule<G extends string = string> {
  name: string;
  limits?: RuleLimits;
  /** Phrase groups per language; `match` receives them compiled for the page's languages. */
  phrases?: Readonly<Record<G, PhraseGroup>>;
  /**
   * The rule may look at figures (never at tables, quotes or code): video boxes and promo
   * images are figures. Other rules never see a story element.
   */
  figures?: boolean;
  /**
   * The rule also looks inside paragraphs and headings (a hover card in a sentence, an edit link
   * in a heading). Other rules judge a paragraph whole and never see its phrases.
   */
  phrasing?: boolean;
  match(el: Element, ctx: RuleContext, phrases: PhraseTests<G>): Element[] | null;
}

/** Type helper: a rule whose `match` knows its phrase group names. */
export function defineRule<G extends string = never>(rule: ClutterRule<G>): ClutterRule<G> {
  return rule;
}
