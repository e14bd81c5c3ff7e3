import { stateAt } from './schedule-advance';
import { isCounting, remainingMs, type HoldReason, type PhaseKind, type ScheduleState, type UserState } from './schedule-state';
import type { Settings } from './settings';
import { MINUTE } from './time';
import { nextWorkingHoursChange } from './working-hours';

/** What a page shows of the schedule, derived from stored state; nothing here is stored. */
export interface Status {
  phase: PhaseKind;
  user: UserState;
  /** Active time still to work before the break. */
  remainingMs: number;
  workMs: number;
  /** When the break comes if the user keeps working without a pause; null when it is not counting down. */
  nextBreakAt: number | null;
  /** The end of a pause or snooze, or when working hours begin again. */
  until: number | null;
  canSnooze: boolean;
  /** How long a snooze puts the break off (the setting, for the button's label). */
  snoozeMinutes: number;
  snoozes: number;
  /** Why a break that is due waits (fullscreen, a tab playing sound); null when it does not. */
  waitingFor: HoldReason | null;
}

/**
 * The status at `now`, from the state as the worker will find it (`stateAt`): active time
 * counted, a long silence taken as a natural break, pauses, snoozes and working hours run
 * out. The worker may not have woken yet; what the page shows is what it will compute.
 */
export function statusOf(stored: ScheduleState, settings: Settings, now: number): Status {
  const state = stateAt(stored, settings, now);
  const left = remainingMs(state, settings);
  const p = state.phase;
  let until: number | null = null;
  if (p.kind === 'paused' || p.kind === 'snoozed') until = p.until;
  if (p.kind === 'outsideHours') until = nextWorkingHoursChange(settings.workingHours, now);
  const snoozes = p.kind === 'due' || p.kind === 'snoozed' ? p.snoozes : 0;
  return {
    phase: p.kind,
    user: state.user,
    remainingMs: left,
    workMs: settings.workMinutes * MINUTE,
    nextBreakAt: p.kind === 'working' && isCounting(state) ? now + left : null,
    until,
    canSnooze: p.kind === 'due' && snoozes < settings.maxSnoozes,
    snoozeMinutes: settings.snoozeMinutes,
    snoozes,
    waitingFor: p.kind === 'deferred' ? p.reason : null,
  };
}
