import { JSDOM } from 'jsdom';
import { extractArticle, type ExtractOptions } from '../../../utils/extract';
import type { Article, ExtractResult } from '../../../utils/extract/types';

/** A jsdom page at `url`, as the browser would give it to the content script. */
export function page(html: string, url = 'https://news.example/world/story'): JSDOM {
  return new JSDOM(html, { url });
}

/** Extract `html` as an article page; fails the test when it is not one. */
export function extract(html: string, url?: string, options?: ExtractOptions): Article {
  const result = extractFrom(html, url, options);
  if (!result.isArticle) throw new Error(`expected an article, got: ${result.reason}`);
  return result;
}

export function extractFrom(html: string, url?: string, options?: ExtractOptions): ExtractResult {
  const dom = page(html, url);
  return extractArticle(dom.window.document, dom.window.location.href, options);
}

/** Sentences long enough for Readability to see a story, with a topic word to find them by. */
export function storyParagraphs(topic: string, count = 6): string {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    out.push(
      `<p>Paragraph ${i} about ${topic}: the council met on Tuesday to discuss the new budget for the ` +
        `harbour district, and officials said the plan, which has been debated for months, would ` +
        `finally move ahead after residents, traders and local schools were consulted at length.</p>`,
    );
  }
  return out.join('\n');
}

/** A full news page around `body` (inside the article element). */
export function newsPage(body: string, title = 'Council backs harbour plan'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main><footer>© News Example</footer></body></html>`;
}
