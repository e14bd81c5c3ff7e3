import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import type { ScheduleState } from '../../../lib/schedule-state';
import type { Settings } from '../../../lib/settings';
import type { ExtensionGlobals } from './extension-api';
import { screenshotOnFailure } from './failure';
import { waitFor } from './poll';
import { readStored, type Stored } from './schedule';
import { WorkerProbe } from './worker-probe';

/** The Chrome build that `npm run build` writes. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Watches the worker's API calls, starts and requests from outside; see worker-probe.ts. */
  probe: WorkerProbe;
  /** Every request the context's pages made (the worker's are in `probe.requests`). */
  pageRequests: string[];
  /** `chrome-extension://ID/<path>`. */
  url(path: string): string;
  /** Opens one of the extension's pages in a new tab and waits for it to load. */
  open(path: string): Promise<Page>;
  /**
   * A quiet extension page (the manifest, shown as text): it has the extension's APIs but
   * none of our UI code, so reading storage or sending a message from it never wakes or
   * keeps the worker alive by itself.
   */
  harness(): Promise<Page>;
  /** Storage as the extension sees it (read from the harness page, so a stopped worker stays stopped). */
  stored(): Promise<Stored>;
  /** The extension's open documents (popup, tabs, the worker): the toolbar popup is not a Playwright page. */
  extensionContexts(): Promise<{ type: string; url: string }[]>;
  /** Sends one request to the background through the real message API, as a page does. */
  send(message: unknown): Promise<unknown>;
  /**
   * Makes the background look at storage again, through its real alarm path: fires the
   * schedule alarm now from the harness page and waits until the engine set the next one.
   */
  nudge(): Promise<void>;
  /**
   * Evaluates an expression in the service worker (through the probe's CDP session, which
   * outlives restarts), waking the worker first with a status request from the harness page.
   */
  inWorker<T>(expression: string): Promise<T>;
  /** Writes the schedule state through the service worker, as the background itself would. */
  writeSchedule(state: ScheduleState): Promise<void>;
  /** Writes settings through the service worker (the background reacts to the change). */
  writeSettings(settings: Settings): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with an unpacked extension loaded, headless, in a fresh profile.
 * Launch flags as recorded in the toolchain notes: without --disable-extensions-except,
 * Playwright's default --disable-extensions wins; the networking flags keep Chromium
 * from reaching for Google's hosts on this closed network.
 */
/** The background's one schedule alarm (lib/adapters/alarms.ts). */
const SCHEDULE_ALARM = 'midbreak-schedule';

/**
 * `lang` starts the browser in that UI language (`--lang`, which Debian's Chromium honours
 * only with the chromium-l10n package installed: .ci/run installs it).
 */
export async function launchChromium(extensionDir: string = CHROME_BUILD, { lang }: { lang?: string } = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'midbreak-chromium-'));
  // Load a snapshot of the build: a rebuild while the browser runs (`npm run build` in
  // another terminal) would otherwise swap the files under the loaded extension.
  const extension = join(profile, 'extension');
  await cp(extensionDir, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : []),
    ],
    ...(lang ? { locale: lang } : {}),
  });
  try {
    return await connect(context, profile);
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Finds the extension, attaches the worker probe and waits until both have settled. */
async function connect(context: BrowserContext, profile: string): Promise<ChromiumSession> {
  const extensionId = await findExtensionId(context);
  const probe = await WorkerProbe.attach(context, extensionId);
  const pageRequests: string[] = [];
  context.on('request', (request) => pageRequests.push(request.url()));
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  let harnessPage: Page | undefined;
  async function harness(): Promise<Page> {
    if (harnessPage && !harnessPage.isClosed()) return harnessPage;
    harnessPage = await context.newPage();
    await gotoExtensionPage(harnessPage, url('manifest.json'));
    return harnessPage;
  }
  /** Wakes the worker with a message from the harness page (a no-op when it runs), then evaluates there. */
  async function inWorker<T>(expression: string): Promise<T> {
    const page = await harness();
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'status' }));
    return probe.evaluate<T>(expression);
  }
  // Settle before any test acts: the worker answers a page, and the probe holds its target.
  await (await harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'status' }));
  await waitFor('the worker probe to be attached to the running worker', () => probe.alive(), (ok) => ok);
  await probe.armRestarts();

  return {
    context,
    extensionId,
    probe,
    pageRequests,
    url,
    async open(path) {
      const page = await context.newPage();
      await gotoExtensionPage(page, url(path));
      return page;
    },
    harness,
    async stored() {
      const page = await harness();
      const [local, sync] = await page.evaluate(() => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return Promise.all([chrome.storage.local.get(), chrome.storage.sync.get()]);
      });
      return readStored(local, sync);
    },
    async extensionContexts() {
      const page = await harness();
      const contexts = await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getContexts({}));
      return contexts.map((c) => ({ type: String(c.contextType), url: c.documentUrl ?? '' }));
    },
    async send(message) {
      const page = await harness();
      return page.evaluate((m) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(m), message);
    },
    async nudge() {
      const page = await harness();
      await page.evaluate(async (name) => {
        const { alarms } = (globalThis as unknown as ExtensionGlobals).chrome;
        const fired = Date.now();
        await alarms.create(name, { when: fired });
        for (let i = 0; i < 500; i++) {
          const alarm = await alarms.get(name);
          if (!alarm || alarm.scheduledTime > fired + 50) return;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error('the background did not handle its schedule alarm within 5 s');
      }, SCHEDULE_ALARM);
    },
    async writeSchedule(state) {
      await inWorker(`chrome.storage.local.set({ schedule: ${JSON.stringify(state)} })`);
    },
    async writeSettings(settings) {
      await inWorker(`chrome.storage.sync.set({ settings: ${JSON.stringify(settings)} })`);
    },
    inWorker,
    async close() {
      await probe.detach();
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh Chromium with the extension for each test of the calling `describe`, closed
 * after it, with the failure report registered. Read the session as `chromium.session`.
 */
export function chromiumPerTest(): { readonly session: ChromiumSession } {
  const holder = {} as { session: ChromiumSession };
  beforeEach(async () => {
    holder.session = await launchChromium();
  });
  afterEach(async () => {
    await holder.session?.close();
  });
  reportChromiumFailures(() => holder.session);
  return holder;
}

/**
 * Registers the failure report for a file's Chromium tests: a screenshot of each open page,
 * and what the worker probe saw (starts, stops, API calls).
 */
export function reportChromiumFailures(session: () => ChromiumSession | undefined): void {
  screenshotOnFailure(() => session()?.context.pages() ?? []);
  afterEach(({ task }) => {
    const probe = session()?.probe;
    if (task.result?.state === 'fail' && probe) console.error(`[${task.name}] worker probe:\n  ${probe.report()}`);
  });
}

/**
 * The extension's id, from its service worker's URL. Asked of CDP rather than taken from
 * Playwright's `serviceworker` event: at launch Chromium may start the worker, stop it
 * and start it again, and Playwright does not report a worker that comes back.
 */
async function findExtensionId(context: BrowserContext): Promise<string> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    const url = await waitFor(
      'the extension service worker to be registered',
      async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))?.url,
      (u) => u !== undefined,
    );
    return new URL(url!).host;
  } finally {
    await cdp.detach();
  }
}

/**
 * Navigates to an extension page. Right after launch Chromium now and then aborts the
 * first navigation to an extension URL (net::ERR_ABORTED) while the extension is still
 * being registered; a second try succeeds.
 */
export async function gotoExtensionPage(page: Page, target: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(target);
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('ERR_ABORTED')) throw error;
    }
  }
}

/** Stops every service worker through CDP, as Chrome does to an idle worker after ~30 s. */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
