/**
 * The fixture article's text with block boundaries, as the extraction pipeline (`utils/extract`)
 * hands it to `analyzeText`: `text` with the clutter rules applied, `raw` without them (so it still
 * holds the hashtag wall and the sponsored block, to test that such junk does not rank).
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';

export const FIXTURE_PATH = new URL(
  '../../tests/fixtures/pages/nato-visit/source.html',
  import.meta.url,
);

export interface FixtureText {
  title: string;
  /** Cleaned article text, one block per line. */
  text: string;
  /** The article text before the clutter rules (hashtags, sponsored block still in). */
  raw: string;
}

function extract(html: string, rules: boolean): { title: string; text: string } {
  const dom = new JSDOM(html, { url: 'https://news.example/world/nato-visit' });
  const result = extractArticle(dom.window.document, dom.window.location.href, { rules });
  if (!result.isArticle) throw new Error(`fixture is not an article: ${result.reason}`);
  return result;
}

/** Reads the fixture article through the extraction pipeline. */
export function fixtureText(): FixtureText {
  const html = readFileSync(FIXTURE_PATH, 'utf8');
  const clean = extract(html, true);
  return { title: clean.title, text: clean.text, raw: extract(html, false).text };
}
