import { describe, expect, it } from 'vitest';
import { DESK_ROUTINE } from '../../lib/routine';
import { readShape } from '../../lib/versioned';
import {
  isPaused,
  momentOf,
  parseRoutineProgress,
  pauseProgress,
  openProgress,
  resumeProgress,
  ROUTINE_PROGRESS_SHAPE,
  SHOWN_WITHIN_MS,
  seekStep,
  startProgress,
  STALE_PROGRESS_MS,
  stepsDone,
  type RoutineProgress,
} from '../../lib/routine-progress';

const T0 = 1_800_000_000_000;
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
    ['running, no page seen since 2 s before closing', { paused: false, seenAt: 12 }, 30, 12],
    ['already paused', { paused: true, seenAt: 8 }, 30, 8],
  ])('opening %s offers it back paused where it was', (_, { paused, seenAt }, openAt, expected) => {
    let p = { ...startProgress('desk-60', T0), seenAt: s(seenAt) };
    if (paused) p = pauseProgress(p, s(seenAt));
    const opened = openProgress(p, 0, s(openAt))!;
    expect(opened.reopened).toBe(true);
    expect(isPaused(opened.progress)).toBe(true);
    expect(momentOf(DESK_ROUTINE, opened.progress, s(openAt + 60)).elapsedMs).toBe(expected * 1000);
  });

  it.each([
    ['seen by another page 1 s ago', 29],
    ['seen by another page just now', 30],
    ['seen later than this page’s clock says it is now', 31],
  ])('opening a running routine %s joins it as it is, running and in step', (_, seenAt) => {
    const p = startProgress('desk-60', T0);
    const opened = openProgress(p, s(seenAt), s(30))!;
    expect(opened).toEqual({ progress: p, joined: true, reopened: false });
    expect(momentOf(DESK_ROUTINE, opened.progress, s(35)).elapsedMs).toBe(35_000);
  });

  it(`a routine not seen for more than ${SHOWN_WITHIN_MS / 1000} s is no longer on screen anywhere`, () => {
    const p = startProgress('desk-60', T0);
    expect(openProgress(p, s(10), s(10) + SHOWN_WITHIN_MS)!.joined).toBe(true);
    expect(openProgress(p, s(10), s(10) + SHOWN_WITHIN_MS + 1)!.reopened).toBe(true);
  });

  it('a routine the background started waits for the first page, then runs from its first second', () => {
    const p = startProgress('desk-60', T0, true);
    expect(momentOf(DESK_ROUTINE, p, s(40)).elapsedMs).toBe(0);
    const opened = openProgress(p, 0, s(40))!;
    expect(opened.reopened).toBe(false);
    expect(opened.progress.pending).toBe(false);
    expect(momentOf(DESK_ROUTINE, opened.progress, s(43)).elapsedMs).toBe(3000);
    expect(opened.progress.beganAt).toBe(T0);
  });

  it('drops progress too old to resume', () => {
    const p = startProgress('desk-60', T0);
    expect(openProgress(p, 0, T0 + STALE_PROGRESS_MS + 1)).toBeNull();
    expect(openProgress(p, 0, T0 + STALE_PROGRESS_MS)).not.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'running'],
    ['an array', []],
    ['a newer version', { ...startProgress('desk-60', T0), v: 4 }],
    ['a bad time', { ...startProgress('desk-60', T0), startedAt: 'soon' }],
    ['a bad pause', { ...startProgress('desk-60', T0), pauses: [{ from: s(5), to: s(1) }] }],
    ['too many pauses', { ...startProgress('desk-60', T0), pauses: Array.from({ length: 21 }, () => ({ from: s(1), to: s(2) })) }],
    ['a start in the far future', { ...startProgress('desk-60', T0), startedAt: 1e300 }],
    ['a start before Midbreak existed', { ...startProgress('desk-60', T0), beganAt: 5 }],
    ['a pause ending in the far future', { ...startProgress('desk-60', T0), pauses: [{ from: s(1), to: s(1) + 30 * 86_400_000 }] }],
  ])('reads %s as no routine', (_, raw) => {
    expect(parseRoutineProgress(raw, s(60))).toBeNull();
  });

  it('reads back what it wrote', () => {
    const p = pauseProgress(startProgress('desk-60', T0), s(4));
    expect(parseRoutineProgress(JSON.parse(JSON.stringify(p)), s(10))).toEqual(p);
  });

  it('migrates version 1 (no "pending": every routine was started by a page)', () => {
    const { pending: _p, done: _d, runFrom: _r, ...rest } = pauseProgress(startProgress('desk-60', T0), s(4));
    const v1 = { ...rest, v: 1 };
    expect(readShape(v1, ROUTINE_PROGRESS_SHAPE, s(10))).toEqual({
      value: { ...v1, v: 3, pending: false, done: [], runFrom: 0 },
      outcome: 'migrated',
    });
  });

  it('migrates version 2 (no record of skipped steps: what ran before counts as done)', () => {
    const { done: _d, runFrom: _r, ...rest } = pauseProgress(startProgress('desk-60', T0), s(4));
    const v2 = { ...rest, v: 2 };
    expect(readShape(v2, ROUTINE_PROGRESS_SHAPE, s(10))).toEqual({ value: { ...v2, v: 3, done: [], runFrom: 0 }, outcome: 'migrated' });
  });

  it.each<[string, (p: RoutineProgress) => RoutineProgress, number, string[]]>([
    ['none skipped: the clock ran through two steps', (p) => p, 45, ['wall-angels', 'shoulder-squeezes']],
    ['Next at 5 s skips the first step', (p) => seekStep(DESK_ROUTINE, p, 1, s(5)), 10, []],
    ['Next at 17 s (past 80 %) skips nothing', (p) => seekStep(DESK_ROUTINE, p, 1, s(17)), 30, ['wall-angels']],
    ['the end reached after a skip', (p) => seekStep(DESK_ROUTINE, p, 1, s(5)), 45, ['shoulder-squeezes', 'seated-twist']],
    ['back to a skipped step and through it', (p) => seekStep(DESK_ROUTINE, seekStep(DESK_ROUTINE, p, 1, s(5)), 0, s(6)), 66, ['wall-angels', 'shoulder-squeezes', 'seated-twist']],
  ])('stepsDone: %s', (_label, move, atSec, done) => {
    expect(stepsDone(DESK_ROUTINE, move(startProgress('desk-60', T0)), s(atSec))).toEqual(done);
  });
});
