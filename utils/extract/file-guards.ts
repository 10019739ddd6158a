/**
 * Checks on a saved page's bytes before a tool parses them with jsdom (the command-line tool):
 * not HTML at all, or markup nested so deep that parsing alone takes seconds. Kept apart from
 * `page-guards.ts`, which the reader injects into pages: none of this goes there.
 */

/** Start tags that close themselves or are closed implicitly: they never make markup deeper. */
const FLAT_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track',
  'wbr', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'rb', 'rt', 'rp', 'param', 'keygen', 'html', 'head', 'body',
]); // prettier-ignore

/**
 * How deep the markup nests and how many elements it opens, estimated from the tags alone (no
 * parsing): for tools that parse pages with jsdom, whose parser slows down sharply with depth
 * (6,000 levels: 6 s), whose copy overflows the stack, and under which Readability's time grows
 * with the square of the number of sibling blocks (2,000: 2.3 s; 10,000: 24 s; Chromium is far
 * faster). Tags closed implicitly (`<p>`, `<li>`…) add no depth, so the depth errs low, never
 * high, on ordinary pages. Stops counting once either passes its limit.
 */
export function markupSize(
  html: string,
  limits: { depth: number; elements: number } = { depth: Infinity, elements: Infinity },
): { depth: number; elements: number } {
  const start = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
  const rawEnd = { script: /<\/script/gi, style: /<\/style/gi, textarea: /<\/textarea/gi };
  let depth = 0;
  let max = 0;
  let elements = 0;
  // One pass with indexOf and sticky/global regexes from a position: linear in the page size.
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    start.lastIndex = i;
    const m = start.exec(html);
    if (!m) {
      i++;
      continue;
    }
    const close = html.indexOf('>', start.lastIndex);
    if (close < 0) break;
    i = close + 1;
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      if (!FLAT_TAGS.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > limits.elements) break;
    const raw = rawEnd[name as keyof typeof rawEnd];
    if (raw) {
      // Script, style and textarea content is text: skip to the end tag (none: the rest is text).
      raw.lastIndex = i;
      if (!raw.exec(html)) break;
      i = raw.lastIndex;
      continue;
    }
    if (FLAT_TAGS.has(name) || html[close - 1] === '/') continue;
    if (++depth > max) {
      max = depth;
      if (max > limits.depth) break;
    }
  }
  return { depth: max, elements };
}

/** `markupSize`'s depth alone. */
export function markupDepth(html: string, limit = Infinity): number {
  return markupSize(html, { depth: limit, elements: Infinity }).depth;
}

/** What a file is when it is not HTML, by its first bytes (PDF, images, archives), else null. */
export function sniffNotHtml(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive';
  if (starts(0x1f, 0x8b)) return 'a gzip archive';
  return null;
}
