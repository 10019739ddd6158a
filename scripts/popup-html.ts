/**
 * The built popup page, made to start sooner (run by `wxt.config.ts` after each build).
 *
 * Every request of an extension page's own resources costs ~15–20 ms in Chromium before it
 * answers (the browser process serves them after the page commits), and a stylesheet blocks
 * both the first paint and a deferred script. Measured in headless Chromium, median of 15 opens
 * of the popup on a read tab, interleaved: first entity shown at 66.6 ms as built by WXT, 66.0
 * without the empty plugin script, 62.0 with the styles inlined too (`.probe`-style A/B, see
 * `bench/browser.ts` for the figure that counts).
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
