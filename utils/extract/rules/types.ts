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
  /** Set by the walk once a paragraph of prose has been seen (rules can tell "after the story"). */
  seenProse?: boolean;
}

/**
 * One clutter rule: a name (reported with each removal, shown in the reader) and a test. `match`
 * returns the elements to remove together as one block (usually `[el]`), or null to keep `el`.
 */
export interface ClutterRule {
  name: string;
  match(el: Element, ctx: RuleContext): Element[] | null;
}
