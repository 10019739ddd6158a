import type { BrowserContext, Request } from 'playwright-core';

/**
 * The network assertion of the e2e run: the README promises no network request, ever, from the
 * extension. Every request of the browser context is intercepted for the whole run; one made by
 * the extension (its pages, its service worker) to anywhere but its own origin (or `data:`/`blob:`)
 * is aborted and recorded, and `launchWithExtension`'s `close()` then fails the test file.
 *
 * Telling the extension's requests from the page's: a page the test serves on 127.0.0.1 loads its
 * own resources (and the reader shown in it loads the article's images from the page's site):
 * those belong to the page, whose frame is on 127.0.0.1. A request belongs to the extension when
 * its service worker is ours or the frame that made it is one of our pages. A navigation (the user
 * following a link out of the library) belongs to the page being opened, not to the extension.
 */
export interface NetworkGuard {
  /** Requests the extension tried to send out of its origin (each was aborted). */
  violations: string[];
  /** Requests seen from the extension's own pages and worker (to its own origin), for figures. */
  seen: number;
}

/** Who made a request: our extension (page or worker), or someone else. */
export function madeByExtension(request: Request, extensionOrigin: string): boolean {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith(extensionOrigin);
  if (request.isNavigationRequest()) return false;
  try {
    return request.frame().url().startsWith(extensionOrigin);
  } catch {
    return false; // no frame and no worker: not ours to judge
  }
}

const allowed = (url: string, extensionOrigin: string) =>
  url.startsWith(`${extensionOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:');

/**
 * Guard every request of the context from now on (call before any page opens).
 * - `block` (the tests): each request is intercepted and one out of the extension's origin is
 *   aborted. Interception holds every request (the extension's own pages' resources too) until
 *   the test process answers: in headless Chromium a popup's script then answered ~18 ms after
 *   it was asked for, instead of a few.
 * - `watch` (the timing benchmarks): requests are judged as they are made, none is held; a
 *   violation is still recorded and still fails `close()`, it is only not stopped.
 */
export async function guardNetwork(
  context: BrowserContext,
  extensionOrigin: string,
  mode: 'block' | 'watch' = 'block',
): Promise<NetworkGuard> {
  const guard: NetworkGuard = { violations: [], seen: 0 };
  const judge = (request: Request): boolean => {
    if (!madeByExtension(request, extensionOrigin)) return true;
    guard.seen++;
    if (allowed(request.url(), extensionOrigin)) return true;
    guard.violations.push(`${request.method()} ${request.url()} (from ${originOf(request)})`);
    return false;
  };
  if (mode === 'watch') {
    context.on('request', judge);
    return guard;
  }
  await context.route('**/*', (route) =>
    judge(route.request()) ? route.continue() : route.abort('blockedbyclient'),
  );
  // Requests routing does not see (the worker's, in some versions): judged as they are made.
  context.on('request', (request) => {
    if (request.serviceWorker()) judge(request);
  });
  return guard;
}

function originOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}
