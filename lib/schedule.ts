import type { HistoryEntry } from './history';
import {
  COUNTING,
  isCounting,
  remainingMs,
  type Phase,
  type ScheduleState,
  type UserState,
} from './schedule-state';
import type { Settings } from './settings';
import { MINUTE, SECOND } from './time';
import { isWithinWorkingHours, nextWorkingHoursChange } from './working-hours';

/** Chrome's idle API reports "idle" only after this much silence, so idle is back-dated by it. */
export const IDLE_DETECTION_SECONDS = 60;
/** While the browser is fullscreen, a waiting prompt checks again this often. */
export const FULLSCREEN_RECHECK_MS = MINUTE;
/** A routine left open and never finished is taken as abandoned after this long. */
export const BREAK_TIMEOUT_MS = 15 * MINUTE;
/**
 * While counting, the worker wakes at least this much before the natural-break threshold
 * runs out, so that a silence longer than the threshold can only mean sleep or a closed browser.
 */
export const HEARTBEAT_MARGIN_MS = 30 * SECOND;

/** Something that happened, as the core sees it. */
export type ScheduleEvent =
  /** An alarm fired, or the worker woke for any reason: just bring the state up to date. */
  | { type: 'tick' }
  /**
   * The worker started (browser start, extension update, worker restart): re-assert every
   * effect. `user` is the idle state read at start, since changes made while no worker
   * ran were never reported.
   */
  | { type: 'startup'; user?: UserState }
  | { type: 'idle'; state: UserState }
  | { type: 'startBreak' }
  /** The user closed the prompt without choosing: leave the break due, but don't show it again. */
  | { type: 'promptClosed' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'routineFinished' }
  | { type: 'routineAbandoned' }
  | { type: 'settingsChanged' };

/** What the adapters must do; each is idempotent, so repeating one after a restart is harmless. */
export type Effect =
  | { type: 'setAlarm'; at: number }
  | { type: 'clearAlarm' }
  | { type: 'showPrompt'; canSnooze: boolean; snoozeMinutes: number }
  | { type: 'clearPrompt' }
  | { type: 'showHeadsUp'; at: number }
  | { type: 'clearHeadsUp' }
  | { type: 'openRoutine' }
  | { type: 'setBadge'; text: string; tone: 'normal' | 'alert' }
  | { type: 'appendHistory'; entries: HistoryEntry[] };

/** The world outside the state that a transition may look at. */
export interface Context {
  now: number;
  settings: Settings;
  /** The browser is in fullscreen right now. */
  fullscreen: boolean;
}

export interface Transition {
  state: ScheduleState;
  effects: Effect[];
}


const workMs = (s: Settings) => s.workMinutes * MINUTE;
const thresholdMs = (s: Settings) => s.naturalBreakMinutes * MINUTE;
const idleDetectionMs = IDLE_DETECTION_SECONDS * SECOND;

/** Starts a fresh cycle: the count restarts and the heads-up may show again. */
function freshCycle(state: ScheduleState, phase: Phase = { kind: 'working' }): ScheduleState {
  return { ...state, phase, activeMs: 0, headsUpShown: false };
}

/** A natural break restarts the count in any phase where a break was being waited for. */
function naturalBreak(state: ScheduleState, at: number, durationMs: number, log: HistoryEntry[]): ScheduleState {
  log.push({ kind: 'natural-break', at, durationMs });
  const keeps = state.phase.kind === 'paused' || state.phase.kind === 'outsideHours';
  return keeps ? { ...state, activeMs: 0, headsUpShown: false } : freshCycle(state);
}

/**
 * Brings the state up to `now` before an event is applied: counts active time, turns a
 * long silence into one natural break, and lets timed phases (pause, snooze, routine,
 * working hours) run out.
 */
function advance(state: ScheduleState, ctx: Context, log: HistoryEntry[]): ScheduleState {
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
  } else if (isCounting(s)) {
    s = { ...s, activeMs: s.activeMs + Math.max(0, now - s.countedAt) };
  }
  s = { ...s, countedAt: now, lastSeen: now };

  if (s.user !== 'active' && !s.idleBreakRecorded && now - s.userSince >= thresholdMs(settings)) {
    s = { ...naturalBreak(s, s.userSince, now - s.userSince, log), idleBreakRecorded: true };
  }
  const p = s.phase;
  if (p.kind === 'paused' && now >= p.until) s = freshCycle(s);
  if (p.kind === 'snoozed' && now >= p.until) s = { ...s, phase: { kind: 'due', since: now, snoozes: p.snoozes } };
  if (p.kind === 'onBreak' && now - p.startedAt >= BREAK_TIMEOUT_MS) {
    log.push({ kind: 'routine-abandoned', at: p.startedAt, durationMs: now - p.startedAt });
    s = freshCycle(s);
  }
  const inside = isWithinWorkingHours(settings.workingHours, now);
  if (!inside && s.phase.kind !== 'paused' && s.phase.kind !== 'outsideHours' && s.phase.kind !== 'onBreak') {
    s = freshCycle(s, { kind: 'outsideHours' });
  } else if (inside && s.phase.kind === 'outsideHours') {
    s = freshCycle(s);
  }
  return s;
}

function applyUserState(s: ScheduleState, to: UserState, ctx: Context, log: HistoryEntry[]): ScheduleState {
  if (to === s.user) return s;
  if (to === 'active') {
    const away = ctx.now - s.userSince;
    let out = s;
    if (!s.idleBreakRecorded && away >= thresholdMs(ctx.settings)) out = naturalBreak(s, s.userSince, away, log);
    return { ...out, user: 'active', userSince: ctx.now, idleBreakRecorded: false, countedAt: ctx.now };
  }
  if (s.user !== 'active') return { ...s, user: to }; // idle → locked: the same stretch away goes on
  if (to === 'locked') return { ...s, user: to, userSince: ctx.now, idleBreakRecorded: false };
  // Idle is reported only after the detection interval of silence: the stretch began then,
  // and the time already counted since is taken back. (Input ends an idle stretch, so
  // no cycle can have started inside that interval.)
  const activeMs = isCounting(s) ? Math.max(0, s.activeMs - idleDetectionMs) : s.activeMs;
  return { ...s, activeMs, user: to, userSince: ctx.now - idleDetectionMs, idleBreakRecorded: false };
}

function applyEvent(s: ScheduleState, event: ScheduleEvent, ctx: Context, log: HistoryEntry[]): ScheduleState {
  const { now, settings } = ctx;
  const p = s.phase;
  switch (event.type) {
    case 'startup':
      return event.user ? applyUserState(s, event.user, ctx, log) : s;
    case 'tick':
    case 'settingsChanged':
      return s;
    case 'idle':
      return applyUserState(s, event.state, ctx, log);
    case 'startBreak':
      return p.kind === 'onBreak' ? s : { ...s, phase: { kind: 'onBreak', startedAt: now } };
    case 'promptClosed':
      return p.kind === 'due' ? { ...s, phase: { ...p, dismissed: true } } : s;
    case 'snooze':
      if (p.kind !== 'due' || p.snoozes >= settings.maxSnoozes) return s;
      log.push({ kind: 'snoozed', at: now, durationMs: settings.snoozeMinutes * MINUTE });
      return { ...s, phase: { kind: 'snoozed', until: now + settings.snoozeMinutes * MINUTE, snoozes: p.snoozes + 1 } };
    case 'skip':
      if (p.kind !== 'due' && p.kind !== 'snoozed' && p.kind !== 'deferred') return s;
      log.push({ kind: 'skipped', at: now });
      return freshCycle(s);
    case 'pause':
      return event.until > now ? { ...s, phase: { kind: 'paused', until: event.until } } : s;
    case 'resume':
      return p.kind === 'paused' ? freshCycle(s) : s;
    case 'routineFinished':
    case 'routineAbandoned': {
      // Only a break under way can end; a page that reports late (after the break
      // timed out, or from a second window) must not record the break twice.
      if (p.kind !== 'onBreak') return s;
      const kind = event.type === 'routineFinished' ? 'routine-completed' : 'routine-abandoned';
      log.push({ kind, at: p.startedAt, durationMs: now - p.startedAt });
      return freshCycle(s);
    }
  }
}

/** Working time ran out: the prompt is due, or waits while the browser is fullscreen. */
function checkDue(s: ScheduleState, ctx: Context): ScheduleState {
  const held = ctx.fullscreen && ctx.settings.pauseInFullscreen;
  if (s.phase.kind === 'working' && s.activeMs >= workMs(ctx.settings)) {
    return { ...s, phase: held ? { kind: 'deferred', since: ctx.now } : { kind: 'due', since: ctx.now, snoozes: 0 } };
  }
  if (s.phase.kind === 'deferred' && !held) return { ...s, phase: { kind: 'due', since: ctx.now, snoozes: 0 } };
  return s;
}

/** The earliest moment the state needs looking at again, or null when only the user can move it. */
export function nextWake(s: ScheduleState, settings: Settings, now: number): number | null {
  const times: number[] = [];
  const p = s.phase;
  const left = remainingMs(s, settings);
  if (p.kind === 'working' && s.user === 'active') {
    times.push(now + left);
    if (settings.headsUpSeconds > 0 && !s.headsUpShown) times.push(now + left - settings.headsUpSeconds * SECOND);
    if (settings.badgeCountdown) times.push(now + (left % MINUTE || MINUTE)); // when the shown minute changes
  }
  if (isCounting(s)) times.push(s.lastSeen + thresholdMs(settings) - HEARTBEAT_MARGIN_MS);
  if (s.user !== 'active' && !s.idleBreakRecorded) times.push(s.userSince + thresholdMs(settings));
  if (p.kind === 'deferred') times.push(now + FULLSCREEN_RECHECK_MS);
  if (p.kind === 'snoozed' || p.kind === 'paused') times.push(p.until);
  if (p.kind === 'onBreak') times.push(p.startedAt + BREAK_TIMEOUT_MS);
  const hoursChange = nextWorkingHoursChange(settings.workingHours, now);
  if (hoursChange !== null) times.push(hoursChange);
  const future = times.map((t) => Math.max(t, now + 1));
  return future.length ? Math.min(...future) : null;
}

/** What the toolbar badge shows: minutes left while counting (if wanted), or a mark for the phase. */
export function badgeFor(s: ScheduleState, settings: Settings): { text: string; tone: 'normal' | 'alert' } {
  switch (s.phase.kind) {
    case 'due':
    case 'deferred':
      return { text: '!', tone: 'alert' };
    case 'snoozed':
      return { text: 'zz', tone: 'normal' };
    case 'paused':
      return { text: 'off', tone: 'normal' };
    case 'onBreak':
      return { text: 'go', tone: 'normal' };
    case 'outsideHours':
      return { text: '', tone: 'normal' };
    case 'working':
      return settings.badgeCountdown
        ? { text: String(Math.ceil(remainingMs(s, settings) / MINUTE)), tone: 'normal' }
        : { text: '', tone: 'normal' };
  }
}

function promptEffects(before: Phase, after: ScheduleState, event: ScheduleEvent, settings: Settings): Effect[] {
  const wasDue = before.kind === 'due';
  const isDue = after.phase.kind === 'due' && !after.phase.dismissed;
  if (isDue && (!wasDue || event.type === 'startup' || event.type === 'settingsChanged')) {
    const snoozes = after.phase.kind === 'due' ? after.phase.snoozes : 0;
    const canSnooze = snoozes < settings.maxSnoozes;
    const show: Effect[] = [];
    if (settings.promptStyle !== 'badge') show.push({ type: 'showPrompt', canSnooze, snoozeMinutes: settings.snoozeMinutes });
    else show.push({ type: 'clearPrompt' });
    // Open the routine only when the prompt first comes, never again on a worker restart.
    if (settings.promptStyle === 'notify-and-open' && !wasDue) show.push({ type: 'openRoutine' });
    return show;
  }
  if (!isDue && (wasDue || event.type === 'startup')) return [{ type: 'clearPrompt' }];
  return [];
}

/**
 * The schedule's one transition function: the state after `event` at `ctx.now`, and the
 * effects that make the browser match it. Pure: no clock, no browser.
 */
export function next(state: ScheduleState, event: ScheduleEvent, ctx: Context): Transition {
  const log: HistoryEntry[] = [];
  let s = advance(state, ctx, log);
  s = applyEvent(s, event, ctx, log);
  s = checkDue(s, ctx);

  const headsUpAt = workMs(ctx.settings) - ctx.settings.headsUpSeconds * SECOND;
  const effects: Effect[] = [];
  if (
    ctx.settings.headsUpSeconds > 0 &&
    !s.headsUpShown &&
    s.phase.kind === 'working' &&
    s.user === 'active' &&
    s.activeMs >= headsUpAt
  ) {
    s = { ...s, headsUpShown: true };
    if (ctx.settings.promptStyle !== 'badge') effects.push({ type: 'showHeadsUp', at: ctx.now + remainingMs(s, ctx.settings) });
  }
  const headsUpVisible = (x: ScheduleState) => x.headsUpShown && x.phase.kind === 'working';
  if (!headsUpVisible(s) && (headsUpVisible(state) || event.type === 'startup')) effects.push({ type: 'clearHeadsUp' });
  effects.push(...promptEffects(state.phase, s, event, ctx.settings));
  const wake = nextWake(s, ctx.settings, ctx.now);
  effects.push(wake === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: wake });
  effects.push({ type: 'setBadge', ...badgeFor(s, ctx.settings) });
  if (log.length) effects.push({ type: 'appendHistory', entries: log });
  return { state: s, effects };
}

