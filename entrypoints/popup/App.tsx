import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/popup-view';
import { entityNames } from '@/components/entity-chips';
import { type PageState } from '@/utils/model';
import { sendMessage } from '@/utils/messaging';
import type { Entity } from '@/utils/model';

/**
 * The tab this popup is about: `?tabId=<id>` (tests, and opening the popup as a page), else the
 * active tab of the current window (the toolbar popup).
 */
async function resolveTab(): Promise<{ tabId: number | null; asPage: boolean }> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), asPage: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, asPage: false };
}

async function commandShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** Loads the tab's state from the background and runs the popup's actions. */
export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [asPage, setAsPage] = useState(false);
  const [state, setState] = useState<PageState | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    void commandShortcut().then(setShortcut);
    void (async () => {
      const tab = await resolveTab();
      setTabId(tab.tabId);
      setAsPage(tab.asPage);
      if (tab.tabId === null) {
        setState({ kind: 'error', url: '', message: 'No tab to read.' });
        return;
      }
      try {
        setState(await sendMessage('getPageState', { tabId: tab.tabId }));
      } catch (error) {
        setState({ kind: 'error', url: '', message: (error as Error).message });
      }
    })();
  }, []);

  useEffect(() => {
    // Lets the benchmark measure "popup opened → entities and summary shown".
    if (state) performance.mark(`tidings:popup-${state.kind}`);
  }, [state]);

  const done = useCallback(() => {
    // The toolbar popup closes so the reader is visible; as a page (tests) it stays.
    if (!asPage) window.close();
  }, [asPage]);

  const onCleanView = useCallback(async () => {
    if (tabId === null) return;
    setBusy(true);
    setActionError(null);
    const result = await sendMessage('openCleanView', {
      tabId,
      force: state?.kind !== 'article',
    }).catch((error: unknown) => ({ ok: false as const, error: (error as Error).message }));
    setBusy(false);
    if (result.ok) done();
    else setActionError(result.error);
  }, [tabId, state, done]);

  const onToggleSaved = useCallback(async () => {
    if (tabId === null || state?.kind !== 'article') return;
    setBusy(true);
    setActionError(null);
    const result = await sendMessage('saveArticle', { tabId, saved: !state.saved }).catch(
      (error: unknown) => ({ ok: false as const, error: (error as Error).message }),
    );
    setBusy(false);
    if (result.ok) setState({ ...state, saved: result.saved });
    else setActionError(result.error);
  }, [tabId, state]);

  const onSelectEntity = useCallback(
    async (entity: Entity) => {
      if (tabId === null) return;
      setSelected(entity.name);
      const result = await sendMessage('highlightEntity', {
        tabId,
        names: entityNames(entity),
      }).catch(() => ({ ok: false }));
      if (result.ok) done();
      else setActionError(`No mention of ${entity.name} found to highlight.`);
    },
    [tabId, done],
  );

  return (
    <PopupView
      state={state}
      actionError={actionError}
      busy={busy}
      shortcut={shortcut}
      selectedEntity={selected}
      onCleanView={() => void onCleanView()}
      onToggleSaved={() => void onToggleSaved()}
      onSelectEntity={(e) => void onSelectEntity(e)}
    />
  );
}
