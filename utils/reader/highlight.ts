/** A match of an entity name in a text: [start, end) offsets. */
export interface MentionRange {
  start: number;
  end: number;
}

/** No entity name is longer: the longest real ones are about 60 characters. */
export const MAX_NAME_CHARS = 200;
/** An entity's surface forms are a handful; more is not a name list. */
export const MAX_NAMES = 100;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the given names occur in a text, as whole words, longest name first so "Jens
 * Stoltenberg" wins over "Stoltenberg" at the same place. Ranges are sorted and never overlap.
 * Straight and curly apostrophes match each other ("NATO’s" contains "NATO").
 */
export function findMentions(text: string, names: readonly string[]): MentionRange[] {
  // Names come from the page (entity aliases, a stored or imported entry): bounded, so a hostile one
  // can't build a pattern too large to compile (a ~100 KB name threw "Regular expression too large").
  const unique = [
    ...new Set(
      names.map((n) => n.trim()).filter((n) => n.length > 1 && n.length <= MAX_NAME_CHARS),
    ),
  ]
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_NAMES);
  if (unique.length === 0) return [];
  const alternatives = unique.map((n) => escapeRegExp(n).replace(/['’]/g, "['’]"));
  // Word boundaries that understand letters beyond ASCII (names like "Škoda", "Zürich").
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const ranges: MentionRange[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    ranges.push({ start, end: start + match[0].length });
  }
  return ranges;
}

/** The attribute that marks our highlight elements, so they can be removed again. */
export const MENTION_ATTR = 'data-tidings-mention';

/** Remove earlier highlights, putting the text back as it was. */
export function clearMentions(root: Element | ShadowRoot): void {
  const marks = root.querySelectorAll(`mark[${MENTION_ATTR}]`);
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/**
 * Wrap each mention of the names in `root`'s text in `<mark data-tidings-mention>`. Matching runs
 * per text node (a name split by markup is not highlighted). Returns how many were marked.
 */
export function highlightMentions(root: Element | ShadowRoot, names: readonly string[]): number {
  clearMentions(root);
  const doc = root.ownerDocument ?? (root as Element).ownerDocument;
  if (!doc) return 0;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[hidden], script, style')) continue;
    textNodes.push(node as Text);
  }
  let count = 0;
  for (const node of textNodes) {
    const ranges = findMentions(node.data, names);
    // Wrap from the end so earlier offsets stay valid while splitting.
    for (let i = ranges.length - 1; i >= 0; i--) {
      const range = ranges[i];
      if (!range) continue;
      const tail = node.splitText(range.start);
      tail.splitText(range.end - range.start);
      const mark = doc.createElement('mark');
      mark.setAttribute(MENTION_ATTR, '');
      tail.parentNode?.insertBefore(mark, tail);
      mark.appendChild(tail);
      count++;
    }
  }
  return count;
}
