import { browser } from 'wxt/browser';
import { onScheduleAlarm } from '../adapters/alarms';
import { t } from '../adapters/i18n';
import { onUserStateChanged, queryUserState } from '../adapters/idle';
import { onPromptAction, onPromptClosed, showSamplePrompt } from '../adapters/notifications';
import { onFirstInstall, openPage, WELCOME_PAGE } from '../adapters/pages';
import { openBreakWindow } from '../adapters/windows';
import { loadSettings, watchSettings } from '../adapters/settings-item';
import { loadSchedule } from '../adapters/schedule-item';
import { loadSafetyNoteSeen } from '../adapters/safety-items';
import { parseRequest, type Reply, type Request } from '../messages';
import { pauseUntil } from '../pause';
import type { ScheduleEvent } from '../schedule';
import type { ScheduleState } from '../schedule-state';
import type { Settings } from '../settings-fields';
import { statusOf } from '../status';
import { createEngine, type Engine } from './engine';

function eventFor(request: Exclude<Request, { type: 'status' | 'tryPrompt' | 'openWindow' }>, now: number): ScheduleEvent {
  switch (request.type) {
    case 'startNow':
      return { type: 'startBreak', from: 'page' };
    case 'pause':
      return { type: 'pause', until: pauseUntil(request.option, now) };
    case 'snooze':
    case 'snoozeUntilQuiet':
    case 'skip':
    case 'resume':
    case 'routineAbandoned':
      return { type: request.type };
    case 'routineFinished':
      return { type: 'routineFinished', stepsDone: request.stepsDone, skipped: request.skipped };
  }
}

/** Answers one message from a page. */
export async function handleRequest(engine: Engine, raw: unknown, clock: () => number): Promise<Reply> {
  const request = parseRequest(raw);
  if (!request) return { ok: false, error: t('status.unknownRequest') };
  if (request.type === 'tryPrompt' || request.type === 'openWindow') {
    // A sample prompt (apart from the schedule: nothing is recorded), or a routine moving
    // from the popup: either way the break window, and the schedule as it is.
    if (request.type === 'tryPrompt') await showSamplePrompt();
    await openBreakWindow();
  }
  if (request.type === 'status' || request.type === 'tryPrompt' || request.type === 'openWindow') {
    // A query changes nothing and waits for nothing: storage is the truth, and the status
    // is derived from it at `now`, so it is as current as a fresh engine step would make
    // it. (Not waiting for the start-up reconcile lets a woken worker answer at once.)
    const now = clock();
    const [state, settings, noteSeen] = await Promise.all([loadSchedule(now), loadSettings(), loadSafetyNoteSeen()]);
    return replyOf(state, settings, now, noteSeen);
  }
  const [{ state, settings }, noteSeen] = await Promise.all([engine.dispatch(eventFor(request, clock())), loadSafetyNoteSeen()]);
  return replyOf(state, settings, clock(), noteSeen);
}

function replyOf(state: ScheduleState, settings: Settings, now: number, noteSeen: boolean): Reply {
  const status = statusOf(state, settings, now);
  return { ok: true, phase: status.phase, status, noteSeen };
}

/**
 * Connects browser events to the engine. Listeners are added synchronously, as MV3
 * requires for events to wake a stopped worker. Returns a disposer (used by tests).
 */
export function startBackground(clock: () => number = Date.now): { engine: Engine; dispose: () => void } {
  const engine = createEngine(clock);
  const disposers: (() => void)[] = [];

  disposers.push(onScheduleAlarm(() => void engine.dispatch({ type: 'tick' })));
  disposers.push(onUserStateChanged((state) => void engine.dispatch({ type: 'idle', state })));
  disposers.push(watchSettings(() => void engine.dispatch({ type: 'settingsChanged' })));
  disposers.push(
    onPromptAction(
      (action) => {
        void engine.dispatch(action === 'start' ? { type: 'startBreak', from: 'prompt' } : { type: action });
      },
      async () => {
        const now = clock();
        const [state, settings] = await Promise.all([loadSchedule(now), loadSettings()]);
        return statusOf(state, settings, now).canSnooze;
      },
    ),
  );

  disposers.push(onPromptClosed(() => void engine.dispatch({ type: 'promptClosed' })));
  // A new user starts on the welcome page: what Midbreak does, the safety note, three choices.
  disposers.push(onFirstInstall(() => void openPage(WELCOME_PAGE)));

  const onMessage = (message: unknown) => handleRequest(engine, message, clock);
  browser.runtime.onMessage.addListener(onMessage);
  disposers.push(() => browser.runtime.onMessage.removeListener(onMessage));

  const onCommand = (command: string) => {
    if (command === 'start-routine') void engine.dispatch({ type: 'startBreak', from: 'shortcut' });
  };
  browser.commands?.onCommand.addListener(onCommand);
  disposers.push(() => browser.commands?.onCommand.removeListener(onCommand));

  // Every start (browser start, update, or a worker woken after Chrome stopped it)
  // reconciles the browser with storage: alarm, badge and prompt are set anew.
  // The idle API reports changes only: one made while no worker ran (a browser restart
  // after a lock) would leave the stored user state stale, so the start reads it.
  void engine.dispatch(
    queryUserState().then(
      (user): ScheduleEvent => ({ type: 'startup', user }),
      (): ScheduleEvent => ({ type: 'startup' }),
    ),
  );

  return { engine, dispose: () => disposers.forEach((d) => d()) };
}
