import { describe, expect, it } from 'vitest';
import { MOVEMENTS } from '../../lib/movements';
import { PHASES, phaseOf } from '../../lib/programme';
import {
  BREATH_SEC,
  HOLD_MOVE_SEC,
  REP_SEC,
  REST_BETWEEN_EXERCISES_SEC,
  REST_BETWEEN_SETS_SEC,
  sessionMinutes,
  sessionPlan,
  setSeconds,
  type SetItem,
} from '../../lib/programme-plan';
import { ROUTINE_SAFETY_LINE } from '../../lib/safety';

const sets = (items: readonly { kind: string }[]) => items.filter((i): i is SetItem => i.kind === 'set');

describe('the session plan', () => {
  // The source's aim is 10–15 minutes a day; a session may fall a little either side of it.
  describe.each(PHASES.map((p) => [p.id, p, sessionPlan(p)] as const))('%s', (_id, phase, plan) => {
    const minutes = (plan.totalSec / 60).toFixed(2);

    it(`takes ${minutes} min (${plan.totalSec} s): between 8 and 16 minutes`, () => {
      expect(plan.totalSec).toBeGreaterThanOrEqual(8 * 60);
      expect(plan.totalSec).toBeLessThanOrEqual(16 * 60);
    });

    it('shows every set of every exercise, in order, each with its movement’s words', () => {
      const want = phase.exercises.flatMap((ex, i) => Array.from({ length: ex.sets }, (_, s) => [ex.movement, i, s + 1, ex.sets]));
      expect(sets(plan.items).map((s) => [s.movement, s.exercise, s.set, s.sets])).toEqual(want);
      for (const s of sets(plan.items)) {
        expect(s.title).toBe(MOVEMENTS[s.movement].title);
        expect(s.cues).toBe(MOVEMENTS[s.movement].cues);
        expect(s.dose).toBe(MOVEMENTS[s.movement].dose);
      }
    });

    it('rests 30 s between sets and 45 s between exercises, never at the start or the end', () => {
      const items = plan.items;
      expect(items[0].kind).toBe('set');
      expect(items[items.length - 1].kind).toBe('set');
      items.forEach((item, i) => {
        if (item.kind !== 'rest') return;
        const [prev, next] = [items[i - 1], items[i + 1]] as SetItem[];
        expect(prev.kind).toBe('set');
        expect(next.kind).toBe('set');
        const sameExercise = prev.exercise === next.exercise;
        expect(item).toEqual({ kind: 'rest', sec: sameExercise ? REST_BETWEEN_SETS_SEC : REST_BETWEEN_EXERCISES_SEC, before: sameExercise ? 'set' : 'exercise' });
      });
    });

    it('adds up to its total and carries the stop rule once', () => {
      expect(plan.items.reduce((n, i) => n + (i.kind === 'set' ? i.estimateSec : i.sec), 0)).toBe(plan.totalSec);
      expect(plan.safety).toBe(ROUTINE_SAFETY_LINE);
      expect(plan.safety).toBe('progress.safety.routineLine');
    });
  });

  it.each([
    ['foundation', 825, 14],
    ['mobility', 825, 14],
    ['strength', 765, 13],
  ] as const)('%s: %i s, about %i min', (id, sec, min) => {
    const plan = sessionPlan(PHASES.find((p) => p.id === id)!);
    expect(plan.totalSec).toBe(sec);
    expect(sessionMinutes(plan)).toBe(min);
  });

  it('estimates a set from its reps, sides, positions, breaths and holds, at the top of any range', () => {
    const [breathing, rotation, setting] = phaseOf(1).exercises;
    expect(setSeconds(breathing)).toBe(10 * BREATH_SEC);
    expect(setSeconds(rotation)).toBe(10 * 2 * REP_SEC);
    expect(setSeconds(setting)).toBe(15 * (5 + HOLD_MOVE_SEC));
    const [roller, quadruped, ytw] = phaseOf(3).exercises;
    expect(setSeconds(roller)).toBe(15 * (3 + HOLD_MOVE_SEC));
    expect(setSeconds(quadruped)).toBe(10 * 2 * REP_SEC);
    expect(setSeconds(ytw)).toBe(10 * 3 * REP_SEC);
    const [rows] = phaseOf(5).exercises;
    expect(setSeconds(rows)).toBe(15 * REP_SEC);
  });

  it('keeps the source’s counts on each set for the player to show', () => {
    const [roller] = sets(sessionPlan(phaseOf(3)).items);
    expect(roller).toMatchObject({ reps: { min: 15, max: 15 }, holdSec: { min: 2, max: 3 }, unit: 'reps' });
    const rows = sets(sessionPlan(phaseOf(5)).items)[0];
    expect(rows).toMatchObject({ movement: 'band-rows', reps: { min: 12, max: 15 } });
    expect(rows).not.toHaveProperty('holdSec');
    expect(rows).not.toHaveProperty('per');
  });

  it('a second round later in the day holds only the breathing (twice a day), and nothing in other phases', () => {
    const again = sessionPlan(phaseOf(1), 2);
    expect(sets(again.items).map((s) => [s.movement, s.set])).toEqual([
      ['diaphragmatic-breathing', 1],
      ['diaphragmatic-breathing', 2],
      ['diaphragmatic-breathing', 3],
    ]);
    expect(again.totalSec).toBe(3 * 10 * BREATH_SEC + 2 * REST_BETWEEN_SETS_SEC);
    expect(sessionPlan(phaseOf(3), 2).items).toEqual([]);
    expect(sessionPlan(phaseOf(5), 2).totalSec).toBe(0);
  });
});
