import { describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  grantsCover,
  patternCovers,
  sitePatterns,
  siteOf,
} from '../../../utils/auto-clean/sites';

describe('sites', () => {
  it.each([
    ['https://www.news.example/world/a', 'news.example'],
    ['http://News.Example:8080/a', 'news.example'],
    ['https://edition.news.example/', 'edition.news.example'],
    ['http://127.0.0.1:41234/international', '127.0.0.1'],
    ['https://www.example/', 'www.example'],
    ['chrome://version', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('the site of %s is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('asks for a site and its www. name, on http and https, any port', () => {
    expect(sitePatterns('news.example')).toEqual(['*://news.example/*', '*://www.news.example/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });

  it.each([
    [ALL_SITES, '*://news.example/*', true],
    ['<all_urls>', '*://news.example/*', true],
    ['*://news.example/*', '*://news.example/*', true],
    ['*://*.news.example/*', '*://www.news.example/*', true],
    ['*://*.news.example/*', '*://news.example/*', true],
    ['https://news.example/*', '*://news.example/*', false],
    ['*://news.example/world/*', '*://news.example/*', false],
    ['*://other.example/*', '*://news.example/*', false],
    ['*://news.example/*', ALL_SITES, false],
    ['*://127.0.0.1/*', '*://127.0.0.1/*', true],
  ])('%s covers %s: %s', (granted, wanted, covers) => {
    expect(patternCovers(granted, wanted)).toBe(covers);
  });

  it('needs every pattern of a site covered', () => {
    expect(grantsCover(['*://news.example/*'], sitePatterns('news.example'))).toBe(false);
    expect(grantsCover(sitePatterns('news.example'), sitePatterns('news.example'))).toBe(true);
    expect(grantsCover([ALL_SITES], sitePatterns('news.example'))).toBe(true);
  });
});
