import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { setSanitizedHtml } from '@/utils/extract/sanitize';
import type { RemovedBlock } from '@/utils/model';
import { highlightMentions } from '@/utils/reader/highlight';

export interface ArticleBodyProps {
  /** Sanitized article HTML with `data-tidings-removed` placeholders. */
  html: string;
  removed: RemovedBlock[];
  /** Ids of removed blocks the reader put back. */
  restoredIds: readonly string[];
  /** Surface forms to highlight (an entity's name and aliases). */
  highlightNames: readonly string[];
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** How many mentions were highlighted, after each change. */
  onHighlighted?: (count: number) => void;
  /** Receives the body element (read aloud reads it). */
  bodyRef?: RefObject<HTMLDivElement | null>;
}

/**
 * The article text. The HTML goes in only through the sanitizer's helper; restored blocks fill
 * their placeholders, where they stood on the page; highlights wrap the entity's mentions.
 */
export function ArticleBody(props: ArticleBodyProps) {
  const { html, removed, restoredIds, highlightNames, lang, dir, onHighlighted } = props;
  const own = useRef<HTMLDivElement>(null);
  const ref = props.bodyRef ?? own;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setSanitizedHtml(el, html);
    for (const slot of el.querySelectorAll<HTMLElement>('[data-tidings-removed]')) {
      const id = slot.getAttribute('data-tidings-removed');
      const block = id !== null && restoredIds.includes(id) && removed.find((b) => b.id === id);
      if (!block) continue;
      setSanitizedHtml(slot, block.html);
      slot.hidden = false;
      slot.classList.add('tr-restored');
    }
    // Links open in a new tab: following one in place would leave the reader and the page.
    for (const a of el.querySelectorAll('a[href]')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
    // An image the page gave no text for is decoration to a screen reader, not "image".
    for (const img of el.querySelectorAll('img:not([alt])')) img.setAttribute('alt', '');
  }, [html, removed, restoredIds]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const count = highlightMentions(el, highlightNames);
    onHighlighted?.(count);
    if (count > 0) el.querySelector('mark')?.scrollIntoView?.({ block: 'center' });
  }, [html, restoredIds, highlightNames, onHighlighted]);

  return <div class="tr-body" ref={ref} lang={lang ?? undefined} dir={dir} />;
}
