import type { Movement, MovementId } from '../../lib/movements';

// "Try it" on the library page: one movement on its own, for a short while, its picture
// driven by a clock. Pure: every moment is a function of the plan and the milliseconds
// elapsed, and the elapsed time a function of the clock's start, its pauses and now.
// (It lives beside the page because only the page uses it; nothing here touches a browser.)

/** How "try it" plays a movement. */
export interface TryPlan {
  totalMs: number;
  /** One rep of the picture: out to the end pose and back. */
  cycleMs: number;
  /** Within a rep, how long the end pose is held (0: straight back). */
  holdMs: number;
  /** Done on one side, then the other: the second half mirrors the picture. */
  sides: boolean;
}

/** One moment of a try. */
export interface TryMoment {
  /** The picture's pose, 0 (start) to 1 (end). */
  phase: number;
  /** Whole seconds left, rounded up (reads 0 only at the end). */
  secondsLeft: number;
  /** Which side is being done, for a movement with sides. */
  side: 1 | 2 | null;
  done: boolean;
}

/** A try's clock: when it started, whether it is paused now, and how long it has been paused before. */
export interface TryClock {
  startedAt: number;
  pausedAt: number | null;
  pausedMs: number;
}

/** A try of a movement with no hold in its dose: 30 seconds of 4-second reps. */
export const TRY_MS = 30_000;
const REP_MS = 4_000;
/** Going out to a hold and coming back from it. */
const EASE_MS = 1_500;
/** The least time to go out to a hold and back, where a rep is squeezed to fit the try. */
const MIN_EASE_MS = 1_000;
/** From this long a hold is the whole exercise (one per side), not a pause within each rep. */
const LONG_HOLD_MS = 10_000;

/**
 * The holds the sources give, in seconds (the upper end of a range: "hold 10–15 s" is 15),
 * as lib/movements.ts's doses say them in words.
 */
export const TRY_HOLDS: Partial<Record<MovementId, number>> = {
  'shoulder-squeezes': 5,
  'rock-back': 15,
  'external-rotation': 2,
  'foam-roller-extensions': 3,
  'prone-scapular-setting': 5,
  'thread-the-needle': 30,
};

/**
 * How "try it" plays `m`: a long hold once per side; a short hold within each rep; else
 * plain reps of about 4 s for 30 s. Each side holds a whole number of reps, so a try ends
 * (and switches side) back at the start pose.
 */
export function tryPlan(m: Pick<Movement, 'id' | 'sides'>): TryPlan {
  const hold = (TRY_HOLDS[m.id] ?? 0) * 1000;
  const long = hold >= LONG_HOLD_MS;
  const totalMs = long ? hold * (m.sides ? 2 : 1) : TRY_MS;
  const sideMs = m.sides ? totalMs / 2 : totalMs;
  const wanted = long ? sideMs : hold > 0 ? hold + 2 * EASE_MS : REP_MS;
  const cycleMs = sideMs / Math.max(1, Math.round(sideMs / wanted));
  const holdMs = long ? cycleMs - 2 * EASE_MS : Math.min(hold, cycleMs - 2 * MIN_EASE_MS);
  return { totalMs, cycleMs, holdMs: Math.max(0, holdMs), sides: m.sides };
}

/** Eased 0 → 1 (slow at both ends, so the picture moves gently). */
function ease(x: number): number {
  return (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, x)))) / 2;
}

/** The pose `ms` into one rep: out, held at the end for `holdMs`, back. */
export function cyclePhase(ms: number, cycleMs: number, holdMs: number): number {
  const within = ((ms % cycleMs) + cycleMs) % cycleMs;
  const moveMs = (cycleMs - holdMs) / 2;
  if (within < moveMs) return ease(within / moveMs);
  if (within < moveMs + holdMs) return 1;
  return ease((cycleMs - within) / moveMs);
}

/** The try `elapsedMs` in: its pose, seconds left, side, and whether it is over. */
export function tryAt(plan: TryPlan, elapsedMs: number): TryMoment {
  const ms = Math.max(0, Math.min(elapsedMs, plan.totalMs));
  const done = elapsedMs >= plan.totalMs;
  const half = plan.totalMs / 2;
  const side = plan.sides ? (ms < half ? 1 : 2) : null;
  // Each side starts its reps afresh, from the start pose.
  const sinceSide = side === 2 ? ms - half : ms;
  return {
    phase: done ? 0 : cyclePhase(sinceSide, plan.cycleMs, plan.holdMs),
    secondsLeft: Math.ceil((plan.totalMs - ms) / 1000),
    side,
    done,
  };
}

/** A clock started at `now`. */
export function startClock(now: number): TryClock {
  return { startedAt: now, pausedAt: null, pausedMs: 0 };
}

/** How long the try has run at `now`, leaving out its pauses. */
export function elapsedMs(clock: TryClock, now: number): number {
  const until = clock.pausedAt ?? now;
  return Math.max(0, until - clock.startedAt - clock.pausedMs);
}

/** The clock paused at `now`, or running again from `now`. */
export function togglePause(clock: TryClock, now: number): TryClock {
  if (clock.pausedAt === null) return { ...clock, pausedAt: now };
  return { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, now - clock.pausedAt) };
}

/** The page's gentle picture cycle: 0 → 1 → 0 over 4 s, eased, a pure function of the page clock. */
export function pagePhase(now: number): number {
  return cyclePhase(now, REP_MS, 0);
}
