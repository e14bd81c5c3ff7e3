import { initialScheduleState, type Phase, type ScheduleState } from '../../../lib/schedule-state';
import { parseSettings, type Settings } from '../../../lib/settings';
import { statusOf } from '../../../lib/status';
import { MINUTE } from '../../../lib/time';

/** Storage keys as WXT writes them: `local:schedule` is key `schedule` in storage.local, and so on. */
export const KEYS = { schedule: 'schedule', history: 'history', settings: 'settings' } as const;

/** The notification the background shows when a break is due. */
export const PROMPT_ID = 'midbreak-prompt';

/** What a test reads back from the extension's storage. */
export interface Stored {
  schedule: ScheduleState | undefined;
  settings: Settings;
  /** The history's raw events (older ones are folded into day totals, lib/history.ts). */
  history: { kind: string; at: number; durationMs?: number }[];
}

/** Turns a raw `storage.local.get()` + `storage.sync.get()` into typed values (settings with defaults). */
export function readStored(local: Record<string, unknown>, sync: Record<string, unknown>): Stored {
  return {
    schedule: local[KEYS.schedule] as ScheduleState | undefined,
    settings: parseSettings(sync[KEYS.settings]),
    history: (local[KEYS.history] as { events?: Stored['history'] } | undefined)?.events ?? [],
  };
}

/**
 * A state in which `leftMs` of active work remain before the break, written as the
 * worker would have written it at `now`. A test stores it through the extension's own
 * storage, then nudges the background through the message API.
 */
export function stateWithWorkLeft(settings: Settings, now: number, leftMs: number, phase: Phase = { kind: 'working' }): ScheduleState {
  return { ...initialScheduleState(now), phase, activeMs: Math.max(0, settings.workMinutes * MINUTE - leftMs) };
}

/**
 * The moment a test compares before and after a worker restart, per phase: when the
 * break comes while working (the status's next-break time), when a snooze ends, when
 * the prompt came due, when the routine began. Null where none applies.
 */
export function breakTimeOf(state: ScheduleState, settings: Settings): number | null {
  const p = state.phase;
  switch (p.kind) {
    case 'working': {
      // statusOf counts from countedAt to `now`; evaluated at countedAt it gives the break
      // time as stored, which doesn't move while the user keeps working.
      return statusOf(state, settings, state.countedAt).nextBreakAt;
    }
    case 'snoozed':
      return p.until;
    case 'due':
    case 'deferred':
      return p.since;
    case 'onBreak':
      return p.startedAt;
    default:
      return null;
  }
}
