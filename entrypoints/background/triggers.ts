import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Settings } from '@/utils/model';
import { getSettings, watchSettings } from '@/utils/storage';
import { showCleanView } from './clean-view';

/** The keyboard command declared in `wxt.config.ts`. */
export const TOGGLE_READER_COMMAND = 'toggle-reader';
/** The page context menu item. */
export const CLEAN_VIEW_MENU_ID = 'tidings-clean-view';

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarButton() {
  return (
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction
  );
}

/**
 * Say on the toolbar button why clean view could not open in this tab (the shortcut and the
 * menu have no other place to answer): a "!" badge, the reason as its tooltip. Cleared on success.
 */
async function showOutcome(tabId: number, error: string | null): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await Promise.all([
    button.setBadgeText({ tabId, text: error ? '!' : '' }),
    button.setTitle({
      tabId,
      title: !error ? 'Tidings' : error.startsWith('Tidings') ? error : `Tidings: ${error}`,
    }),
  ]).catch(() => undefined); // the tab may be gone already
}

/** The shortcut or the menu reached us from a tab: toggle its reader view (forced, as asked). */
async function toggleFromTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const result = await showCleanView(tabId, { force: true });
  await showOutcome(tabId, result.ok ? null : result.error);
}

/**
 * The keyboard command and the page context menu. Both go through `showCleanView`, like the
 * popup's button; both grant `activeTab` for the tab, which is what lets the script in.
 */
export function setupCleanViewTriggers(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_READER_COMMAND) return;
    void (async () => {
      const tabId =
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await toggleFromTab(tabId);
    })();
  });

  // Menus persist across worker restarts; create them once per install/update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(
      () =>
        browser.contextMenus.create({
          id: CLEAN_VIEW_MENU_ID,
          title: i18n.t('menuCleanView'),
          contexts: ['page'],
        }),
      (error: unknown) => console.warn('Tidings: context menu not created', error),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLEAN_VIEW_MENU_ID) return;
    void toggleFromTab(tab?.id);
  });
}

/** The popup's page, as the manifest declares it. */
const POPUP = 'popup.html';

/** Point the toolbar button at the popup, or at clean view directly, as the reader chose. */
async function applyToolbarSetting(settings: Pick<Settings, 'toolbarOpens'>): Promise<void> {
  const button = toolbarButton();
  await button?.setPopup({ popup: settings.toolbarOpens === 'popup' ? POPUP : '' });
}

/**
 * The toolbar button: the popup by default; with "clean view directly" chosen, one click opens
 * (or closes) the reader, whose rail and strip carry what the popup shows. Applied on every start
 * (the browser keeps no popup change across restarts of an unpacked build) and on change.
 */
export function setupToolbarButton(): void {
  const button = toolbarButton();
  if (!button) return;
  // Fires only when no popup is set; acts only when that is the reader's choice (a click with
  // the popup switched off for another reason, e.g. granting access in a test, does nothing).
  button.onClicked.addListener((tab) => {
    void getSettings().then((s) => {
      if (s.toolbarOpens === 'reader') return toggleFromTab(tab.id);
    });
  });
  watchSettings((next, previous) => {
    if (next.toolbarOpens !== previous.toolbarOpens) applyToolbarSetting(next).catch(report);
  });
  getSettings().then(applyToolbarSetting).catch(report);
}

function report(error: unknown): void {
  console.warn('[tidings] the toolbar button could not be set', error);
}
