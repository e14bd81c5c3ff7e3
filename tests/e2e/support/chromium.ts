import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The Chrome build that `npm run build` writes. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it is now (a stopped worker comes back as a new one). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with an unpacked extension loaded, headless, in a fresh profile.
 * Launch flags as recorded in the toolchain notes: without --disable-extensions-except,
 * Playwright's default --disable-extensions wins; the networking flags keep Chromium
 * from reaching for Google's hosts on this closed network.
 */
export async function launchChromium(extensionDir: string = CHROME_BUILD): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'midbreak-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      return live ?? (await context.waitForEvent('serviceworker'));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Stops every service worker through CDP, as Chrome does to an idle worker after ~30 s. */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
