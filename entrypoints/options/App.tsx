import { memo } from 'preact/compat';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AutoCleanSites as AutoClean_ } from '@/components/library/auto-clean-sites';
import { LibraryFilters } from '@/components/library/library-filters';
import { LibraryList } from '@/components/library/library-list';
import { LibrarySettings as Settings_ } from '@/components/library/library-settings';
import { LibraryTools as Tools_, type StorageFigures } from '@/components/library/library-tools';
import { UndoBar } from '@/components/library/undo-bar';
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

/** The library page: glue between the hooks that load and change data and the components. */
export function App({ firstScreen }: { firstScreen: Promise<FirstScreen> }) {
  const library = useLibrary(firstScreen);
  const settingsPromise = useMemo(() => firstScreen.then((f) => f.settings), [firstScreen]);
  const { settings, prefersDark, change, changeReader } = useSettings(settingsPromise);
  const autoClean = useAutoCleanSites(settings);
  const actions = useLibraryActions();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const search = useLibrarySearch(library.entries, library.complete, library.seq, query, filter);
  const onMissing = useCallback(
    () => actions.setMessage({ kind: 'error', text: 'That article is no longer in the library.' }),
    [actions.setMessage],
  );
  const { opened, setOpened, readerModule } = useOfflineReader(onMissing);
  const storage = useStorageFigures(library.seq);

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
  const onPauseHistory = useCallback(
    (paused: boolean) => void change({ historyEnabled: !paused }),
    [change],
  );
  const onChange = useCallback((c: Parameters<typeof change>[0]) => void change(c), [change]);
  const onReaderChange = useCallback(
    (c: Parameters<typeof changeReader>[0]) => void changeReader(c),
    [changeReader],
  );

  if (library.fatal) {
    return (
      <main class="lib-page">
        <h1>Tidings library</h1>
        <p class="lib-message lib-error" role="alert">
          {library.fatal}
        </p>
      </main>
    );
  }

  if (opened && settings && readerModule) {
    const { LibraryReader } = readerModule;
    return (
      <LibraryReader
        entry={opened}
        settings={settings.reader}
        systemPrefersDark={prefersDark}
        onClose={closeOffline}
        onToggleSaved={async () => {
          await actions.setSaved([opened.url], !opened.saved);
          setOpened({ ...opened, saved: !opened.saved, savedAt: opened.saved ? null : Date.now() });
        }}
        onSettingsChange={onReaderChange}
      />
    );
  }

  const { shown } = search;
  const status = !query.trim()
    ? `${shown.length} of ${library.total}`
    : search.ready
      ? `${shown.length} ${shown.length === 1 ? 'result' : 'results'}`
      : `Preparing search… ${search.indexed} of ${library.total} indexed`;

  return (
    <main class="lib-page">
      <header class="lib-header">
        <h1>Tidings library</h1>
        <nav class="lib-nav">
          <a href="#library">Articles</a>
          <a href="#manage">Export &amp; history</a>
          <a href="#settings">Settings</a>
        </nav>
      </header>
      <section id="library" class="lib-main" aria-label="Articles">
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
            {selected.size} selected
            <button
              type="button"
              disabled={actions.busy}
              onClick={() => {
                void actions.remove([...selected]);
                setSelected(new Set());
              }}
            >
              Delete selected
            </button>
            <button type="button" class="lib-link" onClick={() => setSelected(new Set())}>
              Select none
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
              ? 'Loading…'
              : library.total === 0
                ? 'No articles yet. Articles you open in clean view appear here.'
                : 'No article matches.'
          }
        />
      </section>
      {actions.undo && (
        <UndoBar
          message={actions.undo.message}
          onUndo={() => void actions.undoRemove()}
          onDismiss={actions.dismissUndo}
        />
      )}
      <section id="manage" class="lib-section" aria-labelledby="manage-title">
        <h2 id="manage-title">Export &amp; history</h2>
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
          onPauseHistory={onPauseHistory}
        />
      </section>
      <section id="settings" class="lib-section" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        {settings && (
          <LibrarySettings
            settings={settings}
            onChange={onChange}
            onReaderChange={onReaderChange}
          />
        )}
        <div class="lib-settings">{autoClean && <AutoCleanSites {...autoClean} />}</div>
      </section>
    </main>
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
