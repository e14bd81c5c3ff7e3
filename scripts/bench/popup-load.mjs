// Popup load: Midbreak's popup page against the baseline's empty page, loaded alternately
// in the same browser, each in a fresh popup-sized tab.
//
// "Rendered and interactive" is measured in the page with performance.now() (0 = navigation
// start) by a probe injected before any of the page's scripts. Once per frame, in a
// requestAnimationFrame callback, it checks:
//   - the document is parsed, and
//   - if the page has an #app root (Midbreak's pages do): the root has content, nothing in
//     it is aria-busy="true", and its primary button — the one marked data-primary, else
//     the first button.primary, else the first <button> — exists and is enabled.
// The first frame where that holds is the one that paints it; the time is taken in a task
// posted from that callback, which runs after the frame is produced. The baseline's empty
// page has no #app, so its time is the end of the first frame after parsing.
// A page without any button (a placeholder popup) never becomes "interactive": its time
// falls back to the first frame with content, and the report says so.
import { median } from './stats.mjs';

const PROBE = `(() => {
  const result = { content: null, interactive: null, primary: null, parsed: null };
  Object.defineProperty(window, '__midbreakBench', { value: result });
  let contentSeen = false;
  const stamp = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { result[key] = performance.now(); };
    channel.port2.postMessage(0);
  };
  document.addEventListener('DOMContentLoaded', () => { result.parsed = performance.now(); });
  const check = () => {
    if (document.readyState !== 'loading') {
      const root = document.getElementById('app');
      if (!root) { stamp('content'); stamp('interactive'); return; }
      const hasContent = root.firstElementChild !== null;
      if (hasContent && !contentSeen) { contentSeen = true; stamp('content'); }
      if (hasContent && !root.querySelector('[aria-busy="true"]')) {
        const primary = root.querySelector('[data-primary]') || root.querySelector('button.primary') || root.querySelector('button');
        if (primary && !primary.disabled) {
          result.primary = (primary.textContent || '').trim().slice(0, 40);
          stamp('interactive');
          return;
        }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** How long the bench waits for a primary button after content shows before it falls back. */
const NO_BUTTON_GRACE_MS = 3000;

async function loadOnce(session, url) {
  const page = await session.openPage(url, { initScript: PROBE });
  try {
    const found = await page.waitFor(
      `(() => { const r = window.__midbreakBench; if (!r || r.content === null) return null;
        if (r.interactive !== null || performance.now() - r.content > ${NO_BUTTON_GRACE_MS}) return r; return null; })()`,
      { intervalMs: 25 },
    );
    await page.send('HeapProfiler.enable');
    await page.send('HeapProfiler.collectGarbage');
    const heap = await page.send('Runtime.getHeapUsage');
    return {
      ms: found.interactive ?? found.content,
      content: found.content,
      parsed: found.parsed,
      interactive: found.interactive !== null,
      primary: found.primary,
      heapUsed: heap.usedSize,
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads the popup and the baseline page `runs` times each, alternating (which goes first
 * alternates too), after `warmup` unrecorded loads of each. Returns both series' samples
 * and medians, and the JS heap used after render (after a forced GC).
 */
export async function measurePopupLoad(session, { midbreakId, baselineId, runs = 25, warmup = 2, log = () => {} }) {
  const urls = {
    midbreak: `chrome-extension://${midbreakId}/popup.html`,
    baseline: `chrome-extension://${baselineId}/popup.html`,
  };
  // A returning user: the first-run safety note was dismissed long ago.
  const setup = await session.openPage(`chrome-extension://${midbreakId}/manifest.json`);
  await setup.evaluate(`chrome.storage.local.set({ safetyNoteSeen: true }).then(() => true)`);
  await setup.close();
  const samples = { midbreak: [], baseline: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const order = i % 2 ? ['baseline', 'midbreak'] : ['midbreak', 'baseline'];
    for (const which of order) {
      const sample = await loadOnce(session, urls[which]);
      if (i >= warmup) samples[which].push(sample);
    }
    if (i >= warmup) log(`popup load ${i - warmup + 1}/${runs}`);
  }
  const summary = (list) => ({
    samples: list.map((s) => s.ms),
    median: median(list.map((s) => s.ms)),
    contentMedian: median(list.map((s) => s.content)),
    parsedMedian: median(list.map((s) => s.parsed)),
    heapMedian: median(list.map((s) => s.heapUsed)),
    interactive: list.every((s) => s.interactive),
    primary: list.find((s) => s.primary)?.primary ?? null,
  });
  const midbreak = summary(samples.midbreak);
  const baseline = summary(samples.baseline);
  return { runs, midbreak, baseline, ratio: midbreak.median / baseline.median };
}
