/**
 * The fixture article's text with block boundaries, for the NLP tests and benchmark. Uses the
 * extraction pipeline (`utils/extract`) when it is there; until then a stand-in: Readability's
 * content, one line per block, with the clutter after the story (hashtag wall, "Back to …" link,
 * "Sponsored Ads" block) cut off. `raw` keeps that clutter, to test that junk does not rank.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';

export const FIXTURE_PATH = new URL(
  '../../tests/fixtures/pages/nato-visit/source.html',
  import.meta.url,
);

export interface FixtureText {
  title: string;
  /** Cleaned article text, one block per line. */
  text: string;
  /** The same text before the clutter was cut (hashtags, sponsored block). */
  raw: string;
}

function blocksOf(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const out: string[] = [];
  for (const el of doc.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote')) {
    if (el.querySelector('p, li, h1, h2, h3, h4, h5, h6')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

/** Reads the fixture article as the extraction pipeline would hand it to `analyzeText`. */
export function fixtureText(): FixtureText {
  const html = readFileSync(FIXTURE_PATH, 'utf8');
  const dom = new JSDOM(html, { url: 'https://example.com/nato-visit' });
  const article = new Readability(dom.window.document).parse();
  if (!article?.content) throw new Error('Readability found no article in the fixture');
  const blocks = blocksOf(article.content);
  const raw = blocks.join('\n');
  const cut = blocks.findIndex((b) => /^#\w/.test(b) || /^Sponsored\b/i.test(b));
  const story = (cut < 0 ? blocks : blocks.slice(0, cut)).filter((b) => !/^Back to\b/.test(b));
  return { title: article.title ?? '', text: story.join('\n'), raw };
}
