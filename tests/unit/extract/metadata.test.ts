// @vitest-environment jsdom
/**
 * Header fields as a reader sees them: the headline without the site's name, a byline that names
 * a person, and the site's own name rather than a section label.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, fitsSite, siteLabel } from '../../../utils/extract/metadata';
import { extract, storyParagraphs } from './helpers';

function page(head: string, url: string, byline = ''): ReturnType<typeof extract> {
  return extract(
    `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Harbour plan</h1>${byline}${storyParagraphs('the harbour', 5)}</article></body></html>`,
    url,
  );
}

describe('title', () => {
  it('drops the site name the page title ends with', () => {
    expect(
      cleanTitle('Disney+ glitches blamed on heavy demand - Los Angeles Times', {
        names: ['Los Angeles Times'],
        url: 'https://www.latimes.com/x',
      }),
    ).toBe('Disney+ glitches blamed on heavy demand');
    expect(
      cleanTitle('South Dakota doubles down on its campaign | TheHill', {
        names: [],
        url: 'https://thehill.com/x',
      }),
    ).toBe('South Dakota doubles down on its campaign');
    expect(
      cleanTitle('Mozilla - Wikipedia', {
        names: ['Wikipedia'],
        url: 'https://en.wikipedia.org/wiki/Mozilla',
      }),
    ).toBe('Mozilla');
  });

  it('drops the author’s name the page title ends with', () => {
    expect(
      cleanTitle('‘What is the sea telling us?’: Māori tribes fearful | Eleanor Ainge Roy', {
        names: ['the Guardian'],
        byline: 'Eleanor Ainge Roy',
        url: 'https://www.theguardian.com/x',
      }),
    ).toBe('‘What is the sea telling us?’: Māori tribes fearful');
  });

  it('keeps a section in front, a subtitle and a title that is all headline', () => {
    const url = 'https://www.nytimes.com/x';
    expect(cleanTitle('Opinion | Republicans Are Following Trump', { names: [], url })).toBe(
      'Opinion | Republicans Are Following Trump',
    );
    expect(
      cleanTitle('Friday Facts #282 - 0.17 in sight', {
        names: ['Factorio.com'],
        url: 'http://fakehost/x',
      }),
    ).toBe('Friday Facts #282 - 0.17 in sight');
    expect(
      cleanTitle('Chapter 2 - Super Supportive', {
        names: ['Royal Road'],
        url: 'https://www.royalroad.com/x',
      }),
    ).toBe('Chapter 2 - Super Supportive');
  });

  it('cleans the title of an extracted page', () => {
    const a = page(
      '<title>Council backs harbour plan - News Example</title><meta property="og:site_name" content="News Example">',
      'https://www.newsexample.com/2024/harbour',
    );
    expect(a.title).toBe('Council backs harbour plan');
  });
});

describe('byline', () => {
  it('is none when it only repeats the site’s name', () => {
    expect(
      cleanByline('BBC News', { site: 'BBC News', url: 'https://www.bbc.com/news/x' }),
    ).toBeNull();
    expect(cleanByline('CBS News', { site: null, url: 'https://www.cbsnews.com/x' })).toBeNull();
  });
  it('drops a date glued to it and the site after a comma', () => {
    expect(
      cleanByline('Associated Press November 19, 2019, 9:02 AM', {
        site: 'Sportsnet.ca',
        url: 'https://www.sportsnet.ca/x',
      }),
    ).toBe('Associated Press');
    expect(
      cleanByline('Charlie Wood, Business Insider', {
        site: 'Business Insider',
        url: 'https://www.businessinsider.com/x',
      }),
    ).toBe('Charlie Wood');
    expect(
      cleanByline('April 28, 2019 at 6:01 am', { site: null, url: 'https://x.example/' }),
    ).toBeNull();
  });
  it('keeps a person, and an agency on another site', () => {
    expect(cleanByline('Jane Doe', { site: 'BBC News', url: 'https://www.bbc.com/x' })).toBe(
      'Jane Doe',
    );
    expect(cleanByline('Reuters', { site: 'VentureBeat', url: 'https://venturebeat.com/x' })).toBe(
      'Reuters',
    );
  });
});

describe('site name', () => {
  it('takes the publisher over a section label in og:site_name', () => {
    const a = page(
      '<title>Oil falls - Reuters</title><meta property="og:site_name" content="U.S."><meta name="twitter:site" content="@Reuters">',
      'https://www.reuters.com/article/oil',
    );
    expect(a.siteName).toBe('Reuters');
    const b = page(
      '<title>Tories under fire | Hosted</title><meta property="og:site_name" content="Hosted"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Associated Press"}}</script>',
      'https://hosted.ap.org/article/tories',
    );
    expect(b.siteName).toBe('The Associated Press');
  });
  it('takes the name the site gives itself over a parent company in the structured data', () => {
    const a = page(
      '<title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script>',
      'https://en.wikipedia.org/wiki/Hermitian_matrix',
    );
    expect(a.siteName).toBe('Wikipedia');
    // Away from its own address the publisher still names the page's source.
    const b = page(
      '<title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script>',
      'https://mirror.example/wiki/Hermitian_matrix',
    );
    expect(b.siteName).toBe('Wikimedia Foundation, Inc.');
  });
  it('keeps og:site_name when it names the site', () => {
    const a = page(
      '<meta property="og:site_name" content="The Guardian">',
      'https://www.theguardian.com/x',
    );
    expect(a.siteName).toBe('The Guardian');
  });
  it('matches names to addresses', () => {
    expect(siteLabel('https://www.bbc.co.uk/news')).toBe('bbc');
    expect(siteLabel('https://hosted.ap.org/x')).toBe('ap');
    expect(fitsSite('Associated Press', 'ap')).toBe(true);
    expect(fitsSite('Los Angeles Times', 'latimes')).toBe(true);
    expect(fitsSite('U.S.', 'reuters')).toBe(false);
    expect(fitsSite('Hosted', 'ap')).toBe(false);
  });
});

describe('a page that changes under the same document', () => {
  it('a single-page app’s next story is read afresh: its own address and site name', async () => {
    const { extractArticle } = await import('../../../utils/extract');
    const url = 'https://news.example/2026/first-story';
    document.documentElement.innerHTML = `<head><title>First story</title><link rel="canonical" href="${url}"><meta property="og:site_name" content="Example News"></head><body><article><h1>First story</h1>${storyParagraphs('the first story', 5)}</article></body>`;
    const first = extractArticle(document, url);
    // The app swaps the story in place (history API): same document, new head and body.
    const next = 'https://news.example/2026/second-story';
    document.querySelector('link[rel=canonical]')!.setAttribute('href', next);
    document.querySelector('meta')!.setAttribute('content', 'Example News Daily');
    document.querySelector('article')!.innerHTML =
      `<h1>Second story</h1>${storyParagraphs('the second story', 5)}`;
    const second = extractArticle(document, next);
    expect(first.isArticle && first.canonicalUrl).toBe(url);
    expect(second.isArticle && second.canonicalUrl).toBe(next);
    expect(second.isArticle && second.siteName).toBe('Example News Daily');
  });
});
