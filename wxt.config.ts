import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every module imports what it uses, so the import graph (and the lint rules
  // on it) is what the code says.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Tidings',
    description:
      'Makes news pages readable: a clean view, key entities and a summary, all on your device.',
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
    action: { default_title: 'Tidings' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close clean view',
      },
    },
    // Firefox keys storage and IndexedDB to the add-on id: a fixed one keeps the library
    // across reinstalls.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tidings@tidings.example', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
