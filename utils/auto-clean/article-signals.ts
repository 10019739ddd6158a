/**
 * Is this page an article that clean view should open by itself? Decided from what the page
 * says of itself (its address, its structured data) and, where it says nothing, Readability's
 * readerable check. Pure: the detector runs it on the live page (read only) and the tests run it
 * on fixture pages in Node. Home pages, section fronts, search, tag and author pages and login
 * or paywall pages are left alone.
 */
import { isReaderable } from '../extract/readerable';
import type { AutoCleanMode } from '../model';

/** A kind of page its address gives away. */
export type AddressKind = 'home' | 'search' | 'login' | 'tag' | 'author' | 'section';

/** Kinds no structured data can make an article of. */
const FINAL_KINDS: ReadonlySet<AddressKind> = new Set(['home', 'search', 'login']);

/** A page its address alone rules out (home, search, login), before any of it is parsed. */
export function ruledOutByAddress(location: Pick<Location, 'pathname' | 'search'>): boolean {
  const kind = addressKind(location);
  return kind !== null && FINAL_KINDS.has(kind);
}

/** Path words of listing and account pages, in the languages of the news sites readers use. */
const PATH_WORDS: ReadonlyArray<[Exclude<AddressKind, 'home' | 'section'>, RegExp]> = [
  ['search', /^(search|suche|recherche|buscar|busca|zoeken|cerca|ricerca|sok|szukaj)$/],
  [
    'login',
    /^(log-?in|sign-?in|sign-?up|register|registration|account|my-?account|subscribe|subscription|auth|paywall|anmelden|connexion)$/,
  ],
  [
    'tag',
    /^(tags?|topics?|subjects?|keywords?|hashtags?|themen|thema|temas?|sujets?|etiquetas?|schlagworte?|stichworte?)$/,
  ],
  [
    'author',
    /^(authors?|autor|autoren|auteurs?|autores|profiles?|people|journalists?|contributors?|writers?|columnists?|by|staff)$/,
  ],
];

/** Query parameters of a search. */
const SEARCH_PARAMS = ['q', 'query', 'search', 'search_query', 'searchterm', 'keyword'];

/** An edition or language root (`/en/`, `/pt-br/`) or an index file is the home page. */
const HOME_SEGMENT = /^([a-z]{2}(-[a-z]{2,4})?|home|index(\.\w+)?|default\.\w+)$/;

/** A section front's address: one or two plain words per segment, no digits, no extension. */
const SECTION_SEGMENT = /^[a-z]+(-[a-z]+)?$/;

/** What a page's address says it is (null: nothing; most articles). */
export function addressKind(location: Pick<Location, 'pathname' | 'search'>): AddressKind | null {
  const segments = location.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  if (segments.length === 0 || (segments.length === 1 && HOME_SEGMENT.test(segments[0]!))) {
    return 'home';
  }
  for (const [kind, words] of PATH_WORDS) {
    if (segments.some((s) => words.test(s))) return kind;
  }
  const params = new URLSearchParams(location.search);
  if (SEARCH_PARAMS.some((p) => params.get(p)?.trim())) return 'search';
  if (segments.length <= 2 && segments.every((s) => SECTION_SEGMENT.test(s))) return 'section';
  return null;
}

/** What the page's structured data declares it to be. */
export type Declared = 'news' | 'article' | 'listing' | 'other' | 'none';

/** schema.org types of a news article (NewsArticle and its subtypes; live coverage). */
const NEWS_TYPES = new Set([
  'newsarticle',
  'analysisnewsarticle',
  'askpublicnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reportagenewsarticle',
  'reviewnewsarticle',
  'liveblogposting',
]);
/** Other schema.org article types. */
const ARTICLE_TYPES = new Set([
  'article',
  'blogposting',
  'report',
  'satiricalarticle',
  'scholarlyarticle',
  'techarticle',
]);
/** schema.org types of pages that list or describe other things (fronts, search, profiles). */
const LISTING_TYPES = new Set([
  'collectionpage',
  'searchresultspage',
  'profilepage',
  'itemlist',
  'aboutpage',
  'contactpage',
]);

export interface StructuredData {
  /** schema.org types of the page's top-level entities, lower case, without the vocabulary URL. */
  types: string[];
  /** `og:type`, lower case (null when absent). */
  ogType: string | null;
  /** An article entity says its content is not free (`isAccessibleForFree: false`). */
  paywalled: boolean;
}

const typeName = (t: unknown): string | null =>
  typeof t === 'string' ? t.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase() : null;

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).map(typeName).filter((n): n is string => n !== null);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The page's declared entities: JSON-LD at the top level, in `@graph` and a page's `mainEntity`
 * (never the items of a list: a front page lists articles without being one), and top-level
 * microdata. Malformed JSON-LD is skipped.
 */
export function structuredData(root: ParentNode): StructuredData {
  const types: string[] = [];
  let paywalled = false;
  const visit = (node: unknown, depth: number): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth));
    if (!isRecord(node)) return;
    const own = typesOf(node);
    types.push(...own);
    const free = node.isAccessibleForFree;
    if (own.some((t) => NEWS_TYPES.has(t) || ARTICLE_TYPES.has(t))) {
      if (free === false || (typeof free === 'string' && free.toLowerCase() === 'false')) {
        paywalled = true;
      }
    }
    if (depth > 0) return;
    visit(node['@graph'], depth);
    if (isRecord(node.mainEntity)) visit(node.mainEntity, depth + 1);
  };
  for (const script of Array.from(root.querySelectorAll('script[type]'))) {
    if (!/^application\/ld\+json$/i.test(script.getAttribute('type')?.trim() ?? '')) continue;
    // Some sites wrap it in CDATA or comment markers (Medium does).
    const json = (script.textContent ?? '')
      .replace(/^\s*(\/\/\s*)?(<!\[CDATA\[|<!--)/, '')
      .replace(/(\/\/\s*)?(\]\]>|-->)\s*$/, '');
    try {
      visit(JSON.parse(json), 0);
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  for (const item of Array.from(root.querySelectorAll('[itemscope][itemtype]'))) {
    if (item.parentElement?.closest('[itemscope]')) continue;
    for (const t of (item.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = /schema\.org\/(\w+)/i.exec(t)?.[1];
      if (name) types.push(name.toLowerCase());
    }
  }
  let ogType: string | null = null;
  for (const meta of Array.from(root.querySelectorAll('meta[property]'))) {
    if (meta.getAttribute('property')?.trim().toLowerCase() === 'og:type') {
      ogType = meta.getAttribute('content')?.trim().toLowerCase() || null;
      break;
    }
  }
  return { types, ogType, paywalled };
}

/** What the structured data amounts to. A listing type wins: fronts list articles. */
export function declaredAs(data: StructuredData): Declared {
  if (data.types.some((t) => LISTING_TYPES.has(t)) || data.ogType === 'profile') return 'listing';
  if (data.types.some((t) => NEWS_TYPES.has(t))) return 'news';
  if (data.types.some((t) => ARTICLE_TYPES.has(t)) || data.ogType === 'article') return 'article';
  return data.ogType ? 'other' : 'none';
}

/** Everything the decision reads of a page. */
export interface PageSignals {
  address: AddressKind | null;
  declared: Declared;
  paywalled: boolean;
  /** A password field: a login or registration page. */
  loginForm: boolean;
  /** Readability's readerable check; null when not run yet (the body is still loading). */
  readerable: boolean | null;
}

/** The decision: `article` is null when only the readerable check can tell. */
export interface ArticleDecision {
  article: boolean | null;
  why: string;
}

/**
 * Whether clean view opens by itself on a page. `news` mode (every site) opens only pages that
 * declare a news article; `site` mode (a site the reader chose) also opens pages that declare an
 * article, or that declare nothing and pass the readerable check.
 */
export function decideArticle(signals: PageSignals, mode: AutoCleanMode): ArticleDecision {
  const { address, declared, readerable } = signals;
  if (address && FINAL_KINDS.has(address)) return { article: false, why: `${address} page` };
  if (declared === 'listing') return { article: false, why: 'declared a listing or profile' };
  if (mode === 'news' && declared !== 'news') {
    return { article: false, why: 'not declared a news article' };
  }
  if (declared === 'news' || declared === 'article') {
    // A paywalled story with its text on the page is a subscriber's article; without, a paywall.
    if (signals.paywalled && readerable !== true) {
      return readerable === false
        ? { article: false, why: 'paywall: no article text on the page' }
        : { article: null, why: 'paywalled: needs the readerable check' };
    }
    return { article: true, why: `declared ${declared}` };
  }
  if (address) return { article: false, why: `${address} page` };
  if (signals.loginForm) return { article: false, why: 'login form' };
  if (declared === 'other') return { article: false, why: 'declared another kind of page' };
  if (readerable === null) return { article: null, why: 'needs the readerable check' };
  return readerable
    ? { article: true, why: 'readerable' }
    : { article: false, why: 'not readerable' };
}

/**
 * A password field in the page's own content: a login or registration page. The sign-in boxes
 * most news pages carry, hidden in their header or in a dialog, do not count.
 */
function hasLoginForm(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('input[type="password" i]')).some(
    (input) =>
      !input.closest(
        'header, nav, footer, aside, dialog, [role="dialog"], [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]',
      ),
  );
}

/**
 * The signals of a page. With `readerable: false` (while the body is still loading) the check is
 * not run and the structured data is what has been parsed so far.
 */
export function pageSignals(
  doc: Document,
  location: Pick<Location, 'pathname' | 'search'>,
  options: { readerable?: boolean } = {},
): PageSignals {
  const data = structuredData(doc);
  return {
    address: addressKind(location),
    declared: declaredAs(data),
    paywalled: data.paywalled,
    loginForm: hasLoginForm(doc),
    readerable: options.readerable === false ? null : isReaderable(doc),
  };
}

/**
 * The decision on a page as it is now: from its address and structured data, and only when
 * those do not tell, Readability's readerable check (the costly part).
 */
export function decidePage(
  doc: Document,
  location: Pick<Location, 'pathname' | 'search'>,
  mode: AutoCleanMode,
  options: { afterNavigation?: boolean } = {},
): ArticleDecision & { signals: PageSignals } {
  const signals = pageSignals(doc, location, { readerable: false });
  // A single-page app often leaves the first page's head as it was: after its navigations, a
  // head that says "website" or "listing" may speak of another page, and only what says article
  // is believed.
  if (options.afterNavigation && (signals.declared === 'other' || signals.declared === 'listing')) {
    signals.declared = 'none';
  }
  const first = decideArticle(signals, mode);
  if (first.article !== null) return { ...first, signals };
  const checked = { ...signals, readerable: isReaderable(doc) };
  return { ...decideArticle(checked, mode), signals: checked };
}
