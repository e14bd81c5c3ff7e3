// `npm run bench`: how light and how punctual Midbreak is, against a baseline measured in
// the same run. Prints a markdown table and writes it to docs/benchmarks.md. Flags missed
// budgets but never fails on a time: the exit code is non-zero only when a measure could
// not be taken at all. See scripts/bench/*.mjs for how each figure is taken.
//
//   node scripts/bench.mjs [--build] [--quick] [--rounds=N] [--runs=N] [--cycles=N] [--stretch=SECONDS] [--no-write]
//
// --build rebuilds the Chrome extension first (otherwise an existing .output/chrome-mv3 is
// used, and built when missing); --quick is for trying the bench out (two rounds of few
// runs, 30-s stretches) and its figures do not meet the minimums. Popup load and
// worker cold start are measured in --rounds rounds, each in a freshly launched browser
// with `runs` samples of each side, so that the report can show how far one browser's
// figure strays from another's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildBaseline } from './bench/baseline.mjs';
import { launchChromium } from './bench/chromium.mjs';
import { measureColdStart, summarizeColdStart } from './bench/cold-start.mjs';
import { describeMachine } from './bench/machine.mjs';
import { measurePopupLoad, summarizePopupLoad } from './bench/popup-load.mjs';
import { measurePunctuality } from './bench/punctuality.mjs';
import { renderReport } from './bench/report.mjs';
import { measureSizes } from './bench/sizes.mjs';
import { measureWakeups } from './bench/wakeups.mjs';

const BUILD_DIR = resolve('.output/chrome-mv3');
const REPORT = resolve('docs/benchmarks.md');
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function option(name, fallback) {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  return arg.includes('=') ? Number(arg.split('=')[1]) : true;
}

const quick = option('quick', false);
const rounds = option('rounds', quick ? 2 : 3);
const runs = option('runs', quick ? 6 : 25);
// Popup loads a round with the worker stopped just before: a secondary figure, so a few.
const asleepRuns = quick ? 4 : 8;
const cycles = option('cycles', quick ? 4 : 12);
const stretchMs = option('stretch', quick ? 30 : 180) * 1000;

const log = (line) => process.stderr.write(`  ${line}\n`);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function build() {
  log('building the Chrome extension (wxt build -b chrome --mv3)…');
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

/** Runs one measure; a failure is recorded in its place instead of ending the bench. */
async function phase(name, fn) {
  log(`${name}…`);
  try {
    return await fn();
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

/** A measure's rounds pooled by `summarize`, or the first round's failure. */
function pool(list, summarize) {
  return list.find((round) => round.error) ?? summarize(list);
}

/** Launches Chromium with Midbreak and the baseline loaded, runs `fn(session, ids)`, and closes it. */
async function inBrowser(dirs, fn) {
  const session = await launchChromium(dirs);
  const [midbreakId, baselineId] = session.extensionIds;
  try {
    return await fn(session, { midbreakId, baselineId, log });
  } finally {
    await session.close();
  }
}

async function main() {
  const warnings = [];
  if (quick || rounds < 3 || runs < 20 || cycles < 10 || stretchMs < 180_000) {
    warnings.push(
      `Reduced run (rounds ${rounds}, runs ${runs}, cycles ${cycles}, stretch ${stretchMs / 1000} s): below the issue's minimums.`,
    );
  }
  if (option('build', false) || !existsSync(join(BUILD_DIR, 'manifest.json'))) build();
  const builtAt = statSync(join(BUILD_DIR, 'manifest.json')).mtimeMs;
  if (Math.max(...SOURCES.map(newestMtime)) > builtAt) {
    warnings.push('The build is older than the sources: run `npm run build` (or the bench with --build) for current figures.');
  }

  // Measure a copy: other work may rebuild .output while the bench runs.
  const snapshot = join(mkdtempSync(join(tmpdir(), 'midbreak-build-')), 'chrome-mv3');
  cpSync(BUILD_DIR, snapshot, { recursive: true });

  const machine = await describeMachine();
  log(`${machine.chromium}; ${machine.cpu} × ${machine.cores}`);
  const results = { machine, warnings };
  results.sizes = await phase('sizes', () => measureSizes(snapshot));

  const baseline = await buildBaseline();
  try {
    const dirs = [snapshot, baseline.dir];
    const popupRounds = [];
    const coldRounds = [];
    for (let round = 1; round <= rounds; round++) {
      await inBrowser(dirs, async (session, ids) => {
        const of = `round ${round}/${rounds}`;
        popupRounds.push(await phase(`popup load, ${of}`, () => measurePopupLoad(session, { ...ids, runs, asleepRuns })));
        coldRounds.push(await phase(`worker cold start, ${of}`, () => measureColdStart(session, { ...ids, runs })));
      });
    }
    results.popupLoad = pool(popupRounds, summarizePopupLoad);
    results.coldStart = pool(coldRounds, summarizeColdStart);
    results.punctuality = await inBrowser(dirs, (session, { midbreakId }) =>
      phase('punctuality', () => measurePunctuality(session, { midbreakId, cycles, log })),
    );
    log(`wake-ups: two ${stretchMs / 1000}-s stretches in parallel…`);
    const stretch = (badgeCountdown) =>
      measureWakeups(snapshot, { badgeCountdown, stretchMs }).catch((error) => ({
        badgeCountdown,
        stretchMs,
        error: String(error.message ?? error).split('\n')[0],
      }));
    [results.wakeupsOff, results.wakeupsOn] = await Promise.all([stretch(false), stretch(true)]);
  } finally {
    await baseline.remove();
    rmSync(dirname(snapshot), { recursive: true, force: true });
  }

  const { markdown, missed } = renderReport(results);
  process.stdout.write(`${markdown}\n`);
  if (!option('no-write', false)) {
    mkdirSync(resolve('docs'), { recursive: true });
    writeFileSync(REPORT, markdown);
    log(`written to ${REPORT}`);
  }
  if (missed.length) log(`⚠ budgets missed: ${missed.join(', ')}`);
  const broken = ['sizes', 'popupLoad', 'coldStart', 'punctuality', 'wakeupsOff', 'wakeupsOn'].filter((k) => results[k]?.error);
  if (broken.length) {
    log(`could not measure: ${broken.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`bench could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
