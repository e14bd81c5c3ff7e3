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
  id: 'wall-angels' | 'shoulder-squeezes' | 'seated-twist';
  title: string;
  /** 2–4 short instructions, read at a glance. */
  cues: readonly string[];
  /** The count or hold for this step's time slot. */
  dose: string;
  /** The dose in numbers, for the guidance that counts with the user. */
  plan: StepPlan;
  durationSec: number;
  /** The movement is done to one side and then the other; the player cues the switch at the midpoint. */
  sides: boolean;
  /** What the switch-sides cue says (only for a step with sides). */
  switchCue?: string;
  /** The seed article the facts come from (see shared/seeds/). */
  source: string;
}

export interface Routine {
  id: string;
  title: string;
  steps: readonly RoutineStep[];
}

export type StepId = RoutineStep['id'];

/**
 * The default 60-second desk routine: three movements of about 20 seconds each. Doses are
 * the 20-second versions of those in the content facts; the wording is our own.
 */
export const DESK_ROUTINE: Routine = {
  id: DESK_ROUTINE_ID,
  title: 'The 60-second desk routine',
  steps: [
    {
      id: 'wall-angels',
      title: 'Wall angels',
      cues: [
        'Stand with your head, upper back and hips against a wall.',
        'Bend your elbows to a right angle, arms resting on the wall.',
        'Slide your arms up slowly, then back down.',
        'Keep elbows and wrists touching the wall the whole way.',
      ],
      dose: '5 slow reps',
      plan: { kind: 'reps', count: 5 },
      durationSec: 20,
      sides: false,
      source: '003_eb729e207637ddd1.txt',
    },
    {
      id: 'shoulder-squeezes',
      title: 'Shoulder-blade squeezes',
      cues: [
        'Sit or stand up tall, arms relaxed.',
        'Draw your shoulder blades back and down, towards each other.',
        'Hold for 5 seconds, then let them go.',
      ],
      dose: '3 × 5-second holds',
      plan: { kind: 'holds', count: 3, holdSec: 5 },
      durationSec: 20,
      sides: false,
      source: '003_eb729e207637ddd1.txt',
    },
    {
      id: 'seated-twist',
      title: 'Seated twist',
      cues: [
        'Sit tall, feet flat under your hips, knees a little apart.',
        'Tighten your stomach gently and turn your upper body to one side.',
        'Breathe in as you turn, out as you come back to the middle.',
        'Turn only as far as feels easy; go further as it loosens.',
      ],
      dose: '10 seconds each side',
      plan: { kind: 'sides' },
      durationSec: 20,
      sides: true,
      switchCue: 'Switch sides: now turn the other way.',
      source: '002_7c16a0e742eeae05.txt',
    },
  ],
};

/** The routine's whole length in seconds. */
export function routineSeconds(routine: Routine): number {
  return routine.steps.reduce((sum, s) => sum + s.durationSec, 0);
}
