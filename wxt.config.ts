import path from 'node:path';
import { defineConfig } from 'wxt';
import { CARD_FONT_FILES } from './lib/page/card-font-files';
import { COMMITTED_WEIGHTS, TAGGER_WEIGHTS_FILE } from './lib/learn/tagger-weights-file';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // the sources package (for addons.mozilla.org's review) leaves out what test runs write
  zip: { excludeSources: ['test-results/**', 'coverage/**'] },
  hooks: {
    // the card's font files, under fixed names the content script can ask for (see lib/page/card-font.ts)
    'build:publicAssets': (wxt, assets) => {
      const files = path.join(wxt.config.root, 'node_modules/@fontsource/noto-naskh-arabic/files');
      for (const [weight, dest] of Object.entries(CARD_FONT_FILES)) {
        assets.push({
          absoluteSrc: path.join(files, `noto-naskh-arabic-arabic-${weight}-normal.woff2`),
          relativeDest: dest,
        });
      }
      // the tagger's weights, which the background reads on the first page it learns from (lib/learn/tagger-weights)
      assets.push({ absoluteSrc: path.join(wxt.config.root, COMMITTED_WEIGHTS), relativeDest: TAGGER_WEIGHTS_FILE });
    },
    // ...and background.js leaves them out, so that a restarted service worker does not parse them each time
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'background')) return;
      const weights = path.resolve(COMMITTED_WEIGHTS);
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'kashif:tagger-weights-outside',
          enforce: 'pre',
          load: (id: string) =>
            path.resolve(id) === weights
              ? JSON.stringify({
                  about: `read from ${TAGGER_WEIGHTS_FILE}`,
                  tags: [],
                  hashes: '',
                  weights: '',
                  scale: 1,
                  transitions: [],
                })
              : undefined,
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // English where the browser's language has no locale of Kashif's; Arabic where it is Arabic
    default_locale: 'en',
    // contextMenus only («add to Kashif» on a selection, «find new names on this page»): the dictionary lives in
    // IndexedDB (no permission), the badge is the action's own, the content script's access comes from its matches
    permissions: ['contextMenus'],
    action: { default_title: 'Kashif — كاشف' },
    // the card's font files only: the card lives in the page, which can load nothing else of Kashif's. In Chrome
    // they answer only at a per-session address, so a page cannot probe a fixed URL to learn Kashif is installed
    // (Firefox's extension addresses are random per install already)
    web_accessible_resources: [
      {
        resources: Object.values(CARD_FONT_FILES),
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
