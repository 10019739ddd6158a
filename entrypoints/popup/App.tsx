import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { AutoCleanSwitch } from '@/components/popup/auto-clean-switch';
import { PopupView } from '@/components/popup/popup-view';
import { entityNames } from '@/components/entity-chips';
import { sendMessage } from '@/utils/messaging';
import type { Entity, PageState } from '@/utils/model';
import type { PopupStart } from './popup-start';
import { useAutoClean } from './use-auto-clean';

async function commandShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** Plain data (as stored and as sent between the popup and the worker) that reads the same. */
function sameData(a: PageState, b: PageState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Shows the tab's kept reading at once (when there is one), asks the worker for the tab's state
 * (which reads the page once if it was not read before) and runs the popup's actions.
 */
export function App({ start }: { start: PopupStart }) {
  const { tabId, asPage } = start;
  const [state, setState] = useState<PageState | null>(() =>
    start.tabId === null ? { kind: 'error', url: '', message: i18n.t('popup.noTab') } : start.kept,
  );
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const pageUrl =
    state?.kind === 'article'
      ? state.article.url
      : state?.kind === 'not-article'
        ? state.url
        : null;
  const autoClean = useAutoClean(pageUrl);
  const autoSite = autoClean.site;
  const pendingTitle = start.title;

  useEffect(() => {
    void commandShortcut().then(setShortcut);
    if (!start.current) return;
    // The worker's answer usually confirms what the kept reading showed: the same data keeps the
    // same state, and the popup is not rendered a second time for nothing.
    start.current.then(
      (next) => setState((shown) => (shown && sameData(shown, next) ? shown : next)),
      (error: unknown) => {
        // What was shown from the kept reading stays; only a popup with nothing says why.
        if (!start.kept) setState({ kind: 'error', url: '', message: (error as Error).message });
      },
    );
  }, [start]);

  useEffect(() => {
    // Lets the benchmark measure "popup opened → first entity shown" (the first time only).
    if (state && performance.getEntriesByName(`tidings:popup-${state.kind}`).length === 0) {
      performance.mark(`tidings:popup-${state.kind}`);
    }
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
      else setActionError(i18n.t('popup.noMention', { name: entity.name }));
    },
    [tabId, done],
  );

  return (
    <PopupView
      state={state}
      pendingTitle={pendingTitle}
      actionError={actionError}
      busy={busy}
      shortcut={shortcut}
      selectedEntity={selected}
      onCleanView={() => void onCleanView()}
      onToggleSaved={() => void onToggleSaved()}
      onSelectEntity={(e) => void onSelectEntity(e)}
      onOpenLibrary={() => {
        void browser.runtime.openOptionsPage().then(done);
      }}
      footer={
        autoSite &&
        (state?.kind === 'article' || autoClean.on) && (
          <AutoCleanSwitch {...autoClean} site={autoSite} />
        )
      }
    />
  );
}
