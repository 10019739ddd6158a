import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  clearHistory,
  deleteEntries,
  exportEntries,
  importEntries,
  restoreEntries,
  setSavedByUrl,
} from '@/utils/library/db';
import type { LibraryEntry } from '@/utils/model';

const UNDO_MS = 15_000;

export type LibraryMessage = { kind: 'info' | 'error'; text: string };

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
const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

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

  const exportJson = useCallback(
    () =>
      run('Export', async () => {
        const [all, { toExportJson }] = await Promise.all([
          exportEntries(),
          import('@/utils/library/export-format'),
        ]);
        download(
          toExportJson(all, Date.now()),
          `tidings-library-${today()}.json`,
          'application/json',
        );
        setMessage({ kind: 'info', text: `Exported ${articles(all.length)}.` });
      }),
    [run],
  );

  const exportMarkdown = useCallback(
    () =>
      run('Export', async () => {
        const [all, { toMarkdownZip }] = await Promise.all([
          exportEntries(),
          import('@/utils/library/export-format'),
        ]);
        const zip = toMarkdownZip(all, parseHtml);
        download(
          zip as Uint8Array<ArrayBuffer>,
          `tidings-library-${today()}.zip`,
          'application/zip',
        );
        setMessage({ kind: 'info', text: `Exported ${articles(all.length)} as Markdown.` });
      }),
    [run],
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
