import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings';
import { createRoutineStore, type RoutineStore } from '../../../lib/stores/routine-store';
import { storedSettings } from '../support/storage';

let store: RoutineStore;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2 } });
  store = createRoutineStore({ tickMs: 60_000 });
  await store.ready;
});
afterEach(() => store.dispose());

describe('the step-sound switch', () => {
  it('changes only the step sound, keeping a field another device changed since the store loaded', async () => {
    // Another device changed two fields after this page loaded its settings: writing back
    // the page's copy, as the switch once did, would undo that change.
    const elsewhere = { ...defaultSettings(), v: 2, workMinutes: 90, badgeCountdown: false };
    await fakeBrowser.storage.sync.set({ settings: elsewhere });
    await store.setStepSound(true);
    expect(await storedSettings()).toEqual({ ...defaultSettings(), workMinutes: 90, badgeCountdown: false, stepSound: true });
    expect(store.soundError.value).toBeNull();
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
    expect(store.soundError.value).toMatch(/^Midbreak could not save that: The stored settings come from a newer version of Midbreak/);
  });
});
