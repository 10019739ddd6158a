// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView, type ReaderViewProps } from '../../../components/reader/reader-view';
import type { Article } from '../../../utils/extract/types';
import type { Analysis } from '../../../utils/nlp/types';
import { DEFAULT_SETTINGS } from '../../../utils/model';

afterEach(cleanup);

const article: Article = {
  isArticle: true,
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'Talks in Geneva',
  byline: 'A. Writer',
  siteName: 'News Example',
  publishedTime: '2025-10-23T00:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml:
    '<p>Jens Stoltenberg arrived in Geneva.</p>' +
    '<div data-tidings-removed="r1" hidden></div>' +
    '<figure><img src="https://news.example/a.jpg" alt="The lake"><figcaption>The lake at dawn</figcaption></figure>' +
    '<p>Stoltenberg left on Friday.</p>',
  text: 'Jens Stoltenberg arrived in Geneva.\nStoltenberg left on Friday.',
  wordCount: 10,
  readingMinutes: 1,
  removed: [
    {
      id: 'r1',
      rule: 'sponsored-label',
      text: 'Sponsored: buy now',
      html: '<p>Sponsored: buy now</p>',
    },
  ],
};

const analysis: Analysis = {
  entities: {
    people: [{ name: 'Jens Stoltenberg', mentions: 2, aliases: ['Stoltenberg'] }],
    organizations: [],
    places: [{ name: 'Geneva', mentions: 1, aliases: [] }],
  },
  summary: ['Jens Stoltenberg arrived in Geneva.'],
};

function view(overrides: Partial<ReaderViewProps> = {}) {
  const props: ReaderViewProps = {
    article,
    settings: DEFAULT_SETTINGS.reader,
    systemPrefersDark: false,
    analysis,
    analysisError: null,
    saved: false,
    restoredIds: [],
    highlight: null,
    onClose: vi.fn(),
    onSettingsChange: vi.fn(),
    onToggleSaved: vi.fn(),
    onSelectEntity: vi.fn(),
    onClearHighlight: vi.fn(),
    onRestore: vi.fn(),
    onPrint: vi.fn(),
    ...overrides,
  };
  const result = render(<ReaderView {...props} />);
  return { ...result, props };
}

describe('ReaderView', () => {
  it('shows the article with its title, site, reading time and captioned images', () => {
    const { container } = view();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Talks in Geneva');
    expect(container.textContent).toContain('News Example');
    expect(container.textContent).toContain('1 min read');
    expect(container.querySelector('figure figcaption')?.textContent).toBe('The lake at dawn');
    expect(container.querySelector('.tr-body')?.textContent).not.toContain('Sponsored: buy now');
  });

  it('lists the removed blocks with their reason in plain words, and puts one back', () => {
    const { container, props, rerender } = view();
    // On a narrow screen (no media query here) the key points are folded into a strip.
    fireEvent.click(screen.getByRole('button', { name: 'Key points' }));
    expect(screen.getByText('Tidings removed 1 block')).toBeTruthy();
    expect(screen.getByText('An advertising label')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Put back: Sponsored/ }));
    expect(props.onRestore).toHaveBeenCalledWith('r1');

    rerender(<ReaderView {...props} restoredIds={['r1']} />);
    const paragraphs = [...container.querySelectorAll('.tr-body p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([
      'Jens Stoltenberg arrived in Geneva.',
      'Sponsored: buy now',
      'Stoltenberg left on Friday.',
    ]);
  });

  it('highlights an entity’s mentions and says how many', () => {
    const { container } = view({
      highlight: { label: 'Jens Stoltenberg', names: ['Jens Stoltenberg', 'Stoltenberg'] },
    });
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
    expect(screen.getByRole('status').textContent).toContain('2 mentions of Jens Stoltenberg');
  });

  it('reports a chip click with the entity', () => {
    const { props } = view();
    fireEvent.click(screen.getByRole('button', { name: /Geneva/ }));
    expect(props.onSelectEntity).toHaveBeenCalledWith(analysis.entities.places[0]);
  });

  it('sets a right-to-left article right to left, and only the article', () => {
    const { container } = view({
      article: { ...article, dir: 'rtl', lang: 'ar', contentHtml: '<p>مرحبا</p>', removed: [] },
    });
    const attrs = (selector: string) => {
      const el = container.querySelector(selector);
      return [el?.getAttribute('dir'), el?.getAttribute('lang')];
    };
    expect(attrs('.tr-body')).toEqual(['rtl', 'ar']);
    expect(attrs('.tr-title')).toEqual(['rtl', 'ar']);
    // The interface keeps the browser's language and direction.
    expect(attrs('.tr-reader')).toEqual(['ltr', 'en']);
  });

  it('paints the chosen theme, or the system’s when following it', () => {
    const { container, rerender, props } = view({ systemPrefersDark: true });
    expect(container.querySelector('.tr-reader')?.getAttribute('data-theme')).toBe('dark');
    rerender(<ReaderView {...props} settings={{ ...props.settings, theme: 'sepia' }} />);
    expect(container.querySelector('.tr-reader')?.getAttribute('data-theme')).toBe('sepia');
  });

  it('offers Show original, Save and Print', () => {
    const { props } = view({ saved: true });
    fireEvent.click(screen.getByRole('button', { name: 'Show original' }));
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(props.onClose).toHaveBeenCalled();
    expect(props.onToggleSaved).toHaveBeenCalled();
    expect(props.onPrint).toHaveBeenCalled();
  });

  it('changes settings from its panel', () => {
    const { props } = view();
    fireEvent.click(screen.getByRole('button', { name: /Reading settings/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(props.onSettingsChange).toHaveBeenCalledWith({ theme: 'dark' });
  });
});
