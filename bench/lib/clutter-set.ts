/**
 * The clutter development set: real pages from the article-extraction benchmark (MIT) and
 * Mozilla's Readability test pages (Apache-2.0), kept in `tests/fixtures/clutter/`, each with
 * hand-checked `mustKeep` story strings and `mustDrop` clutter strings, plus pages that are not
 * articles at all (home pages, section fronts) for the articleness test.
 *
 * A label must occur verbatim (whitespace collapsed) in the page's visible text, so it is what a
 * reader sees, not what some extractor happens to output; `checkLabels` enforces it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { blockText } from '../../utils/extract/text';

const here = dirname(fileURLToPath(import.meta.url));

/** Folder of the committed pages and their labels. */
export const CLUTTER_DIR = join(here, '../../tests/fixtures/clutter');

export interface ClutterPage {
  /** Short stable name, `<site>-<slug>`. */
  id: string;
  /** Page file, relative to CLUTTER_DIR (`.gz` is gunzipped). */
  file: string;
  /** Address the page was saved from (the reader's URL); test pages use Mozilla's fakehost. */
  url: string;
  /** Site the page belongs to (counted for the "40 sites" rule). */
  site: string;
  /** Language of the page (BCP 47 primary subtag). */
  lang: string;
  /** Is it an article a reader would want cleaned (false: home page, section front)? */
  isArticle: boolean;
  /** Story strings: each must stay in the cleaned article. */
  mustKeep: string[];
  /** Clutter strings: each must be gone from the cleaned article. */
  mustDrop: string[];
  /** Where the page comes from (set and path in it). */
  source?: string;
  /** What kind of clutter the page has, for people reading the set. */
  kinds?: string[];
}

export function loadClutterPages(): ClutterPage[] {
  const raw = JSON.parse(readFileSync(join(CLUTTER_DIR, 'labels.json'), 'utf8')) as {
    pages: ClutterPage[];
  };
  return raw.pages;
}

export function readPage(page: ClutterPage): string {
  let bytes: Buffer = readFileSync(join(CLUTTER_DIR, page.file));
  if (page.file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return bytes.toString('utf8');
}

/** Whitespace collapsed (non-breaking spaces included), for verbatim comparisons. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const INVISIBLE = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';

/**
 * What a reader sees of the page, roughly: the body's text without scripts, styles, `hidden` and
 * `display:none` elements. Works on a clone; the document is not changed.
 */
export function visibleText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const el of Array.from(body.querySelectorAll(INVISIBLE))) el.remove();
  for (const el of Array.from(body.querySelectorAll('[style]'))) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? ''))
      el.remove();
  }
  return squash(blockText(body).replace(/\n/g, ' '));
}

/** Labels of `page` that do not occur in its visible text (should be none). */
export function checkLabels(page: ClutterPage, visible: string): string[] {
  return [...page.mustKeep, ...page.mustDrop].filter((s) => !visible.includes(squash(s)));
}

export interface ClutterScore {
  /** mustKeep strings found in the output. */
  kept: number;
  /** mustDrop strings found in the output. */
  leaked: number;
  lost: string[];
  leakedStrings: string[];
}

/** Score one extractor's output text (empty when it said "not an article"). */
export function scoreClutter(page: ClutterPage, output: string): ClutterScore {
  const text = squash(output.replace(/\n/g, ' '));
  const lost = page.mustKeep.filter((s) => !text.includes(squash(s)));
  const leakedStrings = page.mustDrop.filter((s) => text.includes(squash(s)));
  return {
    kept: page.mustKeep.length - lost.length,
    leaked: leakedStrings.length,
    lost,
    leakedStrings,
  };
}
