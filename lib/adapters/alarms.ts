import { browser } from 'wxt/browser';

/** The schedule keeps one pending alarm; setting it again replaces it. */
export const ALARM_NAME = 'midbreak-schedule';
/**
 * Its safety net. Chrome consumes a one-shot alarm when it fires, and may stop the worker
 * a millisecond after the alarm started it, before the engine has armed the next one: the
 * break would then stay due with nothing left to wake the worker. So every alarm is set
 * with a repeating backup a little after it. When the worker handles the alarm, both are
 * moved on and the backup never fires; when it was stopped first, the backup wakes it, and
 * keeps doing so every half minute (Chrome's shortest period) until one wake gets through.
 */
export const BACKUP_ALARM_NAME = 'midbreak-schedule-backup';
/** How long after the alarm its backup fires: well past a worker's start and one engine step. */
export const BACKUP_DELAY_MS = 3_000;
const BACKUP_PERIOD_MINUTES = 0.5;

/** Arms the schedule's alarm at `at`, and its backup (see above). */
export async function setAlarm(at: number): Promise<void> {
  // The backup first: from the moment this is called, something is armed after `at`.
  await Promise.all([
    browser.alarms.create(BACKUP_ALARM_NAME, { when: at + BACKUP_DELAY_MS, periodInMinutes: BACKUP_PERIOD_MINUTES }),
    browser.alarms.create(ALARM_NAME, { when: at }),
  ]);
}

export async function clearAlarm(): Promise<void> {
  await Promise.all([browser.alarms.clear(ALARM_NAME), browser.alarms.clear(BACKUP_ALARM_NAME)]);
}

/** Calls `listener` when the schedule's alarm (or its backup) fires; returns a disposer. */
export function onScheduleAlarm(listener: () => void): () => void {
  const handler = (alarm: { name: string }) => {
    if (alarm.name === ALARM_NAME || alarm.name === BACKUP_ALARM_NAME) listener();
  };
  browser.alarms.onAlarm.addListener(handler);
  return () => browser.alarms.onAlarm.removeListener(handler);
}
