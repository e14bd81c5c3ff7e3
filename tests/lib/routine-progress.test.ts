import { describe, expect, it } from 'vitest';
import { DESK_ROUTINE } from '../../lib/routine';
import {
  isPaused,
  momentOf,
  parseRoutineProgress,
  pauseProgress,
  reopenProgress,
  resumeProgress,
  seekStep,
  startProgress,
  STALE_PROGRESS_MS,
} from '../../lib/routine-progress';

const T0 = 1_700_000_000_000;
const s = (sec: number) => T0 + sec * 1000;

describe('routine progress', () => {
  it('pauses and resumes without losing or gaining time, and keeps one span at most', () => {
    let p = startProgress('desk-60', T0);
    p = pauseProgress(p, s(7));
    expect(isPaused(p)).toBe(true);
    expect(momentOf(DESK_ROUTINE, p, s(100)).elapsedMs).toBe(7000);
    p = resumeProgress(p, s(100));
    expect(p.pauses).toEqual([]);
    expect(momentOf(DESK_ROUTINE, p, s(103)).elapsedMs).toBe(10_000);
    expect(p.beganAt).toBe(T0);
  });

  it.each([
    ['next from mid step 1', 5, 1, 1, 20],
    ['previous from step 2', 25, -1, 0, 20],
    ['previous stays on step 1', 5, -1, 0, 20],
    ['next stays on the last step', 45, 1, 2, 20],
  ])('%s', (_, at, delta, step, left) => {
    const p = startProgress('desk-60', T0);
    const index = momentOf(DESK_ROUTINE, p, s(at)).stepIndex + delta;
    const moved = seekStep(DESK_ROUTINE, p, index, s(at));
    const m = momentOf(DESK_ROUTINE, moved, s(at));
    expect(m.stepIndex).toBe(step);
    expect(m.stepLeftSec).toBe(left);
  });

  it('a jump while paused stays paused', () => {
    const p = pauseProgress(startProgress('desk-60', T0), s(3));
    const moved = seekStep(DESK_ROUTINE, p, 2, s(9));
    expect(momentOf(DESK_ROUTINE, moved, s(300)).stepIndex).toBe(2);
    expect(momentOf(DESK_ROUTINE, moved, s(300)).stepLeftSec).toBe(20);
  });

  it.each([
    ['running, seen 2 s before closing', { paused: false, seenAt: 12 }, 30, 12],
    ['already paused', { paused: true, seenAt: 8 }, 30, 8],
    ['seen later than this page’s clock says it is now', { paused: false, seenAt: 12 }, 10, 12],
  ])('reopening %s resumes paused where it was', (_, { paused, seenAt }, reopenAt, expected) => {
    let p = { ...startProgress('desk-60', T0), seenAt: s(seenAt) };
    if (paused) p = pauseProgress(p, s(seenAt));
    const back = reopenProgress(p, s(reopenAt))!;
    expect(isPaused(back)).toBe(true);
    expect(momentOf(DESK_ROUTINE, back, s(reopenAt + 60)).elapsedMs).toBe(expected * 1000);
  });

  it('drops progress too old to resume', () => {
    const p = startProgress('desk-60', T0);
    expect(reopenProgress(p, T0 + STALE_PROGRESS_MS + 1)).toBeNull();
    expect(reopenProgress(p, T0 + STALE_PROGRESS_MS)).not.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'running'],
    ['an array', []],
    ['another version', { ...startProgress('desk-60', T0), v: 2 }],
    ['a bad time', { ...startProgress('desk-60', T0), startedAt: 'soon' }],
    ['a bad pause', { ...startProgress('desk-60', T0), pauses: [{ from: 5, to: 1 }] }],
    ['too many pauses', { ...startProgress('desk-60', T0), pauses: Array.from({ length: 21 }, () => ({ from: 1, to: 2 })) }],
  ])('reads %s as no routine', (_, raw) => {
    expect(parseRoutineProgress(raw)).toBeNull();
  });

  it('reads back what it wrote', () => {
    const p = pauseProgress(startProgress('desk-60', T0), s(4));
    expect(parseRoutineProgress(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });
});
