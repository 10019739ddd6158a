import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import {
  measureElement,
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';

type Options = Pick<
  VirtualizerOptions<Window, HTMLElement>,
  'count' | 'estimateSize' | 'getItemKey' | 'overscan' | 'scrollMargin' | 'gap'
>;

/**
 * A list scrolled by the page itself, of which only the rows near the screen are rendered, each
 * measured once on screen so rows keep the height of their content (TanStack Virtual's core, the
 * way its React adapter wires it).
 */
export function useWindowVirtualizer(options: Options): Virtualizer<Window, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const all: VirtualizerOptions<Window, HTMLElement> = {
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    measureElement,
    initialOffset: () => window.scrollY,
    onChange: () => rerender(0),
    ...options,
  };
  const [instance] = useState(() => new Virtualizer<Window, HTMLElement>(all));
  instance.setOptions(all);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
