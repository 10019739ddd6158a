/**
 * The library's exports, streamed: entry by entry into Blob parts, never one string or one byte
 * array of the whole library (at ~600 MB of text `JSON.stringify` of the whole file throws
 * `RangeError: Invalid string length`). Each step reports progress; a failure rejects with a
 * message, and the caller says so.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { LibraryEntry } from '../model';
import { EXPORT_FORMAT, EXPORT_VERSION, entryToMarkdown, markdownFileName } from './export-format';

/** One batch of entries read from the store, and the ones that could not be read. */
export interface EntryBatch {
  entries: LibraryEntry[];
  damaged: Array<{ url: string; problem: string }>;
}

/** What an export made: the file, how many entries it holds and which could not be read. */
export interface ExportOutcome {
  blob: Blob;
  count: number;
  damaged: Array<{ url: string; problem: string }>;
}

export interface StreamOptions {
  /** Entries to expect (for progress). */
  total: number;
  /** Called after each batch with the number of entries written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called between batches; a long export on the page's thread yields here. */
  pause?: () => Promise<void>;
}

/** Parts are gathered as strings or bytes and turned into a Blob every few MB (out of the JS heap). */
class BlobBuilder {
  private blobs: Blob[] = [];
  private parts: BlobPart[] = [];
  private size = 0;
  constructor(
    private readonly type: string,
    private readonly flushAt = 8 * 1024 * 1024,
  ) {}
  add(part: string | Uint8Array): void {
    this.parts.push(part as BlobPart);
    this.size += part.length;
    if (this.size >= this.flushAt) this.flush();
  }
  private flush(): void {
    if (this.parts.length) this.blobs.push(new Blob(this.parts, { type: this.type }));
    this.parts = [];
    this.size = 0;
  }
  blob(): Blob {
    this.flush();
    return new Blob(this.blobs, { type: this.type });
  }
}

/**
 * The JSON export (the same file `toExportJson` makes, one entry per line), streamed from the
 * store's batches: holds one entry's JSON at a time.
 */
export async function streamExportJson(
  batches: AsyncIterable<EntryBatch>,
  now: number,
  options: StreamOptions,
): Promise<ExportOutcome> {
  const out = new BlobBuilder('application/json');
  out.add(
    `{\n "format": ${JSON.stringify(EXPORT_FORMAT)},\n "version": ${EXPORT_VERSION},\n` +
      ` "exportedAt": ${JSON.stringify(new Date(now).toISOString())},\n "entries": [`,
  );
  let count = 0;
  const damaged: EntryBatch['damaged'] = [];
  for await (const batch of batches) {
    for (const entry of batch.entries) {
      out.add(`${count ? ',' : ''}\n  ${JSON.stringify(entry)}`);
      count++;
    }
    damaged.push(...batch.damaged);
    options.onProgress?.(count, options.total);
    await options.pause?.();
  }
  out.add(`${count ? '\n ' : ''}]\n}\n`);
  return { blob: out.blob(), count, damaged };
}

/**
 * The Markdown zip (one file per article, as `toMarkdownZip`), streamed: each article is
 * converted, deflated and handed on before the next one is read.
 */
export async function streamMarkdownZip(
  batches: AsyncIterable<EntryBatch>,
  parse: (html: string) => ParentNode,
  options: StreamOptions,
): Promise<ExportOutcome> {
  const out = new BlobBuilder('application/zip');
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.add(chunk);
  });
  const taken = new Set<string>();
  let count = 0;
  const damaged: EntryBatch['damaged'] = [];
  for await (const batch of batches) {
    for (const entry of batch.entries) {
      const file = new ZipDeflate(`tidings-library/${markdownFileName(entry, taken)}`, {
        level: 6,
      });
      zip.add(file);
      file.push(strToU8(entryToMarkdown(entry, parse)), true);
      count++;
      if (failure) throw failure;
      // Converting runs on the page (it needs DOMParser): let it paint between articles.
      await options.pause?.();
    }
    damaged.push(...batch.damaged);
    options.onProgress?.(count, options.total);
  }
  zip.end();
  if (failure) throw failure;
  return { blob: out.blob(), count, damaged };
}

/** A pause that lets the page paint and take input about every `sliceMs` of work. */
export function slicer(sliceMs = 12): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}
