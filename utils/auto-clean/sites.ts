/**
 * Sites and the host access they need. A site is a hostname without its `www.` (the reader
 * thinks of `news.example`, not of `www.news.example`); its access covers both names, on http
 * and https, and nothing else of the domain.
 */
import * as v from 'valibot';
import { SiteSchema } from '../model';

/** Host access to every site: asked only when "Clean view on every news article" is turned on. */
export const ALL_SITES = '*://*/*';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The site of a page (`https://www.news.example/a` → `news.example`); null off the web. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const site = host.startsWith('www.') && host.indexOf('.', 4) > 0 ? host.slice(4) : host;
  return v.is(SiteSchema, site) ? site : null;
}

/** The match patterns of a site's pages: its name and its `www.` name, any port, http and https. */
export function sitePatterns(site: string): string[] {
  return IPV4.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`];
}

interface Pattern {
  scheme: string;
  host: string;
  path: string;
}

function parsePattern(pattern: string): Pattern | null {
  if (pattern === '<all_urls>') return { scheme: '<all>', host: '*', path: '/*' };
  const match = /^(\*|https?|file|ftp|wss?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) return null;
  // A port in a granted pattern (Chrome allows them) narrows nothing we ask for: ignore it.
  return { scheme: match[1]!, host: match[2]!.replace(/:\d+$/, ''), path: match[3]! };
}

/** True when host access `granted` (as the browser lists it) includes all of `wanted`. */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === wanted) return true;
  const g = parsePattern(granted);
  const w = parsePattern(wanted);
  if (!g || !w) return false;
  const schemes = (s: string) => (s === '*' || s === '<all>' ? ['http', 'https'] : [s]);
  if (!schemes(w.scheme).every((s) => g.scheme === '<all>' || schemes(g.scheme).includes(s))) {
    return false;
  }
  const hostOk =
    g.host === '*' ||
    g.host === w.host ||
    (g.host.startsWith('*.') &&
      !w.host.startsWith('*') &&
      (w.host === g.host.slice(2) || w.host.endsWith(g.host.slice(1)))) ||
    (g.host.startsWith('*.') && w.host.startsWith('*.') && w.host.endsWith(g.host.slice(1)));
  if (!hostOk) return false;
  return g.path === '/*' || g.path === w.path;
}

/** True when every pattern of `wanted` is covered by one of `granted`. */
export function grantsCover(granted: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => granted.some((g) => patternCovers(g, w)));
}
