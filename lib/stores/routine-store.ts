import { messageOf } from '../errors';
import { t } from '../adapters/i18n';
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { sendRequest } from '../adapters/messaging';
import { loadSettings, watchSettings } from '../adapters/settings-item';
import { updateSettings } from '../adapters/settings-write';
import { defaultSettings, type Settings } from '../settings-parse';
import {
  loadRoutineProgress,
  loadRoutineSeen,
  saveRoutineProgress,
  saveRoutineSeen,
  watchRoutineProgress,
  watchRoutineSeen,
} from '../adapters/routine-items';
import { DESK_ROUTINE, type Routine } from '../routine';
import { readCustomRoutines, watchCustomRoutines } from '../adapters/custom-routines-item';
import { loadHistory } from '../adapters/storage-items';
import { routinesRecorded } from '../history';
import { DEFAULT_BREAK_CHOICE, isBreakChoice, routineById, routineForBreak, toRoutine, droppedPhrase, type BreakChoice, type StoredCustomRoutine } from '../custom-routine';
import type { Phrase } from '../phrase';
import {
  isPaused,
  momentOf,
  openProgress,
  pauseProgress,
  resumeProgress,
  SEEN_EVERY_MS,
  SHOWN_WITHIN_MS,
  seekStep,
  startProgress,
  stepsDone,
  type RoutineProgress,
} from '../routine-progress';
import type { RoutineMoment } from '../routine-timer';

export interface RoutineStoreOptions {
  routine?: Routine;
  clock?: () => number;
  /** How often the player re-renders; every position is computed from `clock`, never counted. */
  tickMs?: number;
}

/** What the player shows: nothing under way, a routine, or the finish screen. */
export type RoutineView = 'idle' | 'running' | 'finished';

export interface RoutineStore {
  /**
   * The routine the page shows: the one the stored progress names (the desk, the standing
   * or one of the user's own), the desk routine when none is under way or it can't be
   * played; read in a render, it follows every change.
   */
  readonly routine: Routine;
  /** The user's own routine's name while one plays (the title says it); null for the others. */
  readonly routineName: string | null;
  /**
   * What a break started now offers, as the intro lists it: the chosen routine (the desk
   * routine in place of one of the user's own that is gone), with its own name for one of
   * theirs; null when breaks take turns (the page that starts the break picks by the breaks taken so far).
   */
  readonly offered: { routine: Routine; name: string | null } | null;
  /** What to tell the user about the routine that plays: movements left out, or why the desk routine plays instead; null: nothing. */
  readonly notice: Phrase | null;
  progress: ReadonlySignal<RoutineProgress | null>;
  /** Where the routine stands now; null when none is under way. */
  moment: ReadonlySignal<RoutineMoment | null>;
  view: ReadonlySignal<RoutineView>;
  /** The routine came back from storage: the page offers to resume or start over. */
  reopened: ReadonlySignal<boolean>;
  /** When the routine last finished in this page. */
  finishedAt: ReadonlySignal<number | null>;
  ready: Promise<void>;
  /**
   * Starts the break: the background owns it and stores the routine, which this page (and
   * any other open one) then shows from its first step.
   */
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
  /**
   * Opens the break window and resolves once it shows the routine (or after a few seconds),
   * so that the page can close without pausing it: the routine runs on in the window.
   */
  moveToWindow(): Promise<void>;
  /** The settings the player follows (step sound, spoken cues), kept current. */
  settings: ReadonlySignal<Settings>;
  /** Turns the step sound on or off, through the one write path for settings. */
  setStepSound(on: boolean): Promise<void>;
  /** Why the last step-sound change was not saved; null when it was. */
  soundError: ReadonlySignal<string | null>;
  /**
   * The page is going away (pagehide): the last page showing a running routine pauses it,
   * so reopening offers to carry on; while another page shows it, it runs on there.
   */
  leave(): void;
  dispose(): void;
}

/**
 * The routine under way, kept in storage so that a closed popup loses nothing and every
 * open page shows it in step. The interval only re-renders: positions come from timestamps
 * (routine-timer), so a fast-forwarded clock moves the routine exactly as real time would.
 * While it runs, the page notes every few seconds that it still shows it; a page that opens
 * joins a routine shown elsewhere, and only one that no page has shown for a while comes
 * back paused (the last page closed), offering to carry on.
 */
export function createRoutineStore({
  routine = DESK_ROUTINE,
  clock = Date.now,
  tickMs = 250,
}: RoutineStoreOptions = {}): RoutineStore {
  const progress = signal<RoutineProgress | null>(null);
  const now = signal(clock());
  // The user's own routines (for a break that plays one) and the routine chosen for breaks.
  const customList = signal<StoredCustomRoutine[]>([]);
  const breakChoice = signal<BreakChoice>(DEFAULT_BREAK_CHOICE);
  /** The routine the progress names; the desk routine before any, or when it can't be played. */
  function routineOf(id: string | undefined): Routine {
    if (id === undefined || id === routine.id) return routine;
    return routineById(id, customList.value) ?? routine;
  }
  const current = computed(() => routineOf(progress.value?.routineId));
  const custom = computed(() => customList.value.find((r) => r.id === current.value.id) ?? null);
  const notice = computed<Phrase | null>(() => {
    const c = custom.value;
    if (c) return droppedPhrase(toRoutine(c).dropped);
    // The desk routine plays while one of the user's own was chosen: it was deleted, or has nothing to play here.
    const choice = breakChoice.value;
    if (progress.value && current.value.id === routine.id && isBreakChoice(choice) && choice.startsWith('custom-')) {
      return routineForBreak(choice, customList.value, 0).notice;
    }
    return null;
  });
  const reopened = signal(false);
  const finishedAt = signal<number | null>(null);
  const offered = computed(() => {
    const choice = breakChoice.value;
    if (!isBreakChoice(choice) || choice === 'rotation') return choice === 'rotation' ? null : { routine, name: null };
    const picked = routineForBreak(choice, customList.value, 0).routine;
    return { routine: picked, name: customList.value.find((r) => r.id === picked.id)?.name ?? null };
  });
  const moment = computed(() => (progress.value ? momentOf(current.value, progress.value, now.value) : null));
  const view = computed<RoutineView>(() =>
    progress.value ? 'running' : finishedAt.value !== null ? 'finished' : 'idle',
  );
  const soundError = signal<string | null>(null);
  const settings = signal<Settings>(defaultSettings());
  let lastSeenWrite = 0;
  /** When another page last said it shows the running routine. */
  let otherSeenAt = 0;
  const pageId = Math.random().toString(36).slice(2);
  let finishing = false;
  let loaded = false;

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
    const p = progress.value;
    const playing = current.value;
    const done = p ? stepsDone(playing, p, clock()) : playing.steps.map((s) => s.id);
    const skipped = playing.steps.map((s) => s.id).filter((id) => !done.includes(id));
    try {
      batch(() => {
        finishedAt.value = clock();
        reopened.value = false;
      });
      await commit(null);
      await sendRequest({ type: 'routineFinished', stepsDone: done, skipped });
    } finally {
      finishing = false;
    }
  }

  /** Notes that this page shows the running routine now (at most every SEEN_EVERY_MS unless `force`). */
  function noteSeen(force = false): void {
    const p = progress.value;
    const at = clock();
    if (!p || isPaused(p) || (!force && at - lastSeenWrite < SEEN_EVERY_MS)) return;
    lastSeenWrite = at;
    void saveRoutineSeen(at, pageId);
  }

  function tick(): void {
    now.value = clock();
    // Until the user's own routines are read, a routine of theirs would be timed as the desk routine.
    if (!loaded) return;
    const p = progress.value;
    if (!p || isPaused(p)) return;
    if (moment.value?.finished) {
      void finish();
      return;
    }
    noteSeen();
  }

  async function update(change: (p: RoutineProgress, at: number) => RoutineProgress): Promise<void> {
    const p = progress.value;
    if (!p) return;
    reopened.value = false;
    await commit(change(p, clock()));
  }

  /**
   * The routine a break the background just started plays. The background stores every
   * break's routine as the desk routine, pending; the page that first shows it resolves the
   * routine chosen for breaks (in turn: by the breaks with a routine the history records),
   * reading both afresh, so pages that open together reach the same routine, and stores it
   * with the start. Once stored, every page plays that id.
   */
  async function resolve(p: RoutineProgress): Promise<RoutineProgress> {
    const { choice, routines } = await readCustomRoutines();
    const turn = choice === 'rotation' ? routinesRecorded(await loadHistory(clock())) : 0;
    return { ...p, routineId: routineForBreak(choice, routines, turn).routine.id };
  }

  /** The pending break this page is starting (each is resolved and started once here). */
  let starting: { beganAt: number; run: Promise<void> } | null = null;

  /** A routine the background just started waits for a page to show it: its routine is resolved, and its clock starts here and now. */
  function startPending(p: RoutineProgress): Promise<void> {
    if (starting?.beganAt === p.beganAt) return starting.run;
    const run = (async () => {
      const resolved = await resolve(p);
      // Another page started it meanwhile (with the same routine): this one joins it as it is.
      const shown = progress.value;
      if (shown && !shown.pending && shown.beganAt === p.beganAt) return;
      await commit(resumeProgress(resolved, clock()));
      noteSeen(true);
    })();
    starting = { beganAt: p.beganAt, run };
    return run;
  }

  async function show(p: RoutineProgress | null): Promise<void> {
    if (p?.pending) return startPending(p);
    const before = progress.value;
    progress.value = p;
    // The routine ended in another page: this one shows the finish screen too.
    if (!p && before && momentOf(routineOf(before.routineId), before, clock()).finished) finishedAt.value = clock();
  }

  const disposers: (() => void)[] = [
    watchRoutineProgress((p) => {
      // Another page (the break window, a second popup) or the background moved, started or ended the routine.
      if (!finishing) void show(p);
    }, clock),
    watchSettings((s) => (settings.value = s)),
    watchCustomRoutines((read) =>
      batch(() => {
        customList.value = read.routines;
        breakChoice.value = read.choice;
      }),
    ),
  ];
  const timer = setInterval(tick, tickMs);
  disposers.push(() => clearInterval(timer));
  disposers.push(
    watchRoutineSeen((seen) => {
      if (seen.by !== pageId) otherSeenAt = Math.max(otherSeenAt, seen.at);
    }, clock),
  );
  // Best effort on the way out: should the write not finish, a page that opens later finds
  // no page has shown the routine lately and pauses it where it was last seen.
  function leave(): void {
    const p = progress.value;
    if (!p || isPaused(p)) return;
    if (clock() - otherSeenAt <= SHOWN_WITHIN_MS) noteSeen(true);
    else void saveRoutineProgress(pauseProgress(p, clock()));
  }

  const ready = Promise.all([loadRoutineProgress(clock()), loadRoutineSeen(clock()), loadSettings(), readCustomRoutines()]).then(async ([stored, seen, set, custom]) => {
    batch(() => {
      settings.value = set;
      breakChoice.value = custom.choice;
      customList.value = custom.routines;
    });
    loaded = true;
    if (seen && seen.by !== pageId) otherSeenAt = Math.max(otherSeenAt, seen.at);
    if (!stored) return;
    if (stored.pending) {
      await startPending(stored);
      now.value = clock();
      if (moment.value?.finished) await finish();
      return;
    }
    const opened = openProgress(stored, seen?.at ?? 0, clock());
    if (!opened) {
      await saveRoutineProgress(null); // stale: the background already counted it as abandoned
      return;
    }
    reopened.value = opened.reopened;
    if (opened.joined) progress.value = opened.progress;
    else await commit(opened.progress);
    now.value = clock();
    noteSeen(true);
    if (moment.value?.finished) await finish();
  });

  async function start(): Promise<void> {
    batch(() => {
      finishedAt.value = null;
      reopened.value = false;
    });
    const reply = await sendRequest({ type: 'startNow' });
    if (!reply.ok) return;
    // The background stored the routine with the break (the watcher may have shown it already).
    if (!progress.value || progress.value.pending) await show(await loadRoutineProgress(clock()));
  }

  /** Starts again from the first step, keeping the original start time for the record (the break goes on). */
  async function restart(): Promise<void> {
    const beganAt = progress.value?.beganAt;
    batch(() => {
      finishedAt.value = null;
      reopened.value = false;
    });
    const at = clock();
    await commit({ ...startProgress(current.value.id, at), beganAt: beganAt ?? at });
    noteSeen(true);
  }

  return {
    get routine() {
      return current.value;
    },
    get routineName() {
      return custom.value?.name ?? null;
    },
    get notice() {
      return notice.value;
    },
    get offered() {
      return offered.value;
    },
    progress,
    moment,
    view,
    reopened,
    finishedAt,
    ready,
    start,
    restart,
    pause: () => update(pauseProgress),
    resume: () => update(resumeProgress),
    togglePause: () => update((p, at) => (isPaused(p) ? resumeProgress(p, at) : pauseProgress(p, at))),
    next: () => update((p, at) => seekStep(current.value, p, momentOf(current.value, p, at).stepIndex + 1, at)),
    previous: () => update((p, at) => seekStep(current.value, p, momentOf(current.value, p, at).stepIndex - 1, at)),
    async abandon() {
      reopened.value = false;
      await commit(null);
      await sendRequest({ type: 'routineAbandoned' });
    },
    closeFinish() {
      finishedAt.value = null;
    },
    soundError,
    settings,
    async setStepSound(on) {
      try {
        // Only this field changes, against the latest stored settings; every page follows the change.
        await updateSettings((current) => ({ ...current, stepSound: on }));
        soundError.value = null;
      } catch (e) {
        soundError.value = t('routine.saveFailed', { reason: messageOf(e) });
      }
    },
    leave,
    async moveToWindow() {
      const asked = clock();
      const reply = await sendRequest({ type: 'openWindow' });
      if (!reply.ok) return;
      // The window notes that it shows the routine as soon as it has it; until then this
      // page must not go (its leaving would pause the routine for a page that has not come).
      for (let i = 0; i < 60 && otherSeenAt < asked; i++) await new Promise((r) => setTimeout(r, 50));
    },
    dispose: () => disposers.forEach((d) => d()),
  };
}
