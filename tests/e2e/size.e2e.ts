import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB } from '../../scripts/bench/budgets.mjs';
import { measureSizes } from '../../scripts/bench/sizes.mjs';

// Sizes are exact, so unlike the bench's timings they may fail a test. Runs after
// `npm run build` in the e2e suite; `npm run bench` prints the same figures in full.
const BUILD = resolve('.output/chrome-mv3');
const built = existsSync(resolve(BUILD, 'manifest.json'));
if (!built) console.warn(`size.e2e: skipped, no build at ${BUILD} (run \`npm run build\` first)`);

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

describe.skipIf(!built)('bundle sizes of the Chrome build', () => {
  const sizes = built ? measureSizes(BUILD) : null;

  it.each(['popup', 'break window', 'options', 'progress'])('finds the %s page and the scripts it loads', (name) => {
    const page = sizes!.pages.find((p) => p.name === name)!;
    expect(page.missing).toBe(false);
    expect(page.js.raw).toBeGreaterThan(0);
  });

  // The popup misses its 20 KB budget (the bench flags it, the README says why: Preact
  // and signals, the polyfill and Vite's preload helper alone take ~11.8 KB). This guard
  // keeps it from growing past where it stands now while that is worked on (issue 13).
  // It was 22 KB until the page took on the worker's own time model (schedule-advance.ts)
  // and the stored shapes' migration chain (versioned.ts), ~1.3 KB, so that it never shows
  // a status the worker would not compute (README, "Benchmark"). Progress (issue 11) may add
  // at most 0.5 KB to the 23.04 KB it stood at before: the day's active time in the time
  // model and the link to its page.
  const POPUP_CEILING = 23.5 * KB;
  it(`keeps the popup's JS and CSS within ${kb(POPUP_CEILING)} gzipped (budget ${kb(BUDGETS.popupGzip)}: missed, see README)`, () => {
    const popup = sizes!.pages.find((p) => p.name === 'popup')!;
    const detail = popup.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(popup.total.gzip, `popup is ${kb(popup.total.gzip)} gzipped: ${detail}`).toBeLessThanOrEqual(POPUP_CEILING);
  });

  it(`keeps the service worker within ${kb(BUDGETS.workerGzip)} gzipped`, () => {
    const { worker } = sizes!;
    const detail = worker.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(worker.missing).toBe(false);
    expect(worker.total.gzip, `worker is ${kb(worker.total.gzip)} gzipped: ${detail}`).toBeLessThanOrEqual(BUDGETS.workerGzip);
  });
});
