/**
 * Article HTML and text are stored deflate-compressed: the store must stay under 1.5× the article
 * HTML on disk while also holding the text and a search index, and news HTML compresses ~4×.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Compress a string to deflate bytes (level 6: fast enough to record a read in a few ms). */
export function packText(value: string): Uint8Array {
  return deflateSync(strToU8(value), { level: 6 });
}

/** The string `packText` compressed. */
export function unpackText(bytes: Uint8Array): string {
  return strFromU8(inflateSync(bytes));
}
