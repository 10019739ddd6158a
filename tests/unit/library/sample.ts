/** Test articles shaped like the extractor's output for a news page. */
import type { Article } from '../../../utils/extract/types';
import type { Analysis } from '../../../utils/nlp/types';

/**
 * A news article read at a tracking-parameter URL of its own site; a `canonicalUrl` given without a
 * `url` is read at that URL plus the tracking parameter (a page may only name its own site's URL).
 */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  const readAt =
    overrides.url ??
    (overrides.canonicalUrl ? `${overrides.canonicalUrl}?utm_source=feed` : undefined);
  return {
    isArticle: true,
    url: readAt ?? 'https://news.example.org/world/nato-visit?utm_source=feed',
    canonicalUrl: 'https://news.example.org/world/nato-visit',
    title: 'Stoltenberg visits Vilnius ahead of NATO summit',
    byline: 'By Anna Berg',
    siteName: 'Example News',
    publishedTime: '2023-07-10T08:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The NATO Secretary-General arrived in Vilnius on Monday.',
    contentHtml:
      '<div><h2>Arrival</h2><p>NATO Secretary-General <b>Jens Stoltenberg</b> arrived in Vilnius on Monday.</p><p>He met President Gitanas Nausėda.</p></div>',
    text: 'Arrival\nNATO Secretary-General Jens Stoltenberg arrived in Vilnius on Monday.\nHe met President Gitanas Nausėda.',
    wordCount: 17,
    readingMinutes: 1,
    removed: [],
    ...overrides,
  };
}

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    entities: {
      people: [
        { name: 'Jens Stoltenberg', mentions: 2, aliases: ['Stoltenberg'] },
        { name: 'Gitanas Nausėda', mentions: 1, aliases: [] },
      ],
      organizations: [
        { name: 'NATO', mentions: 2, aliases: ['North Atlantic Treaty Organization'] },
      ],
      places: [{ name: 'Vilnius', mentions: 2, aliases: [] }],
    },
    summary: [
      'NATO Secretary-General Jens Stoltenberg arrived in Vilnius on Monday.',
      'He met President Gitanas Nausėda.',
    ],
    ...overrides,
  };
}
