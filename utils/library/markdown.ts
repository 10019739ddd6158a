/**
 * Clean article HTML (already sanitized by the extractor) to Markdown, for the Markdown export.
 * Walks a DOM the caller parsed (DOMParser in the page, jsdom in tests); covers what a cleaned
 * article contains: headings, paragraphs, lists, quotes, links, emphasis, code, images, rules.
 */

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
  'TABLE',
  'TR',
]);

/**
 * Text as Markdown shows it literally: every character Markdown (or the HTML it allows) would act
 * on is backslash-escaped, so `&lt;script&gt;` in the article stays text, never a raw `<script>`.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&!|~#]/g, '\\$&');
}

/** Escape what would start a block at the start of a line (`1. `, `- `, `+ `, `= `, `> `). */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3').replace(/^(\s*)([-+=])/gm, '$1\\$2');
}

/**
 * A link or image target that cannot end early or start another link: spaces, brackets, quotes,
 * parentheses and backslashes are percent-encoded.
 */
export function linkTarget(url: string): string {
  return url.replace(/[\s()<>[\]"'`\\]/g, (c) =>
    Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeInline((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = (): string => Array.from(el.childNodes, inline).join('');
  switch (el.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B': {
      const t = inner().trim();
      return t ? `**${t}**` : '';
    }
    case 'EM':
    case 'I': {
      const t = inner().trim();
      return t ? `*${t}*` : '';
    }
    case 'CODE': {
      // A code span shows its content literally; only a backtick could end it.
      const code = (el.textContent ?? '').replace(/`/g, '').replace(/\s+/g, ' ');
      return code.trim() ? `\` ${code} \`` : '';
    }
    case 'A': {
      const href = el.getAttribute('href');
      const t = inner().trim();
      return href && /^https?:/i.test(href)
        ? `[${t || escapeInline(href)}](${linkTarget(href)})`
        : t;
    }
    case 'IMG': {
      const src = el.getAttribute('src');
      return src && /^https?:/i.test(src)
        ? `![${escapeInline(el.getAttribute('alt') ?? '')}](${linkTarget(src)})`
        : '';
    }
    default:
      return inner();
  }
}

function blocks(node: Node, out: string[], listDepth: number): void {
  let buffer = '';
  const flush = (): void => {
    const t = escapeLineStart(buffer.replace(/[ \t]+/g, ' ').trim());
    if (t) out.push(t);
    buffer = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) {
      buffer += inline(child);
      continue;
    }
    const el = child as Element;
    const tag = el.tagName;
    const heading = /^H([1-6])$/.exec(tag);
    if (heading) {
      flush();
      out.push(`${'#'.repeat(Number(heading[1]))} ${inline(el).trim()}`);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const items: string[] = [];
      let n = 1;
      for (const li of Array.from(el.children)) {
        if (li.tagName !== 'LI') continue;
        const inner: string[] = [];
        blocks(li, inner, listDepth + 1);
        const marker = tag === 'OL' ? `${n++}.` : '-';
        const pad = '  '.repeat(listDepth);
        items.push(`${pad}${marker} ${inner.join('\n').replace(/\n/g, `\n${pad}  `)}`);
      }
      if (items.length) out.push(items.join('\n'));
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      const inner: string[] = [];
      blocks(el, inner, 0);
      out.push(inner.map((b) => b.replace(/^/gm, '> ')).join('\n>\n'));
    } else if (tag === 'PRE') {
      flush();
      out.push(`\`\`\`\n${(el.textContent ?? '').replace(/```/g, '')}\n\`\`\``);
    } else if (tag === 'HR') {
      flush();
      out.push('---');
    } else if (tag === 'FIGCAPTION') {
      flush();
      const t = inline(el).trim();
      if (t) out.push(`*${t}*`);
    } else if (BLOCKS.has(tag) || tag === 'LI' || tag === 'TD' || tag === 'TH') {
      flush();
      blocks(el, out, listDepth);
    } else if (el.hasAttribute('hidden')) {
      continue;
    } else {
      buffer += inline(el);
    }
  }
  flush();
}

/** Markdown of the article DOM, blocks separated by blank lines. */
export function htmlToMarkdown(root: ParentNode): string {
  const out: string[] = [];
  blocks(root as unknown as Node, out, 0);
  return out.join('\n\n');
}
