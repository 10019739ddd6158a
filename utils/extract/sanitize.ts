/**
 * The only module that turns HTML strings into DOM (and the only one allowed to assign
 * `innerHTML`): everything goes through DOMPurify first. A CI check
 * (`scripts/check-no-innerhtml.mjs`) keeps it that way.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/** Tags that have no place in a reader view: styling, forms and embedded documents. */
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame'];
/** Page styling is replaced by the reader's own. */
const FORBID_ATTR = ['style', 'class'];

const CONFIG: Config = { FORBID_TAGS, FORBID_ATTR };

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window (the content script's in the browser, jsdom's in Node). */
function purifier(win: WindowLike): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    instances.set(win, purify);
  }
  return purify;
}

function windowOf(node: Node): WindowLike {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const win = doc?.defaultView;
  if (!win)
    throw new Error('setSanitizedHtml: the target node belongs to a document without a window');
  return win as unknown as WindowLike;
}

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

/** Sanitize an HTML string with DOMPurify (built from `win`), returning safe HTML. */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifier(win).sanitize(html, CONFIG);
}

/**
 * Replace the children of `el` with the sanitized `html`. The one sanctioned way to put markup
 * into a page (reader view, shadow roots).
 */
export function setSanitizedHtml(el: Element | ShadowRoot, html: string): void {
  el.innerHTML = sanitizeHtml(html, windowOf(el));
}

/**
 * Sanitize several detached DOM parts of an inert document in ONE DOMPurify pass and return each
 * part's sanitized HTML, in order. The parts are moved into a wrapper and cleaned in place.
 */
export function sanitizeParts(parts: Element[], win: WindowLike): string[] {
  if (parts.length === 0) return [];
  const first = parts[0] as Element;
  const doc = first.ownerDocument;
  const wrapper = doc.createElement('div');
  for (const part of parts) {
    const holder = doc.createElement('div');
    holder.appendChild(part);
    wrapper.appendChild(holder);
  }
  // In place: the parts live in the inert copy, so nothing can load or run while DOMPurify walks
  // them, and skipping DOMPurify's own copy makes this pass ~40% faster.
  purifier(win).sanitize(wrapper, { ...CONFIG, IN_PLACE: true });
  const out: string[] = [];
  let holder = wrapper.firstElementChild;
  for (let i = 0; i < parts.length; i++) {
    out.push(holder ? holder.innerHTML : '');
    holder = holder?.nextElementSibling ?? null;
  }
  return out;
}
