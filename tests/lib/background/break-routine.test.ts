import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background/start';
import { storedCustomRoutines, type StoredCustomRoutine } from '../../../lib/custom-routine';
import { emptyHistory, routinesRecorded, type History } from '../../../lib/history';
import { DESK_ROUTINE_ID } from '../../../lib/routine-progress';
import { defaultSettings, type Settings } from '../../../lib/settings';
import { completeFakeBrowser } from './fake-env';

// Which routine a break plays: the background picks it when the break starts and stores its
// id with the routine's progress, in the same write as the state.
const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let running: ReturnType<typeof startBackground>[] = [];

const mine: StoredCustomRoutine = { id: 'custom-mine', name: 'Mine', steps: [{ movement: 'chest-expansion', seconds: 30 }], allowFloor: false };

async function startWith(settings: Partial<Settings>, routines: StoredCustomRoutine[] = [], history?: History): Promise<string | undefined> {
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), ...settings }, customRoutines: storedCustomRoutines(routines) });
  if (history) await fakeBrowser.storage.local.set({ history });
  const bg = startBackground(() => T0);
  running.push(bg);
  await bg.engine.settled();
  await fakeBrowser.runtime.onMessage.trigger({ type: 'startNow' }, {});
  await bg.engine.settled();
  return ((await fakeBrowser.storage.local.get('routineProgress')).routineProgress as { routineId?: string } | undefined)?.routineId;
}

beforeEach(() => {
  fakeBrowser.reset();
  completeFakeBrowser();
});
afterEach(() => {
  running.forEach((bg) => bg.dispose());
  running = [];
});

describe('the routine a break starts', () => {
  it('is the desk routine by default', async () => {
    expect(await startWith({})).toBe(DESK_ROUTINE_ID);
  });

  it('is the standing routine, or one of your own, when chosen', async () => {
    expect(await startWith({ breakRoutine: 'standing' })).toBe('standing');
    fakeBrowser.reset();
    completeFakeBrowser();
    expect(await startWith({ breakRoutine: 'custom-mine' }, [mine])).toBe('custom-mine');
  });

  it('falls back to the desk routine when the chosen one was deleted', async () => {
    expect(await startWith({ breakRoutine: 'custom-gone' }, [mine])).toBe(DESK_ROUTINE_ID);
  });

  it('takes turns by the breaks with a routine the history records', async () => {
    const at = T0 - 60_000;
    const history = (n: number): History => ({ ...emptyHistory(), events: Array.from({ length: n }, (_, i) => ({ kind: 'routine-completed' as const, at: at + i })) });
    const turns: (string | undefined)[] = [];
    for (const n of [0, 1, 2, 3]) {
      fakeBrowser.reset();
      completeFakeBrowser();
      turns.push(await startWith({ breakRoutine: 'rotation' }, [mine], history(n)));
    }
    expect(turns).toEqual([DESK_ROUTINE_ID, 'standing', 'custom-mine', DESK_ROUTINE_ID]);
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
