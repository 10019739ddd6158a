/**
 * Automatic clean view, in the worker. The settings are the one source of truth: the detector's
 * content script registration and the host access kept are derived from them (and from what
 * this browser granted) on every start, on every change of the settings (here, in another
 * context, or synced from another browser) and of the grants. The detector asks here what to do
 * on its page; the reader tells here when the reader went back to the original.
 */
import { browser } from 'wxt/browser';
import {
  autoCleanMode,
  neededOrigins,
  plannedRegistration,
  sameRegistration,
  DETECTOR_SCRIPT_ID,
} from '@/utils/auto-clean/registration';
import { siteOf } from '@/utils/auto-clean/sites';
import {
  autoCleanSupported,
  grantedOrigins,
  releaseOrigins,
  requiredOrigins,
  watchGrants,
} from '@/utils/host-access';
import { sendMessage, type MessageReturn } from '@/utils/messaging';
import { pageUrl } from '@/utils/model';
import {
  addOriginalPage,
  dropOriginalPages,
  getOriginalPages,
  getSettings,
  setSiteChoice,
  watchSettings,
} from '@/utils/storage';
import { callContentScript } from './content-script';

function report(error: unknown): void {
  console.warn('[tidings] automatic clean view', error);
}

/**
 * Make the browser's state follow the settings: give back host access the settings stopped
 * using, then register the detector for exactly the sites (or all sites) the settings and the
 * grants give, or unregister it. `release` is what to give back: the access a change of the
 * settings dropped, or (`'unused'`, when the browser starts or the extension is installed) any
 * optional access no setting uses. Access is never released just because it was granted before
 * its setting arrived: a grant and its setting come from one click, in either order.
 */
async function syncOnce(release: readonly string[] | 'unused'): Promise<void> {
  if (!autoCleanSupported()) return;
  const [settings, granted] = await Promise.all([getSettings(), grantedOrigins()]);
  const keep = new Set([...neededOrigins(settings), ...requiredOrigins()]);
  const unused = granted.filter(
    (origin) => !keep.has(origin) && (release === 'unused' || release.includes(origin)),
  );
  if (unused.length > 0) await releaseOrigins(unused).catch(report);
  const planned = plannedRegistration(
    settings,
    granted.filter((origin) => !unused.includes(origin)),
  );
  const scripting = browser.scripting;
  const [registered] = await scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (registered && planned && sameRegistration(registered, planned)) return;
  if (registered) await scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (planned) await scripting.registerContentScripts([planned]);
}

let syncing: Promise<void> | null = null;
let queued: { release: Set<string>; unused: boolean } | null = null;

/**
 * Bring the registration in line with the settings, giving back `release` (see `syncOnce`).
 * Calls while one runs are folded into one more run after it, so a burst of changes ends with
 * the state of the last.
 */
export function syncAutoClean(release: readonly string[] | 'unused' = []): Promise<void> {
  queued ??= { release: new Set(), unused: false };
  if (release === 'unused') queued.unused = true;
  else release.forEach((origin) => queued!.release.add(origin));
  syncing ??= (async () => {
    while (queued) {
      const next = queued;
      queued = null;
      await syncOnce(next.unused ? 'unused' : [...next.release]).catch(report);
    }
  })().finally(() => {
    syncing = null;
  });
  return syncing;
}

/** What the detector does on a tab's page: the mode that applies, and whether it stays original. */
export async function autoCleanState(
  tabId: number,
  url: string,
): Promise<MessageReturn<'getAutoCleanState'>> {
  const [settings, originals] = await Promise.all([getSettings(), getOriginalPages(tabId)]);
  return {
    mode: autoCleanMode(settings, siteOf(url)),
    original: originals.includes(pageUrl(url)),
  };
}

/** The detector found an article: inject the reader and open it, with the automatic bar. */
export async function openAutoCleanView(
  tabId: number,
  url: string,
): Promise<MessageReturn<'openAutoCleanView'>> {
  const site = siteOf(url);
  const state = await autoCleanState(tabId, url);
  if (!site || !state.mode || state.original) return { open: false };
  const shown = await callContentScript(tabId, () =>
    sendMessage('showReader', { open: true, auto: { site } }, tabId),
  );
  return { open: shown.open };
}

/** A page's address from a content script, checked against the page the message came from. */
function samePage(url: string, senderUrl: string | undefined): string {
  const site = siteOf(url);
  if (!site || site !== siteOf(senderUrl)) throw new Error('That page is not the sender’s.');
  return site;
}

/** The reader left a clean view that opened by itself: the page stays original in this tab. */
export async function keepOriginal(
  tabId: number,
  url: string,
  senderUrl: string | undefined,
): Promise<void> {
  samePage(url, senderUrl);
  await addOriginalPage(tabId, pageUrl(url));
}

/**
 * "Stop on this site": the site leaves the chosen ones (and, while clean view opens on every news
 * article, is stopped there too). Registration and host access follow the settings.
 */
export async function stopAutoClean(
  tabId: number,
  url: string,
  senderUrl: string | undefined,
): Promise<void> {
  const site = samePage(url, senderUrl);
  await addOriginalPage(tabId, pageUrl(url));
  const settings = await getSettings();
  await setSiteChoice(site, settings.autoCleanEverywhere ? 'stopped' : null);
}

/**
 * Register automatic clean view: the registration is brought in line now (every start of the
 * worker), when the browser starts (Chromium drops the dynamic registrations of an unpacked
 * build when it restarts) and when the extension is installed or updated (both also give back
 * access no setting uses), and whenever the settings or the grants change.
 */
export function setupAutoClean(): void {
  const tidy = () => void syncAutoClean('unused');
  browser.runtime.onStartup.addListener(tidy);
  browser.runtime.onInstalled.addListener(tidy);
  watchSettings((next, previous) => {
    const needed = new Set(neededOrigins(next));
    void syncAutoClean(neededOrigins(previous).filter((origin) => !needed.has(origin)));
  });
  if (autoCleanSupported()) watchGrants(() => void syncAutoClean());
  browser.tabs.onRemoved.addListener((tabId) => {
    dropOriginalPages(tabId).catch(report);
  });
  void syncAutoClean();
}
