// Popup load: Midbreak's popup page against the baseline's floor page and empty page
// (baseline.mjs), loaded in rotating order in the same browser, each in a fresh popup-sized tab.
//
// Times are taken in the page with performance.now() (0 = navigation start) by a probe
// injected before any of the page's scripts. Once per frame, in a requestAnimationFrame
// callback, from DOMContentLoaded on (when the document is parsed and its module scripts
// have run: a page's root may be built by one), it looks at its #app root for two moments:
//   - ready: the primary button (the one marked data-primary, else the first button.primary,
//     else the first <button> in the root) exists and is enabled. Whatever is aria-busy
//     around it does not matter: a pre-rendered placeholder status may stay busy while its
//     button already works, and a click is what the user is waiting to make.
//   - status shown: the root holds a status section ([data-testid="status"][data-phase])
//     and nothing in the root is aria-busy="true": the real status, not a placeholder.
// The first frame where a moment holds is the one that paints it; its time is taken in a
// task posted from that callback, which runs after the frame is produced. A page without
// #app (the empty page) reaches both in the first frame after parsing.
// Fallbacks, which the report notes: a page without any button is ready at its first frame
// with content in the root; one that opens into another view (no status section) shows
// its status at its first frame with content and nothing aria-busy.
//
// The alternating loads find Midbreak's worker awake, as a popup opened now and then
// mostly would; a few more loads each round start with every worker stopped, so that the
// status waits for the worker to start.
import { BASELINE_PAGES } from './baseline.mjs';
import { pooled, pooledRatio } from './stats.mjs';

const PROBE = `(() => {
  const result = { parsed: null, content: null, ready: null, status: null, settled: null, primary: null };
  Object.defineProperty(window, '__midbreakBench', { value: result });
  document.addEventListener('DOMContentLoaded', () => { result.parsed = performance.now(); });
  const MOMENTS = ['content', 'ready', 'status', 'settled'];
  const reached = new Set();
  // Every moment first reached in one frame gets the same time.
  const stamp = (keys) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { const now = performance.now(); for (const key of keys) result[key] = now; };
    channel.port2.postMessage(0);
  };
  const holding = (root) => {
    if (!root) return MOMENTS;
    const held = [];
    const content = root.firstElementChild !== null;
    if (content) held.push('content');
    const primary = root.querySelector('[data-primary]') || root.querySelector('button.primary') || root.querySelector('button');
    if (primary && !primary.disabled) {
      held.push('ready');
      if (result.primary === null) result.primary = (primary.textContent || '').trim().slice(0, 40);
    }
    const busy = root.matches('[aria-busy="true"]') || root.querySelector('[aria-busy="true"]') !== null;
    if (content && !busy) held.push('settled');
    if (!busy && root.querySelector('[data-testid="status"][data-phase]')) held.push('status');
    return held;
  };
  const check = () => {
    if (result.parsed !== null) {
      const fresh = holding(document.getElementById('app')).filter((key) => !reached.has(key));
      for (const key of fresh) reached.add(key);
      if (fresh.length) stamp(fresh);
      if (reached.size === MOMENTS.length) return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** How long the bench waits for both moments after content shows before it falls back. */
const GRACE_MS = 3000;

async function loadOnce(session, url) {
  const page = await session.openPage(url, { initScript: PROBE });
  try {
    const found = await page.waitFor(
      `(() => { const r = window.__midbreakBench; if (!r || r.content === null) return null;
        if ((r.ready !== null && r.status !== null) || performance.now() - r.content > ${GRACE_MS}) return r; return null; })()`,
      { intervalMs: 25 },
    );
    if (found.status === null && found.settled === null) {
      throw new Error(`${url}: something in #app was still aria-busy ${GRACE_MS} ms after its first content`);
    }
    await page.send('HeapProfiler.enable');
    await page.send('HeapProfiler.collectGarbage');
    const heap = await page.send('Runtime.getHeapUsage');
    return {
      parsed: found.parsed,
      content: found.content,
      ready: found.ready ?? found.content,
      readyFound: found.ready !== null,
      status: found.status ?? found.settled,
      statusFound: found.status !== null,
      primary: found.primary,
      heapUsed: heap.usedSize,
    };
  } finally {
    await page.close();
  }
}

/**
 * One round in one browser: after `warmup` unrecorded loads of each page, loads the popup,
 * the floor page and the empty page `runs` times each, the three in rotating order (each
 * takes the first place in turn); then loads the popup `asleepRuns` more times, each right
 * after every service worker was stopped. Returns every load's sample.
 */
export async function measurePopupLoad(session, { midbreakId, baselineId, runs = 25, asleepRuns = 8, warmup = 2, log = () => {} }) {
  const urls = {
    midbreak: `chrome-extension://${midbreakId}/popup.html`,
    floor: `chrome-extension://${baselineId}/${BASELINE_PAGES.floor}`,
    empty: `chrome-extension://${baselineId}/${BASELINE_PAGES.empty}`,
  };
  const pages = Object.keys(urls);
  // A returning user: the first-run safety note was dismissed long ago.
  const setup = await session.openPage(`chrome-extension://${midbreakId}/manifest.json`);
  await setup.evaluate(`chrome.storage.local.set({ safetyNoteSeen: true }).then(() => true)`);
  await setup.close();
  const samples = { midbreak: [], floor: [], empty: [], asleep: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const order = pages.map((_, k) => pages[(i + k) % pages.length]);
    for (const which of order) {
      const sample = await loadOnce(session, urls[which]);
      if (i >= warmup) samples[which].push(sample);
    }
    if (i >= warmup) log(`popup load ${i - warmup + 1}/${runs}`);
  }
  for (let i = 0; i < asleepRuns; i++) {
    await session.stopWorkers();
    samples.asleep.push(await loadOnce(session, urls.midbreak));
  }
  log(`popup load with the worker asleep: ${asleepRuns}`);
  return { runs, samples };
}

/**
 * The rounds' samples pooled: for each measure, Midbreak's figure, the floor page's and the
 * empty page's, and Midbreak's ratio to each (see stats.mjs pooled, pooledRatio).
 */
export function summarizePopupLoad(rounds) {
  const series = (which, key) => rounds.map((r) => r.samples[which].map((s) => s[key]));
  const compare = (key, which = 'midbreak') => ({
    midbreak: pooled(series(which, key)),
    floor: pooled(series('floor', key)),
    empty: pooled(series('empty', key)),
    vsFloor: pooledRatio(series(which, key), series('floor', key)),
    vsEmpty: pooledRatio(series(which, key), series('empty', key)),
  });
  const popup = rounds.flatMap((r) => [...r.samples.midbreak, ...r.samples.asleep]);
  return {
    rounds: rounds.length,
    runs: rounds[0].runs,
    asleepRuns: rounds[0].samples.asleep.length,
    ready: compare('ready'),
    status: compare('status'),
    statusAsleep: compare('status', 'asleep'),
    parsed: compare('parsed'),
    heap: compare('heapUsed'),
    readyFound: popup.every((s) => s.readyFound),
    statusFound: popup.every((s) => s.statusFound),
    primary: popup.find((s) => s.primary)?.primary ?? null,
  };
}
