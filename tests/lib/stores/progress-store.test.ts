import { waitUntil } from '../support/storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInsItem, loadCheckIns } from '../../../lib/adapters/checkin-items';
import { scheduleItem } from '../../../lib/adapters/schedule-item';
import { saveSettings } from '../../../lib/adapters/settings-write';
import { historyItem, replaceHistory } from '../../../lib/adapters/storage-items';
import { CHECKIN_VERSION, type CheckIn } from '../../../lib/checkin';
import { HISTORY_VERSION, type HistoryEntry, type HistoryKind } from '../../../lib/history';
import { progressCsv } from '../../../lib/progress';
import { initialScheduleState } from '../../../lib/schedule-state';
import { defaultSettings } from '../../../lib/settings';
import { CHART_DAYS, createProgressStore, type ProgressStore } from '../../../lib/stores/progress-store';
import { addDays, dayKey, dayStart, HOUR, MINUTE } from '../../../lib/time';
import { weekdaysNineToFive } from '../../../lib/working-hours';

/** Monday 16 November 2026, 10:00 local time. */
const T0 = new Date(2026, 10, 16, 10, 0).getTime();
const TODAY = dayKey(T0);
const at = (day: string, hour: number) => dayStart(day) + hour * HOUR;
const events = (day: string, kind: HistoryKind, n: number): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({ kind, at: at(day, 8) + i * MINUTE }));
const checkIn = (day: string, score: number, symptoms = false): CheckIn => ({ day, score, symptoms, at: at(day, 9) });

let store: ProgressStore | null = null;
let downloads: { name: string; text: string; type: string }[];

async function open(): Promise<ProgressStore> {
  store = createProgressStore({ download: (name, text, type) => downloads.push({ name, text, type }) });
  await store.ready;
  return store;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  downloads = [];
  const thu = addDays(TODAY, -4);
  const fri = addDays(TODAY, -3);
  const sat = addDays(TODAY, -2);
  const sun = addDays(TODAY, -1);
  await historyItem.item.setValue({
    v: HISTORY_VERSION,
    events: [
      ...events(thu, 'routine-completed', 1),
      ...events(fri, 'routine-completed', 2),
      ...events(sun, 'routine-completed', 1),
      ...events(TODAY, 'due', 3),
      ...events(TODAY, 'routine-completed', 2),
      ...events(TODAY, 'routine-abandoned', 1),
      ...events(TODAY, 'snoozed', 1),
    ],
    days: [
      // An old day folded into totals, and the active time of finished days.
      { day: addDays(TODAY, -70), counts: { 'natural-break': 0, 'routine-completed': 4, 'routine-abandoned': 0, skipped: 0, snoozed: 0, due: 4 }, activeMs: 5 * HOUR },
      { day: sat, counts: { 'natural-break': 2, 'routine-completed': 0, 'routine-abandoned': 0, skipped: 1, snoozed: 0, due: 1 }, activeMs: 3 * HOUR },
    ],
  });
  await scheduleItem.item.setValue({ ...initialScheduleState(T0), today: { day: TODAY, activeMs: 90 * MINUTE } });
});

afterEach(() => {
  store?.dispose();
  store = null;
  vi.useRealTimers();
});

describe('the progress store', () => {
  it('shows this week, Monday to Sunday, with today\'s active time from the schedule', async () => {
    const s = await open();
    expect(s.today.value).toBe(TODAY);
    expect(s.week.value.map((r) => r.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(TODAY, i)));
    expect(s.week.value[0]).toMatchObject({ completed: 2, partial: 1, due: 3, taken: 3, snoozed: 1, activeMinutes: 90 });
    expect(s.recent.value).toHaveLength(CHART_DAYS);
    expect(s.recent.value.at(-1)?.day).toBe(TODAY);
    expect(s.recent.value.find((r) => r.day === addDays(TODAY, -2))).toMatchObject({ natural: 2, skipped: 1, activeMinutes: 180 });
  });

  it('counts the streak over working days only when working hours are on', async () => {
    let s = await open();
    // Today and Sunday have routines; Saturday has none.
    expect(s.streak.value).toBe(2);
    await saveSettings({ ...defaultSettings(), workingHours: weekdaysNineToFive() });
    await waitUntil(() => expect(s.workingHoursOn.value).toBe(true));
    // The weekend neither counts nor breaks it: today, Friday and Thursday.
    expect(s.streak.value).toBe(3);
    s.dispose();
    s = await open();
    expect(s.week.value.map((r) => r.workingDay)).toEqual([true, true, true, true, true, false, false]);
  });

  it('follows a history written elsewhere (the background, an import)', async () => {
    const s = await open();
    await replaceHistory({ v: HISTORY_VERSION, events: events(TODAY, 'routine-completed', 5), days: [] }, T0);
    await waitUntil(() => expect(s.week.value[0].completed).toBe(5));
    expect(s.streak.value).toBe(1);
  });

  it('gives the trend, and says plainly when the latest check-in notes new symptoms', async () => {
    await checkInsItem.item.setValue({
      v: CHECKIN_VERSION,
      entries: [checkIn(addDays(TODAY, -14), 6), checkIn(addDays(TODAY, -7), 5), checkIn(addDays(TODAY, -1), 3, true)],
      skippedDay: null,
    });
    const s = await open();
    // The last week's check-ins (5 and 3) average 4.
    expect(s.trend.value).toMatch(/^Stiffness down from 6 to 4 over 2 weeks, with [\d.]+ routines? a day\.$/);
    expect(s.advice.value).toBe('symptoms');
  });

  it('adds and then corrects today\'s check-in', async () => {
    const s = await open();
    expect(s.checkIns.todays()).toBeNull();
    expect(await s.saveCheckIn(4, false)).toBe(true);
    expect(s.checkIns.todays()).toMatchObject({ day: TODAY, score: 4, symptoms: false });
    expect(s.message.value).toMatchObject({ about: 'checkin', kind: 'saved', text: "Saved today's check-in: 4 out of 10." });
    expect(s.recent.value.at(-1)?.checkIn?.score).toBe(4);
    await s.saveCheckIn(2, true);
    expect((await loadCheckIns(T0)).entries).toEqual([expect.objectContaining({ day: TODAY, score: 2, symptoms: true })]);
    expect(s.advice.value).toBe('symptoms');
  });

  it('exports every recorded day as CSV, one row each, oldest first', async () => {
    const s = await open();
    expect(s.exportCsv()).toBe(true);
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file.name).toBe(`midbreak-progress-${TODAY}.csv`);
    expect(file.type).toBe('text/csv');
    const lines = file.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(progressCsv([]).trimEnd());
    expect(lines).toHaveLength(1 + 71); // the header, then 70 days ago up to today
    expect(lines[1].startsWith(`${addDays(TODAY, -70)},4,0,4,4,`)).toBe(true);
    expect(lines.at(-1)!.startsWith(`${TODAY},2,1,3,3,1,0,0,90,`)).toBe(true);
    expect(s.message.value).toMatchObject({ about: 'export', kind: 'saved', text: `Exported 71 days to midbreak-progress-${TODAY}.csv.` });
  });

  it('moves on to a new day while the page stays open', async () => {
    const s = await open();
    await vi.advanceTimersByTimeAsync(15 * HOUR);
    expect(s.today.value).toBe(addDays(TODAY, 1));
    expect(s.week.value[1].day).toBe(addDays(TODAY, 1));
  });
});
