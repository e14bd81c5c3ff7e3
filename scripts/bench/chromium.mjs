// Starts Debian's Chromium headless with unpacked extensions loaded, driven over a CDP pipe.
// The flags mirror tests/e2e/support/chromium.ts (launchChromium) plus the timer and
// renderer flags Playwright adds there by default, so the bench and the e2e tests see the
// same browser; see cdp.mjs for why the bench does not go through Playwright itself.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cdp } from './cdp.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The id Chromium gives an unpacked extension: the SHA-256 of its path, first 32 hex digits spelled a–p. */
export async function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(await realpath(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Chromium's version string, e.g. "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)". */
export async function chromiumVersion() {
  const child = spawn(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise((resolve) => child.on('close', resolve));
  return out.trim();
}

/**
 * Launches Chromium with `extensionDirs` loaded in a fresh profile. Returns the CDP
 * connection, each extension's id (in the order given) and helpers for pages and workers.
 */
export async function launchChromium(extensionDirs) {
  const profile = await mkdtemp(join(tmpdir(), 'midbreak-bench-'));
  const list = extensionDirs.join(',');
  const args = [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${list}`,
    `--load-extension=${list}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Playwright's defaults, which the e2e launcher runs with: no throttling of tabs the
    // bench opens in the background.
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    'about:blank',
  ];
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const cdp = new Cdp(child.stdio[4], child.stdio[3]);
  try {
    await Promise.race([
      cdp.send('Browser.getVersion'),
      exited.then(() => {
        throw new Error(`Chromium exited at start:\n${stderr}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const ids = await Promise.all(extensionDirs.map(unpackedExtensionId));
  const session = new ChromiumSession(cdp, ids);
  session.close = async () => {
    try {
      await Promise.race([cdp.send('Browser.close'), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await session.waitForWorkers();
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** One open tab, attached over a flat CDP session. */
export class Page {
  constructor(cdp, targetId, sessionId) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.sessionId = sessionId;
  }

  /** Sends a command to this page's session. */
  send(method, params = {}) {
    return this.cdp.send(method, params, this.sessionId);
  }

  /** Evaluates `expression` (awaiting a promise) in the page and returns its value. */
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(`in page: ${text}`);
    }
    return result.value;
  }

  /** Polls `expression` every `intervalMs` until it is truthy; returns its value. */
  async waitFor(expression, { timeoutMs = 20_000, intervalMs = 20 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  async close() {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }
}

export class ChromiumSession {
  /** Running status of each service worker by script URL, from ServiceWorker events. */
  workerStatus = new Map();
  /**
   * Every worker start seen from outside: `{ scriptURL, at }` (Date.now() when the browser
   * reported it) each time a worker version's running status turned to 'running'. Chromium
   * reports a version's status on every change (starting, running, stopping, stopped) to
   * a client with the ServiceWorker domain enabled, which the control tab has from launch.
   */
  startLog = [];
  /** Running status of each worker version by version id, to tell a transition from a repeat. */
  #versionStatus = new Map();
  #control = null;

  constructor(cdp, extensionIds) {
    this.cdp = cdp;
    this.extensionIds = extensionIds;
    cdp.onEvent(({ method, params }) => {
      if (method !== 'ServiceWorker.workerVersionUpdated') return;
      for (const v of params.versions) {
        const before = this.#versionStatus.get(v.versionId);
        this.#versionStatus.set(v.versionId, v.runningStatus);
        if (v.runningStatus === 'running' && before !== 'running') this.startLog.push({ scriptURL: v.scriptURL, at: Date.now() });
        this.workerStatus.set(v.scriptURL, v.runningStatus);
      }
    });
  }

  /** Opens a tab on `url`; `initScript` runs in every document it loads before the page's own scripts. */
  async openPage(url, { initScript, width = 400, height = 600 } = {}) {
    const { targetId } = await this.cdp.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this.cdp, targetId, sessionId);
    await page.send('Page.enable');
    // A popup-sized viewport (Chrome caps popups at 800 × 600).
    await page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    if (initScript) await page.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
    if (url !== 'about:blank') {
      const loaded = this.cdp.waitFor('Page.loadEventFired', (_p, sid) => sid === sessionId);
      await page.send('Page.navigate', { url });
      await loaded;
    }
    return page;
  }

  /** A tab kept open to stop workers through the ServiceWorker domain; with it enabled the browser reports every worker's status changes (and so its starts). */
  async control() {
    if (!this.#control) {
      this.#control = await this.openPage('about:blank');
      await this.#control.send('ServiceWorker.enable');
    }
    return this.#control;
  }

  /** Waits until every extension's service worker has started once (after install). */
  async waitForWorkers(timeoutMs = 20_000) {
    await this.control();
    const deadline = Date.now() + timeoutMs;
    while (!this.extensionIds.every((id) => this.isRunning(id))) {
      if (Date.now() > deadline) throw new Error('extension service workers did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The running status of extension `id`'s worker ('running', 'stopped', …) or undefined. */
  status(id) {
    for (const [url, status] of this.workerStatus) if (url.startsWith(`chrome-extension://${id}/`)) return status;
    return undefined;
  }

  isRunning(id) {
    return this.status(id) === 'running';
  }

  /** The times (Date.now()) extension `id`'s worker started at or after `since`, as the browser reported them. */
  startsOf(id, since = 0) {
    const prefix = `chrome-extension://${id}/`;
    return this.startLog.filter((s) => s.scriptURL.startsWith(prefix) && s.at >= since).map((s) => s.at);
  }

  /**
   * Stops every service worker, as Chrome does to an idle one after ~30 s, and waits until
   * they are stopped. The stop is sent again while one is still up: an alarm or a message
   * may start a worker again just as it stops.
   */
  async stopWorkers(timeoutMs = 10_000) {
    const control = await this.control();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await control.send('ServiceWorker.stopAllWorkers');
      const retryAt = Date.now() + 1000;
      while (Date.now() < retryAt) {
        if (this.extensionIds.every((id) => this.status(id) === 'stopped')) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      if (Date.now() > deadline) {
        const states = this.extensionIds.map((id) => `${id}: ${this.status(id)}`).join(', ');
        throw new Error(`service workers did not stop (${states})`);
      }
    }
  }
}
