/**
 * Which pages an extension may read. Browsers refuse script injection into their own pages, the
 * extension stores and built-in viewers (PDF); the popup says so plainly instead of failing.
 */

const RESTRICTED_SCHEMES: Record<string, string> = {
  'chrome:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'edge:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'brave:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'opera:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'vivaldi:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'about:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'chrome-extension:':
    'This page belongs to an extension. Extensions cannot read each other’s pages.',
  'moz-extension:': 'This page belongs to an extension. Extensions cannot read each other’s pages.',
  'view-source:': 'This is a page’s source view. Extensions cannot run there.',
  'devtools:': 'These are the developer tools. Extensions cannot run there.',
  'chrome-search:': 'This is a browser page. Browsers do not let extensions read their own pages.',
  'data:': 'This page has no web address (a data: URL). Extensions cannot run there.',
  'javascript:': 'This is not a page extensions can read.',
};

/** Extension stores: browsers block every extension there, to protect installs. */
const STORE_HOSTS: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.opera.com' },
];

/** Kinds of page access. `unknown` = the browser did not tell us the URL (no `activeTab` grant). */
export type PageAccess =
  { allowed: true } | { allowed: false; reason: string } | { allowed: 'unknown' };

/**
 * Whether Tidings can run on a page, from its URL alone. A page we are not told the URL of is
 * `unknown`: injection decides (it fails without the user's grant).
 */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { allowed: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'This page has no address Tidings can read.' };
  }
  const scheme = parsed.protocol;
  const restricted = RESTRICTED_SCHEMES[scheme];
  if (restricted) return { allowed: false, reason: restricted };
  if (scheme !== 'http:' && scheme !== 'https:' && scheme !== 'file:') {
    return { allowed: false, reason: 'Extensions cannot run on this kind of page.' };
  }
  const host = parsed.hostname.toLowerCase();
  const store = STORE_HOSTS.find(
    (s) => s.host === host && (s.path === undefined || parsed.pathname.startsWith(s.path)),
  );
  if (store) {
    return {
      allowed: false,
      reason: 'This is an extension store. Browsers do not let extensions run there.',
    };
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return {
      allowed: false,
      reason: 'This is a PDF, shown by the browser’s own viewer. Extensions cannot read it.',
    };
  }
  return { allowed: true };
}

/**
 * A plain sentence for an injection or messaging failure (the browser's own messages are cryptic:
 * "Cannot access contents of the page…", "Receiving end does not exist").
 */
export function describeFailure(
  error: unknown,
  url?: string,
): { restricted: boolean; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome refuses file: pages with the same words as any other page; the fix is different.
  if (url?.startsWith('file:') && /cannot access|permission|not allowed/i.test(text)) {
    return {
      restricted: true,
      message:
        'Tidings cannot read local files unless you allow “Access to file URLs” in the extension settings.',
    };
  }
  if (
    /cannot access|permission|not allowed|Missing host permission|cannot be scripted/i.test(text)
  ) {
    return {
      restricted: true,
      message:
        'Tidings cannot read this page: the browser does not allow it here. Open Tidings from the toolbar button or its shortcut on the page you want to read.',
    };
  }
  if (/receiving end|could not establish connection|no tab with id|frame with id/i.test(text)) {
    return {
      restricted: false,
      message: 'The page is still loading or was closed. Try again in a moment.',
    };
  }
  return { restricted: false, message: `Tidings could not read this page (${text}).` };
}
