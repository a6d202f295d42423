import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Kashif — كاشف',
    description: 'Highlights the officials and organizations of Arabic news and says who they are.',
    permissions: ['storage'],
  },
});
