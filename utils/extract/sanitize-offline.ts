/**
 * The offline copy's sanitizer: the library shows stored and imported HTML, which must load
 * nothing. Apart from `sanitize.ts` so the reader injected into pages does not carry it; it only
 * returns HTML (the one module that assigns `innerHTML` stays `sanitize.ts`).
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { CONFIG, FORBID_TAGS } from './sanitize';

/** Elements that load something by themselves: an offline copy keeps none of them. */
const LOADING_TAGS = new Set([
  'audio', 'video', 'source', 'track', 'picture', 'image', 'feimage', 'use', 'link', 'object',
  'embed', 'applet', 'frame', 'iframe', 'portal', 'input', 'meta', 'base', 'script', 'style',
]); // prettier-ignore
/** Attributes that name something to fetch (or to ping); `href` only on links is kept. */
const LOADING_ATTRS = new Set([
  'src', 'srcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'data', 'codebase',
  'ping', 'action', 'formaction', 'xlink:href', 'href', 'imagesrcset', 'imagesizes', 'style',
]); // prettier-ignore

/** An image the copy carries inside itself (a `data:` image), which loads nothing. */
const isStoredImage = (value: string) =>
  /^data:image\/(png|gif|jpeg|webp|avif);/i.test(value.trim());

const offlineInstances = new WeakMap<object, DOMPurify>();

/** A DOMPurify for offline copies: everything the normal one does, and nothing may load. */
function offlinePurifier(win: WindowLike): DOMPurify {
  let purify = offlineInstances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const tag = (node as Element).tagName.toLowerCase();
    if (name === 'href' && tag === 'a') return;
    if (name === 'src' && tag === 'img' && isStoredImage(data.attrValue)) return;
    if (LOADING_ATTRS.has(name)) data.keepAttr = false;
  });
  // An image without a stored source would only show a broken-image box.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() === 'img' && !(node as Element).hasAttribute('src')) {
      (node as Element).remove();
    }
  });
  offlineInstances.set(win, purify);
  return purify;
}

const OFFLINE_CONFIG: Config = {
  ...CONFIG,
  FORBID_TAGS: [...FORBID_TAGS, ...LOADING_TAGS, 'feImage'],
};

/**
 * Sanitized HTML of a stored copy for reading offline: no element or attribute that would fetch
 * anything (images, `srcset`, `<source>`, `poster`, audio, SVG `<image>`, table `background`…),
 * so opening a stored or imported article makes no request. Images stored with the copy as
 * `data:` URLs stay.
 */
export function sanitizeOffline(html: string, win: WindowLike): string {
  return offlinePurifier(win).sanitize(html, OFFLINE_CONFIG);
}
