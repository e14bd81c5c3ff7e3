import { signal, computed, type ReadonlySignal } from '@preact/signals';
import { sendRequest } from '../adapters/messaging';
import { anyTabAudible } from '../adapters/tabs';
import { loadSettings, watchSettings } from '../adapters/settings-item';
import { loadSchedule, watchSchedule } from '../adapters/schedule-item';
import type { Request } from '../messages';
import type { PauseOption } from '../pause';
import type { ScheduleState } from '../schedule-state';
import { defaultSettings, type Settings } from '../settings-parse';
import { statusOf, type Status } from '../status';

export interface ScheduleStoreOptions {
  clock?: () => number;
  /** How often the live countdown re-renders; the time itself always comes from `clock`. */
  tickMs?: number;
}

export interface ScheduleStore {
  /** The schedule as it stands now; null until storage has been read. */
  status: ReadonlySignal<Status | null>;
  settings: ReadonlySignal<Settings>;
  now: ReadonlySignal<number>;
  /** The last action that failed, for the page to show; cleared by the next action. */
  error: ReadonlySignal<string | null>;
  /** Resolves once storage has been read. */
  ready: Promise<void>;
  /** A tab plays sound (a call): the page may offer to wait until it ends. Checked as the page opens and after each action. */
  audible: ReadonlySignal<boolean>;
  startNow(): Promise<boolean>;
  snooze(): Promise<boolean>;
  /** Puts the break off until no tab plays sound. */
  snoozeUntilQuiet(): Promise<boolean>;
  skip(): Promise<boolean>;
  pause(option: PauseOption): Promise<boolean>;
  resume(): Promise<boolean>;
  dispose(): void;
}

/**
 * The popup's view of the schedule: stored state and settings, watched for changes, with
 * the status derived again every tick so the countdown runs while the popup is open.
 * Actions are typed requests to the background, which owns the state.
 */
export function createScheduleStore({ clock = Date.now, tickMs = 1000 }: ScheduleStoreOptions = {}): ScheduleStore {
  const state = signal<ScheduleState | null>(null);
  const settings = signal<Settings>(defaultSettings());
  const now = signal(clock());
  const error = signal<string | null>(null);
  const audible = signal(false);
  const checkAudible = () => anyTabAudible().then((a) => (audible.value = a));
  void checkAudible();
  const status = computed(() => (state.value ? statusOf(state.value, settings.value, now.value) : null));

  const disposers = [
    watchSchedule((s) => (state.value = s), clock),
    watchSettings((s) => (settings.value = s)),
  ];
  const timer = setInterval(() => (now.value = clock()), tickMs);
  disposers.push(() => clearInterval(timer));

  const ready = Promise.all([loadSchedule(clock()), loadSettings()]).then(([s, set]) => {
    // A watcher may already have delivered something newer.
    state.value ??= s;
    settings.value = set;
    now.value = clock();
  });
  // Ask the background to bring the stored state up to date (it may have slept); the
  // watcher picks up whatever it writes. Nothing to show if it is not there.
  void sendRequest({ type: 'status' });

  async function send(request: Request): Promise<boolean> {
    error.value = null;
    const reply = await sendRequest(request);
    if (!reply.ok) error.value = `Midbreak could not do that: ${reply.error}`;
    now.value = clock();
    void checkAudible();
    return reply.ok;
  }

  return {
    status,
    settings,
    now,
    error,
    ready,
    audible,
    startNow: () => send({ type: 'startNow' }),
    snooze: () => send({ type: 'snooze' }),
    snoozeUntilQuiet: () => send({ type: 'snoozeUntilQuiet' }),
    skip: () => send({ type: 'skip' }),
    pause: (option) => send({ type: 'pause', option }),
    resume: () => send({ type: 'resume' }),
    dispose: () => disposers.forEach((d) => d()),
  };
}
