import { describe, expect, it } from 'vitest';
import { cyclePhase, elapsedMs, pagePhase, startClock, togglePause, TRY_HOLDS, TRY_MS, tryAt, tryPlan } from '../../../components/library/try-clock';
import { MOVEMENT_IDS, MOVEMENTS } from '../../../lib/movements';
import { t } from '../../../lib/adapters/i18n';

describe('the try plan', () => {
  it.each(MOVEMENT_IDS)('%s: a plan that ends, one rep at a time, with its sides', (id) => {
    const plan = tryPlan(MOVEMENTS[id]);
    expect(plan.sides).toBe(MOVEMENTS[id].sides);
    expect(plan.totalMs).toBeGreaterThanOrEqual(TRY_MS);
    expect(plan.holdMs).toBeGreaterThanOrEqual(0);
    expect(plan.holdMs).toBeLessThan(plan.cycleMs);
  });

  it.each(Object.entries(TRY_HOLDS))('%s: its hold (%i s) is the one its dose says', (id, sec) => {
    // The dose says the hold in words: "Hold 10–15 s", "hold 30 s", "Hold 1–2 s"…
    expect(t(MOVEMENTS[id as keyof typeof MOVEMENTS].dose)).toMatch(new RegExp(`(^|[–\\s])${sec} s`));
  });

  it('plays plain reps for 30 s, 8 reps of 3.75 s', () => {
    expect(tryPlan(MOVEMENTS['wall-angels'])).toEqual({ totalMs: 30_000, cycleMs: 3_750, holdMs: 0, sides: false });
  });

  it('holds a short hold within each rep: 4 squeezes of 5 s in 30 s', () => {
    expect(tryPlan(MOVEMENTS['shoulder-squeezes'])).toEqual({ totalMs: 30_000, cycleMs: 7_500, holdMs: 5_000, sides: false });
  });

  it.each(MOVEMENT_IDS)('%s: each side is a whole number of reps', (id) => {
    const plan = tryPlan(MOVEMENTS[id]);
    const reps = plan.totalMs / (plan.sides ? 2 : 1) / plan.cycleMs;
    expect(reps).toBeCloseTo(Math.round(reps), 9);
  });

  it('plays a long hold once per side: 30 s each side of thread the needle', () => {
    expect(tryPlan(MOVEMENTS['thread-the-needle'])).toEqual({ totalMs: 60_000, cycleMs: 30_000, holdMs: 27_000, sides: true });
  });
});

describe('a try moment by moment', () => {
  const reps = tryPlan(MOVEMENTS['wall-angels']);
  it.each([
    [0, 0, 30],
    [937.5, 0.5, 30],
    [1_875, 1, 29],
    [2_812.5, 0.5, 28],
    [3_750, 0, 27],
    [29_999, 0, 1],
  ])('%d ms in: phase %d, %i s left', (ms, phase, left) => {
    const m = tryAt(reps, ms);
    expect(m.phase).toBeCloseTo(phase, 3);
    expect(m.secondsLeft).toBe(left);
    expect(m.done).toBe(false);
    expect(m.side).toBeNull();
  });

  it('is done at its end, back at the start pose with nothing left', () => {
    expect(tryAt(reps, 30_000)).toEqual({ phase: 0, secondsLeft: 0, side: null, done: true });
    expect(tryAt(reps, 90_000).done).toBe(true);
  });

  it('switches sides halfway, the second side from the start pose', () => {
    const plan = tryPlan(MOVEMENTS['seated-twist']);
    expect(tryAt(plan, 14_999).side).toBe(1);
    expect(tryAt(plan, 15_000)).toMatchObject({ side: 2, phase: 0, secondsLeft: 15 });
  });

  it('holds the end pose through a hold', () => {
    const plan = tryPlan(MOVEMENTS['thread-the-needle']);
    expect(tryAt(plan, 1_500).phase).toBeCloseTo(1, 5);
    expect(tryAt(plan, 20_000).phase).toBe(1);
    expect(tryAt(plan, 30_000 - 1).phase).toBeLessThan(0.01);
  });

  it('moves gently: never more than a small step in 50 ms', () => {
    for (let ms = 0; ms < 8_000; ms += 50) expect(Math.abs(pagePhase(ms + 50) - pagePhase(ms))).toBeLessThan(0.04);
    expect(cyclePhase(-1_000, 4_000, 0)).toBeCloseTo(cyclePhase(3_000, 4_000, 0), 6);
  });
});

describe('the try clock', () => {
  it('counts the time it ran, leaving out its pauses', () => {
    let clock = startClock(1_000);
    expect(elapsedMs(clock, 6_000)).toBe(5_000);
    clock = togglePause(clock, 6_000);
    expect(elapsedMs(clock, 60_000)).toBe(5_000);
    clock = togglePause(clock, 60_000);
    expect(clock).toEqual({ startedAt: 1_000, pausedAt: null, pausedMs: 54_000 });
    expect(elapsedMs(clock, 62_000)).toBe(7_000);
  });
});
