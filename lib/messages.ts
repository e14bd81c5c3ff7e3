import type { PauseOption } from './pause';
import { PAUSE_OPTIONS } from './pause';
import type { Status } from './status';

/** Requests a page may send the background. Every reply is a `Reply`. */
export type Request =
  | { type: 'status' }
  | { type: 'startNow' }
  | { type: 'snooze' }
  /** Wait until no tab plays sound (the call ends). */
  | { type: 'snoozeUntilQuiet' }
  | { type: 'skip' }
  | { type: 'pause'; option: PauseOption }
  | { type: 'resume' }
  /** The routine ran to its end; steps the user skipped make it partial. */
  | { type: 'routineFinished'; stepsDone: string[]; skipped: string[] }
  | { type: 'routineAbandoned' }
  /** Show what a break looks like: a sample prompt and the break window, the schedule untouched. */
  | { type: 'tryPrompt' }
  /** Open (or bring forward) the break window: a routine moves there from the popup. */
  | { type: 'openWindow' };

/**
 * The background's answer: ok with the status after the request, or an error to show.
 * With the status comes whether the first-run safety note was dismissed: a popup's first
 * view needs nothing else, so it reads no storage and loads no parser of its own (issue 13).
 */
export type Reply = { ok: true; phase: Status['phase']; status: Status; noteSeen: boolean } | { ok: false; error: string };

const SIMPLE: ReadonlySet<string> = new Set([
  'status',
  'startNow',
  'snooze',
  'snoozeUntilQuiet',
  'skip',
  'resume',
  'routineAbandoned',
  'tryPrompt',
  'openWindow',
]);

/** Checks that a message from a page is one of ours before it is acted on. */
export function parseRequest(raw: unknown): Request | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.type !== 'string') return null;
  if (SIMPLE.has(m.type)) return { type: m.type } as Request;
  if (m.type === 'routineFinished') {
    // Step ids are short words and a routine has a few; a page that sends neither list finished every step.
    const ids = (x: unknown) =>
      x === undefined ? [] : Array.isArray(x) && x.length <= 20 && x.every((s) => typeof s === 'string' && s.length <= 40) ? (x as string[]) : null;
    const stepsDone = ids(m.stepsDone);
    const skipped = ids(m.skipped);
    return stepsDone && skipped ? { type: 'routineFinished', stepsDone: [...stepsDone], skipped: [...skipped] } : null;
  }
  if (m.type === 'pause' && PAUSE_OPTIONS.includes(m.option as PauseOption)) {
    return { type: 'pause', option: m.option as PauseOption };
  }
  return null;
}
