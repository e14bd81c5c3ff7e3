import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistItem } from '../../../lib/adapters/checklist-items';
import { routineProgressItem } from '../../../lib/adapters/routine-progress-item';
import { DESK_ROUTINE } from '../../../lib/routine';
import { startProgress } from '../../../lib/routine-progress';
import { loading, loadsSettled } from '../../../lib/stores/loading';
import { createStores, type Stores } from '../../../lib/stores/stores';

const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
let stores: Stores | null = null;

/** Builds a page's stores and waits until they have read storage. */
async function open(): Promise<Stores> {
  stores = createStores();
  await stores.ready;
  await loadsSettled();
  return stores;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(async () => {
  stores?.dispose();
  stores = null;
  await loadsSettled();
  vi.useRealTimers();
});

describe('stores loaded on demand', () => {
  it('leaves the routine and checklist stores unloaded when nothing is under way', async () => {
    const s = await open();
    expect(s.routine.value).toBeNull();
    expect(s.checklist.value).toBeNull();
    expect(loading()).toBe(false);
  });

  it('loads the routine store before the page shows anything when a routine is stored', async () => {
    await routineProgressItem.setValue(startProgress(DESK_ROUTINE.id, T0 - 5000));
    const s = await open();
    expect(s.routine.value).not.toBeNull();
    expect(s.routine.value!.progress.value).toMatchObject({ routineId: DESK_ROUTINE.id, beganAt: T0 - 5000 });
  });

  it('loads the routine store for corrupt progress too, which then reads as no routine', async () => {
    await routineProgressItem.setValue({ v: 1, routineId: 5, pauses: 'x' });
    const s = await open();
    expect(s.routine.value?.progress.value).toBeNull();
  });

  it('loads the routine store when another page starts a routine', async () => {
    const s = await open();
    expect(s.routine.value).toBeNull();
    await routineProgressItem.setValue(startProgress(DESK_ROUTINE.id, T0));
    await loadsSettled();
    expect(s.routine.value?.progress.value).toMatchObject({ startedAt: T0 });
  });

  it('builds each store once, however often it is asked for', async () => {
    const s = await open();
    const [a, b] = await Promise.all([s.loadRoutine(), s.loadRoutine()]);
    expect(a).toBe(b);
    expect(await s.loadRoutine()).toBe(a);
    expect(s.routine.value).toBe(a);
  });

  it('loads the checklist store with what storage holds', async () => {
    await checklistItem.item.setValue({ v: 1, ticked: ['screen-height'], reviewedAt: T0 });
    const s = await open();
    const checklist = await s.loadChecklist();
    expect(s.checklist.value).toBe(checklist);
    expect(checklist.state.value.ticked).toEqual(['screen-height']);
  });

  it('a page closed while a store is on its way leaves nothing running', async () => {
    const s = createStores();
    await s.ready;
    const late = s.loadRoutine();
    s.dispose();
    await late;
    await loadsSettled();
    expect(s.routine.value).toBeNull();
    expect(vi.getTimerCount()).toBe(0); // neither the schedule's tick nor the routine's
  });
});
