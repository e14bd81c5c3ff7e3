import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings';
import { createScheduleStore, type ScheduleStore } from '../../../lib/stores/schedule-store';
import { storedSettings } from '../support/storage';

type StorageListener = Parameters<typeof fakeBrowser.storage.onChanged.addListener>[0];

let store: ScheduleStore;
/** The store's storage listeners, which hear a change only when the test delivers it. */
let held: StorageListener[];

/** Passes a change to the store, late, as a browser may deliver another device's change. */
function deliver(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
  for (const listener of held) listener(changes, 'sync');
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2 } });
  // The fake browser reports a change at once; holding the events back makes the store's
  // copy of the settings stale on purpose.
  held = [];
  const hold = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation((listener) => void held.push(listener));
  store = createScheduleStore({ tickMs: 60_000 });
  hold.mockRestore();
  await store.ready;
});
afterEach(() => store.dispose());

describe('the step-sound switch', () => {
  it('changes only the step sound, keeping a field another device changed since the store loaded', async () => {
    const elsewhere = { ...defaultSettings(), v: 2, workMinutes: 90, badgeCountdown: false };
    await fakeBrowser.storage.sync.set({ settings: elsewhere });
    // The store's copy still says 45 minutes with the badge on: writing it back, as the
    // switch once did, would undo the other device's change.
    expect(store.settings.value).toMatchObject({ workMinutes: 45, badgeCountdown: true });
    await store.setStepSound(true);
    expect(await storedSettings()).toEqual({ ...defaultSettings(), workMinutes: 90, badgeCountdown: false, stepSound: true });
    expect(store.error.value).toBeNull();
    expect(store.settings.value).toMatchObject({ workMinutes: 90, badgeCountdown: false, stepSound: true });
    deliver({ settings: { newValue: elsewhere } });
    deliver({ settings: { newValue: { ...elsewhere, stepSound: true } } });
    expect(store.settings.value).toMatchObject({ workMinutes: 90, stepSound: true });
  });

  it('two quick presses end with the last one', async () => {
    await Promise.all([store.setStepSound(true), store.setStepSound(false)]);
    expect((await storedSettings())?.stepSound).toBe(false);
  });

  it('leaves settings from a newer version alone and says why', async () => {
    const fromNewer = { v: 99, workMinutes: 25, stepSound: false };
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await store.setStepSound(true);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(fromNewer);
    expect(store.error.value).toMatch(/^Midbreak could not save that: The stored settings come from a newer version of Midbreak/);
  });
});
