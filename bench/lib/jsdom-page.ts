/**
 * Parse a saved page with jsdom, the way a browser would decode it, for the CLI and benchmarks.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parse `html` (a string, or bytes decoded like a browser: BOM, `<meta charset>`, else
 * windows-1252) at `url`. jsdom 29's CSS parser throws on some stylesheets browsers simply skip
 * (SCSS leftovers such as `calc(($a - $b) / 2)`); such a page is parsed again with its `<style>`
 * blocks emptied and its `style` attributes dropped, which changes nothing visible to extraction (Readability drops styles anyway).
 */
export function parseHtml(html: string | Buffer, url: string): JSDOM {
  const virtualConsole = new VirtualConsole(); // silence CSS/script noise from saved pages
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
