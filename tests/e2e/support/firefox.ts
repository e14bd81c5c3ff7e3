import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Shootable } from './failure';
import { readStored, type Stored } from './schedule';
import type { ExtensionGlobals } from './extension-api';
import { waitFor } from './poll';

/** The Firefox build that `npm run build` writes. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
/** The gecko id in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'midbreak@midbreak.app';
/** Pinned so the test knows the extension's moz-extension:// origin before it installs. */
export const FIXED_UUID = '6f1c3b1e-2a4d-4c5e-9f00-1d2e3f405060';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID/<path>`. */
  url(path: string): string;
  /**
   * Opens an extension page in a new tab and waits for `selector`. Firefox's BiDi
   * navigation to a moz-extension:// URL loads the page but never settles, so the test
   * waits for the page's content rather than for the navigation.
   */
  open(path: string, selector: string): Promise<Page>;
  /**
   * Waits for the page whose address ends with `suffix` among all the browser's pages: for
   * a page the extension opens itself (`browser.windows.create`, `tabs.create`). Puppeteer
   * reports an extension page's URL as about:blank, so each page is asked for its
   * `location`. The page found joins `pages()`, for failure screenshots.
   */
  find(suffix: string): Promise<Page>;
  /** Storage as the extension sees it, read from `page` (any extension page). */
  stored(page: Page): Promise<Stored>;
  /**
   * The extension pages this session opened and that are still open, for failure
   * screenshots. Puppeteer reports such a page's URL as about:blank (Firefox moves it to
   * another browsing context), so each carries the URL it was opened at.
   */
  pages(): Shootable[];
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi and installs the Firefox build
 * as a temporary add-on. `--remote-allow-system-access` lets BiDi install add-ons; the
 * uuids pref pins the add-on's origin.
 */
/**
 * `lang` asks Firefox for that UI language (`intl.locale.requested`); Firefox uses it only
 * with its language pack installed (Debian's firefox-esr-l10n-*: .ci/run installs de and es).
 */
export async function launchFirefox(extensionDir: string = FIREFOX_BUILD, { lang }: { lang?: string } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      ...(lang ? { 'intl.locale.requested': lang, 'extensions.autoDisableScopes': 0 } : {}),
    },
  });
  try {
    const before = (await browser.pages()).length;
    await browser.installExtension(extensionDir);
    // On install Midbreak opens its welcome tab. Let it arrive before a test opens its own
    // page: a tab that opens a moment later comes to the front, and the test's page, now
    // behind it, was seen not to render at all (a blank failure screenshot).
    const deadline = Date.now() + 10_000;
    while ((await browser.pages()).length <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  } catch (error) {
    await browser.close();
    throw error;
  }
  const url = (path: string) => `moz-extension://${FIXED_UUID}/${path.replace(/^\//, '')}`;
  const opened: { page: Page; url: string }[] = [];
  return {
    browser,
    url,
    async open(path, selector) {
      const page = await browser.newPage();
      void page.goto(url(path)).catch(() => undefined); // never settles for moz-extension:// (see above)
      opened.push({ page, url: url(path) });
      // Firefox moves a tab that goes from about:blank to an extension page into another
      // browsing context; a wait begun on the old one fails at once ("Waiting failed", seen
      // about one run in ten). Waiting again finds the page in its new context.
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForSelector(selector);
          return page;
        } catch (error) {
          // Puppeteer wraps the failure ("Waiting for selector … failed", caused by "Waiting
          // failed", caused by a protocol error from the old context): read the whole chain.
          if (attempt >= 5 || !/Waiting failed|detached/i.test(causeChain(error))) throw error;
          // Three attempts back to back were once all too early (the page was there in the
          // failure screenshot): give the tab a moment to settle in its new context.
          await new Promise((r) => setTimeout(r, 250 * attempt));
        }
      }
    },
    async find(suffix) {
      const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => null);
      const found = await waitFor(
        `a page at …${suffix} among the browser's pages`,
        async () => {
          for (const page of await browser.pages()) {
            const href = await hrefOf(page);
            if (href?.endsWith(suffix)) return { page, url: href };
          }
          return null;
        },
        (f) => f !== null,
      );
      opened.push(found!);
      return found!.page;
    },
    async stored(page) {
      const [local, sync] = await page.evaluate(() => {
        const b = (globalThis as unknown as ExtensionGlobals).browser;
        return Promise.all([b.storage.local.get(), b.storage.sync.get()]);
      });
      return readStored(local, sync);
    },
    pages: () =>
      opened
        .filter((o) => !o.page.isClosed())
        .map((o) => ({ url: () => o.url, screenshot: (options) => o.page.screenshot({ ...options, path: options.path as `${string}.png` }) })),
    async close() {
      await browser.close();
    },
  };
}

/** An error's message and those of its causes, one after another. */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) parts.push(String(e));
  return parts.join(' ← ');
}
