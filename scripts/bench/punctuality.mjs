// Punctuality: how late the break prompt's notification appears after the break is due.
//
// Each cycle writes a working schedule state straight to chrome.storage.local (key
// `schedule`, shape of lib/schedule-state.ts) with the work interval `LEAD_MS` short of
// done, counted up to now, so the break is due at exactly now + LEAD_MS. Firing the
// worker's own schedule alarm at once then wakes the engine through its real alarm path,
// and it sets its next alarm for the due moment. In every other
// cycle the bench then stops the worker, so that the alarm has to wake it, as it would
// after a real 45-minute stretch; the other cycles keep it running.
//
// The notification's appearance is observed from an extension page (the quiet manifest
// document, see cold-start.mjs) polling chrome.notifications.getAll() every few ms from
// just before the due time: `onShown` does not fire reliably headless, and wrapping
// notifications.create inside the worker would not survive the worker's restart. The
// lateness is the first poll that sees `midbreak-prompt` minus the due time, an upper
// bound within one poll interval (reported as the resolution). A {type:'skip'} ends
// the cycle and clears the prompt.
import { openQuietPage } from './cold-start.mjs';
import { max, median } from './stats.mjs';
import { NUDGE } from './nudge.mjs';

const LEAD_MS = 3000;
const WORK_MINUTES = 10;
const PROMPT_ID = 'midbreak-prompt';

const SETTINGS = { workMinutes: WORK_MINUTES, headsUpSeconds: 0, promptStyle: 'notify', pauseInFullscreen: true };

const ARM = `(async () => {
  const now = Date.now();
  const schedule = {
    v: 1, phase: { kind: 'working' }, activeMs: ${WORK_MINUTES * 60_000 - LEAD_MS},
    countedAt: now, lastSeen: now, user: 'active', userSince: now,
    idleBreakRecorded: false, headsUpShown: true,
  };
  await chrome.storage.local.set({ schedule });
  ${NUDGE}
  const reply = await chrome.runtime.sendMessage({ type: 'status' });
  const alarms = await chrome.alarms.getAll();
  return { due: now + ${LEAD_MS}, phase: reply && reply.phase, alarmAt: alarms.map((a) => a.scheduledTime) };
})()`;

const WATCH = (due) => `(async () => {
  const due = ${due};
  const wait = due - 300 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  let previous = Date.now();
  for (;;) {
    const all = await chrome.notifications.getAll();
    const now = Date.now();
    if (Object.prototype.hasOwnProperty.call(all, '${PROMPT_ID}')) return { seenAt: now, previous };
    if (now > due + 15000) return null;
    previous = now;
    await new Promise((r) => setTimeout(r, 4));
  }
})()`;

const END_CYCLE = `(async () => {
  await chrome.runtime.sendMessage({ type: 'skip' });
  await chrome.notifications.clear('${PROMPT_ID}');
  return true;
})()`;

/** Runs `cycles` short break cycles and reports the prompt's lateness after each due time. */
export async function measurePunctuality(session, { midbreakId, cycles = 12, log = () => {} }) {
  const page = await openQuietPage(session, midbreakId);
  const results = [];
  let missed = 0;
  try {
    await page.evaluate(`chrome.storage.sync.set({ settings: ${JSON.stringify(SETTINGS)} }).then(() => true)`);
    await page.evaluate(`new Promise((r) => setTimeout(r, 300))`); // the worker reacts to the settings change
    for (let i = 0; i < cycles; i++) {
      const asleep = i % 2 === 1;
      const { due } = await page.evaluate(ARM);
      if (asleep) await session.stopWorkers();
      const seen = await page.evaluate(WATCH(due));
      if (!seen) missed++;
      else results.push({ lateMs: seen.seenAt - due, resolutionMs: seen.seenAt - seen.previous, asleep });
      await page.evaluate(END_CYCLE);
      log(`punctuality ${i + 1}/${cycles}${seen ? `: ${seen.seenAt - due} ms late` : ': no prompt'}`);
    }
  } finally {
    await page.close();
  }
  const late = (list) => list.map((r) => r.lateMs);
  return {
    cycles,
    missed,
    median: median(late(results)),
    worst: max(late(results)),
    medianAsleep: median(late(results.filter((r) => r.asleep))),
    medianAwake: median(late(results.filter((r) => !r.asleep))),
    resolution: median(results.map((r) => r.resolutionMs)),
    samples: late(results),
  };
}
