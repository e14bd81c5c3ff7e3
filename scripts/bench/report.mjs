// Turns the bench's results into the markdown table printed and written to docs/benchmarks.md.
import { BUDGETS, KB } from './budgets.mjs';
import { ms, ratio, spread } from './stats.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const OK = '✓';
const MISSED = '⚠ missed';

function verdict(pass) {
  return pass ? OK : MISSED;
}

function sizeRows(sizes) {
  const rows = [
    '| Bundle | Files | HTML gzip | JS raw | JS gzip | CSS raw | CSS gzip | Total gzip | Budget |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const budgetFor = (name) =>
    name === 'popup' ? BUDGETS.popupGzip : name === 'service worker' ? BUDGETS.workerGzip : null;
  for (const b of [...sizes.pages, sizes.worker]) {
    if (b.missing) {
      rows.push(`| ${b.name} | not built | | | | | | | ${MISSED} |`);
      continue;
    }
    const budget = budgetFor(b.name);
    const check = budget === null ? '—' : `≤ ${kb(budget)} ${verdict(b.firstLoad.gzip <= budget)}`;
    const html = b.htmlSize.raw ? kb(b.htmlSize.gzip) : '—';
    rows.push(
      `| ${b.name} (${b.html}) | ${b.fetches} | ${html} | ${kb(b.js.raw)} | ${kb(b.js.gzip)} | ${kb(b.css.raw)} | ${kb(b.css.gzip)} | **${kb(b.firstLoad.gzip)}** | ${check} |`,
    );
  }
  return rows;
}

/** Module preloads that fetch, up front, a chunk no script of the page imports statically. */
function preloadLine(sizes) {
  const stray = sizes.pages.filter((p) => p.lazyPreloads.length).map((p) => `${p.name}: ${p.lazyPreloads.join(', ')}`);
  return `Module preloads of a chunk the page only imports dynamically (fetched up front for nothing): ${stray.length ? `⚠ ${stray.join('; ')}` : 'none'}.`;
}

function fileRows(sizes) {
  const lines = ['<details><summary>Files per bundle (gzip)</summary>', ''];
  for (const b of [...sizes.pages, sizes.worker]) {
    if (b.missing) continue;
    const html = b.htmlSize.raw ? [{ file: b.html, gzip: b.htmlSize.gzip }] : [];
    const files = [...html, ...b.files].sort((x, y) => y.gzip - x.gzip).map((f) => `${f.file} ${kb(f.gzip)}`);
    lines.push(`- ${b.name}: ${files.join(', ')}`);
  }
  lines.push('', '</details>');
  return lines;
}

function failed(phase) {
  return phase?.error ? `failed: ${phase.error}` : null;
}

const msSpread = (figure) => spread(figure, ms);
const kbSpread = (figure) => spread(figure, kb);
const ratioSpread = (figure) => spread(figure, ratio, { bold: true });
const checked = (figure, budget) => `≤ ${ratio(budget)} ${verdict(figure.value <= budget)}`;

function popupRows(p) {
  const runs = `${p.rounds} rounds × ${p.runs} loads`;
  const readyNote = p.readyFound ? '' : ' (no primary button found: to first content)';
  const statusNote = p.statusFound ? '' : ' (no status section: to the first frame with content and nothing aria-busy)';
  return [
    `| Popup ready: primary button enabled${readyNote}, vs the floor page; ${runs} | ${msSpread(p.ready.midbreak)} | ${msSpread(p.ready.floor)} | ${ratioSpread(p.ready.vsFloor)} | ${checked(p.ready.vsFloor, BUDGETS.popupReadyRatio)} |`,
    `| … vs the empty page | ${ms(p.ready.midbreak.value)} | ${msSpread(p.ready.empty)} | ${spread(p.ready.vsEmpty, ratio)} | — |`,
    `| Popup status shown: real status, nothing aria-busy${statusNote}, vs the floor page; ${runs} | ${msSpread(p.status.midbreak)} | ${msSpread(p.status.floor)} | ${ratioSpread(p.status.vsFloor)} | ${checked(p.status.vsFloor, BUDGETS.statusShownRatio)} |`,
    `| … vs the empty page | ${ms(p.status.midbreak.value)} | ${msSpread(p.status.empty)} | ${spread(p.status.vsEmpty, ratio)} | — |`,
    `| … status shown, worker asleep, vs the floor page; ${p.rounds} rounds × ${p.asleepRuns} loads | ${msSpread(p.statusAsleep.midbreak)} | ${ms(p.statusAsleep.floor.value)} | ${spread(p.statusAsleep.vsFloor, ratio)} | — |`,
    `| Popup document parsed (DOMContentLoaded), vs the floor page | ${msSpread(p.parsed.midbreak)} | ${msSpread(p.parsed.floor)} | ${spread(p.parsed.vsFloor, ratio)} | — |`,
    `| Popup JS heap after render (after GC), vs the floor page | ${kbSpread(p.heap.midbreak)} | ${kbSpread(p.heap.floor)} | ${spread(p.heap.vsFloor, ratio)} | — |`,
  ];
}

function coldStartRows(c) {
  const rows = [
    `| Worker cold start to status reply, vs the empty worker; ${c.rounds} rounds × ${c.runs} starts | ${msSpread(c.midbreak)} | ${msSpread(c.baseline)} | ${ratioSpread(c.ratio)} | ${checked(c.ratio, BUDGETS.coldStartRatio)} |`,
    `| … to the reply to an unknown message (script start, no engine work) | ${msSpread(c.scriptOnly)} | ${ms(c.baseline.value)} | ${spread(c.scriptRatio, ratio)} | — |`,
  ];
  const failures = c.failures.midbreak + c.failures.baseline;
  if (failures) rows.push(`| … status requests answered with an error | ${c.failures.midbreak} | ${c.failures.baseline} | — | ⚠ |`);
  return rows;
}

function runtimeRows(r) {
  const rows = [
    '| Measure | Midbreak | Baseline | Ratio | Budget |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const p = r.popupLoad;
  if (failed(p)) {
    rows.push(`| Popup ready, vs the floor page | ${failed(p)} | | | ≤ ${ratio(BUDGETS.popupReadyRatio)} |`);
    rows.push(`| Popup status shown, vs the floor page | ${failed(p)} | | | ≤ ${ratio(BUDGETS.statusShownRatio)} |`);
  } else rows.push(...popupRows(p));
  const c = r.coldStart;
  if (failed(c)) rows.push(`| Worker cold start to status reply | ${failed(c)} | | | ≤ ${ratio(BUDGETS.coldStartRatio)} |`);
  else rows.push(...coldStartRows(c));
  const q = r.punctuality;
  if (failed(q)) rows.push(`| Prompt lateness after due time | ${failed(q)} | — | — | median < 1 s |`);
  else {
    const pass = q.missed === 0 && q.median < BUDGETS.punctualityMedianMs;
    const missedNote = q.missed ? `, ${q.missed} prompt(s) never came` : '';
    rows.push(
      `| Prompt lateness after due time, ${q.cycles} cycles: median | **${ms(q.median)}** | — | — | < ${BUDGETS.punctualityMedianMs} ms ${verdict(pass)}${missedNote} |`,
    );
    rows.push(`| … worst of ${q.cycles} | ${ms(q.worst)} | — | — | — |`);
    rows.push(
      `| … median with the worker asleep / awake at the due time | ${ms(q.medianAsleep)} / ${ms(q.medianAwake)} | — | — | — |`,
    );
  }
  for (const w of [r.wakeupsOff, r.wakeupsOn]) {
    if (!w) continue;
    const label = `Worker wake-ups in an untouched ${Math.round((w.stretchMs ?? 0) / 60_000 * 10) / 10}-min working stretch, badge countdown ${w.badgeCountdown ? 'on' : 'off'}`;
    if (failed(w)) {
      rows.push(`| ${label} | ${failed(w)} | — | — | |`);
      continue;
    }
    const budget = w.badgeCountdown
      ? `≤ ${BUDGETS.wakeupsPerMinuteBadgeOn} a minute ${verdict(w.startsPerMinute <= BUDGETS.wakeupsPerMinuteBadgeOn)}`
      : `${BUDGETS.wakeupsBadgeOff} ${verdict(w.starts <= BUDGETS.wakeupsBadgeOff)}`;
    const at = w.startOffsetsS?.length ? ` (at ${w.startOffsetsS.map((t) => `${Math.round(t)} s`).join(', ')})` : '';
    rows.push(`| ${label} | **${w.starts}** starts${at}, ${w.engineRuns} engine runs | — | — | ${budget} |`);
  }
  return rows;
}

function missedBudgets(r) {
  const missed = [];
  const s = r.sizes;
  if (s && !s.error) {
    const popup = s.pages.find((p) => p.name === 'popup');
    if (!popup || popup.missing || popup.firstLoad.gzip > BUDGETS.popupGzip) missed.push('popup size');
    if (s.worker.missing || s.worker.firstLoad.gzip > BUDGETS.workerGzip) missed.push('worker size');
  }
  const p = r.popupLoad;
  if (p && !p.error && !(p.ready.vsFloor.value <= BUDGETS.popupReadyRatio)) missed.push('popup ready');
  if (p && !p.error && !(p.status.vsFloor.value <= BUDGETS.statusShownRatio)) missed.push('popup status shown');
  if (r.coldStart && !r.coldStart.error && !(r.coldStart.ratio.value <= BUDGETS.coldStartRatio)) missed.push('worker cold start');
  const q = r.punctuality;
  if (q && !q.error && !(q.missed === 0 && q.median < BUDGETS.punctualityMedianMs)) missed.push('punctuality');
  if (r.wakeupsOff && !r.wakeupsOff.error && r.wakeupsOff.starts > BUDGETS.wakeupsBadgeOff) missed.push('wake-ups (badge off)');
  if (r.wakeupsOn && !r.wakeupsOn.error && r.wakeupsOn.startsPerMinute > BUDGETS.wakeupsPerMinuteBadgeOn) missed.push('wake-ups (badge on)');
  return missed;
}

/** The whole report as markdown; `missed` lists the budgets not met. */
export function renderReport(r) {
  const m = r.machine;
  const missed = missedBudgets(r);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${m.date}. Do not edit by hand: run the bench again.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory; ${m.os}, Linux ${m.kernel}`,
    `- Browser: ${m.chromium}, headless, built extension from .output/chrome-mv3`,
    `- Node ${m.node}`,
    ...(r.warnings ?? []).map((w) => `- ⚠ ${w}`),
    '',
    missed.length ? `**Budgets missed: ${missed.join(', ')}.**` : '**All budgets met.**',
    '',
    '## Size',
    '',
    ...(r.sizes?.error ? [`Size: failed: ${r.sizes.error}`] : sizeRows(r.sizes)),
    '',
    'A page counts its HTML file itself and the scripts, module preloads and style sheets it names, with every chunk',
    'they import statically (shared chunks count for each page that loads them): *Files* is how many files that first',
    'load fetches, *Total* what they weigh together, the HTML included. The worker counts its bundle and its imports.',
    'Gzip is level 9, each file on its own (as the extension\'s zip package stores them); 1 KB = 1000 bytes.',
    ...(r.sizes?.error ? [] : ['', preloadLine(r.sizes)]),
    '',
    ...(r.sizes?.error ? [] : [...fileRows(r.sizes), '']),
    '## Runtime',
    '',
    ...runtimeRows(r),
    '',
    'Times are medians over the samples of all rounds, then in brackets the lowest and highest of the rounds\' own',
    'medians (for a ratio, of the rounds\' own ratios; as it divides two pooled medians, a ratio may fall outside that',
    'range when one round ran faster on both sides). Each round runs in a freshly launched browser. The budgets hold',
    'the ratios to a baseline measured alternately in the same browser (an extension the bench writes to a temp dir:',
    'an empty page, a floor page and a worker that only answers messages), so a busy machine slows both sides.',
    'How each figure is taken:',
    '',
    '- **Popup load**: each round loads Midbreak\'s popup, the floor page and the empty page in turn, the order',
    '  rotating (after two unrecorded loads of each), each in a fresh 400 × 600 tab; 0 is navigation start. The',
    '  *floor page* is the least a real popup must do: an empty document whose one tiny module script inserts',
    '  `<div id="app"><section data-testid="status" data-phase="working"><button data-primary>Start</button></section></div>`',
    '  with DOM calls. The *empty page* has nothing to run or render. A probe looks at each page once per frame, in a',
    '  `requestAnimationFrame` callback from `DOMContentLoaded` on (the document parsed, its module scripts run), and',
    '  stamps the first frame in which a moment holds with `performance.now()` in a task posted from that callback',
    '  (so after the frame is produced). *Ready*: the primary button in `#app` (`[data-primary]`, else',
    '  `button.primary`, else the first button) is enabled, whether or not something around it is still `aria-busy`.',
    '  *Status shown*: `#app` holds a status section (`[data-testid="status"][data-phase]`) and nothing in `#app` is',
    '  `aria-busy`: the real status, not a placeholder. The empty page has no root: both its moments are its first',
    '  frame after parsing. The profile is a returning user\'s (first-run safety note dismissed). Midbreak\'s worker',
    '  is awake, as each popup load messages it, except in the *worker asleep* row:',
    `  ${r.popupLoad?.asleepRuns ?? 'a few'} more popup loads a round, each right after all workers were stopped through CDP`,
    '  (see below), against the floor page\'s loads of the same rounds.' +
      (r.popupLoad?.primary ? ` The primary button found: “${r.popupLoad.primary}”.` : ''),
    '- **Memory**: `Runtime.getHeapUsage` of the page after a forced GC, once rendered (the extension\'s renderer',
    '  with only that page open).',
    '- **Worker cold start**: in each round\'s browser after its popup loads, all workers stopped through CDP',
    '  (`ServiceWorker.stopAllWorkers`, what Chrome does to an idle worker after 30 s), then `{type: \'status\'}` sent',
    '  from an open page of the same extension (its manifest.json document: no Midbreak code runs in it), timed from',
    '  send to reply; Midbreak\'s worker and the baseline\'s alternate. The unknown-message row times a request the',
    '  worker rejects before any engine or storage work: the cost of starting its script.',
    '- **Punctuality**: each cycle stores a schedule state whose work interval ends 3 s later and nudges the',
    '  engine with a status message, which sets the alarm; every other cycle the worker is then stopped, so the',
    '  alarm must wake it. An extension page polls `notifications.getAll()` every few ms from just before the',
    '  due time; lateness is the first poll that sees `midbreak-prompt` minus the due time' +
      (r.punctuality && !r.punctuality.error ? ` (poll resolution ${ms(r.punctuality.resolution)}).` : '.'),
    '- **Wake-ups**: each stretch runs in a browser of its own (the two in parallel): badge setting stored, a fresh',
    '  45-minute cycle started, the worker stopped, then nothing touched. *Starts* are counted from outside, as the',
    '  browser reports them through CDP (`ServiceWorker.workerVersionUpdated`: each time the worker\'s version turns',
    '  `running`); the worker keeps no record for the bench. *Engine runs* are the events its engine handled, seen as writes',
    '  of the schedule state (each wake brings the start-up events, then the alarm\'s tick).' +
      (r.wakeupsOff && !r.wakeupsOff.error && r.wakeupsOff.nextAlarmInMs !== null
        ? ` With the badge off the next alarm was ${(r.wakeupsOff.nextAlarmInMs / 60_000).toFixed(1)} min out (the natural-break heartbeat).`
        : ''),
    '',
    'The bench never fails on a time; it flags missed budgets. Sizes are also checked in tests/e2e/size.e2e.ts.',
    '',
  ];
  return { markdown: lines.join('\n'), missed };
}
