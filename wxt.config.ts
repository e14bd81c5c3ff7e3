import preact from '@preact/preset-vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { polyfillRequirePlugin } from './scripts/polyfill-require';
import { popupBuildPlugin } from './scripts/popup-build';

// Both browsers get Manifest V3 (WXT would emit MV2 for Firefox by default).
export default defineConfig({
  // Words come from locales/<lang>.yml, turned into _locales by WXT's i18n module (README).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), polyfillRequirePlugin(), popupBuildPlugin(process.cwd())],
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
    // The popup is built on its own, so that no other page shares (and splits) its first
    // load: it loads one script (issue 13; scripts/popup-chunk.ts).
    'entrypoints:grouped'(_wxt, groups) {
      const pages = groups.find((g): g is Entrypoint[] => Array.isArray(g) && g.some((e) => e.type === 'popup'));
      if (!pages || pages.length === 1) return;
      const popup = pages.find((e) => e.type === 'popup')!;
      pages.splice(pages.indexOf(popup), 1);
      groups.push([popup]);
    },
    // Every page runs all of Preact, its hooks, signals and the polyfill, yet by default they
    // are spread over several shared chunks beside our own modules, each file gzipped on its
    // own. In one `vendor` chunk they compress better together and no chunk imports pieces
    // of another. The popup's build is cut by scripts/popup-build.ts; the background is a
    // single IIFE file.
    'vite:build:extendConfig'(entrypoints, config) {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || !entrypoints.some((e) => e.type === 'options')) return;
      output.codeSplitting = { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] };
    },
  },
  manifest: ({ browser }) => ({
    // The manifest's words come from the locale files too (ext.* in locales/<lang>.yml).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // Each permission is justified in the README.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    commands: {
      'start-routine': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_ext_commandStartRoutine__',
      },
    },
    action: { default_title: '__MSG_ext_name__' },
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
