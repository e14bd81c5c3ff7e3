import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { sendRequest } from '../adapters/messaging';
import { loadRoutineProgress, saveRoutineProgress, watchRoutineProgress } from '../adapters/routine-items';
import { DESK_ROUTINE, type Routine } from '../routine';
import {
  isPaused,
  markSeen,
  momentOf,
  pauseProgress,
  reopenProgress,
  resumeProgress,
  seekStep,
  startProgress,
  type RoutineProgress,
} from '../routine-progress';
import type { RoutineMoment } from '../routine-timer';

export interface RoutineStoreOptions {
  routine?: Routine;
  clock?: () => number;
  /** How often the player re-renders; every position is computed from `clock`, never counted. */
  tickMs?: number;
  /** How often a running routine notes in storage that it is still on screen. */
  seenEveryMs?: number;
  /** Where to listen for the page going away (pagehide), to pause the routine on the way out. */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

/** What the player shows: nothing under way, a routine, or the finish screen. */
export type RoutineView = 'idle' | 'running' | 'finished';

export interface RoutineStore {
  routine: Routine;
  progress: ReadonlySignal<RoutineProgress | null>;
  /** Where the routine stands now; null when none is under way. */
  moment: ReadonlySignal<RoutineMoment | null>;
  view: ReadonlySignal<RoutineView>;
  /** The routine came back from storage: the page offers to resume or start over. */
  reopened: ReadonlySignal<boolean>;
  /** When the routine last finished in this page. */
  finishedAt: ReadonlySignal<number | null>;
  ready: Promise<void>;
  /** Starts the routine from the first step and tells the background the break began. */
  start(): Promise<void>;
  /** Starts again from the first step (the break goes on). */
  restart(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  togglePause(): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  /** Stops before the end: the background records an abandoned routine. */
  abandon(): Promise<void>;
  /** Leaves the finish screen. */
  closeFinish(): void;
  dispose(): void;
}

/**
 * The routine under way, kept in storage so that a popup closed mid-routine loses
 * nothing. The interval only re-renders: positions come from timestamps (routine-timer),
 * so a fast-forwarded clock moves the routine exactly as real time would.
 */
export function createRoutineStore({
  routine = DESK_ROUTINE,
  clock = Date.now,
  tickMs = 250,
  seenEveryMs = 2000,
  win = globalThis.window ?? null,
}: RoutineStoreOptions = {}): RoutineStore {
  const progress = signal<RoutineProgress | null>(null);
  const now = signal(clock());
  const reopened = signal(false);
  const finishedAt = signal<number | null>(null);
  const moment = computed(() => (progress.value ? momentOf(routine, progress.value, now.value) : null));
  const view = computed<RoutineView>(() =>
    progress.value ? 'running' : finishedAt.value !== null ? 'finished' : 'idle',
  );
  let lastSeenWrite = 0;
  let finishing = false;

  async function commit(p: RoutineProgress | null): Promise<void> {
    batch(() => {
      progress.value = p;
      now.value = clock();
    });
    await saveRoutineProgress(p);
  }

  async function finish(): Promise<void> {
    if (finishing) return;
    finishing = true;
    try {
      batch(() => {
        finishedAt.value = clock();
        reopened.value = false;
      });
      await commit(null);
      await sendRequest({ type: 'routineFinished' });
    } finally {
      finishing = false;
    }
  }

  function tick(): void {
    now.value = clock();
    const p = progress.value;
    if (!p || isPaused(p)) return;
    if (moment.value?.finished) {
      void finish();
      return;
    }
    if (now.value - lastSeenWrite >= seenEveryMs) {
      lastSeenWrite = now.value;
      void commit(markSeen(p, now.value));
    }
  }

  async function update(change: (p: RoutineProgress, at: number) => RoutineProgress): Promise<void> {
    const p = progress.value;
    if (!p) return;
    reopened.value = false;
    await commit(change(p, clock()));
  }

  const disposers: (() => void)[] = [
    watchRoutineProgress((p) => {
      // Another page (the break window, a second popup) moved or ended the routine.
      if (!finishing) progress.value = p;
    }),
  ];
  const timer = setInterval(tick, tickMs);
  disposers.push(() => clearInterval(timer));
  const onHide = () => {
    // Best effort: a closing page may not finish the write; reopening then pauses from `seenAt`.
    const p = progress.value;
    if (p && !isPaused(p)) void saveRoutineProgress(pauseProgress(p, clock()));
  };
  win?.addEventListener('pagehide', onHide);
  disposers.push(() => win?.removeEventListener('pagehide', onHide));

  const ready = loadRoutineProgress().then(async (stored) => {
    if (!stored) return;
    const back = reopenProgress(stored, clock());
    if (!back) {
      await saveRoutineProgress(null); // stale: the background already counted it as abandoned
      return;
    }
    reopened.value = true;
    await commit(back);
    if (moment.value?.finished) await finish();
  });

  /** Starts from the first step; a restart keeps the original start time for the record. */
  async function begin(beganAt?: number): Promise<void> {
    batch(() => {
      finishedAt.value = null;
      reopened.value = false;
    });
    const at = clock();
    lastSeenWrite = at;
    await commit({ ...startProgress(routine.id, at), beganAt: beganAt ?? at });
    await sendRequest({ type: 'startNow' });
  }

  return {
    routine,
    progress,
    moment,
    view,
    reopened,
    finishedAt,
    ready,
    start: () => begin(),
    restart: () => begin(progress.value?.beganAt),
    pause: () => update(pauseProgress),
    resume: () => update(resumeProgress),
    togglePause: () => update((p, at) => (isPaused(p) ? resumeProgress(p, at) : pauseProgress(p, at))),
    next: () => update((p, at) => seekStep(routine, p, momentOf(routine, p, at).stepIndex + 1, at)),
    previous: () => update((p, at) => seekStep(routine, p, momentOf(routine, p, at).stepIndex - 1, at)),
    async abandon() {
      reopened.value = false;
      await commit(null);
      await sendRequest({ type: 'routineAbandoned' });
    },
    closeFinish() {
      finishedAt.value = null;
    },
    dispose: () => disposers.forEach((d) => d()),
  };
}
