// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFrom, newsPage, storyParagraphs } from './helpers';

/** A section front: story cards with linked headlines and one-line blurbs. */
function sectionFront(): string {
  const cards: string[] = [];
  for (let i = 1; i <= 12; i++) {
    cards.push(
      `<article class="story-card"><h2><a href="/world/story-${i}">Harbour story number ${i} makes the news today</a></h2>` +
        `<p>A short blurb about harbour story ${i}, with a few words of summary for readers.</p></article>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>World news</title></head><body><main><section>${cards.join('')}</section></main></body></html>`;
}

describe('pages that are not articles', () => {
  it('says a section index page is not an article, with a reason', () => {
    const result = extractFrom(sectionFront(), 'https://news.example/world');
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect(result.reason).toMatch(/index|links/);
  });

  it('says an empty page is not an article', () => {
    const result = extractFrom(
      '<html><head><title>Empty</title></head><body><p>Hello.</p></body></html>',
    );
    expect(result.isArticle).toBe(false);
    expect(result.title).toBe('Empty');
  });

  it('still gives a clean view when forced', () => {
    const result = extractFrom(sectionFront(), 'https://news.example/world', { force: true });
    expect(result.isArticle).toBe(true);
    // The story list is what the reader asked to see: no card is taken out as a teaser.
    if (result.isArticle) {
      expect(result.removed).toEqual([]);
      for (const i of [1, 6, 12]) expect(result.text).toContain(`Harbour story number ${i}`);
    }
  });

  it('accepts a real article', () => {
    const result = extractFrom(newsPage(storyParagraphs('the pier', 5)));
    expect(result.isArticle).toBe(true);
    if (result.isArticle) {
      expect(result.wordCount).toBeGreaterThan(150);
      expect(result.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(result.text.split('\n').length).toBeGreaterThanOrEqual(5);
    }
  });
});
