import { defineRule } from './types';
import { tagOf, textOf } from './dom';

const HASHTAG = /^#[\p{L}\p{N}_]+[,.;:]?$/u;

/** At least 3 hashtags making at least 60% of the words: a wall, not a sentence with a `#tag`. */
function isWall(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  let tags = 0;
  for (const w of words) if (HASHTAG.test(w)) tags++;
  return tags >= 3 && tags >= 0.6 * words.length;
}

const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'SPAN', 'H5', 'H6']);

/**
 * Hashtag walls: a paragraph, list or line made mostly of `#tags` (social-media style tag clouds
 * pasted after stories). Inside a paragraph split by `<br>`, only the hashtag line goes.
 */
export const hashtagWall = defineRule({
  name: 'hashtag-wall',
  limits: { maxChars: 4000 },
  match(el) {
    if (!LINE_TAGS.has(tagOf(el))) return null;
    const text = textOf(el);
    if (!text.includes('#')) return null;
    if (isWall(text)) return [el];
    if (tagOf(el) !== 'P' || !el.querySelector('br')) return null;
    return wallLine(el);
  },
});

/** The `<br>`-separated line of `p` that is a hashtag wall, wrapped in a span so it can go alone. */
function wallLine(p: Element): Element[] | null {
  let segment: ChildNode[] = [];
  const segments: ChildNode[][] = [segment];
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === 1 && tagOf(node as Element) === 'BR') {
      segment.push(node);
      segment = [];
      segments.push(segment);
    } else segment.push(node);
  }
  for (const seg of segments) {
    const text = seg.map((n) => n.textContent ?? '').join(' ');
    if (!isWall(text)) continue;
    const span = p.ownerDocument.createElement('span');
    seg[0]?.before(span);
    span.append(...seg);
    return [span];
  }
  return null;
}
