import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // the sources package (for addons.mozilla.org's review) leaves out what test runs write
  zip: { excludeSources: ['test-results/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // English where the browser's language has no locale of Kashif's; Arabic where it is Arabic
    default_locale: 'en',
    // contextMenus only («add to Kashif» on a selection, «find new names on this page»): the dictionary lives in
    // IndexedDB (no permission), the badge is the action's own, the content script's access comes from its matches
    permissions: ['contextMenus'],
    action: { default_title: 'Kashif — كاشف' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Kashif collects nothing: everything stays on the reader's machine
            gecko: { id: 'kashif@kashif.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
