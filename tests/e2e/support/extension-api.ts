import type { Browser } from 'wxt/browser';

/**
 * How a `page.evaluate` callback reaches the extension API: `chrome` in Chromium,
 * `browser` in Firefox. Test code is type-checked in Node, where neither exists, so
 * callbacks cast `globalThis` to this (a cast only; nothing is added to the page).
 */
export type ExtensionGlobals = { chrome: typeof Browser; browser: typeof Browser };
