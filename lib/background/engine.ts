import { clearAlarm, setAlarm } from '../adapters/alarms';
import { setBadge } from '../adapters/badge';
import { clearHeadsUp, clearPrompt, showHeadsUp, showPrompt } from '../adapters/notifications';
import { loadSettings } from '../adapters/settings-item';
import { loadSchedule, saveSchedule } from '../adapters/storage-items';
import { isFullscreen, openRoutineView } from '../adapters/windows';
import { next, type Effect, type ScheduleEvent } from '../schedule';
import type { ScheduleState } from '../schedule-state';
import type { Settings } from '../settings';

/** Turns one effect into browser calls. */
async function perform(effect: Effect, now: number): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
      return setAlarm(effect.at);
    case 'clearAlarm':
      return clearAlarm();
    case 'showPrompt':
      return showPrompt(effect.canSnooze, effect.snoozeMinutes);
    case 'clearPrompt':
      return clearPrompt();
    case 'showHeadsUp':
      return showHeadsUp(effect.at, now);
    case 'clearHeadsUp':
      return clearHeadsUp();
    case 'openRoutine':
      return openRoutineView();
    case 'setBadge':
      return setBadge(effect.text, effect.tone);
    case 'appendHistory':
      return; // written together with the state, see saveSchedule
  }
}

/** The state an event left, with the settings it was handled under. */
export interface Handled {
  state: ScheduleState;
  settings: Settings;
}

export interface Engine {
  /**
   * Handles one event after every earlier one has finished; resolves to the new state
   * and the settings it was handled under.
   * An event still being worked out (a promise) keeps its place in the queue.
   */
  dispatch(event: ScheduleEvent | Promise<ScheduleEvent>): Promise<Handled>;
  /** Resolves once every event dispatched so far has been handled. */
  settled(): Promise<void>;
}

/**
 * The background's one loop: read state and settings from storage, run the pure core,
 * write the result, then perform its effects. Events run strictly one at a time, and the
 * state is written before any effect so a worker killed midway restarts from the truth
 * (every effect is idempotent and is re-asserted on the next start).
 */
export function createEngine(clock: () => number = Date.now): Engine {
  let queue: Promise<unknown> = Promise.resolve();
  async function step(event: ScheduleEvent): Promise<Handled> {
    const now = clock();
    const [state, settings] = await Promise.all([loadSchedule(now), loadSettings()]);
    let transition = next(state, event, { now, settings, fullscreen: false });
    // Fullscreen matters only at the moment a break comes due or while it waits: ask the
    // browser then, not on every event.
    const phase = transition.state.phase.kind;
    if ((phase === 'due' && state.phase.kind !== 'due') || phase === 'deferred') {
      if (await isFullscreen()) transition = next(state, event, { now, settings, fullscreen: true });
    }
    const { state: after, effects } = transition;
    const entries = effects.flatMap((e) => (e.type === 'appendHistory' ? e.entries : []));
    await saveSchedule(after, entries);
    for (const effect of effects) {
      try {
        await perform(effect, now);
      } catch (error) {
        // One failed effect (a notification refused by the OS) must not stop the others.
        console.error(`Midbreak: ${effect.type} failed`, error);
      }
    }
    return { state: after, settings };
  }
  return {
    dispatch(event) {
      const run = queue.then(async () => step(await event));
      queue = run.catch((error) => console.error('Midbreak: event failed', event, error));
      return run;
    },
    async settled() {
      await queue;
    },
  };
}
