/**
 * The only module that turns HTML strings into DOM (and the only one allowed to assign
 * `innerHTML`): everything goes through DOMPurify first. A CI check
 * (`scripts/check-no-innerhtml.mjs`) keeps it that way.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/**
 * Tags that have no place in a reader view: styling, forms, embedded documents, and inert
 * templates (invisible, and markup kept for a script to stamp out later).
 */
export const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'template',
];
/** Page styling is replaced by the reader's own. */
const FORBID_ATTR = ['style', 'class'];

export const CONFIG: Config = { FORBID_TAGS, FORBID_ATTR };

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
