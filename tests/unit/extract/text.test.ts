// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { blockText, countWords, readingMinutes } from '../../../utils/extract/text';

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe('blockText', () => {
  it('keeps a line break between blocks where textContent glues them', () => {
    const el = body(
      '<h2>Step 1</h2><p>Measure the <b>flour</b>.</p><ul><li>Salt</li><li>Water</li></ul>',
    );
    expect(el.textContent).toContain('Step 1Measure');
    expect(blockText(el)).toBe('Step 1\nMeasure the flour.\nSalt\nWater');
  });

  it('keeps preformatted lines, breaks at <br>, and skips hidden blocks and scripts', () => {
    const el = body('<p>One<br>Two</p><pre>a\n  b</pre><div hidden>gone</div><script>x()</script>');
    expect(blockText(el)).toBe('One\nTwo\na\nb');
  });
});

describe('word count and reading time', () => {
  it('counts words and gives at least one minute', () => {
    expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('plain Readability on the fixture page', () => {
  it('keeps the clutter Tidings removes (why the rules exist)', () => {
    const source = readFileSync(join(__dirname, '../../fixtures/pages/nato-visit/source.html'));
    const dom = new JSDOM(source, { url: 'https://globalledger.example/international/nato' });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    expect(text).toContain('#NATO');
    expect(text).toContain('Back to Internatioanl');
    expect(text).toContain('Sponsored Ads');
  });
});
