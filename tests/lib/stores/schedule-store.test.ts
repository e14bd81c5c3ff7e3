import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSafetyNoteSeen } from '../../../lib/adapters/safety-items';
import { startBackground } from '../../../lib/background/start';
import type { Reply, Request } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings-parse';
import type { Status } from '../../../lib/status';
import { createScheduleStore, type ScheduleStore } from '../../../lib/stores/schedule-store';
import { completeFakeBrowser } from '../background/fake-env';

// The page's schedule store shows what the worker computes: it asks as it opens, again on
// each change of what the status depends on, and keeps only the answer to its latest question.

const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
const MIN = 60_000;
let store: ScheduleStore | null = null;
let background: ReturnType<typeof startBackground> | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(async () => {
  store?.dispose();
  store = null;
  await background?.engine.settled();
  background?.dispose();
  background = null;
  vi.useRealTimers();
});

async function withBackground(): Promise<void> {
  completeFakeBrowser();
  background = startBackground();
  await background.engine.settled();
}

/** Lets storage events and replies travel (the fake browser delivers them in later tasks). */
const travel = () => vi.advanceTimersByTimeAsync(0);

describe('the status as the worker computes it', () => {
  it('is read once the worker answers, with the countdown running between answers', async () => {
    await withBackground();
    store = createScheduleStore();
    expect(store.status.value).toBeNull();
    await store.ready;
    expect(store.status.value).toMatchObject({ phase: 'working', nextBreakAt: T0 + 45 * MIN, snoozeMinutes: 5 });
    expect(store.noteSeen.value).toBe(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(store.now.value).toBe(T0 + 3000);
  });

  it('is asked for again when the settings change, here or on another device', async () => {
    await withBackground();
    store = createScheduleStore();
    await store.ready;
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2, snoozeMinutes: 10 } });
    await travel();
    await background!.engine.settled();
    await travel();
    expect(store.status.value?.snoozeMinutes).toBe(10);
  });

  it('follows the first-run note being dismissed on another page', async () => {
    await withBackground();
    store = createScheduleStore();
    await store.ready;
    await saveSafetyNoteSeen();
    await travel();
    expect(store.noteSeen.value).toBe(true);
  });

  it('keeps the answer to the latest question when an earlier answer arrives last', async () => {
    const status = (phase: Status['phase']) => ({ phase, workMs: 45 * MIN }) as Status;
    const delays = [50, 0]; // the first question's answer is slow
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const n = asked++;
      await new Promise((r) => setTimeout(r, delays[n] ?? 0));
      return { ok: true, phase: n === 0 ? 'working' : 'paused', status: status(n === 0 ? 'working' : 'paused'), noteSeen: true } satisfies Reply;
    });
    store = createScheduleStore();
    const paused = store.pause('1h'); // the second question, answered at once
    await vi.advanceTimersByTimeAsync(100);
    await paused;
    await store.ready;
    expect(asked).toBe(2);
    expect(store.status.value?.phase).toBe('paused');
  });

  it('says when the worker does not answer, and reads it on "Try again"', async () => {
    store = createScheduleStore();
    await store.ready;
    expect(store.status.value).toBeNull();
    expect(store.error.value).toMatch(/^Midbreak could not read its schedule: /);
    await withBackground();
    expect(await store.refresh()).toBe(true);
    expect(store.status.value?.phase).toBe('working');
    expect(store.error.value).toBeNull();
  });

  it('asks nothing more once disposed', async () => {
    await withBackground();
    store = createScheduleStore();
    await store.ready;
    const seen: Request[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void seen.push(m as Request));
    store.dispose();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2, snoozeMinutes: 10 } });
    await travel();
    expect(seen).toEqual([]);
  });
});
