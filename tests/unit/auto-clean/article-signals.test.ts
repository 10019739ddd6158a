import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  addressKind,
  decideArticle,
  decidePage,
  declaredAs,
  pageSignals,
  structuredData,
} from '../../../utils/auto-clean/article-signals';

// The article / not-article decision of automatic clean view, on the fixture article, on
// Mozilla Readability's test pages (real news and blog pages) and on the pages a news site has
// besides its articles. `site`: the reader chose the site; `news`: "every news article".

const ORIGIN = 'https://www.daily.example';
const READABILITY_URL = 'http://fakehost/test/page.html';

function load(file: string, url: string): { doc: Document; location: URL } {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url });
  return { doc: dom.window.document, location: new URL(url) };
}

const own = (name: string) => `tests/fixtures/auto-clean/${name}.html`;
const readability = (name: string) => `tests/fixtures/readability/${name}/source.html`;

// [what, file, address, opens in site mode, opens in news mode]
const CASES: Array<[string, string, string, boolean, boolean]> = [
  // Articles.
  [
    'the fixture article (og:type article)',
    'tests/fixtures/pages/nato-visit/source.html',
    'https://globalledger.example/international/nato-visit',
    true,
    false,
  ],
  [
    'an article declared only in the body (JSON-LD @graph)',
    own('article-jsonld-body'),
    `${ORIGIN}/2024/06/10/council-passes-budget`,
    true,
    true,
  ],
  [
    'an article with no structured data (readerable)',
    own('article-plain'),
    `${ORIGIN}/2024/06/10/council-passes-budget`,
    true,
    false,
  ],
  ['a live blog', own('live-blog'), `${ORIGIN}/live/2024/06/10/budget-night`, true, true],
  [
    'a paywalled story with its text (a subscriber)',
    own('paywall-subscriber'),
    `${ORIGIN}/2024/06/10/council-passes-budget`,
    true,
    true,
  ],
  [
    'a blog post (og:type article, not news)',
    own('blog-post'),
    'https://blog.example/2024/my-weekend-in-town',
    true,
    false,
  ],
  [
    'an article whose JSON-LD is broken (readerable)',
    own('broken-jsonld'),
    `${ORIGIN}/2024/06/10/council-passes-budget`,
    true,
    false,
  ],
  ['bbc-1 (JSON-LD Article)', readability('bbc-1'), READABILITY_URL, true, false],
  ['nytimes-1 (microdata NewsArticle)', readability('nytimes-1'), READABILITY_URL, true, true],
  ['ars-1 (microdata NewsArticle)', readability('ars-1'), READABILITY_URL, true, true],
  ['la-nacion (microdata NewsArticle)', readability('la-nacion'), READABILITY_URL, true, true],
  ['lazy-image-1 (JSON-LD NewsArticle)', readability('lazy-image-1'), READABILITY_URL, true, true],
  ['herald-sun-1 (og:type article)', readability('herald-sun-1'), READABILITY_URL, true, false],
  ['medium-1 (microdata Article)', readability('medium-1'), READABILITY_URL, true, false],
  ['wordpress (og:type article)', readability('wordpress'), READABILITY_URL, true, false],
  ['002 (no structured data, readerable)', readability('002'), READABILITY_URL, true, false],
  ['rtl-1 (no structured data, readerable)', readability('rtl-1'), READABILITY_URL, true, false],
  // Left alone.
  [
    'mozilla-1 (a product page, og:type website)',
    readability('mozilla-1'),
    READABILITY_URL,
    false,
    false,
  ],
  ['the home page', own('home'), `${ORIGIN}/`, false, false],
  ['an edition home page', own('home'), `${ORIGIN}/en/`, false, false],
  ['a section front (og:type website)', own('section-front'), `${ORIGIN}/world`, false, false],
  [
    'a section front at a deeper address',
    own('section-front'),
    `${ORIGIN}/news/world/europe`,
    false,
    false,
  ],
  [
    'a section front declaring an ItemList of NewsArticles',
    own('section-front-itemlist'),
    `${ORIGIN}/local/2024/city-news`,
    false,
    false,
  ],
  [
    'the e2e section index',
    'tests/e2e/pages/section-index/source.html',
    'https://globalledger.example/international',
    false,
    false,
  ],
  ['a tag page (CollectionPage)', own('tag'), `${ORIGIN}/tag/budget`, false, false],
  [
    'a tag page known by its address only',
    own('article-plain'),
    `${ORIGIN}/topics/budget-2024`,
    false,
    false,
  ],
  ['a search page', own('search'), `${ORIGIN}/search?q=budget`, false, false],
  ['a search by query parameter', own('article-plain'), `${ORIGIN}/results?q=budget`, false, false],
  ['an author page (ProfilePage)', own('author'), `${ORIGIN}/people/jane-doe`, false, false],
  [
    'an author page at an article-like address',
    own('author'),
    `${ORIGIN}/2024/jane-doe-our-city-reporter`,
    false,
    false,
  ],
  ['a login page (password form)', own('login'), `${ORIGIN}/welcome-back-reader`, false, false],
  ['a login page by its address', own('article-plain'), `${ORIGIN}/account/sign-in`, false, false],
  [
    'a paywall (NewsArticle, no text on the page)',
    own('paywall'),
    `${ORIGIN}/2024/06/10/council-passes-budget`,
    false,
    false,
  ],
  [
    'a short page (not readerable)',
    own('short-page'),
    `${ORIGIN}/2024/contact-the-newsroom`,
    false,
    false,
  ],
];

describe('which pages automatic clean view opens', () => {
  it.each(CASES)('%s', (_what, file, url, inSite, inNews) => {
    const { doc, location } = load(file, url);
    const site = decidePage(doc, location, 'site');
    const news = decidePage(doc, location, 'news');
    expect({ site: site.article, news: news.article }, `${site.why} / ${news.why}`).toEqual({
      site: inSite,
      news: inNews,
    });
  });

  it('after a single-page app’s navigation, believes only a head that says article', () => {
    // The app drew a story but left the front page's head (og:type website, an ItemList).
    const { doc } = load(own('section-front-itemlist'), `${ORIGIN}/`);
    doc.querySelector('main')!.innerHTML = load(own('article-plain'), ORIGIN).doc.querySelector(
      'main',
    )!.innerHTML;
    const story = new URL(`${ORIGIN}/2024/06/10/council-passes-budget`);
    expect(decidePage(doc, story, 'site').article).toBe(false);
    expect(decidePage(doc, story, 'site', { afterNavigation: true }).article).toBe(true);
    expect(decidePage(doc, story, 'news', { afterNavigation: true }).article).toBe(false);
  });

  it('reads the live page only', () => {
    const { doc, location } = load(own('article-jsonld-body'), `${ORIGIN}/2024/06/10/a`);
    const before = doc.documentElement.outerHTML;
    decidePage(doc, location, 'site');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('what a page declares', () => {
  it('reads JSON-LD at the top level, in @graph and a page’s mainEntity, never list items', () => {
    const data = structuredData(load(own('home'), `${ORIGIN}/`).doc);
    expect(data.types).toEqual(['website', 'itemlist']);
    expect(declaredAs(data)).toBe('listing');
    const author = structuredData(load(own('author'), `${ORIGIN}/a`).doc);
    expect(author.types).toEqual(['profilepage', 'person']);
  });

  it('reads top-level microdata and og:type', () => {
    const data = structuredData(load(readability('nytimes-1'), READABILITY_URL).doc);
    expect(data.types).toContain('newsarticle');
    expect(data.ogType).toBe('article');
    expect(declaredAs(data)).toBe('news');
  });

  it('sees the head alone before the body is parsed', () => {
    // What the detector sees when the body starts: JSON-LD at the end of the body is not there yet.
    const head = new JSDOM('<html><head><meta property="og:type" content="website"></head></html>')
      .window.document;
    const signals = pageSignals(head, new URL(`${ORIGIN}/2024/06/10/a-story`), {
      readerable: false,
    });
    expect(signals.readerable).toBeNull();
    expect(decideArticle(signals, 'site').article).toBe(false);
    const nothing = new JSDOM('<html><head></head></html>').window.document;
    const early = pageSignals(nothing, new URL(`${ORIGIN}/2024/06/10/a-story`), {
      readerable: false,
    });
    expect(decideArticle(early, 'site').article).toBeNull();
    expect(decideArticle(early, 'news').article).toBe(false);
  });
});

describe('what a page’s address says', () => {
  it.each([
    ['/', 'home'],
    ['/index.html', 'home'],
    ['/pt-br/', 'home'],
    ['/world', 'section'],
    ['/news/uk-politics', 'section'],
    ['/tag/nato', 'tag'],
    ['/topics/climate-change', 'tag'],
    ['/author/jane-doe', 'author'],
    ['/search/nato', 'search'],
    ['/suche', 'search'],
    ['/account/login', 'login'],
    ['/subscribe', 'login'],
    ['/2024/06/10/world/nato-visit.html', null],
    ['/news/world-europe-68912345', null],
    ['/international/nato-visit/', 'section'],
    ['/world/2024/jun/10/the-budget-passes-after-a-long-night', null],
  ])('%s → %s', (path, kind) => {
    expect(addressKind(new URL(`${ORIGIN}${path}`))).toBe(kind);
  });

  it('reads a search in the query, not any parameter', () => {
    expect(addressKind(new URL(`${ORIGIN}/find?query=nato`))).toBe('search');
    expect(addressKind(new URL(`${ORIGIN}/2024/06/10/a-story?utm_source=x&s=20`))).toBeNull();
  });
});
