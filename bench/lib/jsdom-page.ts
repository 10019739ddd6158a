/**
 * Parse a saved page with jsdom, the way a browser would decode it, for the CLI and benchmarks.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parse `html` (a string, or bytes decoded like a browser: BOM, `<meta charset>`, else UTF-8 when
 * the bytes are valid UTF-8, else windows-1252) at `url`. jsdom 29's CSS parser throws on some stylesheets browsers simply skip
 * (SCSS leftovers such as `calc(($a - $b) / 2)`); such a page is parsed again with its `<style>`
 * blocks emptied and its `style` attributes dropped, which changes nothing visible to extraction (Readability drops styles anyway).
 */
export function parseHtml(input: string | Buffer, url: string): JSDOM {
  const virtualConsole = new VirtualConsole(); // silence CSS/script noise from saved pages
  const html = typeof input === 'string' ? input : (undeclaredUtf8(input) ?? input);
  try {
    return new JSDOM(html, { url, virtualConsole });
  } catch (e) {
    if (!(e instanceof SyntaxError) && (e as Error)?.name !== 'SyntaxError') throw e;
    const text = typeof html === 'string' ? html : decode(html);
    // Style blocks emptied, and style attributes dropped: jsdom parses those while building the
    // tree too, and throws on the same leftovers.
    const unstyled = text
      .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2')
      .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
    return new JSDOM(unstyled, { url, virtualConsole });
  }
}

/**
 * The page's text when its bytes say nothing of their encoding (no BOM, no `<meta charset>` or
 * `http-equiv` in the first 1024 bytes, where the HTML standard's prescan looks) and are valid
 * UTF-8. A saved page has lost the HTTP header that named its charset; jsdom then falls back to
 * windows-1252 and a UTF-8 page comes out as "Trumpâ€™s". A browser opening such a file detects
 * UTF-8 from its bytes (Chromium's encoding detector does): so does this. Otherwise null: jsdom
 * decodes the bytes itself.
 */
export function undeclaredUtf8(bytes: Buffer): string | null {
  if (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  )
    return null;
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (/<meta[^>]+(?:charset|http-equiv\s*=\s*["']?content-type)/i.test(head)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Browser-like decoding of page bytes, for the rare fallback path above. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'windows-1252';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
