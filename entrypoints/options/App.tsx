import { memo } from 'preact/compat';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryFilters } from '@/components/library/library-filters';
import { LibraryList } from '@/components/library/library-list';
import { LibrarySettings as Settings_ } from '@/components/library/library-settings';
import { LibraryTools as Tools_, type StorageFigures } from '@/components/library/library-tools';
import { UndoBar } from '@/components/library/undo-bar';
import {
  changeSeq,
  clearHistory,
  countEntries,
  deleteEntries,
  exportEntries,
  getEntry,
  getTexts,
  importEntries,
  listEntries,
  restoreEntries,
  setSavedByUrl,
} from '@/utils/library/db';
import { entityChoices, filterEntries, siteChoices } from '@/utils/library/filters';
import { parseQuery, searchLibrary, snippet } from '@/utils/library/search';
import type { LiveSearchIndex } from '@/utils/library/search-store';
import type { EntryMeta, LibraryEntry, LibraryFilter } from '@/utils/model';
import { type FirstScreen } from './first-screen';
import { type ReaderSettings, type Settings } from '@/utils/model';
import { getSettings, settingsItem, updateSettings } from '@/utils/storage';

// Typing re-renders the page: these sections only when their own props change.
const LibrarySettings = memo(Settings_);
const LibraryTools = memo(Tools_);

const UNDO_MS = 15_000;
const POLL_MS = 3_000;

type ReaderModule = typeof import('@/components/library/library-reader');

function readRoute(): string | null {
  const m = /^#read\/(.+)$/.exec(location.hash);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function download(bytes: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const today = () => new Date().toISOString().slice(0, 10);
const parseHtml = (html: string): ParentNode =>
  new DOMParser().parseFromString(html, 'text/html').body;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The library: loads entries and the search index from IndexedDB and runs the page's actions. */
export function App({ firstScreen }: { firstScreen: Promise<FirstScreen> }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [entries, setEntries] = useState<EntryMeta[] | null>(null);
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [live, setLive] = useState<LiveSearchIndex | null>(null);
  const [indexed, setIndexed] = useState(0);
  const [indexVersion, setIndexVersion] = useState(0);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ message: string; entries: LibraryEntry[] } | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [storage, setStorage] = useState<StorageFigures | null>(null);
  const [route, setRoute] = useState<string | null>(readRoute);
  const [opened, setOpened] = useState<LibraryEntry | null>(null);
  const [prefersDark, setPrefersDark] = useState(
    () => window.matchMedia('(prefers-color-scheme: dark)').matches,
  );
  // The reader view is code-split: the library's first screen does not need it.
  const [readerModule, setReaderModule] = useState<ReaderModule | null>(null);
  const seenSeq = useRef(-1);
  const typedAt = useRef<number | null>(null);
  const painted = useRef(false);

  const refreshStorage = useCallback(() => {
    void navigator.storage
      ?.estimate()
      .then((e) => setStorage({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => setStorage(null));
  }, []);

  /** Reload the list (and catch the search index up) after a change by anyone. */
  const reload = useCallback(async () => {
    const seq = await changeSeq();
    seenSeq.current = seq;
    const [all, count] = await Promise.all([listEntries(), countEntries()]);
    setEntries(all);
    setTotal(count);
    setComplete(true);
    refreshStorage();
    if (live && (await live.refresh())) setIndexVersion((v) => v + 1);
  }, [live, refreshStorage]);

  // First screen from the newest rows only, then the whole (light) list, then the search index.
  useEffect(() => {
    let stop = false;
    void (async () => {
      try {
        const first = await firstScreen;
        if (stop) return;
        setSettings(first.settings);
        setEntries(first.recent);
        setTotal(first.count);
        seenSeq.current = first.seq;
        // Let the first screen paint before reading (and deserializing) every row.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const all = await listEntries();
        if (stop) return;
        setEntries(all);
        setComplete(true);
        refreshStorage();
        // Loaded after the first screen: the index code is not needed to paint it.
        const { openSearchIndex } = await import('@/utils/library/search-store');
        const index = await openSearchIndex((n) => setIndexed(n));
        if (!stop) setLive(index);
      } catch (error) {
        setFatal(errorText(error));
      }
    })();
    const unwatch = settingsItem.watch(() => void getSettings().then(setSettings));
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onMedia = () => setPrefersDark(media.matches);
    media.addEventListener('change', onMedia);
    return () => {
      stop = true;
      unwatch();
      media.removeEventListener('change', onMedia);
    };
  }, [firstScreen, refreshStorage]);

  // The worker records reads while this page is open: pick them up when the page is looked at.
  useEffect(() => {
    if (!complete) return;
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      void changeSeq().then((seq) => {
        if (seq !== seenSeq.current) void reload();
      });
    };
    const timer = setInterval(check, POLL_MS);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [complete, reload]);

  // Offline reading route: #read/<url>.
  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!route) {
      setOpened(null);
      return;
    }
    void getEntry(route).then((entry) => {
      if (entry) setOpened(entry);
      else {
        setMessage({ kind: 'error', text: 'That article is no longer in the library.' });
        location.hash = '';
      }
    });
  }, [route]);
  useEffect(() => {
    if (route && !readerModule) {
      void import('@/components/library/library-reader').then((m) => setReaderModule(m));
    }
  }, [route, readerModule]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const hits = useMemo(
    () => (live && query.trim() ? searchLibrary(live.index, query) : null),
    // indexVersion: the index object mutates in place when it catches up.
    [live, query, indexVersion],
  );

  const byUrl = useMemo(() => new Map((entries ?? []).map((e) => [e.url, e])), [entries]);
  const shown = useMemo(() => {
    if (!entries) return [];
    if (!hits) return filterEntries(entries, filter);
    const ranked = hits.flatMap((h) => {
      const e = byUrl.get(h.url);
      return e ? [e] : [];
    });
    return filterEntries(ranked, filter);
  }, [entries, hits, filter, byUrl]);
  const parsedQuery = useMemo(() => (hits ? parseQuery(query) : null), [hits, query]);

  // Snippets around the match for the rows in view: their texts are read on demand and kept.
  const texts = useRef(new Map<string, string>());
  const [visibleUrls, setVisibleUrls] = useState<string[]>([]);
  const [textsVersion, setTextsVersion] = useState(0);
  useEffect(() => {
    if (!parsedQuery) return;
    const missing = visibleUrls.filter((u) => !texts.current.has(u));
    if (missing.length === 0) return;
    void getTexts(missing).then((found) => {
      if (texts.current.size > 500) texts.current.clear();
      for (const [url, text] of found) texts.current.set(url, text);
      setTextsVersion((v) => v + 1);
    });
  }, [parsedQuery, visibleUrls]);
  const snippets = useMemo(() => {
    const out = new Map<string, string>();
    if (!parsedQuery) return out;
    for (const url of visibleUrls) {
      const text = texts.current.get(url);
      if (text) out.set(url, snippet(text, parsedQuery));
    }
    return out;
    // textsVersion: the texts map is filled in place.
  }, [parsedQuery, visibleUrls, textsVersion]);
  const sites = useMemo(() => siteChoices(entries ?? []), [entries]);
  const entityList = useMemo(
    () => (complete ? entityChoices(entries ?? []) : []),
    [entries, complete],
  );
  const savedCount = useMemo(() => (entries ?? []).filter((e) => e.saved).length, [entries]);

  // Figures for the benchmark and anyone profiling: first screen, and search per keystroke.
  // Layout effects: the moment the rows are in the DOM, before the browser paints them.
  useLayoutEffect(() => {
    if (entries && !painted.current) {
      painted.current = true;
      performance.mark('tidings-first-screen');
    }
  }, [entries]);
  useLayoutEffect(() => {
    if (typedAt.current !== null) {
      performance.measure('tidings-search', { start: typedAt.current, end: performance.now() });
      typedAt.current = null;
    }
  }, [shown]);

  const onQuery = (q: string) => {
    typedAt.current = performance.now();
    setQuery(q);
  };

  const removeWithUndo = async (urls: string[]) => {
    if (urls.length === 0) return;
    setBusy(true);
    try {
      const removed = await deleteEntries(urls);
      setUndo({
        message: `Deleted ${removed.length} ${removed.length === 1 ? 'article' : 'articles'}.`,
        entries: removed,
      });
      setSelected(new Set());
      await reload();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not delete: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const onUndo = async () => {
    if (!undo) return;
    const { entries: back } = undo;
    setUndo(null);
    await restoreEntries(back);
    await reload();
  };

  const onClearHistory = async () => {
    if (!window.confirm('Delete every unsaved article from your history? Saved articles stay.')) {
      return;
    }
    setBusy(true);
    try {
      const removed = await clearHistory();
      setUndo({ message: `Cleared ${removed.length} articles from history.`, entries: removed });
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const onExportJson = async () => {
    setBusy(true);
    try {
      const [all, { toExportJson }] = await Promise.all([
        exportEntries(),
        import('@/utils/library/export-format'),
      ]);
      download(
        toExportJson(all, Date.now()),
        `tidings-library-${today()}.json`,
        'application/json',
      );
      setMessage({ kind: 'info', text: `Exported ${all.length} articles.` });
    } finally {
      setBusy(false);
    }
  };

  const onExportMarkdown = async () => {
    setBusy(true);
    try {
      const [all, { toMarkdownZip }] = await Promise.all([
        exportEntries(),
        import('@/utils/library/export-format'),
      ]);
      const zip = toMarkdownZip(all, parseHtml);
      download(zip as Uint8Array<ArrayBuffer>, `tidings-library-${today()}.zip`, 'application/zip');
      setMessage({ kind: 'info', text: `Exported ${all.length} articles as Markdown.` });
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (file: File) => {
    setBusy(true);
    try {
      const { parseLibraryExport } = await import('@/utils/library/export-format');
      const parsed = parseLibraryExport(await file.text());
      if (!parsed.ok) {
        setMessage({ kind: 'error', text: `${file.name}: ${parsed.error}` });
        return;
      }
      const { added, merged } = await importEntries(parsed.entries);
      setMessage({
        kind: 'info',
        text: `Imported ${added + merged} articles from ${file.name}: ${added} new, ${merged} merged with ones already here.`,
      });
      await reload();
    } catch (error) {
      setMessage({
        kind: 'error',
        text: `Import failed, nothing was changed: ${errorText(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  // Stable callbacks for the memoised sections, always calling the latest handlers.
  const latest = useRef({
    onExportJson,
    onExportMarkdown,
    onImport,
    onClearHistory,
    changeSettings: (_: Partial<Omit<Settings, 'reader'>>) => undefined as unknown,
    changeReader: (_: Partial<ReaderSettings>) => undefined as unknown,
  });
  const stable = useMemo(
    () => ({
      onExportJson: () => void latest.current.onExportJson(),
      onExportMarkdown: () => void latest.current.onExportMarkdown(),
      onImport: (f: File) => void latest.current.onImport(f),
      onClearHistory: () => void latest.current.onClearHistory(),
      onPauseHistory: (paused: boolean) =>
        void latest.current.changeSettings({ historyEnabled: !paused }),
      onChange: (c: Partial<Omit<Settings, 'reader'>>) => void latest.current.changeSettings(c),
      onReaderChange: (c: Partial<ReaderSettings>) => void latest.current.changeReader(c),
    }),
    [],
  );

  const changeSettings = async (change: Partial<Omit<Settings, 'reader'>>) =>
    setSettings(await updateSettings(change));
  const changeReader = async (change: Partial<ReaderSettings>) =>
    setSettings(await updateSettings({ reader: change }));
  latest.current = {
    onExportJson,
    onExportMarkdown,
    onImport,
    onClearHistory,
    changeSettings,
    changeReader,
  };

  if (fatal) {
    return (
      <main class="lib-page">
        <h1>Tidings library</h1>
        <p class="lib-message lib-error" role="alert">
          {fatal}
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
        onClose={() => {
          location.hash = '';
        }}
        onToggleSaved={async () => {
          await setSavedByUrl([opened.url], !opened.saved);
          setOpened({ ...opened, saved: !opened.saved, savedAt: opened.saved ? null : Date.now() });
          await reload();
        }}
        onSettingsChange={changeReader}
      />
    );
  }

  const status = !query.trim()
    ? `${shown.length} of ${total}`
    : live
      ? `${shown.length} ${shown.length === 1 ? 'result' : 'results'}`
      : `Preparing search… ${indexed} of ${total} indexed`;

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
          onQuery={onQuery}
          onFilter={setFilter}
        />
        {selected.size > 0 && (
          <div class="lib-selection">
            {selected.size} selected
            <button
              type="button"
              disabled={busy}
              onClick={() => void removeWithUndo([...selected])}
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
          query={parsedQuery}
          snippets={snippets}
          onVisible={setVisibleUrls}
          selected={selected}
          onToggleSelected={(url) =>
            setSelected((s) => {
              const next = new Set(s);
              if (!next.delete(url)) next.add(url);
              return next;
            })
          }
          onOpen={(url) => {
            location.hash = `#read/${encodeURIComponent(url)}`;
          }}
          onDelete={(url) => void removeWithUndo([url])}
          onFilterEntity={(name) => setFilter((f) => ({ ...f, entity: name }))}
          emptyMessage={
            entries === null
              ? 'Loading…'
              : total === 0
                ? 'No articles yet. Articles you open in clean view appear here.'
                : 'No article matches.'
          }
        />
      </section>
      {undo && (
        <UndoBar
          message={undo.message}
          onUndo={() => void onUndo()}
          onDismiss={() => setUndo(null)}
        />
      )}
      <section id="manage" class="lib-section" aria-labelledby="manage-title">
        <h2 id="manage-title">Export &amp; history</h2>
        <LibraryTools
          count={total}
          savedCount={savedCount}
          storage={storage}
          historyEnabled={settings?.historyEnabled ?? true}
          busy={busy}
          message={message}
          onExportJson={stable.onExportJson}
          onExportMarkdown={stable.onExportMarkdown}
          onImport={stable.onImport}
          onClearHistory={stable.onClearHistory}
          onPauseHistory={stable.onPauseHistory}
        />
      </section>
      <section id="settings" class="lib-section" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        {settings && (
          <LibrarySettings
            settings={settings}
            onChange={stable.onChange}
            onReaderChange={stable.onReaderChange}
          />
        )}
      </section>
    </main>
  );
}
