// The reading face's files, inlined into the worker at build time (base64 data URLs): the worker
// hands them to a page's reader as bytes, so no extension URL is ever exposed to the page and no
// request is made for them.
import italic from '@fontsource-variable/literata/files/literata-latin-wght-italic.woff2?inline';
import normal from '@fontsource-variable/literata/files/literata-latin-wght-normal.woff2?inline';
import type { ReaderFontFile } from '@/utils/messaging';

const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** The bundled reading face, normal and italic, as base64 woff2. */
export function readerFontFiles(): ReaderFontFile[] {
  return [
    { style: 'normal', base64: base64(normal) },
    { style: 'italic', base64: base64(italic) },
  ];
}
