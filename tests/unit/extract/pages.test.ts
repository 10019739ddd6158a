// @vitest-environment jsdom
/**
 * Page fixtures: `tests/fixtures/pages/<name>/source.html` + `expected.json`, like Readability's
 * own test pages. A missing expected.json fails; it is never created.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../utils/extract';

interface Expected {
  url: string;
  isArticle: boolean;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  canonicalUrl?: string | null;
  /** Every one must be a whole line of the article text. */
  paragraphs?: string[];
  mustContain?: string[];
  mustNotContain?: string[];
  /** Each rule must have removed at least one block. */
  removedRules?: string[];
}

const root = join(__dirname, '../../fixtures/pages');
const names = readdirSync(root).filter((n) => existsSync(join(root, n, 'source.html')));

describe('page fixtures', () => {
  it('finds the fixtures', () => {
    expect(names).toContain('nato-visit');
  });

  for (const name of names) {
    it(name, () => {
      const expectedPath = join(root, name, 'expected.json');
      expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      const dom = new JSDOM(readFileSync(join(root, name, 'source.html')), { url: expected.url });
      const result = extractArticle(dom.window.document, expected.url);

      expect(result.isArticle).toBe(expected.isArticle);
      if (!result.isArticle) return;
      for (const key of [
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'dir',
        'canonicalUrl',
      ] as const) {
        if (expected[key] !== undefined) expect(result[key], key).toBe(expected[key]);
      }
      const lines = new Set(result.text.split('\n'));
      for (const p of expected.paragraphs ?? []) {
        expect(lines.has(p), `paragraph kept: ${p.slice(0, 60)}…`).toBe(true);
      }
      for (const s of expected.mustContain ?? []) expect(result.text).toContain(s);
      for (const s of expected.mustNotContain ?? []) {
        expect(result.text).not.toContain(s);
        expect(result.contentHtml).not.toContain(s);
      }
      const rules = new Set(result.removed.map((r) => r.rule));
      for (const r of expected.removedRules ?? [])
        expect(rules, `rule ${r} removed something`).toContain(r);
      // Each removed block leaves a hidden placeholder so the reader can restore it in place.
      for (const r of result.removed) {
        expect(result.contentHtml).toContain(`data-tidings-removed="${r.id}"`);
      }
    });
  }
});
