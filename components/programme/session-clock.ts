import { PER_COUNT } from '../../lib/programme';
import { BREATH_SEC, HOLD_MOVE_SEC, REP_SEC, type SessionItem, type SetItem } from '../../lib/programme-plan';
import { cyclePhase, elapsedMs, startClock, togglePause, type TryClock } from '../library/try-clock';

// The session player's clock (session.html): the items of a session one after another, each
// for its estimate, a set's picture going through its reps. Pure: every moment is a function
// of the items, where the run stands and the time now (the page's clock). The clock of one
// item is the "try it" clock (start, pauses), so pausing works the same way in both.

/** Where a run of a session stands: which item (-1: the stop rule, before the start) and its clock. */
export interface SessionRun {
  index: number;
  clock: TryClock;
  /** Stopped by the user before the end (nothing is recorded). */
  stopped: boolean;
}

/** One moment of a session. */
export interface SessionMoment {
  index: number;
  /** The item shown; null before the start and at the end. */
  item: SessionItem | null;
  /** Whole seconds left of the item, rounded up. */
  secondsLeft: number;
  /** A set's picture pose, 0–1. */
  phase: number;
  /** Which side of a set done on each side or in each direction. */
  side: 1 | 2 | null;
  /** Which position (0-based) of a set done in each of several positions (Y, T, W). */
  position: number | null;
  paused: boolean;
  /** Every item has been played. */
  done: boolean;
}

/** How long an item plays, in ms. */
export function itemMs(item: SessionItem): number {
  return (item.kind === 'set' ? item.estimateSec : item.sec) * 1000;
}

/** A run at its start: the stop rule shown, nothing playing. */
export function newRun(now: number): SessionRun {
  return { index: -1, clock: startClock(now), stopped: false };
}

/** The run at the next item (or the end), its clock starting at `now`; a paused run stays paused. */
export function nextItem(run: SessionRun, items: readonly SessionItem[], now: number): SessionRun {
  if (run.stopped || run.index >= items.length) return run;
  return { ...run, index: run.index + 1, clock: startClock(now) };
}

/** Paused at `now`, or running again from `now` (nothing to pause before the start or at the end). */
export function pauseOrResume(run: SessionRun, items: readonly SessionItem[], now: number): SessionRun {
  if (run.stopped || run.index < 0 || run.index >= items.length) return run;
  return { ...run, clock: togglePause(run.clock, now) };
}

/** Stopped: nothing more plays, nothing is recorded. */
export function stopRun(run: SessionRun): SessionRun {
  return { ...run, stopped: true };
}

/**
 * The run as it stands at `now`: an item whose time is up gives way to the next, which
 * starts the moment the last one ended (so a page that ticks late loses no time).
 */
export function settle(run: SessionRun, items: readonly SessionItem[], now: number): SessionRun {
  let r = run;
  while (!r.stopped && r.index >= 0 && r.index < items.length && r.clock.pausedAt === null) {
    const ms = itemMs(items[r.index]);
    if (elapsedMs(r.clock, now) < ms) break;
    r = { ...r, index: r.index + 1, clock: startClock(r.clock.startedAt + r.clock.pausedMs + ms) };
  }
  return r;
}

/** One rep of a set's picture: its length and the hold within it (ms). */
export function repOf(item: SetItem): { cycleMs: number; holdMs: number } {
  if (item.unit === 'breaths') return { cycleMs: BREATH_SEC * 1000, holdMs: 0 };
  if (item.holdSec) return { cycleMs: (item.holdSec.max + HOLD_MOVE_SEC) * 1000, holdMs: item.holdSec.max * 1000 };
  return { cycleMs: REP_SEC * 1000, holdMs: 0 };
}

/** The moment of `run` at `now` (settle it first). */
export function momentAt(run: SessionRun, items: readonly SessionItem[], now: number): SessionMoment {
  const paused = run.clock.pausedAt !== null;
  if (run.index < 0 || run.index >= items.length) {
    return { index: run.index, item: null, secondsLeft: 0, phase: 0, side: null, position: null, paused, done: run.index >= items.length };
  }
  const item = items[run.index];
  const total = itemMs(item);
  const ms = Math.min(elapsedMs(run.clock, now), total);
  const secondsLeft = Math.ceil((total - ms) / 1000);
  if (item.kind === 'rest') return { index: run.index, item, secondsLeft, phase: 0, side: null, position: null, paused, done: false };
  // Each side (or direction) gets half the set, each position (Y, T, W) its share, starting its reps afresh.
  const parts = item.per ? PER_COUNT[item.per] : 1;
  const part = Math.min(parts - 1, Math.floor(ms / (total / parts)));
  const halves = item.per === 'side' || item.per === 'direction';
  const side: 1 | 2 | null = halves ? ((part + 1) as 1 | 2) : null;
  const position = item.per === 'position' ? part : null;
  const since = ms - part * (total / parts);
  const { cycleMs, holdMs } = repOf(item);
  return { index: run.index, item, secondsLeft, phase: cyclePhase(since, cycleMs, holdMs), side, position, paused, done: false };
}

/** The index of the first set done on the floor (its safety line is shown before it), or -1. */
export function firstFloorSet(items: readonly SessionItem[], isFloor: (item: SetItem) => boolean): number {
  return items.findIndex((it) => it.kind === 'set' && isFloor(it));
}
