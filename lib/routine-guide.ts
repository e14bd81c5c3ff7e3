import { msg, type Msg } from './i18n';
import type { RoutineStep } from './routine';
import { SWITCH_CUE_MS } from './routine-timer';

/** What the player shows and says at one moment of a step. */
export interface Guide {
  /** What to do this second, in one big line ("Rep 3 of 5", "Squeeze 1 of 3 — hold 4…"); the page says it. */
  line: Msg;
  /** The figure's pose, 0 (start position) to 1 (end position). */
  phase: number;
  /**
   * What the user must do now, said once: it changes only when they must do something new
   * (a new rep, squeeze, release, the side switch), so the beep and the spoken cue follow it.
   */
  cue: Msg;
}

/**
 * How a hold step splits its seconds: each hold gets an equal slot, the hold first and the
 * rest of the slot to let go. 3 × 5-second holds in 20 s is a slot of 6⅔ s: hold 5 s,
 * release 1⅔ s; the last release ends with the step.
 */
export function holdSlotMs(step: RoutineStep): number {
  return step.plan.kind === 'holds' ? (step.durationSec * 1000) / step.plan.count : 0;
}

/** A rep's length: the step's time shared out evenly (5 slow reps in 20 s: 4 s a rep). */
export function repMs(step: RoutineStep): number {
  return step.plan.kind === 'reps' ? (step.durationSec * 1000) / step.plan.count : 0;
}

/** Out to the end position in the first half of a rep and back in the second (0 → 1 → 0). */
function repPhase(fraction: number): number {
  return fraction < 0.5 ? fraction * 2 : (1 - fraction) * 2;
}

/**
 * The guidance at `stepElapsedMs` into `step` (clamped to the step), derived from its plan:
 * a pure function of the routine's clock, so the figure moves exactly one rep per counted
 * rep and stops when the clock stops.
 */
export function guideAt(step: RoutineStep, stepElapsedMs: number): Guide {
  const stepMs = step.durationSec * 1000;
  const t = Math.max(0, Math.min(stepElapsedMs, stepMs));
  const plan = step.plan;
  switch (plan.kind) {
    case 'reps': {
      const each = repMs(step);
      const index = Math.min(plan.count - 1, Math.floor(t / each));
      const within = t >= stepMs ? 0 : (t - index * each) / each;
      const line = msg('routine.guide.rep', { n: index + 1, total: plan.count });
      return { line, phase: repPhase(within), cue: line };
    }
    case 'holds': {
      const slot = holdSlotMs(step);
      const holdMs = plan.holdSec * 1000;
      const index = Math.min(plan.count - 1, Math.floor(t / slot));
      const within = t - index * slot;
      if (within < holdMs) {
        const left = Math.ceil((holdMs - within) / 1000);
        const which = { n: index + 1, total: plan.count };
        // "hold 4…" while the count goes on, "hold 1" at its last second.
        const line = msg(left > 1 ? 'routine.guide.squeezeHold' : 'routine.guide.squeezeHoldLast', { ...which, left });
        return { line, phase: 1, cue: msg('routine.guide.squeeze', which) };
      }
      return { line: msg('routine.guide.release'), phase: 0, cue: msg('routine.guide.release') };
    }
    case 'sides': {
      const half = stepMs / 2;
      const switchSides = msg('routine.guide.switchSides');
      // The seated twist says which way to move (turn); any other movement with sides, only the side.
      if (t < half) {
        return step.id === 'seated-twist'
          ? { line: msg('routine.guide.turnHold'), phase: 1, cue: msg('routine.guide.turnCue') }
          : { line: msg('custom.guide.oneSideHold'), phase: 1, cue: msg('custom.guide.oneSideCue') };
      }
      // The switch: back through the middle in its first second, then round to the other side.
      if (t < half + SWITCH_CUE_MS) return { line: switchSides, phase: t < half + 1000 ? 0 : 1, cue: switchSides };
      return { line: msg('routine.guide.otherSideHold'), phase: 1, cue: switchSides };
    }
  }
}
