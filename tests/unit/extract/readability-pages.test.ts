// @vitest-environment jsdom
/**
 * A selection of Mozilla Readability's own test pages (tests/fixtures/readability, Apache-2.0):
 * the clutter rules must keep the article text Readability's suite expects, and the metadata.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, blockText } from '../../../utils/extract';
import { keptShare } from '../../../bench/lib/metric';

const root = join(__dirname, '../../fixtures/readability');
const slugs = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory());
const URL = 'http://fakehost/test/page.html';

interface Metadata {
  title: string;
  dir?: string | null;
  lang?: string | null;
}

describe('Readability test pages', () => {
  it('has a small selection with its licence', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(join(root, 'LICENSE.md'), 'utf8')).toContain('Apache License');
    expect(readFileSync(join(root, 'NOTICE.txt'), 'utf8').length).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    it(`${slug}: keeps at least 98% of the expected article text`, () => {
      const dir = join(root, slug);
      const expectedDom = new JSDOM(readFileSync(join(dir, 'expected.html'), 'utf8'), { url: URL });
      const expected = blockText(expectedDom.window.document.body);
      const meta = JSON.parse(
        readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
      ) as Metadata;
      const dom = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url: URL });
      const result = extractArticle(dom.window.document, URL);
      if (!result.isArticle) throw new Error(`${slug}: not an article: ${result.reason}`);
      expect(keptShare(expected, result.text)).toBeGreaterThanOrEqual(0.98);
      expect(result.title).toBe(meta.title.trim());
      if (meta.dir === 'rtl') expect(result.dir).toBe('rtl');
    });
  }
});
