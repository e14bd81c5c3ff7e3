import type { MessageKey } from './i18n';
import type { MovementId } from './movements';
import { DESK_ROUTINE_ID } from './routine-progress';

/**
 * The dose as the player counts it (lib/routine-guide.ts): counted reps, timed holds, or a
 * hold on each side. It says the same as the dose text, in numbers (a test checks both agree
 * and that the plan fits the step's seconds).
 */
export type StepPlan =
  | { kind: 'reps'; count: number }
  | { kind: 'holds'; count: number; holdSec: number }
  | { kind: 'sides' };
/** One movement of a routine, as the player shows it. */
export interface RoutineStep {
  /** The movement (lib/movements.ts). */
  id: MovementId;
  /** The movement's name (a key of locales/*.yml, said by the page). */
  title: MessageKey;
  /** 2–4 short instructions, read at a glance (keys). */
  cues: readonly MessageKey[];
  /** The count or hold for this step's time slot (a key). */
  dose: MessageKey;
  /** The values the dose says (a step of the user's own routine: its seconds); none for a dose that is all words. */
  doseSubs?: Readonly<Record<string, number>>;
  /** The dose in numbers, for the guidance that counts with the user. */
  plan: StepPlan;
  durationSec: number;
  /** The movement is done to one side and then the other; the player cues the switch at the midpoint. */
  sides: boolean;
  /** What the switch-sides cue says (a key; only for a step with sides). */
  switchCue?: MessageKey;
  /** The seed article the facts come from (see shared/seeds/). */
  source: string;
}

export interface Routine {
  id: string;
  /** A key of locales/*.yml. */
  title: MessageKey;
  steps: readonly RoutineStep[];
}

export type StepId = RoutineStep['id'];

/**
 * The default 60-second desk routine: three movements of about 20 seconds each. Doses are
 * the 20-second versions of those in the content facts; the wording is our own. The words
 * are in locales/<lang>.yml under `routine.<movement>` (the English word for word as
 * written from the seed articles); this table keeps the facts the player counts with.
 */
export const DESK_ROUTINE: Routine = {
  id: DESK_ROUTINE_ID,
  title: 'routine.title',
  steps: [
    {
      id: 'wall-angels',
      title: 'routine.wallAngels.title',
      cues: ['routine.wallAngels.cue1', 'routine.wallAngels.cue2', 'routine.wallAngels.cue3', 'routine.wallAngels.cue4'],
      dose: 'routine.wallAngels.dose',
      plan: { kind: 'reps', count: 5 },
      durationSec: 20,
      sides: false,
      source: '003_eb729e207637ddd1.txt',
    },
    {
      id: 'shoulder-squeezes',
      title: 'routine.shoulderSqueezes.title',
      cues: ['routine.shoulderSqueezes.cue1', 'routine.shoulderSqueezes.cue2', 'routine.shoulderSqueezes.cue3'],
      dose: 'routine.shoulderSqueezes.dose',
      plan: { kind: 'holds', count: 3, holdSec: 5 },
      durationSec: 20,
      sides: false,
      source: '003_eb729e207637ddd1.txt',
    },
    {
      id: 'seated-twist',
      title: 'routine.seatedTwist.title',
      cues: ['routine.seatedTwist.cue1', 'routine.seatedTwist.cue2', 'routine.seatedTwist.cue3', 'routine.seatedTwist.cue4'],
      dose: 'routine.seatedTwist.dose',
      plan: { kind: 'sides' },
      durationSec: 20,
      sides: true,
      switchCue: 'routine.seatedTwist.switchCue',
      source: '002_7c16a0e742eeae05.txt',
    },
  ],
};

/** The routine's whole length in seconds. */
export function routineSeconds(routine: Routine): number {
  return routine.steps.reduce((sum, s) => sum + s.durationSec, 0);
}
