import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { completeProgrammeSession, readProgramme, repeatProgrammeWeek, startProgrammeOn, watchProgramme } from '../adapters/programme-item';
import { t } from '../adapters/i18n';
import { messageOf } from '../errors';
import type { MessageKey } from '../i18n';
import { programmeStatus, type ProgrammePlan, type ProgrammeStatus } from '../programme';
import { sessionPlan, type SessionPlan } from '../programme-plan';

/** The last thing the programme section did, for its live region; `id` changes so a repeat is announced again. */
export interface ProgrammeMessage {
  kind: 'saved' | 'error';
  text: string;
  id: number;
}

export interface ProgrammeStore {
  /** False until storage has been read once. */
  loaded: ReadonlySignal<boolean>;
  ready: Promise<void>;
  /** The stored programme; null when none has been started (or storage holds a newer version's). */
  plan: ReadonlySignal<ProgrammePlan | null>;
  /** Storage holds a programme written by a newer Midbreak: shown, never overwritten. */
  newer: ReadonlySignal<boolean>;
  /** Where the programme stands today; null when none has been started. */
  status: ReadonlySignal<ProgrammeStatus | null>;
  /** Today's session (or its second round, when the store is for that), while the programme runs. */
  session: ReadonlySignal<SessionPlan | null>;
  message: ReadonlySignal<ProgrammeMessage | null>;
  /** Starts the programme today. */
  start(): Promise<boolean>;
  /** "Repeat this week". */
  repeat(): Promise<boolean>;
  /** Records today's session as done. */
  complete(): Promise<boolean>;
  dispose(): void;
}

/**
 * The 8-week programme as a page sees it (the Progress page, the session page, the popup):
 * the stored plan, watched, and where it stands on `today` (a day key the page's own clock
 * follows). `round` 2 makes `session` the day's second round (lib/programme-plan.ts).
 */
export function createProgrammeStore({
  clock = Date.now,
  today,
  round = 1,
}: {
  clock?: () => number;
  today: ReadonlySignal<string>;
  round?: 1 | 2;
}): ProgrammeStore {
  const plan = signal<ProgrammePlan | null>(null);
  const newer = signal(false);
  const loaded = signal(false);
  const message = signal<ProgrammeMessage | null>(null);
  let messageId = 0;
  let disposed = false;
  const stop = watchProgramme((read) => {
    if (disposed) return;
    plan.value = read.plan;
    newer.value = read.newer;
  }, clock);
  const ready = readProgramme(clock()).then((read) => {
    if (disposed) return;
    plan.value = read.plan;
    newer.value = read.newer;
    loaded.value = true;
  });
  const status = computed(() => (plan.value ? programmeStatus(plan.value, today.value) : null));
  const session = computed(() => {
    const s = status.value;
    return s?.kind === 'running' ? sessionPlan(s.phase, round) : null;
  });

  async function write(change: (day: string, now: number) => Promise<ProgrammePlan | null>, saved: MessageKey | null): Promise<boolean> {
    try {
      const next = await change(today.value, clock());
      if (!disposed) plan.value = next;
      if (saved) message.value = { kind: 'saved', text: t(saved), id: ++messageId };
      return true;
    } catch (e) {
      message.value = { kind: 'error', text: t('programme.saveFailed', { reason: messageOf(e) }), id: ++messageId };
      return false;
    }
  }

  return {
    loaded,
    ready,
    plan,
    newer,
    status,
    session,
    message,
    start: () => write(startProgrammeOn, 'programme.started'),
    repeat: () => write(repeatProgrammeWeek, 'programme.repeatSaved'),
    complete: () => write(completeProgrammeSession, null),
    dispose() {
      disposed = true;
      stop();
    },
  };
}
