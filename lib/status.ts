import { isCounting, remainingMs, type PhaseKind, type ScheduleState, type UserState } from './schedule-state';
import type { Settings } from './settings';
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
  snoozes: number;
}

/** The status at `now`: counts the active time since the state was last written, as the worker would. */
export function statusOf(state: ScheduleState, settings: Settings, now: number): Status {
  const counting = isCounting(state);
  const sinceCounted = counting ? Math.max(0, now - state.countedAt) : 0;
  const live = { ...state, activeMs: state.activeMs + sinceCounted };
  const left = remainingMs(live, settings);
  const p = state.phase;
  let until: number | null = null;
  if (p.kind === 'paused' || p.kind === 'snoozed') until = p.until;
  if (p.kind === 'outsideHours') until = nextWorkingHoursChange(settings.workingHours, now);
  const snoozes = p.kind === 'due' || p.kind === 'snoozed' ? p.snoozes : 0;
  return {
    phase: p.kind,
    user: state.user,
    remainingMs: left,
    workMs: settings.workMinutes * 60_000,
    nextBreakAt: p.kind === 'working' && counting ? now + left : null,
    until,
    canSnooze: p.kind === 'due' && snoozes < settings.maxSnoozes,
    snoozes,
  };
}
