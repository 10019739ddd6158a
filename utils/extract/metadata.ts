/**
 * Page metadata Readability does not give (canonical URL) or gives only sometimes (published time,
 * language, direction). Read from the live document: querying it is read-only and cheap.
 */
import { textDirection } from './text-direction';

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * `<meta>` values by lower-cased `name`, `property`, `itemprop` or `http-equiv`, first one wins.
 * One pass over `getElementsByTagName` (cheap) instead of attribute selectors with the `i` flag,
 * which cost jsdom ~10% of a Readability run per page.
 */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

const metaCache = new WeakMap<Document, Map<string, string>>();
function metas(doc: Document): Map<string, string> {
  let map = metaCache.get(doc);
  if (!map) {
    map = metaMap(doc);
    metaCache.set(doc, map);
  }
  return map;
}

/** `<link rel=canonical>`, else `og:url`, made absolute; null when the page declares none. */
export function canonicalUrl(doc: Document, url: string): string | null {
  const link = Array.from(doc.getElementsByTagName('link')).find(
    (l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? '') && l.getAttribute('href'),
  );
  return absolute(link?.getAttribute('href'), url) ?? absolute(metas(doc).get('og:url'), url);
}

/** An ISO 8601 string for a date the page declares, or null when it does not parse. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString();
}

const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'sailthru.date',
];

/** JSON-LD `datePublished`, wherever it sits in the graph. */
function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * When the article was published: Readability's value, else `article:published_time` and similar
 * meta tags, JSON-LD `datePublished`, or the first `<time datetime>`.
 */
export function publishedTime(
  doc: Document,
  fromReadability: string | null | undefined,
): string | null {
  return (
    toIsoDate(fromReadability) ??
    toIsoDate(DATE_KEYS.map((k) => metas(doc).get(k)).find(Boolean)) ??
    toIsoDate(jsonLdDate(doc)) ??
    toIsoDate(
      Array.from(doc.getElementsByTagName('time'))
        .find((t) => t.getAttribute('datetime'))
        ?.getAttribute('datetime'),
    )
  );
}

/** Languages written right to left, for pages that declare a language but no direction. */
const RTL_LANGS = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ps|sd|ur|yi)\b/i;

/** The page language: `<html lang>`, else Readability's, else `content-language`. */
export function pageLang(doc: Document, fromReadability: string | null | undefined): string | null {
  const html = doc.documentElement?.getAttribute('lang')?.trim();
  if (html) return html;
  if (fromReadability?.trim()) return fromReadability.trim();
  return metas(doc).get('content-language')?.trim() || null;
}

/**
 * Text direction: the article's or page's `dir`, else inferred from an RTL language, else from
 * the article's letters (`text`).
 */
export function pageDir(
  doc: Document,
  fromReadability: string | null | undefined,
  lang: string | null,
  text = '',
): 'ltr' | 'rtl' {
  const declared =
    fromReadability || doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir');
  if (declared) return declared.trim().toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  if (!lang) return textDirection(text) ?? 'ltr';
  return RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
}
