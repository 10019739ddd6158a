// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, setSanitizedHtml } from '../../../utils/extract/sanitize';
import { extract, newsPage, storyParagraphs } from './helpers';

describe('sanitize', () => {
  it('drops scripts, handlers and javascript: links', () => {
    const html = sanitizeHtml(
      '<p onclick="steal()">Hi <img src="x.png" onerror="steal()"><a href="javascript:steal()">x</a></p><script>steal()</script>',
      window as never,
    );
    expect(html).not.toMatch(/onclick|onerror|javascript:|<script/);
    expect(html).toContain('Hi');
  });

  it('setSanitizedHtml puts only clean markup into an element and a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    setSanitizedHtml(root, '<p>Safe</p><img src=x onerror="alert(1)">');
    expect(root.querySelector('p')?.textContent).toBe('Safe');
    expect(root.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    const el = document.createElement('section');
    setSanitizedHtml(el, '<iframe src="https://evil.example"></iframe><b>ok</b>');
    expect(el.querySelector('iframe')).toBeNull();
    expect(el.textContent).toBe('ok');
  });
});

describe('article HTML', () => {
  it('is sanitized and keeps a hidden placeholder where each block was removed', () => {
    const article = extract(
      newsPage(
        `${storyParagraphs('the pier', 3)}<p><img src="/a.jpg" onerror="steal()" alt="pier"></p>` +
          `<p><a href="/world">Back to World</a></p>${storyParagraphs('the quay', 3)}`,
      ),
    );
    expect(article.contentHtml).not.toContain('onerror');
    const removed = article.removed.find((r) => r.rule === 'back-link');
    expect(removed?.text).toBe('Back to World');
    expect(removed?.html).toContain('href="https://news.example/world"');
    const holder = document.createElement('div');
    setSanitizedHtml(holder, article.contentHtml);
    const placeholder = holder.querySelector(`[data-tidings-removed="${removed?.id}"]`);
    expect(placeholder?.hasAttribute('hidden')).toBe(true);
  });

  it('restores lazy-loaded images and resolves relative URLs', () => {
    const article = extract(
      newsPage(
        `${storyParagraphs('the pier', 3)}<figure><img src="/spacer.gif" data-src="/photos/pier.jpg" alt="The pier"><figcaption>The pier at dawn</figcaption></figure>${storyParagraphs('the quay', 3)}`,
      ),
    );
    expect(article.contentHtml).toContain('src="https://news.example/photos/pier.jpg"');
  });
});
