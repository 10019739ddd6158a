/**
 * Host access for automatic clean view: asked in the reader's click (so the prompt is the
 * browser's own), listed, watched and released. With `utils/messaging.ts` and `utils/storage.ts`,
 * one of the few modules that call extension APIs; components never import it.
 */
import { browser } from 'wxt/browser';

/**
 * Whether this browser can register content scripts at run time (`scripting.registerContentScripts`:
 * Chrome 96, Firefox 102). Without it clean view cannot open by itself; the UI says so.
 */
export function autoCleanSupported(): boolean {
  const scripting = (browser as Partial<typeof browser>).scripting;
  return typeof scripting?.registerContentScripts === 'function';
}

/**
 * Ask for host access. Call it in the click handler itself, before any `await`: the browser
 * shows its prompt only for a user's gesture (Firefox refuses once the handler has awaited).
 * Resolves true when granted (at once, without a prompt, when already granted).
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Every host access this browser grants the extension now (required and optional). */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Host access the manifest grants at install: never released (a test build declares some). */
export function requiredOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    permissions?: unknown[];
  };
  const hostLike = (p: unknown): p is string =>
    typeof p === 'string' && (p.includes('://') || p === '<all_urls>');
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter(hostLike)];
}

/** Give host access back. Resolves false when the browser kept it. */
export function releaseOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

/** Call `listener` whenever access is granted or taken back (here, or in the browser's UI). */
export function watchGrants(listener: () => void): () => void {
  const onChange = () => listener();
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
