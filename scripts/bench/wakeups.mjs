// Sleeping background: how often the worker wakes in a working stretch nobody touches.
//
// A browser of its own (Midbreak only) gets the badge countdown set on or off and a fresh
// working cycle (so the break is 10+ minutes away), lets the worker settle, then stops it
// and waits out the stretch. Both counts are taken from outside the worker, which keeps
// no record for the bench:
//   - worker starts: the browser's own reports through CDP (ServiceWorker domain, enabled
//     in the session's control tab): each time the worker's version turns 'running'
//     (chromium.mjs, ChromiumSession.startsOf);
//   - engine runs: every event the engine handles (startup, alarm tick) rewrites the
//     `schedule` item in chrome.storage.local, seen by a storage.onChanged listener in the
//     quiet page (which itself never messages the worker).
// The bench does nothing during the stretch, so the user caused none of these events.
import { launchChromium } from './chromium.mjs';
import { openQuietPage } from './cold-start.mjs';
import { NUDGE } from './nudge.mjs';

const SETUP = (badgeCountdown) => `(async () => {
  await chrome.storage.sync.set({ settings: { workMinutes: 45, headsUpSeconds: 0, promptStyle: 'notify', badgeCountdown: ${badgeCountdown} } });
  await new Promise((r) => setTimeout(r, 300));
  const now = Date.now();
  await chrome.storage.local.set({ schedule: {
    v: 1, phase: { kind: 'working' }, activeMs: 0, countedAt: now, lastSeen: now,
    user: 'active', userSince: now, idleBreakRecorded: false, headsUpShown: false,
  } });
  ${NUDGE}
  await new Promise((r) => setTimeout(r, 300));
  const alarms = await chrome.alarms.getAll();
  window.__engineRuns = [];
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.schedule) window.__engineRuns.push(Date.now());
  });
  return { nextAlarmInMs: alarms.length ? Math.min(...alarms.map((a) => a.scheduledTime)) - Date.now() : null };
})()`;

/**
 * Runs one untouched working stretch of `stretchMs` with the badge countdown on or off,
 * in its own browser, and returns the worker starts and engine runs inside it.
 */
export async function measureWakeups(extensionDir, { badgeCountdown, stretchMs = 180_000 }) {
  const session = await launchChromium([extensionDir]);
  try {
    const [id] = session.extensionIds;
    const page = await openQuietPage(session, id);
    const { nextAlarmInMs } = await page.evaluate(SETUP(badgeCountdown));
    await session.stopWorkers();
    const since = Date.now();
    await new Promise((r) => setTimeout(r, stretchMs));
    const starts = session.startsOf(id, since);
    const engineRuns = await page.evaluate('window.__engineRuns');
    const minutes = stretchMs / 60_000;
    return {
      badgeCountdown,
      stretchMs,
      nextAlarmInMs,
      starts: starts.length,
      engineRuns: engineRuns.length,
      startsPerMinute: starts.length / minutes,
      startOffsetsS: starts.map((t) => Math.round((t - since) / 100) / 10),
      engineRunOffsetsS: engineRuns.map((t) => Math.round((t - since) / 100) / 10),
    };
  } finally {
    await session.close();
  }
}
