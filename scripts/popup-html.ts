/**
 * The built popup page, made to start sooner (run by `wxt.config.ts` after each build).
 *
 * A request for one of an extension page's own resources is answered only after the page has
 * committed, and a stylesheet blocks both the first paint and a deferred script. Measured in
 * headless Chromium, the popup opened on a read tab, built as WXT builds it and as this makes it,
 * interleaved (30 opens each, median): the script started at 47.2 ms → 42.8, the first entity
 * showed at 65.1 ms → 62.8 (`bench/browser.ts` prints the figure that counts).
 *
 * - WXT adds `<script type="module" src="/chunks/_virtual_wxt-html-plugins-*.js">` to every
 *   page, to start WXT plugins. With no plugin (this project has none) the chunk is empty: the
 *   tag is dropped, but only while the chunk really is empty.
 * - The popup's one stylesheet becomes a `<style>` element (the pages' CSP allows inline styles,
 *   not inline scripts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLUGIN_SCRIPT =
  /\s*<script type="module"[^>]*src="(\/chunks\/_virtual_wxt-html-plugins-[\w-]+\.js)"[^>]*><\/script>/;
const STYLESHEET = /<link rel="stylesheet"[^>]*href="(\/assets\/popup-style\.css)"[^>]*>/;

/** Rewrite `popup.html` in a built extension directory; returns what was done, for the log. */
export function inlinePopupHtml(outDir: string): string[] {
  const file = join(outDir, 'popup.html');
  if (!existsSync(file)) return [];
  let html = readFileSync(file, 'utf8');
  const done: string[] = [];
  const plugin = PLUGIN_SCRIPT.exec(html);
  if (plugin) {
    const chunk = join(outDir, plugin[1]!);
    if (existsSync(chunk) && readFileSync(chunk, 'utf8').trim() === '') {
      html = html.replace(plugin[0], '');
      done.push('dropped the empty WXT plugin script');
    }
  }
  const sheet = STYLESHEET.exec(html);
  if (sheet) {
    const cssFile = join(outDir, sheet[1]!);
    const css = readFileSync(cssFile, 'utf8');
    if (css.includes('</style'))
      throw new Error('popup-style.css cannot be inlined: it contains "</style"');
    html = html.replace(sheet[0], () => `<style>${css.trim()}</style>`);
    rmSync(cssFile);
    done.push(`inlined ${sheet[1]} (${css.length} bytes)`);
  }
  writeFileSync(file, html);
  return done;
}
