// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryList } from '../../../components/library/library-list';
import { entryFromArticle } from '../../../utils/model';
import { parseQuery } from '../../../utils/library/search';
import type { EntryMeta } from '../../../utils/model';
import { sampleAnalysis, sampleArticle } from './sample';

function library(count: number): EntryMeta[] {
  return Array.from({ length: count }, (_, i) => {
    const {
      contentHtml: _h,
      text: _t,
      ...meta
    } = entryFromArticle(
      sampleArticle({ canonicalUrl: `https://news.example.org/a/${i}`, title: `Story ${i}` }),
      sampleAnalysis(),
      1_000_000 - i,
    );
    return meta;
  });
}

function renderList(entries: EntryMeta[], query = '') {
  const handlers = {
    onToggleSelected: vi.fn(),
    onOpen: vi.fn(),
    onDelete: vi.fn(),
    onFilterEntity: vi.fn(),
  };
  const view = render(
    <LibraryList
      entries={entries}
      query={query ? parseQuery(query) : null}
      selected={new Set()}
      snippets={new Map([['https://news.example.org/a/0', '… before Stoltenberg met the press …']])}
      emptyMessage="No articles yet."
      {...handlers}
    />,
  );
  return { ...view, handlers };
}

/** jsdom lays nothing out: every row measures as tall as a real one would, 120 px. */
const ROW = 120;
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
beforeEach(() => {
  // …and does not scroll: the list may ask the page to keep its place when rows are measured.
  window.scrollTo = vi.fn() as never;
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('lib-row') ? ROW : 0;
    },
  });
});

afterEach(() => {
  cleanup();
  if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
});

describe('LibraryList', () => {
  it('renders only the rows near the screen out of 10,000', () => {
    const entries = library(10_000);
    const { container } = renderList(entries);
    const rows = [...container.querySelectorAll<HTMLElement>('[data-article-url]')];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]?.dataset.articleUrl).toBe('https://news.example.org/a/0');
    // The list is as tall as every row would be, so the page's scrollbar is right.
    const height = parseFloat(container.querySelector<HTMLElement>('.lib-list')!.style.height);
    expect(height).toBeGreaterThan(10_000 * 100);
  });

  it('follows the page’s scroll', async () => {
    const { container } = renderList(library(10_000));
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 5_000 * ROW });
    fireEvent.scroll(window);
    await new Promise((r) => setTimeout(r, 50));
    const urls = [...container.querySelectorAll<HTMLElement>('[data-article-url]')].map(
      (r) => r.dataset.articleUrl,
    );
    expect(urls.length).toBeLessThan(40);
    // Rows not measured yet count as estimated: the row at 600,000 px is about the 4,500th.
    expect(urls.some((u) => /\/a\/(4[4-9]\d\d|5[01]\d\d)$/.test(u ?? ''))).toBe(true);
    expect(urls).not.toContain('https://news.example.org/a/0');
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
  });

  it('shows title, site, reading time, top entities and the summary first sentence', () => {
    const { getByText, container } = renderList(library(1));
    expect(getByText('Story 0')).toBeTruthy();
    const row = container.querySelector('[data-article-url]');
    expect(row?.textContent).toContain('Example News');
    expect(row?.textContent).toContain('1 min read');
    expect(row?.textContent).toContain('Jens Stoltenberg');
    expect(row?.textContent).toContain(
      'NATO Secretary-General Jens Stoltenberg arrived in Vilnius on Monday.',
    );
  });

  it('marks search matches and reports which entry to open, delete or filter by', () => {
    const { container, getByRole, handlers } = renderList(library(1), 'stolt');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toContain(
      'Stoltenberg',
    );
    // While searching, the line under the title is the text around the match.
    expect(container.querySelector('.lib-summary')?.textContent).toBe(
      '… before Stoltenberg met the press …',
    );
    fireEvent.click(getByRole('button', { name: 'Story 0' }));
    expect(handlers.onOpen).toHaveBeenCalledWith('https://news.example.org/a/0');
    fireEvent.click(getByRole('button', { name: 'Delete “Story 0”' }));
    expect(handlers.onDelete).toHaveBeenCalledWith('https://news.example.org/a/0');
    fireEvent.click(getByRole('button', { name: /Vilnius/ }));
    expect(handlers.onFilterEntity).toHaveBeenCalledWith('Vilnius');
  });

  it('says so when there is nothing to show', () => {
    const { getByText } = renderList([]);
    expect(getByText('No articles yet.')).toBeTruthy();
  });
});
