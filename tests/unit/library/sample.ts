/** Test articles shaped like the extractor's output for a news page. */
import type { Article } from '../../../utils/extract/types';
import type { Analysis } from '../../../utils/nlp/types';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    url: 'http://127.0.0.1:8080/news/nato-visit?utm_source=feed',
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
