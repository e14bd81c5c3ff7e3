import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { popupSharedChunkPlugin } from './scripts/popup-chunk';

// Both browsers get Manifest V3 (WXT would emit MV2 for Firefox by default).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    // One chunk for what the popup shares with the other pages (scripts/popup-chunk.ts says why).
    plugins: [preact(), popupSharedChunkPlugin(process.cwd())],
    build: {
      sourcemap: process.env.MIDBREAK_SOURCEMAP === '1',
      // An extension's pages load from the local package, so preloading the chunks a lazily
      // loaded view needs gains nothing measurable; without it the popup's first load drops
      // Vite's modulepreload polyfill and the preload lists (issue 6: popup within 20 KB gzipped).
      // Style sheets of lazily loaded views are still fetched with them.
      modulePreload: false,
    },
  }),
  hooks: {
    // Every page runs all of Preact, its hooks, signals and the polyfill, yet by default they
    // are spread over three shared chunks beside our own modules, each file gzipped on its
    // own. In one `vendor` chunk they compress better together and no chunk imports pieces of
    // another: the popup's first load drops by ~0.3 KB gzipped, and no page loads more code
    // (issue 11 had to fit its Progress link under the size test's ceiling). Only the pages'
    // build splits code; the background is a single IIFE file.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.codeSplitting = { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Midbreak',
    description:
      'Counts your active screen time and, when a break is due, walks you through a 60-second routine for the mid back and shoulders.',
    // Each permission is justified in the README.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    commands: {
      'start-routine': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Start the 60-second routine now',
      },
    },
    action: { default_title: 'Midbreak' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'midbreak@midbreak.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // What Midbreak needs of Chrome (README, "Browser versions"): alarms that may fire
          // 30 s apart, from Chrome 120 (lib/adapters/alarms.ts repeats its backup alarm every
          // half minute; before 120 Chrome stretched that to a minute). The rest is older:
          // storage.session (102) and Manifest V3's service-worker events. action.openPopup()
          // without a click (127) is not needed: where it throws, the routine opens in the
          // break window (lib/adapters/windows.ts). runtime.getContexts (116) is test-only.
          minimum_chrome_version: '120',
        }),
  }),
});
