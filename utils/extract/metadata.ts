/**
 * Page metadata Readability does not give (canonical URL) or gives only sometimes (published time,
 * language, direction). Read from the live document: querying it is read-only and cheap.
 */

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

/** `<link rel=canonical>`, else `og:url`, made absolute; null when the page declares none. */
export function canonicalUrl(doc: Document, url: string): string | null {
  const link = doc.querySelector('link[rel~="canonical" i][href]');
  const og = doc.querySelector('meta[property="og:url" i][content]');
  return absolute(link?.getAttribute('href'), url) ?? absolute(og?.getAttribute('content'), url);
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

const DATE_META = [
  'meta[property="article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="article:published_time" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="dc.date" i]',
  'meta[name="sailthru.date" i]',
].join(',');

/** JSON-LD `datePublished`, wherever it sits in the graph. */
function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
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
    toIsoDate(doc.querySelector(DATE_META)?.getAttribute('content')) ??
    toIsoDate(jsonLdDate(doc)) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

/** Languages written right to left, for pages that declare a language but no direction. */
const RTL_LANGS = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ps|sd|ur|yi)\b/i;

/** The page language: `<html lang>`, else Readability's, else `content-language`. */
export function pageLang(doc: Document, fromReadability: string | null | undefined): string | null {
  const html = doc.documentElement?.getAttribute('lang')?.trim();
  if (html) return html;
  if (fromReadability?.trim()) return fromReadability.trim();
  const meta = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return meta?.trim() || null;
}

/** Text direction: the article's or page's `dir`, else inferred from an RTL language. */
export function pageDir(
  doc: Document,
  fromReadability: string | null | undefined,
  lang: string | null,
): 'ltr' | 'rtl' {
  const declared =
    fromReadability || doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir');
  if (declared) return declared.trim().toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  return lang && RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
}
