import { clearAlarm, setAlarm } from '../adapters/alarms';
import { setBadge } from '../adapters/badge';
import { clearHeadsUp, clearPrompt, showHeadsUp, showPrompt } from '../adapters/notifications';
import { loadSettings } from '../adapters/settings-item';
import { loadSchedule } from '../adapters/schedule-item';
import { routineProgressTarget } from '../adapters/routine-progress-target';
import { saveSchedule } from '../adapters/storage-items';
import { DESK_ROUTINE_ID, startProgress } from '../routine-progress';
import { anyTabAudible } from '../adapters/tabs';
import { isFullscreen, openBreakWindow, openRoutineView } from '../adapters/windows';
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
      return showPrompt(effect.canSnooze, effect.snoozeMinutes, effect.again);
    case 'clearPrompt':
      return clearPrompt();
    case 'showHeadsUp':
      return showHeadsUp(effect.at, now);
    case 'clearHeadsUp':
      return clearHeadsUp();
    case 'openRoutine':
      return openRoutineView();
    case 'openBreakWindow':
      return openBreakWindow();
    case 'setBadge':
      return setBadge(effect.text, effect.tone);
  }
}

/** Performs effects in order; one that fails (a notification refused by the OS) must not stop the others. */
async function performAll(effects: readonly Effect[], now: number): Promise<void> {
  for (const effect of effects) {
    try {
      await perform(effect, now);
    } catch (error) {
      console.error(`Midbreak: ${effect.type} failed`, error);
    }
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
 * write the result, then perform its effects. Events run strictly one at a time. The
 * worker may be stopped at any instant: the state is written before anything a user
 * sees, and the alarms are moved on last, so until then the previous alarm's repeating
 * backup (lib/adapters/alarms.ts) is still armed; a restart finds the truth in storage and
 * re-asserts every effect (each is idempotent).
 */
export function createEngine(clock: () => number = Date.now): Engine {
  let queue: Promise<unknown> = Promise.resolve();
  async function step(event: ScheduleEvent): Promise<Handled> {
    const now = clock();
    const [state, settings] = await Promise.all([loadSchedule(now), loadSettings()]);
    let transition = next(state, event, { now, settings, fullscreen: false, audible: false });
    // Fullscreen and sound matter only at the moment a break comes due, while it waits, or
    // when the user asks to wait for a call: ask the browser then, not on every event.
    const phase = transition.state.phase.kind;
    if ((phase === 'due' && state.phase.kind !== 'due') || phase === 'deferred' || event.type === 'snoozeUntilQuiet') {
      const [fullscreen, audible] = await Promise.all([isFullscreen(), anyTabAudible()]);
      if (fullscreen || audible) transition = next(state, event, { now, settings, fullscreen, audible });
    }
    const { state: after, effects, routine } = transition;
    // The routine a break starts (pending until a page shows it) or ends, written with the
    // state; null reads as "no routine under way" and, unlike a removal, goes in the same call.
    const progress = routine === null ? [] : [{ item: routineProgressTarget, value: routine === 'end' ? null : startProgress(DESK_ROUTINE_ID, routine.startedAt, true) }];
    await saveSchedule(transition, now, progress);
    // In the core's order: the prompt before the alarms move on. Until they do, the
    // alarm's repeating backup from the last step stays armed, so a worker stopped at any
    // point here is woken again and re-asserts whatever it had not done.
    await performAll(effects, now);
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
