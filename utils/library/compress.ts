/**
 * Article HTML and text are stored deflate-compressed, in one stream: the text is almost a
 * substring of the HTML, so within deflate's 32 KB window it costs next to nothing on top of it.
 * The store must stay under 1.5× the article HTML on disk while also holding the search index.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Compress a string to deflate bytes (level 6: a few ms for an article). */
export function packText(value: string, level: 1 | 6 = 6): Uint8Array {
  return deflateSync(strToU8(value), { level });
}

/** The string `packText` compressed. */
export function unpackText(bytes: Uint8Array): string {
  return strFromU8(inflateSync(bytes));
}

/** Compress bytes (the search index snapshot). */
export function packBytes(bytes: Uint8Array, level: 1 | 6 = 6): Uint8Array {
  return deflateSync(bytes, { level });
}

/** The bytes `packBytes` compressed. */
export function unpackBytes(bytes: Uint8Array): Uint8Array {
  return inflateSync(bytes);
}

/** Article HTML and text packed together. */
export interface PackedContent {
  /** Deflate of `html + text` (UTF-8). */
  body: Uint8Array;
  /** Length of the HTML part, in UTF-16 code units of the unpacked string. */
  htmlLength: number;
}

/** Pack an article's HTML and text into one compressed body. */
export function packContent(html: string, text: string): PackedContent {
  return { body: packText(html + text), htmlLength: html.length };
}

/** The HTML and text `packContent` packed. */
export function unpackContent(packed: PackedContent): { html: string; text: string } {
  const all = unpackText(packed.body);
  return { html: all.slice(0, packed.htmlLength), text: all.slice(packed.htmlLength) };
}
