import { describe, expect, it } from 'vitest';
import { say, t } from '../../lib/adapters/i18n';
import { DESK_ROUTINE, type RoutineStep } from '../../lib/routine';
import { guideAt, holdSlotMs, repMs, type Guide } from '../../lib/routine-guide';

const step = (id: RoutineStep['id']) => DESK_ROUTINE.steps.find((s) => s.id === id)!;
/** The guidance as the page says it (in English: the tests' locale). */
const said = (g: Guide) => ({ line: say(g.line), phase: g.phase, cue: say(g.cue) });

describe('each step’s plan', () => {
  it.each(DESK_ROUTINE.steps.map((s) => [s.id, s] as const))('%s: the plan fits its seconds and says what the dose says', (_id, s) => {
    const numbers = (t(s.dose).match(/\d+/g) ?? []).map(Number);
    const plan = s.plan;
    expect(plan.kind === 'sides').toBe(s.sides);
    if (plan.kind === 'reps') {
      expect(numbers).toEqual([plan.count]);
      expect(repMs(s)).toBeGreaterThanOrEqual(3000); // slow reps: at least 3 s each
    } else if (plan.kind === 'holds') {
      expect(numbers).toEqual([plan.count, plan.holdSec]);
      expect(plan.count * plan.holdSec).toBeLessThan(s.durationSec); // room to let go between holds
      expect(holdSlotMs(s) - plan.holdSec * 1000).toBeGreaterThanOrEqual(1000);
    } else {
      expect(numbers).toEqual([s.durationSec / 2]); // "10 seconds each side" in 20 s
    }
  });
});

describe('guideAt', () => {
  it.each([
    // [seconds into the step, line, phase, cue]
    [0, 'Rep 1 of 5', 0, 'Rep 1 of 5'],
    [1, 'Rep 1 of 5', 0.5, 'Rep 1 of 5'],
    [2, 'Rep 1 of 5', 1, 'Rep 1 of 5'],
    [3, 'Rep 1 of 5', 0.5, 'Rep 1 of 5'],
    [3.999, 'Rep 1 of 5', 0.0005, 'Rep 1 of 5'],
    [4, 'Rep 2 of 5', 0, 'Rep 2 of 5'],
    [9, 'Rep 3 of 5', 0.5, 'Rep 3 of 5'],
    [10, 'Rep 3 of 5', 1, 'Rep 3 of 5'],
    [16, 'Rep 5 of 5', 0, 'Rep 5 of 5'],
    [19.5, 'Rep 5 of 5', 0.25, 'Rep 5 of 5'],
    [20, 'Rep 5 of 5', 0, 'Rep 5 of 5'],
  ])('wall angels at %s s: %s, phase %s', (sec, line, phase, cue) => {
    const g = guideAt(step('wall-angels'), sec * 1000);
    expect(say(g.line)).toBe(line);
    expect(g.phase).toBeCloseTo(phase, 6);
    expect(say(g.cue)).toBe(cue);
  });

  it.each([
    [0, 'Squeeze 1 of 3 — hold 5…', 1, 'Squeeze 1 of 3'],
    [1, 'Squeeze 1 of 3 — hold 4…', 1, 'Squeeze 1 of 3'],
    [3.5, 'Squeeze 1 of 3 — hold 2…', 1, 'Squeeze 1 of 3'],
    [4, 'Squeeze 1 of 3 — hold 1', 1, 'Squeeze 1 of 3'],
    [5, 'Release', 0, 'Release'],
    [6.6, 'Release', 0, 'Release'],
    [6.7, 'Squeeze 2 of 3 — hold 5…', 1, 'Squeeze 2 of 3'],
    [11, 'Squeeze 2 of 3 — hold 1', 1, 'Squeeze 2 of 3'],
    [11.7, 'Release', 0, 'Release'],
    [13.4, 'Squeeze 3 of 3 — hold 5…', 1, 'Squeeze 3 of 3'],
    [18.3, 'Squeeze 3 of 3 — hold 1', 1, 'Squeeze 3 of 3'],
    [18.4, 'Release', 0, 'Release'],
    [20, 'Release', 0, 'Release'],
  ])('shoulder squeezes at %s s: %s', (sec, line, phase, cue) => {
    expect(said(guideAt(step('shoulder-squeezes'), sec * 1000))).toEqual({ line, phase, cue });
  });

  it.each([
    [0, 'Turn to one side — hold', 1, 'Turn to one side and hold'],
    [9.9, 'Turn to one side — hold', 1, 'Turn to one side and hold'],
    [10, 'Switch sides', 0, 'Switch sides'],
    [11, 'Switch sides', 1, 'Switch sides'],
    [12.9, 'Switch sides', 1, 'Switch sides'],
    [13, 'Other side — hold', 1, 'Switch sides'],
    [20, 'Other side — hold', 1, 'Switch sides'],
  ])('seated twist at %s s: %s', (sec, line, phase, cue) => {
    expect(said(guideAt(step('seated-twist'), sec * 1000))).toEqual({ line, phase, cue });
  });

  it('clamps times outside the step', () => {
    expect(say(guideAt(step('wall-angels'), -50).line)).toBe('Rep 1 of 5');
    expect(say(guideAt(step('shoulder-squeezes'), 99_000).line)).toBe('Release');
  });
});

describe('a movement with sides other than the seated twist', () => {
  it('says only the side, never which way to turn', async () => {
    const { toRoutine } = await import('../../lib/custom-routine');
    const { routine } = toRoutine({ id: 'custom-s', name: 'S', steps: [{ movement: 'rock-back', seconds: 40 }], allowFloor: true });
    const step = routine?.steps[0];
    if (!step?.sides) return expect.unreachable('rock-back has sides');
    expect(say(guideAt(step, 1000).line)).toBe('One side — hold');
    expect(say(guideAt(step, 30_000).line)).toBe('Other side — hold');
    expect(say(guideAt(DESK_ROUTINE.steps[2], 1000).line)).toBe('Turn to one side — hold');
  });
});
