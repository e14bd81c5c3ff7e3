// Turns the bench's results into the markdown table printed and written to docs/benchmarks.md.
import { BUDGETS, KB } from './budgets.mjs';
import { ms, ratio } from './stats.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const OK = '✓';
const MISSED = '⚠ missed';

function verdict(pass) {
  return pass ? OK : MISSED;
}

function sizeRows(sizes) {
  const rows = [
    '| Bundle | Files | JS raw | JS gzip | CSS raw | CSS gzip | Total gzip | Budget |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const budgetFor = (name) =>
    name === 'popup' ? BUDGETS.popupGzip : name === 'service worker' ? BUDGETS.workerGzip : null;
  for (const b of [...sizes.pages, sizes.worker]) {
    if (b.missing) {
      rows.push(`| ${b.name} | not built | | | | | | ${MISSED} |`);
      continue;
    }
    const budget = budgetFor(b.name);
    const check = budget === null ? '—' : `≤ ${kb(budget)} ${verdict(b.total.gzip <= budget)}`;
    rows.push(
      `| ${b.name} (${b.html}) | ${b.files.length} | ${kb(b.js.raw)} | ${kb(b.js.gzip)} | ${kb(b.css.raw)} | ${kb(b.css.gzip)} | **${kb(b.total.gzip)}** | ${check} |`,
    );
  }
  return rows;
}

function fileRows(sizes) {
  const lines = ['<details><summary>Files per bundle (gzip)</summary>', ''];
  for (const b of [...sizes.pages, sizes.worker]) {
    if (b.missing) continue;
    const files = [...b.files].sort((x, y) => y.gzip - x.gzip).map((f) => `${f.file} ${kb(f.gzip)}`);
    lines.push(`- ${b.name}: ${files.join(', ')}`);
  }
  lines.push('', '</details>');
  return lines;
}

function failed(phase) {
  return phase?.error ? `failed: ${phase.error}` : null;
}

function runtimeRows(r) {
  const rows = [
    '| Measure | Midbreak | Baseline | Ratio | Budget |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const p = r.popupLoad;
  if (failed(p)) rows.push(`| Popup load to rendered and interactive | ${failed(p)} | | | ≤ ${BUDGETS.popupLoadRatio}× |`);
  else {
    const note = p.midbreak.interactive ? '' : ' (no primary button found: to first content)';
    rows.push(
      `| Popup load to rendered and interactive${note}, median of ${p.runs} | ${ms(p.midbreak.median)} | ${ms(p.baseline.median)} | **${ratio(p.ratio)}** | ≤ ${BUDGETS.popupLoadRatio}× ${verdict(p.ratio <= BUDGETS.popupLoadRatio)} |`,
    );
    rows.push(`| … document parsed (DOMContentLoaded) | ${ms(p.midbreak.parsedMedian)} | ${ms(p.baseline.parsedMedian)} | ${ratio(p.midbreak.parsedMedian / p.baseline.parsedMedian)} | — |`);
    rows.push(`| … first frame with any content in the root | ${ms(p.midbreak.contentMedian)} | — | — | — |`);
    rows.push(
      `| Popup JS heap after render (after GC), median of ${p.runs} | ${kb(p.midbreak.heapMedian)} | ${kb(p.baseline.heapMedian)} | ${ratio(p.midbreak.heapMedian / p.baseline.heapMedian)} | — |`,
    );
  }
  const c = r.coldStart;
  if (failed(c)) rows.push(`| Worker cold start to status reply | ${failed(c)} | | | ≤ ${BUDGETS.coldStartRatio}× |`);
  else {
    rows.push(
      `| Worker cold start to status reply, median of ${c.runs} | ${ms(c.midbreak.median)} | ${ms(c.baseline.median)} | **${ratio(c.ratio)}** | ≤ ${BUDGETS.coldStartRatio}× ${verdict(c.ratio <= BUDGETS.coldStartRatio)} |`,
    );
    rows.push(
      `| … to the reply to an unknown message (script start, no engine work) | ${ms(c.scriptOnlyMedian)} | ${ms(c.baseline.median)} | ${ratio(c.scriptOnlyMedian / c.baseline.median)} | — |`,
    );
    const failures = c.midbreak.failures + c.baseline.failures;
    if (failures) rows.push(`| … status requests answered with an error | ${c.midbreak.failures} | ${c.baseline.failures} | — | ⚠ |`);
  }
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
    if (!popup || popup.missing || popup.total.gzip > BUDGETS.popupGzip) missed.push('popup size');
    if (s.worker.missing || s.worker.total.gzip > BUDGETS.workerGzip) missed.push('worker size');
  }
  if (r.popupLoad && !r.popupLoad.error && !(r.popupLoad.ratio <= BUDGETS.popupLoadRatio)) missed.push('popup load');
  if (r.coldStart && !r.coldStart.error && !(r.coldStart.ratio <= BUDGETS.coldStartRatio)) missed.push('worker cold start');
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
    'A page counts the scripts, module preloads and style sheets its HTML names and every chunk they import',
    'statically (shared chunks count for each page that loads them); the worker counts its bundle and its imports.',
    'Gzip is level 9, each file on its own (as the extension\'s zip package stores them); 1 KB = 1000 bytes.',
    '',
    ...(r.sizes?.error ? [] : [...fileRows(r.sizes), '']),
    '## Runtime',
    '',
    ...runtimeRows(r),
    '',
    'Times are medians; the budgets hold the ratios to a baseline measured alternately in the same browser',
    '(an extension the bench writes to a temp dir: an empty page and a worker that only answers messages),',
    'so a busy machine slows both sides. How each figure is taken:',
    '',
    '- **Popup load**: each load is a fresh 400 × 600 tab; 0 is navigation start. *Rendered and interactive* is the',
    '  end of the first frame in which the popup\'s `#app` root has content, nothing in it is `aria-busy`, and its',
    '  primary button (`[data-primary]`, else `button.primary`, else the first button) is enabled; it is checked once per frame in a',
    '  `requestAnimationFrame` callback and stamped with `performance.now()` in a task posted from it. The',
    '  baseline page has no root: its time is the first frame after parsing. The profile is a returning user\'s',
    '  (first-run safety note dismissed); Midbreak\'s worker is awake, as each popup load messages it.' +
      (r.popupLoad?.midbreak?.primary ? ` The primary button found: “${r.popupLoad.midbreak.primary}”.` : ''),
    '- **Memory**: `Runtime.getHeapUsage` of the page after a forced GC, once rendered (the extension\'s renderer',
    '  with only that page open).',
    '- **Worker cold start**: all workers stopped through CDP (`ServiceWorker.stopAllWorkers`, what Chrome does to',
    '  an idle worker after 30 s), then `{type: \'status\'}` sent from an open page of the same extension (its',
    '  manifest.json document: no Midbreak code runs in it), timed from send to reply. The unknown-message row',
    '  times a request the worker rejects before any engine or storage work: the cost of starting its script.',
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
