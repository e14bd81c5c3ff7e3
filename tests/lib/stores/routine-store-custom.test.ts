import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/adapters/i18n';
import { sayPhrase } from '../../../lib/adapters/phrases';
import { storedCustomRoutines, type BreakChoice, type StoredCustomRoutine } from '../../../lib/custom-routine';
import { DESK_ROUTINE_ID, startProgress } from '../../../lib/routine-progress';
import { defaultSettings } from '../../../lib/settings';
import { createRoutineStore, type RoutineStore } from '../../../lib/stores/routine-store';

// The player plays the routine the stored progress names: the desk, the standing or one of
// the user's own; and says when it is not quite the one chosen.
const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let store: RoutineStore;

const mine: StoredCustomRoutine = {
  id: 'custom-mine',
  name: 'Afternoon reset',
  steps: [
    { movement: 'chest-expansion', seconds: 30 },
    { movement: 'bird-dog', seconds: 40 },
    { movement: 'twirl-of-the-future', seconds: 20 },
  ],
  allowFloor: false,
};

/** Opens a page on a break under way that plays `routineId` (already resolved by the page that started it: not pending). */
async function open(routineId: string | null, choice: BreakChoice = 'desk') {
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2 }, customRoutines: storedCustomRoutines([mine], choice) });
  if (routineId) await fakeBrowser.storage.local.set({ routineProgress: startProgress(routineId, T0) });
  store = createRoutineStore({ tickMs: 60_000, clock: () => T0 + 1000 });
  await store.ready;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => store.dispose());

describe('a break that plays one of your own routines', () => {
  it('plays its movements with their seconds, under its own name, and says what it left out', async () => {
    await open('custom-mine', 'custom-mine');
    expect(store.routine.id).toBe('custom-mine');
    expect(store.routine.steps.map((s) => s.id)).toEqual(['chest-expansion']);
    expect(store.routineName).toBe('Afternoon reset');
    const step = store.routine.steps[0];
    expect(t(step.dose, step.doseSubs)).toBe('30 s');
    expect(store.moment.value).toMatchObject({ stepIndex: 0, finished: false });
    expect(sayPhrase(store.notice!)).toMatch(/^Left out: Bird-dog \(on the floor\), twirl-of-the-future \(not in this version of Midbreak\)$/i);
  });

  it('says why the desk routine plays when the chosen routine was deleted', async () => {
    await open(DESK_ROUTINE_ID, 'custom-gone');
    expect(store.routine.id).toBe(DESK_ROUTINE_ID);
    expect(store.routineName).toBeNull();
    expect(sayPhrase(store.notice!)).toMatch(/deleted/);
  });

  it('plays the standing routine by its id, and the desk routine for an id it can’t play', async () => {
    await open('standing');
    expect(store.routine.id).toBe('standing');
    expect(store.notice).toBeNull();
    store.dispose();
    fakeBrowser.reset();
    await open('custom-nothing-here');
    expect(store.routine.id).toBe(DESK_ROUTINE_ID);
  });

  it('offers the chosen routine before a break starts (none listed when breaks take turns)', async () => {
    await open(null, 'custom-mine');
    expect(store.offered).toMatchObject({ name: 'Afternoon reset', routine: { id: 'custom-mine' } });
    store.dispose();
    fakeBrowser.reset();
    await open(null, 'rotation');
    expect(store.offered).toBeNull();
  });
});
