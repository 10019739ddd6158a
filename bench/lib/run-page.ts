/**
 * Run plain Readability and Tidings on the same parsed page and time both.
 *
 * Baseline, as a user runs it (Readability's README): `document.cloneNode(true)`, then
 * `new Readability(clone).parse()`, then `textContent`. Tidings: its whole `extractArticle`
 * (inert copy, readerability check, Readability, rules, sanitize, text).
 */
import { Readability } from '@mozilla/readability';
import type { JSDOM } from 'jsdom';
import { extractArticle, type ExtractResult } from '../../utils/extract';

export interface PageRun {
  readabilityText: string;
  readabilityMs: number;
  tidings: ExtractResult;
  tidingsText: string;
  tidingsMs: number;
}

export { parseHtml as parse } from './jsdom-page';

export function runPage(dom: JSDOM, url: string): PageRun {
  const doc = dom.window.document;
  let t = performance.now();
  let readabilityText: string;
  try {
    const clone = doc.cloneNode(true) as Document;
    readabilityText = new Readability(clone).parse()?.textContent ?? '';
  } catch {
    readabilityText = '';
  }
  const readabilityMs = performance.now() - t;
  t = performance.now();
  const tidings = extractArticle(doc, url);
  const tidingsMs = performance.now() - t;
  return {
    readabilityText,
    readabilityMs,
    tidings,
    tidingsText: tidings.isArticle ? tidings.text : '',
    tidingsMs,
  };
}
