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
const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

/** What an export says when it is done: how many, and the damaged entries it had to leave out. */
function exported(outcome: ExportOutcome, how: string): string {
  const left = outcome.damaged.length;
  const skipped = left ? ` ${articles(left)} could not be read and were left out.` : '';
  return `Exported ${articles(outcome.count)}${how}.${skipped}`;
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
      reject(new Error(event.message || 'the export stopped unexpectedly'));
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
      setMessage({ kind: 'error', text: `${what} failed: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  }, []);

  const remove = useCallback(
    (urls: string[]) =>
      run('Deleting', async () => {
        if (urls.length === 0) return;
        const removed = await deleteEntries(urls);
        setUndo({ message: `Deleted ${articles(removed.length)}.`, entries: removed });
      }),
    [run],
  );

  const undoRemove = useCallback(async () => {
    if (!undo) return;
    setUndo(null);
    await run('Undo', () => restoreEntries(undo.entries));
  }, [undo, run]);

  const clear = useCallback(async () => {
    if (!window.confirm('Delete every unsaved article from your history? Saved articles stay.')) {
      return;
    }
    await run('Clearing history', async () => {
      const removed = await clearHistory();
      setUndo({ message: `Cleared ${articles(removed.length)} from history.`, entries: removed });
    });
  }, [run]);

  const progress = useCallback(
    (done: number, total: number) =>
      setMessage({ kind: 'info', text: `Exporting… ${done} of ${articles(total)}` }),
    [],
  );

  const exportJson = useCallback(
    () =>
      run('Export', async () => {
        const outcome = await exportJsonInWorker(progress);
        download(outcome.blob, `tidings-library-${today()}.json`);
        setMessage({ kind: 'info', text: exported(outcome, '') });
      }),
    [run, progress],
  );

  const exportMarkdown = useCallback(
    () =>
      run('Export', async () => {
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
        setMessage({ kind: 'info', text: exported(all, ' as Markdown') });
      }),
    [run, progress],
  );

  const importFile = useCallback(
    (file: File) =>
      run('Import', async () => {
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
            text: `Imported ${added + merged} articles from ${file.name}: ${added} new, ${merged} merged with ones already here.`,
          });
        } catch (error) {
          throw new Error(`nothing was changed (${errorText(error)})`, { cause: error });
        }
      }),
    [run],
  );

  const setSaved = useCallback(
    (urls: string[], saved: boolean) => run('Saving', () => setSavedByUrl(urls, saved)),
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
