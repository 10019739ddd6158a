import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  clearHistory,
  deleteEntries,
  exportEntries,
  importEntries,
  restoreEntries,
  setSavedByUrl,
} from '@/utils/library/db';
import { i18n } from '#i18n';
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

  const exportJson = useCallback(
    () =>
      run(i18n.t('library.actionExport'), async () => {
        const [all, { toExportJson }] = await Promise.all([
          exportEntries(),
          import('@/utils/library/export-format'),
        ]);
        download(
          toExportJson(all, Date.now()),
          `tidings-library-${today()}.json`,
          'application/json',
        );
        setMessage({ kind: 'info', text: i18n.t('library.exported', all.length) });
      }),
    [run],
  );

  const exportMarkdown = useCallback(
    () =>
      run(i18n.t('library.actionExport'), async () => {
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
        setMessage({ kind: 'info', text: i18n.t('library.exportedMarkdown', all.length) });
      }),
    [run],
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
