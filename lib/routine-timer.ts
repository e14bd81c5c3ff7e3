import type { Routine } from './routine';

/** A stretch during which the routine's clock stood still; `to` is null while it lasts. */
export interface PauseSpan {
  from: number;
  to: number | null;
}

/** Where a routine stands at one moment, all of it derived from timestamps. */
export interface RoutineMoment {
  /** Routine time run so far (pauses excluded), capped at the routine's length. */
  elapsedMs: number;
  stepIndex: number;
  stepElapsedMs: number;
  /** Whole seconds left in the step, rounded up (20 at the step's first instant). */
  stepLeftSec: number;
  /** The whole routine, 0..1. */
  progress: number;
  /** For a step with sides: 1 before the midpoint, 2 from it on; null otherwise. */
  side: 1 | 2 | null;
  /** The switch-sides cue is showing (the first seconds after a sided step's midpoint). */
  switchCue: boolean;
  finished: boolean;
  paused: boolean;
}

/** How long the switch-sides cue stays up after the midpoint. */
export const SWITCH_CUE_MS = 3000;

/** The routine's length in ms. */
export function totalMs(routine: Routine): number {
  return routine.steps.reduce((sum, s) => sum + s.durationSec * 1000, 0);
}

/** Routine time at which step `index` begins (clamped to the steps that exist). */
export function stepStartMs(routine: Routine, index: number): number {
  const last = Math.max(0, Math.min(index, routine.steps.length));
  return routine.steps.slice(0, last).reduce((sum, s) => sum + s.durationSec * 1000, 0);
}

/**
 * Time between `startedAt` and `now` that was not inside a pause (never negative). While a
 * pause is open the routine stands frozen where the pause began, even if the clock later
 * reads earlier than that (a clock set back, or two pages whose clocks disagree).
 */
export function elapsedMs(startedAt: number, pauses: readonly PauseSpan[], now: number): number {
  const open = pauses.find((p) => p.to === null);
  const at = open ? open.from : now;
  let paused = 0;
  for (const p of pauses) {
    if (p.to === null) continue;
    const from = Math.max(p.from, startedAt);
    const to = Math.min(p.to, at);
    paused += Math.max(0, to - from);
  }
  return Math.max(0, at - startedAt - paused);
}

/**
 * The routine at `now`: a pure function of when it started and when it was paused, so a
 * closed popup, a restarted page or a fast-forwarded test clock all agree on where it is.
 */
export function routineMoment(
  routine: Routine,
  startedAt: number,
  pauses: readonly PauseSpan[],
  now: number,
): RoutineMoment {
  const total = totalMs(routine);
  const elapsed = Math.min(total, elapsedMs(startedAt, pauses, now));
  const paused = pauses.some((p) => p.to === null);
  const finished = total === 0 || elapsed >= total;
  let stepIndex = 0;
  let stepStart = 0;
  while (stepIndex < routine.steps.length - 1 && elapsed >= stepStart + routine.steps[stepIndex].durationSec * 1000) {
    stepStart += routine.steps[stepIndex].durationSec * 1000;
    stepIndex++;
  }
  const step = routine.steps[stepIndex];
  const stepMs = step ? step.durationSec * 1000 : 0;
  const stepElapsed = Math.min(stepMs, elapsed - stepStart);
  const half = stepMs / 2;
  const sided = !!step?.sides && !finished;
  return {
    elapsedMs: elapsed,
    stepIndex,
    stepElapsedMs: stepElapsed,
    stepLeftSec: finished ? 0 : Math.ceil((stepMs - stepElapsed) / 1000),
    progress: total === 0 ? 1 : elapsed / total,
    side: sided ? (stepElapsed >= half ? 2 : 1) : null,
    switchCue: sided && stepElapsed >= half && stepElapsed < half + SWITCH_CUE_MS,
    finished,
    paused,
  };
}
