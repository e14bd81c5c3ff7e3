import { signal, type ReadonlySignal } from '@preact/signals';
import { t } from '../adapters/i18n';
import { sendRequest } from '../adapters/messaging';
import { defineItem } from '../adapters/storage-item';
import { SAFETY_NOTE_KEY, SCHEDULE_KEY, SETTINGS_KEY } from '../adapters/storage-keys';
import { anyTabAudible } from '../adapters/tabs';
import type { MessageKey } from '../i18n';
import type { Reply, Request } from '../messages';
import type { PauseOption } from '../pause';
import type { Status } from '../status';

export interface ScheduleStoreOptions {
  clock?: () => number;
  /** How often the live countdown re-renders; the time itself always comes from `clock`. */
  tickMs?: number;
}

export interface ScheduleStore {
  /** The schedule as the worker last reported it; null until it has answered. */
  status: ReadonlySignal<Status | null>;
  now: ReadonlySignal<number>;
  /** Whether the first-run safety note was dismissed, as the worker last reported it; null until it has answered. */
  noteSeen: ReadonlySignal<boolean | null>;
  /** The last action that failed (or the status that could not be read), for the page to show; cleared by the next success. */
  error: ReadonlySignal<string | null>;
  /** Resolves once the worker has answered the first status request (or failed to). */
  ready: Promise<void>;
  /** A tab plays sound (a call): the page may offer to wait until it ends. Checked as the page opens and after each action. */
  audible: ReadonlySignal<boolean>;
  /** Asks the worker for the status again (after a failure, the page's "Try again"). */
  refresh(): Promise<boolean>;
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
 * A page's view of the schedule, as the worker computes it. The worker owns the time model
 * (lib/schedule-advance.ts) and answers every request with the status at that moment; the
 * page asks once as it opens and again whenever the stored schedule, settings or safety note change,
 * and only lets the countdown run between answers: `Status` holds absolute times
 * (`nextBreakAt`, `until`), so the page needs `now` and nothing else. The page thus loads
 * none of the parsers, migrations or the time model (issue 13: the popup's first load), and
 * a popup opened after the computer slept shows what the worker, woken by the request, has
 * just worked out.
 */
export function createScheduleStore({ clock = Date.now, tickMs = 1000 }: ScheduleStoreOptions = {}): ScheduleStore {
  const status = signal<Status | null>(null);
  const now = signal(clock());
  const error = signal<string | null>(null);
  const audible = signal(false);
  const noteSeen = signal<boolean | null>(null);
  const checkAudible = () => anyTabAudible().then((a) => (audible.value = a));
  void checkAudible();

  // Replies may overtake one another (a storage change's status request, an action's
  // reply): only the answer to the latest request sent is shown.
  let sent = 0;
  let shown = 0;
  // `failure` says what could not be done, with the reason as its `{error}`.
  async function ask(request: Request, failure: MessageKey): Promise<Reply> {
    const id = ++sent;
    const reply = await sendRequest(request);
    if (id > shown) {
      shown = id;
      if (reply.ok) {
        status.value = reply.status;
        noteSeen.value = reply.noteSeen;
      }
      error.value = reply.ok ? null : t(failure, { error: reply.error });
    } else if (!reply.ok) {
      error.value = t(failure, { error: reply.error });
    }
    now.value = clock();
    return reply;
  }
  const refresh = () => ask({ type: 'status' }, 'status.couldNotRead').then((r) => r.ok);

  const onStored = () => void refresh();
  const disposers = [SCHEDULE_KEY, SETTINGS_KEY, SAFETY_NOTE_KEY].map((key) => defineItem(key).watch(onStored));
  const timer = setInterval(() => (now.value = clock()), tickMs);
  disposers.push(() => clearInterval(timer));

  const ready = refresh().then(() => undefined);

  async function send(request: Request): Promise<boolean> {
    const reply = await ask(request, 'status.couldNotDo');
    void checkAudible();
    return reply.ok;
  }

  return {
    status,
    now,
    noteSeen,
    error,
    ready,
    audible,
    refresh,
    startNow: () => send({ type: 'startNow' }),
    snooze: () => send({ type: 'snooze' }),
    snoozeUntilQuiet: () => send({ type: 'snoozeUntilQuiet' }),
    skip: () => send({ type: 'skip' }),
    pause: (option) => send({ type: 'pause', option }),
    resume: () => send({ type: 'resume' }),
    dispose: () => disposers.forEach((d) => d()),
  };
}
