import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background/start';
import { startProgress } from '../../../lib/routine-progress';
import { createProgressStore } from '../../../lib/stores/progress-store';
import { createSettingsStore } from '../../../lib/stores/settings-store';
import { closeWithPage, createStores } from '../../../lib/stores/stores';
import { createWelcomeStore } from '../../../lib/stores/welcome-store';
import { completeFakeBrowser } from '../background/fake-env';
import { countListeners } from '../support/listeners';

const T0 = 1_800_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
  completeFakeBrowser();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

// Everything that subscribes hands back a disposer; a page or a worker that goes away must
// leave no listener on any browser event and no timer running.
describe('dispose leaves nothing listening', () => {
  it.each([
    [
      'a page with every store loaded (status, routine, checklist)',
      async () => {
        await fakeBrowser.storage.local.set({ routineProgress: startProgress('desk-60', T0) });
        const stores = createStores();
        await stores.ready;
        await Promise.all([stores.loadRoutine(), stores.loadChecklist()]);
        return () => {
          stores.leave();
          stores.dispose();
        };
      },
    ],
    [
      'a page closed by the browser (pagehide)',
      async () => {
        const stores = createStores();
        await stores.ready;
        const page = new EventTarget();
        closeWithPage(stores, page);
        return () => page.dispatchEvent(new Event('pagehide'));
      },
    ],
    [
      'the options page',
      async () => {
        const store = createSettingsStore();
        await store.ready;
        return () => store.dispose();
      },
    ],
    [
      'the Progress page',
      async () => {
        const store = createProgressStore();
        await store.ready;
        return () => store.dispose();
      },
    ],
    [
      'the welcome page',
      async () => {
        const store = createWelcomeStore();
        await store.ready;
        return () => store.dispose();
      },
    ],
    [
      'the background',
      async () => {
        const bg = startBackground();
        await bg.engine.settled();
        return () => bg.dispose();
      },
    ],
  ])('%s', async (_name, open) => {
    const listeners = countListeners();
    const timersBefore = vi.getTimerCount();
    const dispose = await open();
    expect(listeners.live()).toBeGreaterThan(0);
    dispose();
    expect(listeners.live()).toBe(0);
    expect(vi.getTimerCount()).toBe(timersBefore);
  });
});
