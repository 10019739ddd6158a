import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  clearHistory,
  deleteEntries,
  importEntries,
  listEntriesChecked,
  readEntriesInBatches,
  restoreEntries,
  setSavedByUrl,
} from '@/utils/library/db';
import type { ExportOutcome } from '@/utils/library/export-stream';
import type { ExportWorkerMessage } from './export-worker';
import { i18n } from '#i18n';
import type { LibraryEntry } from '@/utils/model';

const UNDO_MS = 15_000;

export type LibraryMessage = { kind: 'info' | 'error'; text: string };

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
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

/** What an export says when it is done: how many, and the damaged entries it had to leave out. */
function exported(
  outcome: ExportOutcome,
  key: 'library.exported' | 'library.exportedMarkdown',
): string {
  const left = outcome.damaged.length;
  const done = i18n.t(key, outcome.count);
  return left ? `${done} ${i18n.t('library.exportSkipped', left)}` : done;
}

/** The JSON export in a worker (the page stays responsive); progress as it goes. */
function exportJsonInWorker(
  onProgress: (done: number, total: number) => void,
): Promise<ExportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ExportWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else {
        finish();
        if (m.type === 'done') resolve(m);
        else reject(new Error(m.error));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || i18n.t('library.exportStopped')));
    };
    worker.postMessage({ now: Date.now() });
  });
}
/**
 * What the library's buttons do: delete (with undo), clear history, export, import, save. Each
 * action says what it did or why it failed; the list follows by itself (it watches the library).
 */
export function useLibraryActions() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LibraryMessage | null>(null);
  const [undo, setUndo] = useState<{ message: string; entries: LibraryEntry[] } | null>(null);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  /** Run one action at a time; a failure becomes the page's message. */
  const run = useCallback(async (what: string, action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setMessage({
        kind: 'error',
        text: i18n.t('library.actionFailed', { action: what, reason: errorText(error) }),
      });
    } finally {
      setBusy(false);
    }
  }, []);

  const remove = useCallback(
    (urls: string[]) =>
      run(i18n.t('library.actionDelete'), async () => {
        if (urls.length === 0) return;
        const removed = await deleteEntries(urls);
        setUndo({ message: i18n.t('library.deleted', removed.length), entries: removed });
      }),
    [run],
  );

  const undoRemove = useCallback(async () => {
    if (!undo) return;
    setUndo(null);
    await run(i18n.t('library.actionUndo'), () => restoreEntries(undo.entries));
  }, [undo, run]);

  const clear = useCallback(async () => {
    if (!window.confirm(i18n.t('library.confirmClear'))) return;
    await run(i18n.t('library.actionClear'), async () => {
      const removed = await clearHistory();
      setUndo({ message: i18n.t('library.cleared', removed.length), entries: removed });
    });
  }, [run]);

  const progress = useCallback(
    (done: number, total: number) =>
      setMessage({ kind: 'info', text: i18n.t('library.exporting', { done, total }) }),
    [],
  );

  const exportJson = useCallback(
    () =>
      run(i18n.t('library.actionExport'), async () => {
        const outcome = await exportJsonInWorker(progress);
        download(outcome.blob, `tidings-library-${today()}.json`);
        setMessage({ kind: 'info', text: exported(outcome, 'library.exported') });
      }),
    [run, progress],
  );

  const exportMarkdown = useCallback(
    () =>
      run(i18n.t('library.actionExport'), async () => {
        const [{ entries, damaged }, { streamMarkdownZip, slicer }] = await Promise.all([
          listEntriesChecked(),
          import('@/utils/library/export-stream'),
        ]);
        const urls = entries.map((e) => e.url);
        // On the page (Markdown needs DOMParser), in slices: it paints and takes input throughout.
        const outcome = await streamMarkdownZip(readEntriesInBatches(urls), parseHtml, {
          total: urls.length,
          onProgress: progress,
          pause: slicer(),
        });
        download(outcome.blob, `tidings-library-${today()}.zip`);
        const all = { ...outcome, damaged: [...damaged, ...outcome.damaged] };
        setMessage({ kind: 'info', text: exported(all, 'library.exportedMarkdown') });
      }),
    [run, progress],
  );

  const importFile = useCallback(
    (file: File) =>
      run(i18n.t('library.actionImport'), async () => {
        const { parseLibraryExport } = await import('@/utils/library/export-format');
        const parsed = parseLibraryExport(await file.text());
        if (!parsed.ok) {
          setMessage({ kind: 'error', text: `${file.name}: ${parsed.error}` });
          return;
        }
        try {
          const { added, merged } = await importEntries(parsed.entries);
          setMessage({
            kind: 'info',
            text: i18n.t('library.imported', {
              count: added + merged,
              file: file.name,
              added,
              merged,
            }),
          });
        } catch (error) {
          throw new Error(
            i18n.t('library.importFailedNothingChanged', { reason: errorText(error) }),
            { cause: error },
          );
        }
      }),
    [run],
  );

  const setSaved = useCallback(
    (urls: string[], saved: boolean) =>
      run(i18n.t('library.actionSave'), () => setSavedByUrl(urls, saved)),
    [run],
  );

  return {
    busy,
    message,
    setMessage,
    undo,
    dismissUndo: () => setUndo(null),
    remove,
    undoRemove,
    clear,
    exportJson,
    exportMarkdown,
    importFile,
    setSaved,
  };
}
