import type { HistoryEntry } from './history';
import {
  advance,
  BREAK_TIMEOUT_MS,
  checkDue,
  followWorkingHours,
  HOLD_RECHECK_MS,
  freshCycle,
  HEARTBEAT_MARGIN_MS,
  idleDetectionMs,
  naturalBreak,
  renudgeMs,
  thresholdMs,
  workMs,
  type Context,
} from './schedule-advance';
import { isCounting, remainingMs, type DayActive, type Phase, type ScheduleState, type UserState } from './schedule-state';
import type { Settings } from './settings';
import { MINUTE, SECOND } from './time';
import { nextWorkingHoursChange } from './working-hours';


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
  /**
   * The user starts the routine: from the prompt, the keyboard shortcut, or a page's button.
   * A page that asks shows the routine itself; for the others the core opens it.
   */
  | { type: 'startBreak'; from: 'prompt' | 'shortcut' | 'page' }
  /** The user closed the prompt without choosing: leave the break due, but don't show it again. */
  | { type: 'promptClosed' }
  | { type: 'snooze' }
  /** Put the break off until no tab plays sound (the call ends), however long that is. */
  | { type: 'snoozeUntilQuiet' }
  | { type: 'skip' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  /** The routine ran to its end: completed, or partial when steps were `skipped`. */
  | { type: 'routineFinished'; stepsDone?: readonly string[]; skipped?: readonly string[] }
  | { type: 'routineAbandoned' }
  | { type: 'settingsChanged' };

/** What the adapters must do; each is idempotent, so repeating one after a restart is harmless. */
export type Effect =
  | { type: 'setAlarm'; at: number }
  | { type: 'clearAlarm' }
  /** `again`: the prompt comes back after it was closed or left alone; shown anew even if it is still up. */
  | { type: 'showPrompt'; canSnooze: boolean; snoozeMinutes: number; again: boolean }
  | { type: 'clearPrompt' }
  | { type: 'showHeadsUp'; at: number }
  | { type: 'clearHeadsUp' }
  | { type: 'openRoutine' }
  /** The stronger prompt: the break window in front, centred, sized for the routine, with snooze and skip. */
  | { type: 'openBreakWindow' }
  | { type: 'setBadge'; text: string; tone: 'normal' | 'alert' };

export interface Transition {
  state: ScheduleState;
  effects: Effect[];
  /** What happened to breaks in this step, stored together with the state. */
  history: HistoryEntry[];
  /** Whole days of active screen time that counting has moved past, for the history. */
  activity: DayActive[];
  /**
   * The routine's stored progress, written together with the state: a break that begins
   * starts it (at `startedAt`), a break that ends clears it; null leaves it as it is.
   */
  routine: { startedAt: number } | 'end' | null;
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
  const takeBack = isCounting(s) ? idleDetectionMs : 0;
  const activeMs = Math.max(0, s.activeMs - takeBack);
  const today = { ...s.today, activeMs: Math.max(0, s.today.activeMs - takeBack) };
  return { ...s, activeMs, today, user: to, userSince: ctx.now - idleDetectionMs, idleBreakRecorded: false };
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
    case 'snoozeUntilQuiet':
      // Only while something plays: otherwise there is no call to wait for.
      if ((p.kind !== 'due' && p.kind !== 'snoozed') || !ctx.audible) return s;
      log.push({ kind: 'snoozed', at: now });
      return { ...s, phase: { kind: 'deferred', since: now, reason: 'audible', untilQuiet: true } };
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
      const entry = { at: p.startedAt, durationMs: now - p.startedAt };
      if (event.type === 'routineAbandoned') log.push({ kind: 'routine-abandoned', ...entry });
      else if (event.skipped?.length) log.push({ kind: 'routine-partial', ...entry, steps: [...(event.stepsDone ?? [])] });
      else log.push({ kind: 'routine-completed', ...entry });
      return freshCycle(s);
    }
  }
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
  if (p.kind === 'deferred') times.push(now + HOLD_RECHECK_MS);
  const again = renudgeMs(settings);
  if (p.kind === 'due' && !p.nudged && again !== null) times.push(p.since + again);
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
  const p = after.phase;
  const isDue = p.kind === 'due' && !p.dismissed;
  // The prompt comes back once, after the delay the user chose (see advance()).
  const again = p.kind === 'due' && p.nudged === true && !(before.kind === 'due' && before.nudged);
  if (isDue && (!wasDue || again || event.type === 'startup' || event.type === 'settingsChanged')) {
    const snoozes = p.kind === 'due' ? p.snoozes : 0;
    const canSnooze = snoozes < settings.maxSnoozes;
    const show: Effect[] = [];
    const style = settings.promptStyle;
    if (style === 'badge' || style === 'window') show.push({ type: 'clearPrompt' });
    else show.push({ type: 'showPrompt', canSnooze, snoozeMinutes: settings.snoozeMinutes, again });
    // Windows open when the prompt first comes (and when it comes back), never again on a worker restart.
    if (style === 'notify-and-open' && !wasDue) show.push({ type: 'openRoutine' });
    if (style === 'window' && (!wasDue || again)) show.push({ type: 'openBreakWindow' });
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
  const days: DayActive[] = [];
  let s = advance(state, ctx, log, days);
  s = followWorkingHours(applyEvent(s, event, ctx, log), ctx);
  s = checkDue(s, ctx);
  // A break that came due (or started waiting for fullscreen to end) is counted once.
  if (state.phase.kind === 'working' && (s.phase.kind === 'due' || s.phase.kind === 'deferred')) log.push({ kind: 'due', at: ctx.now });

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
  // Every start but a page's own opens the routine (a page that asked already shows it);
  // a second click on the prompt during the break brings the routine back to the front.
  if (event.type === 'startBreak' && event.from !== 'page' && s.phase.kind === 'onBreak') effects.push({ type: 'openRoutine' });
  const wake = nextWake(s, ctx.settings, ctx.now);
  effects.push(wake === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: wake });
  effects.push({ type: 'setBadge', ...badgeFor(s, ctx.settings) });
  const wasOnBreak = state.phase.kind === 'onBreak';
  const onBreak = s.phase.kind === 'onBreak';
  const routine = onBreak && !wasOnBreak && s.phase.kind === 'onBreak' ? { startedAt: s.phase.startedAt } : wasOnBreak && !onBreak ? 'end' : null;
  return { state: s, effects, history: log, activity: days, routine };
}

