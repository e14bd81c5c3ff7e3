import type { HistoryEntry } from './history';
import { COUNTING, isCounting, type DayActive, type HoldReason, type Phase, type ScheduleState } from './schedule-state';
import type { Settings } from './settings';
import { MINUTE, SECOND, splitByDay } from './time';
import { isWithinWorkingHours } from './working-hours';

// Time's one owner: how a stored schedule state moves on with the clock alone. The worker
// runs this before every event (lib/schedule.ts), and pages run the same function to show
// the status as of now (lib/status.ts), so a page never shows what the worker would not.

/** Chrome's idle API reports "idle" only after this much silence, so idle is back-dated by it. */
export const IDLE_DETECTION_SECONDS = 60;
/** While a break waits (fullscreen, a tab playing sound), it checks again this often. */
export const HOLD_RECHECK_MS = MINUTE;
/** A routine left open and never finished is taken as abandoned after this long. */
export const BREAK_TIMEOUT_MS = 15 * MINUTE;
/**
 * While counting, the worker wakes at least this much before the natural-break threshold
 * runs out, so that a silence longer than the threshold can only mean sleep or a closed browser.
 */
export const HEARTBEAT_MARGIN_MS = 30 * SECOND;

/** The world outside the state that a transition may look at. */
export interface Context {
  now: number;
  settings: Settings;
  /** The browser is in fullscreen right now. */
  fullscreen: boolean;
  /** A tab plays sound right now (a call, a video); a muted call does not count. */
  audible: boolean;
}

/** How long after a break came due its prompt comes back once (null: never). */
export function renudgeMs(settings: Settings): number | null {
  return settings.renudgeMinutes === 'off' || settings.promptStyle === 'badge' ? null : Number(settings.renudgeMinutes) * MINUTE;
}

export const workMs = (s: Settings) => s.workMinutes * MINUTE;
export const thresholdMs = (s: Settings) => s.naturalBreakMinutes * MINUTE;
export const idleDetectionMs = IDLE_DETECTION_SECONDS * SECOND;

/** Starts a fresh cycle: the count restarts and the heads-up may show again. */
export function freshCycle(state: ScheduleState, phase: Phase = { kind: 'working' }): ScheduleState {
  return { ...state, phase, activeMs: 0, headsUpShown: false };
}

/** A natural break restarts the count in any phase where a break was being waited for. */
export function naturalBreak(state: ScheduleState, at: number, durationMs: number, log: HistoryEntry[]): ScheduleState {
  log.push({ kind: 'natural-break', at, durationMs });
  const keeps = state.phase.kind === 'paused' || state.phase.kind === 'outsideHours';
  return keeps ? { ...state, activeMs: 0, headsUpShown: false } : freshCycle(state);
}

/**
 * Brings the state up to `now` before an event is applied: counts active time, turns a
 * long silence into one natural break, and lets timed phases (pause, snooze, routine,
 * working hours) run out.
 */
/**
 * Adds the active stretch [from, to) to the day's count, cutting it at local midnight:
 * each earlier day's total, once counting has moved past it, goes to `days`.
 */
export function countToday(today: DayActive, from: number, to: number, days: DayActive[]): DayActive {
  let current = today;
  for (const part of splitByDay(from, to)) {
    if (part.day <= current.day) {
      current = { ...current, activeMs: current.activeMs + part.ms };
    } else {
      if (current.activeMs > 0) days.push(current);
      current = { day: part.day, activeMs: part.ms };
    }
  }
  return current;
}

export function advance(state: ScheduleState, ctx: Context, log: HistoryEntry[], days: DayActive[] = []): ScheduleState {
  const { now, settings } = ctx;
  let s = state;
  if (now < s.lastSeen) {
    // The clock went backwards (a manual change, a time-zone fix): count nothing for it.
    s = { ...s, lastSeen: now, countedAt: now, userSince: Math.min(s.userSince, now) };
  }
  const silence = now - s.lastSeen;
  if (s.user === 'active' && silence >= thresholdMs(settings) && COUNTING.has(s.phase.kind)) {
    // No event for longer than the threshold although the worker wakes before it runs
    // out: the machine slept or the browser was closed. That is one break, not a
    // backlog of prompts, and none of the silence is counted as screen time.
    s = naturalBreak(s, s.lastSeen, silence, log);
  } else if (isCounting(s) && now > s.countedAt) {
    s = { ...s, activeMs: s.activeMs + (now - s.countedAt), today: countToday(s.today, s.countedAt, now, days) };
  }
  s = { ...s, countedAt: now, lastSeen: now };

  if (s.user !== 'active' && !s.idleBreakRecorded && now - s.userSince >= thresholdMs(settings)) {
    s = { ...naturalBreak(s, s.userSince, now - s.userSince, log), idleBreakRecorded: true };
  }
  const p = s.phase;
  if (p.kind === 'paused' && now >= p.until) s = freshCycle(s);
  if (p.kind === 'snoozed' && now >= p.until) s = { ...s, phase: { kind: 'due', since: now, snoozes: p.snoozes } };
  // A prompt closed without a choice, or left alone, comes back once (the core shows it again).
  const again = renudgeMs(settings);
  if (p.kind === 'due' && !p.nudged && again !== null && now >= p.since + again) s = { ...s, phase: { ...p, nudged: true, dismissed: false } };
  if (p.kind === 'onBreak' && now - p.startedAt >= BREAK_TIMEOUT_MS) {
    log.push({ kind: 'routine-abandoned', at: p.startedAt, durationMs: now - p.startedAt });
    s = freshCycle(s);
  }
  return followWorkingHours(s, ctx);
}

/**
 * Working hours rule every phase but a pause or a routine under way: outside them the
 * schedule rests, and the count starts fresh when they begin. Applied after time moves on
 * and again after each event (a routine that ends after hours leaves the schedule resting).
 */
export function followWorkingHours(s: ScheduleState, { now, settings }: Context): ScheduleState {
  const inside = isWithinWorkingHours(settings.workingHours, now);
  if (!inside && s.phase.kind !== 'paused' && s.phase.kind !== 'outsideHours' && s.phase.kind !== 'onBreak') {
    return freshCycle(s, { kind: 'outsideHours' });
  }
  if (inside && s.phase.kind === 'outsideHours') return freshCycle(s);
  return s;
}

/** Why a break that is due must wait now, if it must: fullscreen first, then a tab playing sound. */
function holdOf(s: ScheduleState, ctx: Context): HoldReason | null {
  if (ctx.fullscreen && ctx.settings.pauseInFullscreen) return 'fullscreen';
  const chose = s.phase.kind === 'deferred' && s.phase.untilQuiet === true;
  if (ctx.audible && (ctx.settings.pauseWhileAudible || chose)) return 'audible';
  return null;
}

/** Working time ran out: the prompt is due, or waits while the browser is fullscreen or a tab plays sound. */
export function checkDue(s: ScheduleState, ctx: Context): ScheduleState {
  const hold = holdOf(s, ctx);
  const p = s.phase;
  if (p.kind === 'working' && s.activeMs >= workMs(ctx.settings)) {
    return { ...s, phase: hold ? { kind: 'deferred', since: ctx.now, reason: hold } : { kind: 'due', since: ctx.now, snoozes: 0 } };
  }
  if (p.kind === 'deferred' && !hold) return { ...s, phase: { kind: 'due', since: ctx.now, snoozes: 0 } };
  if (p.kind === 'deferred' && hold !== p.reason) return { ...s, phase: { ...p, reason: hold! } };
  return s;
}

/**
 * Active time as of `now` that the history does not hold yet: the day under way, and any
 * day that counting up to now has moved past (the worker hands those over when it wakes).
 */
export function activityAt(state: ScheduleState, settings: Settings, now: number): DayActive[] {
  const finished: DayActive[] = [];
  const s = advance(state, { now, settings, fullscreen: false, audible: false }, [], finished);
  return [...finished, s.today];
}

/**
 * The state as of `now` with no event: what the worker will compute when it next wakes.
 * A page cannot ask whether the browser is fullscreen or a tab plays sound, so a break
 * that waits is taken to still wait for its reason (the worker rechecks within a minute).
 */
export function stateAt(state: ScheduleState, settings: Settings, now: number): ScheduleState {
  const p = state.phase;
  const waitsFor = p.kind === 'deferred' ? p.reason : null;
  const ctx: Context = { now, settings, fullscreen: waitsFor === 'fullscreen', audible: waitsFor === 'audible' };
  return checkDue(advance(state, ctx, []), ctx);
}
