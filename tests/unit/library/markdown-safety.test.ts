/**
 * Markdown export injection (issue 13, item 9): text escaped in the article's HTML stays text in
 * the `.md`, and a link target cannot end early or start another link. Checked by rendering the
 * Markdown with markdown-it with raw HTML allowed (the most permissive common renderer setting).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { entryToMarkdown } from '../../../utils/library/export-format';
import { htmlToMarkdown } from '../../../utils/library/markdown';
import { entryFromArticle } from '../../../utils/model';
import { sampleAnalysis, sampleArticle } from './sample';

const md = new MarkdownIt({ html: true, linkify: false });
// One window for every parse: a JSDOM per call would make the property test take seconds.
const win = new JSDOM('').window;
const parse = (html: string) => new win.DOMParser().parseFromString(html, 'text/html');
const body = (html: string) => parse(`<body>${html}</body>`).body;
const toMd = (html: string) => htmlToMarkdown(body(html));

/** Elements and link targets in the HTML a renderer makes of the Markdown. */
function rendered(markdown: string): { tags: Set<string>; hrefs: string[]; text: string } {
  const doc = parse(md.render(markdown));
  const tags = new Set(Array.from(doc.body.querySelectorAll('*'), (e) => e.tagName.toLowerCase()));
  const hrefs = Array.from(
    doc.querySelectorAll('[href],[src]'),
    (e) => (e.getAttribute('href') ?? e.getAttribute('src')) as string,
  );
  return { tags, hrefs, text: doc.body.textContent ?? '' };
}

/** What the article HTML itself can make: the converter's own output elements. */
const SAFE_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em',
  'strong', 'a', 'img', 'hr', 'br',
]); // prettier-ignore

describe('Markdown export escapes what Markdown would act on', () => {
  it('keeps escaped HTML as text: no raw <script> in the .md or its rendering', () => {
    const out = toMd(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(out).not.toMatch(/(^|[^\\])<script/i);
    const r = rendered(out);
    expect([...r.tags].every((t) => SAFE_TAGS.has(t))).toBe(true);
    expect(r.tags.has('script')).toBe(false);
    expect(r.text).toContain('<script>alert(1)</script>');
  });

  it('a ) or ] in a link target cannot end it or start a new link', () => {
    const out = toMd(
      '<p><a href="https://a.example/x)[pwn](javascript:alert(1))">read</a> and ' +
        '<a href="https://b.example/a b&quot;c">two</a></p>',
    );
    const r = rendered(out);
    expect(r.hrefs).toHaveLength(2);
    expect(r.hrefs.every((h) => h.startsWith('https://'))).toBe(true);
    expect(r.text).not.toContain('pwn');
  });

  it('the title line and front matter cannot break out either', () => {
    const entry = entryFromArticle(
      sampleArticle({ title: '<script>x</script>\n---\nevil: true' }),
      sampleAnalysis(),
      0,
    );
    const out = entryToMarkdown(entry, (h) => body(h));
    const front = out.split('\n---\n')[0] ?? '';
    expect(front).not.toMatch(/^evil:/m);
    expect(rendered(out.slice(front.length + 5)).tags.has('script')).toBe(false);
  });

  it('property: any text and any link target give only the converter’s own elements', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'<>&"\'`*_[]()!|~#\\-+=.1 \n\tabcscriptjavascript:/'.split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(hostile, hostile, hostile, (text, href, alt) => {
        const doc = body('');
        const p = doc.ownerDocument.createElement('p');
        p.append(text);
        const a = doc.ownerDocument.createElement('a');
        a.setAttribute('href', `https://x.example/${href}`);
        a.append(alt);
        const img = doc.ownerDocument.createElement('img');
        img.setAttribute('src', `https://i.example/${href}`);
        img.setAttribute('alt', alt);
        p.append(a, text, img);
        doc.append(p);
        const r = rendered(htmlToMarkdown(doc));
        for (const t of r.tags) if (!SAFE_TAGS.has(t)) throw new Error(`raw <${t}> from ${text}`);
        for (const h of r.hrefs) {
          if (!/^https:\/\/[xi]\.example\//.test(h)) throw new Error(`link to ${h}`);
        }
        expect(r.hrefs.length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
