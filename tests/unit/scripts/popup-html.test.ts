import { mkdtempSync, mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlinePopupHtml } from '../../../scripts/popup-html';

/** popup.html as WXT builds it (the shape of `.output/chrome-mv3/popup.html`). */
const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Tidings</title>
    <link rel="stylesheet" href="/assets/popup-style.css">
    <script src="/popup-app.js" defer></script>
    <script type="module" crossorigin src="/chunks/_virtual_wxt-html-plugins-BvRk9kiK.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

function builtDir(pluginChunk: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-popup-html-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'popup.html'), BUILT);
  writeFileSync(join(dir, 'assets/popup-style.css'), '.popup{width:24rem}\n');
  writeFileSync(join(dir, 'chunks/_virtual_wxt-html-plugins-BvRk9kiK.js'), pluginChunk);
  return dir;
}

describe('the built popup page', () => {
  it('inlines its stylesheet and drops the empty plugin script: one request, the script', () => {
    const dir = builtDir('');
    inlinePopupHtml(dir);
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    expect(html).toContain('<style>.popup{width:24rem}</style>');
    expect(html).not.toContain('<link');
    expect(html).not.toContain('wxt-html-plugins');
    expect(html).toContain('<script src="/popup-app.js" defer></script>');
    expect(existsSync(join(dir, 'assets/popup-style.css'))).toBe(false);
  });

  it('keeps the plugin script while it starts a WXT plugin', () => {
    const dir = builtDir('import "./plugin.js";');
    inlinePopupHtml(dir);
    expect(readFileSync(join(dir, 'popup.html'), 'utf8')).toContain('wxt-html-plugins');
  });

  it('is a no-op on a directory without the popup', () => {
    expect(inlinePopupHtml(mkdtempSync(join(tmpdir(), 'tidings-empty-')))).toEqual([]);
  });
});
