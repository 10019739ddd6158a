/**
 * Lazy-loaded images: sites ship a placeholder `src` (a 1×1 gif, a data: URI, nothing) and put the
 * real image in `data-src` / `data-srcset` (and friends), swapped in by a script that never runs in
 * the reader; or they put the real `<img>` in a `<noscript>` fallback. Runs on the inert copy
 * before Readability, so Readability keeps the images and resolves their URLs.
 */

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const SELECTOR = [...SRC_ATTRS, ...SRCSET_ATTRS]
  .map((a) => `img[${a}],source[${a}]`)
  .concat('noscript')
  .join(',');

/** A `src` that is not the real picture: missing, a data: URI, or a named placeholder. */
function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  return /^data:|blank|placeholder|spacer|lazy|loading|transparent|pixel|1x1|grey\.gif|gray\.gif/i.test(
    src,
  );
}

function realUrl(value: string | null): string | null {
  const v = value?.trim();
  return v && !v.startsWith('data:') ? v : null;
}

/**
 * Restore lazy images in `doc` (the inert copy). `parse` turns a `<noscript>` body that the live
 * browser page kept as text (scripting on) back into elements, inertly.
 */
export function restoreLazyImages(doc: Document, parse?: (html: string) => Document): void {
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (el.tagName.toUpperCase() === 'NOSCRIPT') {
      restoreNoscript(doc, el, parse);
      continue;
    }
    for (const attr of SRC_ATTRS) {
      const url = realUrl(el.getAttribute(attr));
      if (!url) continue;
      const target = el.tagName.toUpperCase() === 'SOURCE' ? 'srcset' : 'src';
      if (target === 'srcset' || isPlaceholder(el.getAttribute('src')))
        el.setAttribute(target, url);
      break;
    }
    for (const attr of SRCSET_ATTRS) {
      const url = realUrl(el.getAttribute(attr));
      if (!url) continue;
      el.setAttribute('srcset', url);
      break;
    }
  }
}

/** A `<noscript>` whose content the browser kept as text: parse it so Readability sees the `<img>`. */
function restoreNoscript(
  doc: Document,
  noscript: Element,
  parse?: (html: string) => Document,
): void {
  if (!parse || noscript.firstElementChild) return;
  const source = noscript.textContent ?? '';
  if (!/<img[\s>]/i.test(source)) return;
  const parsed = parse(source);
  const nodes = Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true));
  noscript.replaceChildren(...nodes);
}
