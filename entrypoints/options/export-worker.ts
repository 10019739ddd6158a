/**
 * The JSON export, off the page's thread: reads the library a batch at a time (IndexedDB is the
 * extension origin's, shared with the page) and streams it into a Blob. Messages out:
 * `progress`, then `done` with the file, or `failed` with the reason.
 */
import { listEntriesChecked, readEntriesInBatches } from '@/utils/library/db';
import { streamExportJson } from '@/utils/library/export-stream';

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      blob: Blob;
      count: number;
      damaged: Array<{ url: string; problem: string }>;
    }
  | { type: 'failed'; error: string };

const post = (message: ExportWorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<{ now: number }>) => {
  try {
    const { entries, damaged } = await listEntriesChecked();
    const urls = entries.map((e) => e.url);
    const outcome = await streamExportJson(readEntriesInBatches(urls), event.data.now, {
      total: urls.length,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', ...outcome, damaged: [...damaged, ...outcome.damaged] });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
