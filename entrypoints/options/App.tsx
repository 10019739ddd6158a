import { memo } from 'preact/compat';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AutoCleanSites as AutoClean_ } from '@/components/library/auto-clean-sites';
import { LibraryFilters } from '@/components/library/library-filters';
import { LibraryList } from '@/components/library/library-list';
import { LibrarySettings as Settings_ } from '@/components/library/library-settings';
import { LibraryTools as Tools_, type StorageFigures } from '@/components/library/library-tools';
import { UndoBar } from '@/components/library/undo-bar';
import { DamagedBar } from '@/components/library/damaged-bar';
import { uiLocale } from '@/components/locale';
import { entityChoices, siteChoices } from '@/utils/library/filters';
import type { LibraryFilter } from '@/utils/model';
import type { FirstScreen } from './first-screen';
import { useLibrary } from './use-library';
import { useLibraryActions } from './use-library-actions';
import { closeOffline, openOffline, useOfflineReader } from './use-offline-reader';
import { useLibrarySearch } from './use-search';
import { useAutoCleanSites } from './use-auto-clean-sites';
import { useSettings } from './use-settings';

// Typing re-renders the page: these sections only when their own props change.
const LibrarySettings = memo(Settings_);
const LibraryTools = memo(Tools_);
const AutoCleanSites = memo(AutoClean_);

type View = 'library' | 'manage' | 'settings';
const VIEWS: View[] = ['library', 'manage', 'settings'];

function readView(): View {
  const name = location.hash.slice(1);
  return (VIEWS as string[]).includes(name) ? (name as View) : 'library';
}

/** The library page: glue between the hooks that load and change data and the components. */
export function App({ firstScreen }: { firstScreen: Promise<FirstScreen> }) {
  const library = useLibrary(firstScreen);
  const settingsPromise = useMemo(() => firstScreen.then((f) => f.settings), [firstScreen]);
  const { settings, prefersDark, change, changeReader } = useSettings(settingsPromise);
  const autoClean = useAutoCleanSites(settings);
  const actions = useLibraryActions();
  const [view, setView] = useState<View>(readView);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const search = useLibrarySearch(library.entries, library.complete, library.seq, query, filter);
  const onMissing = useCallback(
    () => actions.setMessage({ kind: 'error', text: i18n.t('library.missing') }),
    [actions.setMessage],
  );
  const { opened, setOpened, readerModule } = useOfflineReader(onMissing);
  const storage = useStorageFigures(library.seq);
  const ui = uiLocale();

  useEffect(() => {
    const onHash = () => {
      if (!location.hash.startsWith('#read/')) setView(readView());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Back from the offline copy: focus returns to the row that was opened.
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (opened) {
      lastOpened.current = opened.url;
      return;
    }
    const url = lastOpened.current;
    if (!url) return;
    lastOpened.current = null;
    requestAnimationFrame(() => {
      const row = [...document.querySelectorAll<HTMLElement>('.lib-row')].find(
        (r) => r.dataset.articleUrl === url,
      );
      row?.querySelector<HTMLElement>('.lib-open')?.focus();
    });
  }, [opened]);

  // Escape closes the offline copy, as it closes the reader over a page.
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        closeOffline();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);

  const entries = library.entries;
  const sites = useMemo(() => siteChoices(entries ?? []), [entries]);
  const entityList = useMemo(
    () => (library.complete ? entityChoices(entries ?? []) : []),
    [entries, library.complete],
  );
  const savedCount = useMemo(() => (entries ?? []).filter((e) => e.saved).length, [entries]);

  // First screen, for the benchmark and anyone profiling: the moment the rows are in the DOM.
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (entries && !painted.current) {
      painted.current = true;
      performance.mark('tidings-first-screen');
    }
  }, [entries]);

  // Stable callbacks for the memoised sections, always calling the latest handlers.
  const latest = useRef(actions);
  latest.current = actions;
  const stable = useMemo(
    () => ({
      onExportJson: () => void latest.current.exportJson(),
      onExportMarkdown: () => void latest.current.exportMarkdown(),
      onImport: (f: File) => void latest.current.importFile(f),
      onClearHistory: () => void latest.current.clear(),
    }),
    [],
  );
  const onChange = useCallback((c: Parameters<typeof change>[0]) => void change(c), [change]);
  const onReaderChange = useCallback(
    (c: Parameters<typeof changeReader>[0]) => void changeReader(c),
    [changeReader],
  );

  if (library.fatal) {
    return (
      <main class="lib-page" lang={ui.lang} dir={ui.dir}>
        <h1>{i18n.t('library.title')}</h1>
        <p class="lib-message lib-error" role="alert">
          {library.fatal}
        </p>
      </main>
    );
  }

  const reading = opened && settings && readerModule;
  const { shown } = search;
  const status = !query.trim()
    ? i18n.t('library.status', { shown: shown.length, total: library.total })
    : search.ready
      ? i18n.t('library.results', shown.length)
      : i18n.t('library.preparing', { indexed: search.indexed, total: library.total });

  return (
    <>
      <div class="lib-page" lang={ui.lang} dir={ui.dir} inert={reading ? true : undefined}>
        <header class="lib-header">
          <h1>{i18n.t('library.title')}</h1>
          <nav class="lib-nav" aria-label={i18n.t('library.title')}>
            {VIEWS.map((v) => (
              <a key={v} href={`#${v}`} aria-current={view === v ? 'page' : undefined}>
                {v === 'library'
                  ? i18n.t('library.navArticles')
                  : v === 'manage'
                    ? i18n.t('library.navManage')
                    : i18n.t('library.navSettings')}
              </a>
            ))}
          </nav>
        </header>
        <main>
          {view === 'library' && (
            <section id="library" class="lib-main" aria-label={i18n.t('library.navArticles')}>
              <DamagedBar
                count={library.damaged.length}
                busy={actions.busy}
                onDelete={() => void actions.remove(library.damaged.map((d) => d.url))}
              />
              <LibraryFilters
                query={query}
                filter={filter}
                sites={sites}
                entities={entityList}
                status={status}
                onQuery={setQuery}
                onFilter={setFilter}
              />
              {selected.size > 0 && (
                <div class="lib-selection">
                  <span>{i18n.t('library.selected', selected.size)}</span>
                  <button
                    type="button"
                    class="lib-button lib-button-danger"
                    disabled={actions.busy}
                    onClick={() => {
                      void actions.remove([...selected]);
                      setSelected(new Set());
                    }}
                  >
                    {i18n.t('library.deleteSelected')}
                  </button>
                  <button
                    type="button"
                    class="lib-button lib-button-quiet"
                    onClick={() => setSelected(new Set())}
                  >
                    {i18n.t('library.selectNone')}
                  </button>
                </div>
              )}
              <LibraryList
                entries={shown}
                query={search.parsedQuery}
                snippets={search.snippets}
                onVisible={search.onVisible}
                selected={selected}
                onToggleSelected={(url) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (!next.delete(url)) next.add(url);
                    return next;
                  })
                }
                onOpen={openOffline}
                onDelete={(url) => void actions.remove([url])}
                onFilterEntity={(name) => setFilter((f) => ({ ...f, entity: name }))}
                emptyMessage={
                  entries === null
                    ? i18n.t('library.loading')
                    : library.total === 0
                      ? i18n.t('library.empty')
                      : i18n.t('library.noMatch')
                }
              />
            </section>
          )}
          {view === 'manage' && (
            <section id="manage" class="lib-section" aria-labelledby="manage-title">
              <h2 id="manage-title">{i18n.t('library.navManage')}</h2>
              <LibraryTools
                count={library.total}
                savedCount={savedCount}
                storage={storage}
                historyEnabled={settings?.historyEnabled ?? true}
                busy={actions.busy}
                message={actions.message}
                onExportJson={stable.onExportJson}
                onExportMarkdown={stable.onExportMarkdown}
                onImport={stable.onImport}
                onClearHistory={stable.onClearHistory}
              />
            </section>
          )}
          {view === 'settings' && (
            <section id="settings" class="lib-section" aria-labelledby="settings-title">
              <h2 id="settings-title">{i18n.t('library.navSettings')}</h2>
              {settings && (
                <LibrarySettings
                  settings={settings}
                  onChange={onChange}
                  onReaderChange={onReaderChange}
                >
                  {autoClean && <AutoCleanSites {...autoClean} />}
                </LibrarySettings>
              )}
            </section>
          )}
          {view !== 'manage' && actions.message && (
            <p
              class={`lib-message lib-${actions.message.kind}`}
              role={actions.message.kind === 'error' ? 'alert' : 'status'}
            >
              {actions.message.text}
            </p>
          )}
        </main>
        {actions.undo && (
          <UndoBar
            message={actions.undo.message}
            onUndo={() => void actions.undoRemove()}
            onDismiss={actions.dismissUndo}
          />
        )}
      </div>
      {reading && (
        <readerModule.LibraryReader
          entry={opened}
          settings={settings.reader}
          systemPrefersDark={prefersDark}
          onClose={closeOffline}
          onToggleSaved={async () => {
            await actions.setSaved([opened.url], !opened.saved);
            setOpened({
              ...opened,
              saved: !opened.saved,
              savedAt: opened.saved ? null : Date.now(),
            });
          }}
          onSettingsChange={onReaderChange}
        />
      )}
    </>
  );
}

/** The storage the extension uses, read again whenever the library changes. */
function useStorageFigures(seq: number): StorageFigures | null {
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then((e) => setFigures({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => setFigures(null));
  }, [seq]);
  return figures;
}
