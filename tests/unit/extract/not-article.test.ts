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

/** A news home page: div cards with a linked headline, a blurb of a sentence or two, a time. */
function homePage(cards = 12): string {
  const out: string[] = [];
  for (let i = 1; i <= cards; i++) {
    out.push(
      `<div class="card"><a href="/2024/05/0${i % 9}/harbour-story-${i}"><img src="/img/${i}.jpg" alt=""></a>` +
        `<h3 class="card__title"><a href="/2024/05/0${i % 9}/harbour-story-${i}">Harbour story number ${i} makes the news today</a></h3>` +
        `<p>The council met again on Tuesday to talk about harbour story ${i}, and residents, traders and schools said they wanted more time before the vote on the plan next month.</p>` +
        `<span class="time">${i} hours ago</span></div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>News Example – Breaking news and analysis</title><meta property="og:type" content="website"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><section class="top-stories"><h2>Top stories</h2>${out.join('')}</section></main><footer>© News Example</footer></body></html>`;
}

/** A home page whose teasers are list items with a headline link and a blurb, no headings. */
function listFront(): string {
  const items: string[] = [];
  for (let i = 1; i <= 10; i++) {
    items.push(
      `<li><a class="headline" href="/local/story-about-the-pier-${i}">The pier reopens for the summer season, part ${i}</a><p>Crews finished the repairs on Friday, and the first ferries are expected on Monday morning, the harbour office said in a statement about part ${i}.</p></li>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Local news</title></head><body><main><ul class="stream">${items.join('')}</ul></main></body></html>`;
}

describe('pages that are not articles', () => {
  it('says a news home page of teaser cards with long blurbs is not an article', () => {
    const result = extractFrom(homePage(), 'https://news.example/');
    expect(result.isArticle).toBe(false);
  });

  it('says a front of list teasers without headings is not an article', () => {
    const result = extractFrom(listFront(), 'https://news.example/local/');
    expect(result.isArticle).toBe(false);
  });

  it('at a home address, a few cards are enough', () => {
    const result = extractFrom(homePage(5), 'https://news.example/');
    expect(result.isArticle).toBe(false);
  });

  it('accepts an article followed by a rail of related cards', () => {
    const cards = homePage(8).replace(
      /^[\s\S]*<section class="top-stories">|<\/section>[\s\S]*$/g,
      '',
    );
    const page = newsPage(
      `${storyParagraphs('the harbour', 8)}<h2>More from News Example</h2>${cards}`,
    );
    const result = extractFrom(page, 'https://news.example/2024/05/01/harbour-plan');
    expect(result.isArticle).toBe(true);
    if (result.isArticle) expect(result.text).toContain('Paragraph 8 about the harbour');
  });

  it('accepts a link roundup with prose around its links', () => {
    const items: string[] = [];
    for (let i = 1; i <= 10; i++) {
      items.push(
        `<p><strong><a href="/x/story-${i}">Ferry company ${i} raises its fares again</a></strong> The operator said higher fuel costs and a shortage of crews forced the increase, and passengers on the island routes will pay up to a fifth more from June, it said.</p>`,
      );
    }
    const result = extractFrom(
      newsPage(`<p>Good morning! Here is what you need to know.</p>${items.join('')}`),
    );
    expect(result.isArticle).toBe(true);
  });

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
