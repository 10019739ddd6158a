// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../utils/extract';

const source = readFileSync(join(__dirname, '../../fixtures/pages/nato-visit/source.html'));

describe('extractArticle and the live page', () => {
  it('leaves the live document exactly as it was', () => {
    const dom = new JSDOM(source, { url: 'https://globalledger.example/international/nato' });
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const nodesBefore = doc.getElementsByTagName('*').length;
    const result = extractArticle(doc, dom.window.location.href);
    expect(result.isArticle).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementsByTagName('*').length).toBe(nodesBefore);
    // The page keeps its clutter; only the extracted article loses it.
    expect(doc.body.textContent).toContain('Sponsored Ads');
  });

  it('returns no node of the live document inside the article HTML', () => {
    const dom = new JSDOM(source, { url: 'https://globalledger.example/international/nato' });
    const result = extractArticle(dom.window.document, dom.window.location.href);
    if (!result.isArticle) throw new Error(result.reason);
    expect(typeof result.contentHtml).toBe('string');
    expect(result.contentHtml).not.toMatch(/<script|onerror=|onclick=/i);
  });
});
