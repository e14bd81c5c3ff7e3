import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background/start';
import { storedCustomRoutines, type BreakChoice, type StoredCustomRoutine } from '../../../lib/custom-routine';
import { emptyHistory, routinesRecorded, type History } from '../../../lib/history';
import { DESK_ROUTINE_ID, startProgress, type RoutineProgress } from '../../../lib/routine-progress';
import { createRoutineStore, type RoutineStore } from '../../../lib/stores/routine-store';
import { completeFakeBrowser } from '../background/fake-env';

// Which routine a break plays: the background stores every break's routine as the desk
// routine, pending (it never reads your own routines); the page that first shows the break
// resolves the routine chosen for breaks (in turn: by the history's routine entries) and
// stores its id in the same write that starts it. Every page plays that id from then on.
const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let running: ReturnType<typeof startBackground>[] = [];
let stores: RoutineStore[] = [];

const mine: StoredCustomRoutine = { id: 'custom-mine', name: 'Mine', steps: [{ movement: 'chest-expansion', seconds: 30 }], allowFloor: false };

const historyOf = (n: number): History => ({
  ...emptyHistory(),
  events: Array.from({ length: n }, (_, i) => ({ kind: 'routine-completed' as const, at: T0 - 60_000 + i })),
});

async function stored(): Promise<RoutineProgress | undefined> {
  return (await fakeBrowser.storage.local.get('routineProgress')).routineProgress as RoutineProgress | undefined;
}

/** Your own routines and the choice, the history, and a break the background just started (pending, as the desk routine). */
async function pendingBreak(choice: BreakChoice, routines: StoredCustomRoutine[] = [mine], history?: History) {
  await fakeBrowser.storage.sync.set({ customRoutines: storedCustomRoutines(routines, choice) });
  if (history) await fakeBrowser.storage.local.set({ history });
  await fakeBrowser.storage.local.set({ routineProgress: startProgress(DESK_ROUTINE_ID, T0, true) });
}

function page(at = T0 + 1000): RoutineStore {
  const store = createRoutineStore({ tickMs: 60_000, clock: () => at });
  stores.push(store);
  return store;
}

/** The routine a page opening on the pending break resolves (stored, and the one it plays). */
async function resolved(choice: BreakChoice, routines: StoredCustomRoutine[] = [mine], history?: History): Promise<string | undefined> {
  fakeBrowser.reset();
  await pendingBreak(choice, routines, history);
  const store = page();
  await store.ready;
  const p = await stored();
  expect(p?.pending).toBe(false);
  expect(store.routine.id).toBe(p?.routineId);
  return p?.routineId;
}

beforeEach(() => {
  fakeBrowser.reset();
  completeFakeBrowser();
});
afterEach(() => {
  stores.forEach((s) => s.dispose());
  stores = [];
  running.forEach((bg) => bg.dispose());
  running = [];
});

describe('the background', () => {
  it('stores a break’s routine as the desk routine, pending, whatever routine is chosen', async () => {
    await fakeBrowser.storage.sync.set({ customRoutines: storedCustomRoutines([mine], 'custom-mine') });
    const bg = startBackground(() => T0);
    running.push(bg);
    await bg.engine.settled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'startNow' }, {});
    await bg.engine.settled();
    expect(await stored()).toMatchObject({ routineId: DESK_ROUTINE_ID, pending: true });
    // The page that shows it plays the routine chosen.
    const store = page();
    await store.ready;
    expect(await stored()).toMatchObject({ routineId: 'custom-mine', pending: false });
    expect(store.routine.id).toBe('custom-mine');
    expect(store.routineName).toBe('Mine');
  });
});

describe('the page that first shows a pending break resolves its routine', () => {
  it('the desk routine by default, the standing routine or one of your own when chosen', async () => {
    expect(await resolved('desk')).toBe(DESK_ROUTINE_ID);
    expect(await resolved('standing')).toBe('standing');
    expect(await resolved('custom-mine')).toBe('custom-mine');
  });

  it('falls back to the desk routine when the chosen one was deleted, and says so', async () => {
    expect(await resolved('custom-gone')).toBe(DESK_ROUTINE_ID);
    expect(stores.at(-1)?.notice?.key).toBe('custom.gone');
  });

  it('takes turns by the breaks with a routine the history records', async () => {
    const turns: (string | undefined)[] = [];
    for (const n of [0, 1, 2, 3]) turns.push(await resolved('rotation', [mine], historyOf(n)));
    expect(turns).toEqual([DESK_ROUTINE_ID, 'standing', 'custom-mine', DESK_ROUTINE_ID]);
  });

  it('two pages opening on the same pending break reach the same routine, and play it in step', async () => {
    await pendingBreak('rotation', [mine], historyOf(2));
    const [a, b] = [page(T0 + 1000), page(T0 + 1000)];
    await Promise.all([a.ready, b.ready]);
    await new Promise((r) => setTimeout(r, 0));
    expect(await stored()).toMatchObject({ routineId: 'custom-mine', pending: false });
    expect([a.routine.id, b.routine.id]).toEqual(['custom-mine', 'custom-mine']);
    expect(a.moment.value).toMatchObject({ stepIndex: 0, finished: false });
    expect(b.moment.value).toMatchObject({ stepIndex: 0, finished: false });
  });

  it('a page already open resolves a break that starts while it shows nothing', async () => {
    await fakeBrowser.storage.sync.set({ customRoutines: storedCustomRoutines([mine], 'standing') });
    const store = page();
    await store.ready;
    expect(store.progress.value).toBeNull();
    await fakeBrowser.storage.local.set({ routineProgress: startProgress(DESK_ROUTINE_ID, T0, true) });
    await expect.poll(async () => (await stored())?.routineId).toBe('standing');
    await expect.poll(() => store.routine.id).toBe('standing');
    expect((await stored())?.pending).toBe(false);
  });

  it('once stored, the routine stays: a page plays it by its id though the choice changed since', async () => {
    expect(await resolved('custom-mine')).toBe('custom-mine');
    await fakeBrowser.storage.sync.set({ customRoutines: storedCustomRoutines([mine], 'standing') });
    const later = page(T0 + 2000);
    await later.ready;
    expect(later.routine.id).toBe('custom-mine');
    expect((await stored())?.routineId).toBe('custom-mine');
  });
});

describe('routinesRecorded', () => {
  it('counts routine entries in raw events and day totals, and nothing else', () => {
    const counts = { 'natural-break': 4, 'routine-completed': 2, 'routine-partial': 1, 'routine-abandoned': 1, skipped: 3, snoozed: 2, due: 9 };
    const history: History = {
      ...emptyHistory(),
      events: [{ kind: 'routine-partial', at: T0, steps: [] }, { kind: 'skipped', at: T0 + 1 }],
      days: [{ day: '2026-11-01', counts, activeMs: 0 }],
    };
    expect(routinesRecorded(history)).toBe(5);
  });
});
