import type { Plugin } from 'vite';

// How `wxt/browser` reaches webextension-polyfill in the built extension. WXT's module
// re-exports the polyfill with `export { default as browser } from 'webextension-polyfill'`.
// The polyfill is a CommonJS module, and an ESM import of one makes the bundler copy every
// own property of its export onto a fresh module object (its `__toESM` helper). In Chrome
// that export is the browser's own `browser` namespace, and the copy looks up every API on
// it, which makes Chrome set up each one: ~1.4 ms of every worker start and page load
// (measured with a CPU profile of the worker's cold start, issue 13). `require()` hands
// over the object itself, and the polyfill runs when first needed. tests/e2e/size.e2e.ts
// fails if the copying helper is back in a built script.

const WXT_BROWSER = '@wxt-dev/webextension-polyfill/browser';
const MODULE = '\0midbreak:browser';

export function polyfillRequirePlugin(): Plugin {
  return {
    name: 'midbreak:polyfill-require',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === WXT_BROWSER ? MODULE : null),
    load: (id) => (id === MODULE ? "export const browser = require('webextension-polyfill');" : null),
  };
}
