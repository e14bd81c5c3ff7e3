import { MAX_PAUSE_MS } from './pause';
import { SETTING_FIELDS } from './settings-fields';
import { CLOCK_SLACK_MS, DAY, dayKey, isStoredDuration, isStoredTime, MINUTE } from './time';
import { readShape, type ReadOutcome, type Shape } from './versioned';

/** The longest snooze the settings allow. */
const MAX_SNOOZE_MS = SETTING_FIELDS.snoozeMinutes.max * MINUTE;

/** Whether the user is at the machine, as the idle API reports it. */
export type UserState = 'active' | 'idle' | 'locked';

/** Where the break cycle stands. */
export type Phase =
  | { kind: 'working' }
  /**
   * The break is due but waits: the browser is fullscreen (a video, a talk) or a tab plays
   * sound (a call). `untilQuiet`: the user chose to wait for the sound to stop.
   */
  | { kind: 'deferred'; since: number; reason: HoldReason; untilQuiet?: boolean }
  /**
   * `dismissed`: the user closed the prompt; `nudged`: it came back once already. After
   * both, only the badge shows the break until the next due.
   */
  | { kind: 'due'; since: number; snoozes: number; dismissed?: boolean; nudged?: boolean }
  | { kind: 'snoozed'; until: number; snoozes: number }
  | { kind: 'paused'; until: number }
  | { kind: 'outsideHours' }
  | { kind: 'onBreak'; startedAt: number };
export type PhaseKind = Phase['kind'];

/** Why a due break waits. */
export type HoldReason = 'fullscreen' | 'audible';

/** Bumped when the stored shape changes, with a migration step in SCHEDULE_SHAPE. */
export const SCHEDULE_VERSION = 3;

/** The schedule's whole state: all of it lives in storage.local, so a killed worker loses nothing. */
export interface ScheduleState {
  v: typeof SCHEDULE_VERSION;
  phase: Phase;
  /** Active time worked in this cycle, counted up to `countedAt`. */
  activeMs: number;
  countedAt: number;
  /** The last moment an event was handled; a longer silence than the natural-break threshold means sleep or a closed browser. */
  lastSeen: number;
  user: UserState;
  /** When the current user state began; idle is back-dated to when the input stopped. */
  userSince: number;
  /** The current idle stretch has already been recorded as a natural break. */
  idleBreakRecorded: boolean;
  /** The heads-up for this cycle has been shown. */
  headsUpShown: boolean;
  /**
   * Active screen time on the latest local day that had any, so far. When counting moves
   * into a later day, this day's total goes to the history and the count starts again.
   */
  today: DayActive;
}

/** Active screen time on one local day (YYYY-MM-DD). */
export interface DayActive {
  day: string;
  activeMs: number;
}

/** The phases in which active time accrues (while the user is active). */
export const COUNTING: ReadonlySet<PhaseKind> = new Set(['working', 'deferred', 'due', 'snoozed']);

/** Whether active time accrues in this state. */
export function isCounting(state: ScheduleState): boolean {
  return COUNTING.has(state.phase.kind) && state.user === 'active';
}

/** Active time left before a break due after `workMinutes` (never negative). */
export function remainingMs(state: ScheduleState, settings: { workMinutes: number }): number {
  return Math.max(0, settings.workMinutes * 60_000 - state.activeMs);
}

/** A fresh cycle starting at `now`. */
export function initialScheduleState(now: number): ScheduleState {
  return {
    v: SCHEDULE_VERSION,
    phase: { kind: 'working' },
    activeMs: 0,
    countedAt: now,
    lastSeen: now,
    user: 'active',
    userSince: now,
    idleBreakRecorded: false,
    headsUpShown: false,
    today: { day: dayKey(now), activeMs: 0 },
  };
}

/** The longest a break can stay due, snoozed or waiting before it is corrupt: a week of screen time. */
const MAX_ACTIVE_MS = 7 * DAY;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000;

/**
 * The phase, with every moment bounded: a start no later than now (give or take a clock
 * set back), a pause no longer than the longest pause, a snooze no longer than the longest snooze.
 */
function parsePhase(raw: unknown, now: number): Phase | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  const latest = now + CLOCK_SLACK_MS;
  switch (p.kind) {
    case 'working':
    case 'outsideHours':
      return { kind: p.kind };
    case 'deferred':
      if (!isStoredTime(p.since, latest) || (p.reason !== 'fullscreen' && p.reason !== 'audible')) return null;
      return { kind: 'deferred', since: p.since, reason: p.reason, ...(p.untilQuiet === true ? { untilQuiet: true } : {}) };
    case 'due':
      if (!isStoredTime(p.since, latest) || !isCount(p.snoozes)) return null;
      return {
        kind: 'due',
        since: p.since,
        snoozes: p.snoozes,
        ...(p.dismissed === true ? { dismissed: true } : {}),
        ...(p.nudged === true ? { nudged: true } : {}),
      };
    case 'snoozed':
      return isStoredTime(p.until, latest + MAX_SNOOZE_MS) && isCount(p.snoozes)
        ? { kind: 'snoozed', until: p.until, snoozes: p.snoozes }
        : null;
    case 'paused':
      return isStoredTime(p.until, latest + MAX_PAUSE_MS) ? { kind: 'paused', until: p.until } : null;
    case 'onBreak':
      return isStoredTime(p.startedAt, latest) ? { kind: 'onBreak', startedAt: p.startedAt } : null;
    default:
      return null;
  }
}

/** The current shape, checked field by field; null when any field is missing or out of bounds. */
function parseCurrent(raw: unknown, now: number): ScheduleState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const s = raw as Record<string, unknown>;
  const latest = now + CLOCK_SLACK_MS;
  const phase = parsePhase(s.phase, now);
  const user = s.user === 'active' || s.user === 'idle' || s.user === 'locked' ? s.user : null;
  if (
    !phase ||
    !user ||
    !isStoredDuration(s.activeMs, MAX_ACTIVE_MS) ||
    !isStoredTime(s.countedAt, latest) ||
    !isStoredTime(s.lastSeen, latest) ||
    !isStoredTime(s.userSince, latest) ||
    typeof s.idleBreakRecorded !== 'boolean' ||
    typeof s.headsUpShown !== 'boolean' ||
    !isDayActive(s.today)
  ) {
    return null;
  }
  return {
    v: SCHEDULE_VERSION,
    phase,
    activeMs: s.activeMs,
    countedAt: s.countedAt,
    lastSeen: s.lastSeen,
    user,
    userSince: s.userSince,
    idleBreakRecorded: s.idleBreakRecorded,
    headsUpShown: s.headsUpShown,
    today: { day: s.today.day, activeMs: s.today.activeMs },
  };
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isDayActive(v: unknown): v is DayActive {
  if (typeof v !== 'object' || v === null) return false;
  const { day, activeMs } = v as Record<string, unknown>;
  return typeof day === 'string' && DAY_PATTERN.test(day) && isStoredDuration(activeMs, DAY);
}

/** How the schedule state is stored; version 2 added `today`, the day's active time so far; version 3 why a break waits. */
export const SCHEDULE_SHAPE: Shape<ScheduleState, number> = {
  name: 'common.item.scheduleState',
  version: SCHEDULE_VERSION,
  steps: {
    1: (raw) => {
      const s = raw as Record<string, unknown>;
      const at = typeof s.countedAt === 'number' && Number.isFinite(s.countedAt) ? s.countedAt : 0;
      return { ...s, v: 2, today: { day: dayKey(at), activeMs: 0 } };
    },
    // Version 3 says why a break waits; a version-2 break could only wait for fullscreen.
    2: (raw) => {
      const s = raw as { phase?: { kind?: unknown } };
      const phase = s.phase?.kind === 'deferred' ? { ...s.phase, reason: 'fullscreen' } : s.phase;
      return { ...s, v: 3, phase };
    },
  },
  parse: parseCurrent,
};

/**
 * Turns whatever storage held into a valid state. A missing, corrupt or newer-version
 * value becomes a fresh cycle at `now` rather than a crash; the outcome says which.
 */
export function parseScheduleState(raw: unknown, now: number): { state: ScheduleState; outcome: ReadOutcome } {
  const read = readShape(raw, SCHEDULE_SHAPE, now);
  return { state: read.value ?? initialScheduleState(now), outcome: read.outcome };
}
