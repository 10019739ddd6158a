import { sendMessage } from '@/utils/messaging';
import { READER_FACE } from '@/utils/reader/theme';

let loading: Promise<FontFace[]> | null = null;

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The bundled reading face, built from bytes the worker sends (a font made from bytes is not
 * fetched: no extension URL for the page to see, no request under the page's CSP). Once per page.
 */
function readerFaces(): Promise<FontFace[]> {
  loading ??= sendMessage('getReaderFont', {}).then((files) =>
    Promise.all(
      files.map((file) =>
        new FontFace(READER_FACE.family, bytes(file.base64), {
          style: file.style,
          weight: READER_FACE.weight,
        }).load(),
      ),
    ),
  );
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * Add the reading face to the page's fonts while the reader shows (the reader paints at once with
 * the fallback and takes the face the moment it is ready). Returns the undo, which leaves the
 * page's fonts as they were. Where the browser refuses (a content script's font in Firefox), the
 * system serif stack is used.
 */
export function addReaderFont(): () => void {
  let added: FontFace[] = [];
  let closed = false;
  readerFaces().then(
    (faces) => {
      if (closed) return;
      for (const face of faces) {
        try {
          document.fonts.add(face);
          added.push(face);
        } catch {
          // the system stack stays
        }
      }
    },
    () => undefined,
  );
  return () => {
    closed = true;
    for (const face of added) document.fonts.delete(face);
    added = [];
  };
}
