import { describe, expect, it } from 'vitest';
import { t } from '../../lib/adapters/i18n';
import { DESK_ROUTINE, routineSeconds } from '../../lib/routine';
import { elapsedMs, routineMoment, stepStartMs, SWITCH_CUE_MS, totalMs, type PauseSpan } from '../../lib/routine-timer';

const T0 = 1_700_000_000_000;
const s = (sec: number) => T0 + sec * 1000;

describe('the desk routine', () => {
  it('is three steps of about 20 s, 60 s in all, each with 2–4 cues and a source', () => {
    expect(DESK_ROUTINE.steps.map((x) => x.id)).toEqual(['wall-angels', 'shoulder-squeezes', 'seated-twist']);
    expect(routineSeconds(DESK_ROUTINE)).toBe(60);
    for (const step of DESK_ROUTINE.steps) {
      expect(step.cues.length).toBeGreaterThanOrEqual(2);
      expect(step.cues.length).toBeLessThanOrEqual(4);
      expect(step.source).toMatch(/^00\d_[0-9a-f]+\.txt$/);
    }
    expect(DESK_ROUTINE.steps.map((x) => t(x.dose))).toEqual(['5 slow reps', '3 × 5-second holds', '10 seconds each side']);
    expect(DESK_ROUTINE.steps.filter((x) => x.sides).map((x) => x.id)).toEqual(['seated-twist']);
  });

  it('says, in English, the content facts word for word', () => {
    const words = DESK_ROUTINE.steps.map((x) => ({
      title: t(x.title),
      cues: x.cues.map((c) => t(c)),
      dose: t(x.dose),
      switchCue: x.switchCue && t(x.switchCue),
    }));
    expect(t(DESK_ROUTINE.title)).toBe('The 60-second desk routine');
    expect(words).toEqual([
      {
        title: 'Wall angels',
        cues: [
          'Stand with your head, upper back and hips against a wall.',
          'Bend your elbows to a right angle, arms resting on the wall.',
          'Slide your arms up slowly, then back down.',
          'Keep elbows and wrists touching the wall the whole way.',
        ],
        dose: '5 slow reps',
        switchCue: undefined,
      },
      {
        title: 'Shoulder-blade squeezes',
        cues: [
          'Sit or stand up tall, arms relaxed.',
          'Draw your shoulder blades back and down, towards each other.',
          'Hold for 5 seconds, then let them go.',
        ],
        dose: '3 × 5-second holds',
        switchCue: undefined,
      },
      {
        title: 'Seated twist',
        cues: [
          'Sit tall, feet flat under your hips, knees a little apart.',
          'Tighten your stomach gently and turn your upper body to one side.',
          'Breathe in as you turn, out as you come back to the middle.',
          'Turn only as far as feels easy; go further as it loosens.',
        ],
        dose: '10 seconds each side',
        switchCue: 'Switch sides: now turn the other way.',
      },
    ]);
  });
});

describe('routineMoment', () => {
  it.each([
    // [seconds since start, step, seconds left in step, progress, side, switch cue, finished]
    [0, 0, 20, 0, null, false, false],
    [0.001, 0, 20, 0.001 / 60, null, false, false],
    [19.999, 0, 1, 19.999 / 60, null, false, false],
    [20, 1, 20, 20 / 60, null, false, false],
    [39, 1, 1, 39 / 60, null, false, false],
    [40, 2, 20, 40 / 60, 1, false, false],
    [49.999, 2, 11, 49.999 / 60, 1, false, false],
    [50, 2, 10, 50 / 60, 2, true, false],
    [50 + SWITCH_CUE_MS / 1000 - 0.001, 2, 8, (53 - 0.001) / 60, 2, true, false],
    [53, 2, 7, 53 / 60, 2, false, false],
    [59.5, 2, 1, 59.5 / 60, 2, false, false],
    [60, 2, 0, 1, null, false, true],
    [600, 2, 0, 1, null, false, true],
  ] as const)('at %s s: step %i, %i s left', (sec, step, left, progress, side, cue, finished) => {
    const m = routineMoment(DESK_ROUTINE, T0, [], s(sec));
    expect(m.stepIndex).toBe(step);
    expect(m.stepLeftSec).toBe(left);
    expect(m.progress).toBeCloseTo(progress, 9);
    expect(m.side).toBe(side);
    expect(m.switchCue).toBe(cue);
    expect(m.finished).toBe(finished);
  });

  it.each<[string, PauseSpan[], number, number, boolean]>([
    ['an open pause stops the clock', [{ from: s(10), to: null }], s(500), 10_000, true],
    ['a closed pause is left out', [{ from: s(10), to: s(30) }], s(35), 15_000, false],
    ['two pauses add up', [{ from: s(5), to: s(10) }, { from: s(20), to: s(25) }], s(30), 20_000, false],
    ['a pause before the start counts for nothing', [{ from: s(-50), to: s(-40) }], s(12), 12_000, false],
    ['a pause still open then resumed later', [{ from: s(5), to: s(65) }, { from: s(70), to: null }], s(99), 10_000, true],
    ['an open pause stays frozen when the clock reads earlier', [{ from: s(12), to: null }], s(4), 12_000, true],
  ])('%s', (_, pauses, now, elapsed, paused) => {
    const m = routineMoment(DESK_ROUTINE, T0, pauses, now);
    expect(m.elapsedMs).toBe(elapsed);
    expect(m.paused).toBe(paused);
  });

  it('never counts backwards when the clock is before the start', () => {
    expect(elapsedMs(T0, [], s(-5))).toBe(0);
    expect(routineMoment(DESK_ROUTINE, T0, [], s(-5)).stepIndex).toBe(0);
  });

  it.each([
    [0, 0],
    [1, 20_000],
    [2, 40_000],
    [3, 60_000],
    [99, 60_000],
    [-1, 0],
  ])('step %i starts at %i ms', (index, ms) => {
    expect(stepStartMs(DESK_ROUTINE, index)).toBe(ms);
  });

  it('treats an empty routine as finished', () => {
    const empty = { id: 'x', title: 'routine.title', steps: [] } as const;
    expect(totalMs(empty)).toBe(0);
    expect(routineMoment(empty, T0, [], T0).finished).toBe(true);
  });
});
