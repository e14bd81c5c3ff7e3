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
  | { type: 'routineFinished' }
  | { type: 'routineAbandoned' }
  /** Show what a break looks like: a sample prompt and the break window, the schedule untouched. */
  | { type: 'tryPrompt' };

/** The background's answer: ok with the status after the request, or an error to show. */
export type Reply = { ok: true; phase: Status['phase']; status: Status } | { ok: false; error: string };

const SIMPLE: ReadonlySet<string> = new Set([
  'status',
  'startNow',
  'snooze',
  'snoozeUntilQuiet',
  'skip',
  'resume',
  'routineFinished',
  'routineAbandoned',
  'tryPrompt',
]);

/** Checks that a message from a page is one of ours before it is acted on. */
export function parseRequest(raw: unknown): Request | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.type !== 'string') return null;
  if (SIMPLE.has(m.type)) return { type: m.type } as Request;
  if (m.type === 'pause' && PAUSE_OPTIONS.includes(m.option as PauseOption)) {
    return { type: 'pause', option: m.option as PauseOption };
  }
  return null;
}
