import { browser } from 'wxt/browser';

/** The schedule keeps exactly one pending alarm; setting it again replaces it. */
export const ALARM_NAME = 'midbreak-schedule';

export async function setAlarm(at: number): Promise<void> {
  await browser.alarms.create(ALARM_NAME, { when: at });
}

export async function clearAlarm(): Promise<void> {
  await browser.alarms.clear(ALARM_NAME);
}

/** Calls `listener` when the schedule's alarm fires; returns a disposer. */
export function onScheduleAlarm(listener: () => void): () => void {
  const handler = (alarm: { name: string }) => {
    if (alarm.name === ALARM_NAME) listener();
  };
  browser.alarms.onAlarm.addListener(handler);
  return () => browser.alarms.onAlarm.removeListener(handler);
}
