import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlinePopupHtml } from './scripts/popup-html';

/**
 * The extension pages' CSP (popup, library, offline copy): no script but our own, and nothing
 * fetched from anywhere else. Images and media only from the extension or stored in the copy
 * (`data:`/`blob:`), so even a stored article that slipped past the offline sanitizer cannot
 * become a tracking pixel; no `connect-src` beyond our own origin (no network request, ever).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The bundled reading face (Literata, SIL OFL 1.1), copied from its npm package into `fonts/`. */
const literata = dirname(
  createRequire(import.meta.url).resolve('@fontsource-variable/literata/package.json'),
);
export const READER_FONT_FILES = {
  'fonts/literata-normal.woff2': join(literata, 'files/literata-latin-wght-normal.woff2'),
  'fonts/literata-italic.woff2': join(literata, 'files/literata-latin-wght-italic.woff2'),
  'fonts/LICENSE-Literata.txt': join(literata, 'LICENSE'),
};

/**
 * A test build grants host access to the end-to-end tests' server (127.0.0.1) up front: a test
 * cannot answer the browser's permission prompt of automatic clean view. It is built apart, in
 * `.output-e2e/`, and never shipped (`npm run build` makes the real one).
 */
const e2eHosts = process.env.TIDINGS_E2E_HOSTS === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDir: e2eHosts ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // No auto-imports: every module imports what it uses, so the import graph (and the lint rules
  // on it) is what the code says.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Both browsers preload modules natively: no polyfill script in every page (the popup would
    // load it as a module of its own just for that).
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The popup page starts sooner with one request less (see scripts/popup-html.mjs).
    'build:done': (wxt) => {
      if (wxt.config.command !== 'build') return;
      for (const step of inlinePopupHtml(wxt.config.outDir)) wxt.logger.info(`popup.html: ${step}`);
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [relativeDest, absoluteSrc] of Object.entries(READER_FONT_FILES)) {
        files.push({ relativeDest, absoluteSrc });
      }
    },
  },
  manifest: ({ browser, manifestVersion, command }) => ({
    // UI strings (manifest included) come from `locales/*.yml` through @wxt-dev/i18n.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // No host permissions: the reader script is injected only into the tab the user points at
    // (toolbar button, shortcut or context menu all grant `activeTab`). `alarms`: daily history
    // pruning that survives the worker's death.
    // `unlimitedStorage`: the offline library must not be evicted when the disk runs low.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      'unlimitedStorage',
    ],
    // Automatic clean view asks for one site's access when the reader turns it on for that site
    // (all sites only for "Clean view on every news article"), never up front.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    ...(e2eHosts ? { host_permissions: ['*://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    // `wxt dev` brings its own CSP (its dev server must connect); builds get ours.
    ...(command === 'serve'
      ? {}
      : {
          content_security_policy:
            manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
        }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    // Firefox keys storage and IndexedDB to the add-on id: a fixed one keeps the library
    // across reinstalls.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tidings@tidings.example',
              strict_min_version: '128.0',
              // Nothing leaves the device: Firefox shows this at install.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
