/** Whether the user is at the machine, as the idle API reports it. */
export type UserState = 'active' | 'idle' | 'locked';

/** Where the break cycle stands. */
export type Phase =
  | { kind: 'working' }
  /** The break is due but the browser is fullscreen (a video, a talk): the prompt waits. */
  | { kind: 'deferred'; since: number }
  /** `dismissed`: the user closed the prompt; it is not shown again until the next due. */
  | { kind: 'due'; since: number; snoozes: number; dismissed?: boolean }
  | { kind: 'snoozed'; until: number; snoozes: number }
  | { kind: 'paused'; until: number }
  | { kind: 'outsideHours' }
  | { kind: 'onBreak'; startedAt: number };
export type PhaseKind = Phase['kind'];

/** Bumped when the stored shape changes; `parseScheduleState` migrates older ones. */
export const SCHEDULE_VERSION = 1;

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
  };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000;

function parsePhase(raw: unknown): Phase | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  switch (p.kind) {
    case 'working':
    case 'outsideHours':
      return { kind: p.kind };
    case 'deferred':
      return isTime(p.since) ? { kind: 'deferred', since: p.since } : null;
    case 'due':
      if (!isTime(p.since) || !isCount(p.snoozes)) return null;
      return p.dismissed === true
        ? { kind: 'due', since: p.since, snoozes: p.snoozes, dismissed: true }
        : { kind: 'due', since: p.since, snoozes: p.snoozes };
    case 'snoozed':
      return isTime(p.until) && isCount(p.snoozes) ? { kind: 'snoozed', until: p.until, snoozes: p.snoozes } : null;
    case 'paused':
      return isTime(p.until) ? { kind: 'paused', until: p.until } : null;
    case 'onBreak':
      return isTime(p.startedAt) ? { kind: 'onBreak', startedAt: p.startedAt } : null;
    default:
      return null;
  }
}

/** How a stored value was read: kept as it was, or replaced by a fresh state (and why). */
export type ParseOutcome = 'ok' | 'empty' | 'corrupt' | 'future-version';

/**
 * Turns whatever storage held into a valid state. A missing, corrupt or future-version
 * value becomes a fresh cycle at `now` rather than a crash; the outcome says which, so
 * tests (and logs) can tell.
 */
export function parseScheduleState(raw: unknown, now: number): { state: ScheduleState; outcome: ParseOutcome } {
  const fresh = () => initialScheduleState(now);
  if (raw === undefined || raw === null) return { state: fresh(), outcome: 'empty' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { state: fresh(), outcome: 'corrupt' };
  const s = raw as Record<string, unknown>;
  if (typeof s.v === 'number' && s.v > SCHEDULE_VERSION) return { state: fresh(), outcome: 'future-version' };
  const phase = parsePhase(s.phase);
  const user = s.user === 'active' || s.user === 'idle' || s.user === 'locked' ? s.user : null;
  if (
    s.v !== SCHEDULE_VERSION ||
    !phase ||
    !user ||
    !isTime(s.activeMs) ||
    !isTime(s.countedAt) ||
    !isTime(s.lastSeen) ||
    !isTime(s.userSince) ||
    typeof s.idleBreakRecorded !== 'boolean' ||
    typeof s.headsUpShown !== 'boolean'
  ) {
    return { state: fresh(), outcome: 'corrupt' };
  }
  return {
    state: {
      v: SCHEDULE_VERSION,
      phase,
      activeMs: s.activeMs,
      countedAt: s.countedAt,
      lastSeen: s.lastSeen,
      user,
      userSince: s.userSince,
      idleBreakRecorded: s.idleBreakRecorded,
      headsUpShown: s.headsUpShown,
    },
    outcome: 'ok',
  };
}
