import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Tidings',
    description:
      'Makes news pages readable: a clean view, key entities and a summary, all on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
