import type { MessageKey } from './i18n';
import { MOVEMENTS, type MovementId } from './movements';
import { PER_COUNT, type Per, type PhaseId, type ProgrammeExercise, type ProgrammePhase, type Range } from './programme';
import { ROUTINE_SAFETY_LINE } from './safety';

// A programme session as a player will show it: every set of every exercise of a phase, in
// order, with a rest between them and an estimate of how long each takes. The estimates are
// for the page's "about N minutes" and for a countdown that never hurries anyone; the user
// counts the reps themselves.

/** Rest between two sets of the same exercise, in seconds. */
export const REST_BETWEEN_SETS_SEC = 30;
/**
 * Rest between two exercises, in seconds: longer than between sets, as the next exercise
 * often means a new position on the floor (onto the back, face down, onto hands and knees).
 */
export const REST_BETWEEN_EXERCISES_SEC = 45;
/** One slow, controlled rep: out and back, about 3 s. */
export const REP_SEC = 3;
/** One slow belly breath, in through the nose and out again: about 5 s. */
export const BREATH_SEC = 5;
/** Moving into and out of a held position, on top of the hold itself. */
export const HOLD_MOVE_SEC = 2;

/** One set of one exercise, as the player shows it. */
export interface SetItem {
  kind: 'set';
  movement: MovementId;
  /** The movement's name and cues (keys, from lib/movements.ts). */
  title: MessageKey;
  cues: readonly MessageKey[];
  /** The dose as the source gives it (a key). */
  dose: MessageKey;
  /** Which exercise of the session (0-based) and which of its sets (1-based), of how many. */
  exercise: number;
  set: number;
  sets: number;
  reps: Range;
  unit: ProgrammeExercise['unit'];
  holdSec?: Range;
  per?: Per;
  /** How long the set takes, at the top of any range (so an estimate is never short). */
  estimateSec: number;
}

/** A rest before the next set or the next exercise. */
export interface RestItem {
  kind: 'rest';
  sec: number;
  before: 'set' | 'exercise';
}

export type SessionItem = SetItem | RestItem;

/** A session of a phase: what the player shows, in order, and how long it takes in all. */
export interface SessionPlan {
  phase: PhaseId;
  /** 1 for the day's session; 2 for the second round of what the source does twice a day. */
  round: 1 | 2;
  items: readonly SessionItem[];
  totalSec: number;
  /** The stop rule, shown once at the start of the session (the routine's own line). */
  safety: MessageKey;
}

/** How long one set of an exercise takes, at the top of any range. */
export function setSeconds(ex: ProgrammeExercise): number {
  const perRep = ex.unit === 'breaths' ? BREATH_SEC : ex.holdSec ? ex.holdSec.max + HOLD_MOVE_SEC : REP_SEC;
  const times = ex.per ? PER_COUNT[ex.per] : 1;
  return ex.reps.max * times * perRep;
}

/** The exercises the source says to do twice a day (the breathing): a second round's. */
function twiceADay(ex: ProgrammeExercise): boolean {
  return ex.timesADay >= 2;
}

/** Whether `phase` has a second round later in the day. */
export function hasSecondRound(phase: ProgrammePhase): boolean {
  return phase.exercises.some(twiceADay);
}

/**
 * The session of `phase`: round 1 is the day's full session; round 2 (later the same day)
 * holds only the exercises the source says to do twice a day, and is empty when there are none.
 */
export function sessionPlan(phase: ProgrammePhase, round: 1 | 2 = 1): SessionPlan {
  const exercises = phase.exercises.filter((ex) => round === 1 || twiceADay(ex));
  const items: SessionItem[] = [];
  exercises.forEach((ex, i) => {
    if (i > 0) items.push({ kind: 'rest', sec: REST_BETWEEN_EXERCISES_SEC, before: 'exercise' });
    const m = MOVEMENTS[ex.movement];
    for (let set = 1; set <= ex.sets; set++) {
      if (set > 1) items.push({ kind: 'rest', sec: REST_BETWEEN_SETS_SEC, before: 'set' });
      const item: SetItem = {
        kind: 'set',
        movement: ex.movement,
        title: m.title,
        cues: m.cues,
        dose: m.dose,
        exercise: i,
        set,
        sets: ex.sets,
        reps: ex.reps,
        unit: ex.unit,
        estimateSec: setSeconds(ex),
      };
      if (ex.holdSec) item.holdSec = ex.holdSec;
      if (ex.per) item.per = ex.per;
      items.push(item);
    }
  });
  const totalSec = items.reduce((sum, it) => sum + (it.kind === 'set' ? it.estimateSec : it.sec), 0);
  return { phase: phase.id, round, items, totalSec, safety: ROUTINE_SAFETY_LINE };
}

/** A session's length in whole minutes, rounded to the nearest (for "about N minutes"). */
export function sessionMinutes(plan: SessionPlan): number {
  return Math.round(plan.totalSec / 60);
}
