/**
 * Page metadata Readability does not give (canonical URL) or gives only sometimes (published time,
 * language, direction). Read from the live document: querying it is read-only and cheap.
 */
import { surveyPage, type PageSurvey } from './page-guards';
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
 * From the page's one survey walk, instead of attribute selectors with the `i` flag, which cost
 * jsdom ~10% of a Readability run per page.
 */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of surveyPage(doc).metas) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** Kept with the page's survey: a new extraction surveys the page again (it may have changed). */
const metaCache = new WeakMap<PageSurvey, Map<string, string>>();
function metas(doc: Document): Map<string, string> {
  const survey = surveyPage(doc);
  let map = metaCache.get(survey);
  if (!map) {
    map = metaMap(doc);
    metaCache.set(survey, map);
  }
  return map;
}

/** `<link rel=canonical>`, else `og:url`, made absolute; null when the page declares none. */
export function canonicalUrl(doc: Document, url: string): string | null {
  const link = surveyPage(doc).links.find(
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
  for (const script of surveyPage(doc).jsonLd) {
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

/** Letters and digits only, lower-cased and without accents: how names are compared. */
function squashName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Second-level suffixes under which a site's own name is one label further left. */
const SECOND_LEVEL = /^(co|com|org|net|gov|ac|or|ne|go|edu)$/;

/** The label of the host that names the site: `latimes` for www.latimes.com, `bbc` for bbc.co.uk. */
export function siteLabel(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const last = labels.length - 1;
  const sld = labels[last - 1] ?? '';
  const label = SECOND_LEVEL.test(sld) && labels.length >= 3 ? labels[last - 2] : sld;
  return label ?? '';
}

/** Does `name` name the site at `label` ("Reuters"/reuters, "Associated Press"/ap, "The Hill"/thehill)? */
export function fitsSite(name: string, label: string): boolean {
  const n = squashName(name);
  if (n.length < 2 || label.length < 2) return false;
  if (
    n === label ||
    (n.length >= 4 && label.includes(n)) ||
    (label.length >= 4 && n.includes(label))
  )
    return true;
  const initials = name
    .split(/[\s&.-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return (
    initials.length >= 2 &&
    (initials === label || (label.startsWith(initials) && initials.length >= 3))
  );
}

const publishers = new WeakMap<PageSurvey, string | null>();

/** JSON-LD `publisher.name`, wherever it sits in the graph (first one); read once per page. */
function jsonLdPublisher(doc: Document): string | null {
  const survey = surveyPage(doc);
  let name = publishers.get(survey);
  if (name === undefined) {
    name = readPublisher(doc);
    publishers.set(survey, name);
  }
  return name;
}

function readPublisher(doc: Document): string | null {
  for (const script of surveyPage(doc).jsonLd) {
    const match = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"/.exec(
      script.textContent ?? '',
    );
    if (match?.[1]) return match[1].trim();
  }
  return null;
}

/** The OpenSearch description's title ("Wikipedia (en)"): sites name themselves there. */
function openSearchName(doc: Document): string | null {
  for (const link of surveyPage(doc).links) {
    if (!/(^|\s)search(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const title = link
      .getAttribute('title')
      ?.replace(/\s*\([^)]*\)\s*$/, '')
      .trim();
    if (title) return title;
  }
  return null;
}

/** The handle of `twitter:site` ("@Reuters" → Reuters; short lower-case handles in capitals: @ap → AP). */
function twitterName(doc: Document): string | null {
  const handle = metas(doc).get('twitter:site')?.trim().replace(/^@/, '');
  if (!handle || !/^\w{2,30}$/.test(handle)) return null;
  return handle.length <= 4 && handle === handle.toLowerCase() ? handle.toUpperCase() : handle;
}

/** Separators sites put between a headline and their name. */
const TITLE_SEPARATOR = /\s+[|–—·•:»/-]\s+/g;

/** The last segment of the document title after a separator ("… - Reuters" → Reuters). */
function titleSuffix(title: string): string | null {
  const parts = title.split(TITLE_SEPARATOR);
  return parts.length > 1 ? (parts[parts.length - 1]?.trim() ?? null) : null;
}

/**
 * The site's name: `og:site_name` or the structured data's publisher when it names the site at
 * this address, else the site's own name on the page (application name, title suffix, search
 * description) when it does, else the publisher, else its handle when it names the site, else
 * `og:site_name` or Readability's value. A section label sites put in `og:site_name` ("U.S.",
 * "Hosted") loses to a name that matches the address.
 */
export function siteName(
  doc: Document,
  url: string,
  fromReadability: string | null | undefined,
): string | null {
  const label = siteLabel(url);
  const og = metas(doc).get('og:site_name')?.trim() || null;
  const publisher = jsonLdPublisher(doc);
  const app = metas(doc).get('application-name')?.trim() || null;
  if (og && fitsSite(og, label)) return og;
  if (publisher && fitsSite(publisher, label)) return publisher;
  // The name the site gives itself on the page beats a parent company's ("Wikipedia", not
  // "Wikimedia Foundation, Inc."), which beats a handle.
  for (const name of [app, titleSuffix(doc.title || ''), openSearchName(doc)]) {
    if (name && fitsSite(name, label)) return name;
  }
  if (publisher) return publisher;
  const handle = twitterName(doc);
  if (handle && fitsSite(handle, label)) return handle;
  const chosen = og ?? publisher ?? fromReadability?.trim() ?? app ?? null;
  // A handle ("@politifact") names the site without its "@".
  return chosen?.replace(/^@(?=\w)/, '') ?? null;
}

/** Names the title may end with: the site's, the author's, the page's other names for its site. */
export function siteNames(doc: Document, site: string | null): string[] {
  return [
    site,
    metas(doc).get('og:site_name'),
    jsonLdPublisher(doc),
    openSearchName(doc),
    metas(doc).get('application-name'),
  ]
    .filter((n): n is string => !!n && !!n.trim())
    .map((n) => n.trim());
}

/**
 * The headline without the site's name (or the author's) that page titles add: "Disney+ glitches
 * … - Los Angeles Times", "… | Eleanor Ainge Roy", "Mozilla - Wikipedia". A suffix is dropped only
 * when it is such a name; "Opinion | …" or a subtitle stays.
 */
export function cleanTitle(
  title: string,
  options: { names: string[]; byline?: string | null; url: string },
): string {
  const label = siteLabel(options.url);
  const names = options.names.map(squashName).filter((n) => n.length >= 2);
  const authors = (options.byline ?? '')
    .replace(/^(by|par|por|von|di)\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map(squashName)
    .filter((n) => n.length >= 4);
  const isName = (segment: string): boolean => {
    const s = squashName(segment);
    if (s.length < 2) return false;
    return (
      names.some(
        (n) => n === s || (s.length >= 4 && n.includes(s)) || (n.length >= 4 && s.includes(n)),
      ) ||
      authors.includes(s) ||
      fitsSite(segment, label)
    );
  };
  let out = title.trim();
  for (let i = 0; i < 3; i++) {
    // A whole name with separators of its own ("Remember 80/90 - Memorabilia anni 80/90").
    const whole = options.names.find(
      (n) => n.length >= 4 && out.endsWith(n) && out.length > n.length + 3,
    );
    if (whole) {
      const rest = out.slice(0, out.length - whole.length);
      if (TITLE_SEPARATOR_END.test(rest)) {
        out = rest.replace(TITLE_SEPARATOR_END, '').trim();
        continue;
      }
    }
    const m = LAST_SEPARATOR.exec(out);
    if (!m || m.index === undefined || m.index < 2) break;
    const suffix = out.slice(m.index + m[0].length);
    if (!isName(suffix)) break;
    out = out.slice(0, m.index).trim();
  }
  // The site's name in front: "BBC News - Title".
  const first = FIRST_SEPARATOR.exec(out);
  if (
    first &&
    first.index > 0 &&
    isName(out.slice(0, first.index)) &&
    out.length - first.index > 10
  )
    out = out.slice(first.index + first[0].length).trim();
  return out || title.trim();
}

const LAST_SEPARATOR = /\s+[|–—·•»/-]\s+(?!.*\s[|–—·•»/-]\s)/;
const FIRST_SEPARATOR = /\s+[|–—·•»/-]\s+/;
const TITLE_SEPARATOR_END = /\s+[|–—·•:»/-]\s*$/;

const BYLINE_DATE =
  /(\s*[,|·•]?\s*|(?<=\p{L}))(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}\b.*$|\s*[,|·•]?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$|\s*[,|·•]?\s*\d{4}-\d{2}-\d{2}.*$/iu;

/**
 * The byline as a name: dates glued to it dropped ("Associated Press November 19, 2019" →
 * Associated Press), none when it is only the site's name ("BBC News" on bbc.com) or only a date.
 */
export function cleanByline(
  byline: string | null,
  options: { site: string | null; url: string },
): string | null {
  if (!byline) return null;
  let b = byline.replace(/\s+/g, ' ').trim().replace(BYLINE_DATE, '').trim();
  b = b.replace(/[,|·•-]\s*$/, '').trim();
  const name = b.replace(/^(by|par|por|von|di)\b\s*/i, '').trim();
  if (!/\p{L}{2}/u.test(name) || /^(last )?(updated|published|posted)\b/i.test(name)) return null;
  const label = siteLabel(options.url);
  const site = options.site ? squashName(options.site) : '';
  const isSite = (n: string): boolean => {
    const q = squashName(n);
    return (
      q === site || q === label || (q.length >= 4 && (site.startsWith(q) || label.startsWith(q)))
    );
  };
  if (isSite(name)) return null;
  // "Charlie Wood, Business Insider": the person, without the site.
  const parts = b.split(/\s*,\s*/);
  const tail = parts.length === 2 ? squashName(parts[1] ?? '') : '';
  if (
    tail &&
    (isSite(tail) || (site.length >= 3 && tail.startsWith(site))) &&
    /\p{L}/u.test(parts[0] ?? '')
  )
    b = parts[0] ?? b;
  return b;
}
