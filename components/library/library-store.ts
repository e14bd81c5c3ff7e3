import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { MOVEMENTS, movementsWhere, NEEDS, WHERES, type Movement, type MovementId, type Needs, type Where } from '../../lib/movements';
import { elapsedMs, startClock, togglePause, tryAt, tryPlan, type TryClock, type TryMoment, type TryPlan } from './try-clock';

// The library page's state: the filter (kept in the address, so a link opens it filtered),
// the movements it lets through, one clock for the whole page (the pictures' gentle motion
// and "try it"), and the one movement being tried. It stores nothing: a try is not a break.

export type WhereChoice = Where | 'all';
export type NeedsChoice = Needs | 'all';

/** The page's filter; 'all' lets everything through. */
export interface LibraryFilter {
  where: WhereChoice;
  needs: NeedsChoice;
}

/** The filter a page address asks for (`?where=floor&needs=band`); anything unknown is 'all'. */
export function parseFilter(search: string): LibraryFilter {
  const params = new URLSearchParams(search);
  const where = params.get('where');
  const needs = params.get('needs');
  return {
    where: WHERES.includes(where as Where) ? (where as Where) : 'all',
    needs: NEEDS.includes(needs as Needs) ? (needs as Needs) : 'all',
  };
}

/** The address's query for `filter`: '' for everything, else `?where=…&needs=…` with only what is chosen. */
export function filterSearch(filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.where !== 'all') params.set('where', filter.where);
  if (filter.needs !== 'all') params.set('needs', filter.needs);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The movements `filter` lets through, in library order. */
export function filtered(filter: LibraryFilter): Movement[] {
  return movementsWhere({ where: filter.where === 'all' ? undefined : filter.where, needs: filter.needs === 'all' ? undefined : filter.needs });
}

/** The movement being tried and its clock. */
export interface Trying {
  id: MovementId;
  plan: TryPlan;
  clock: TryClock;
}

/** What the page says politely as a try starts, switches side and ends; `n` counts them, so the same words are said again. */
export interface Announcement {
  kind: 'started' | 'switched' | 'finished' | 'stopped';
  id: MovementId;
  /** For 'started': the try's length. */
  seconds: number;
  n: number;
}

/** What the store needs from the page (injectable for tests). */
export interface LibraryEnv {
  now?: () => number;
  win?: Pick<Window, 'location' | 'history'>;
  doc?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
}

/** How often the page clock ticks: smoothly for moving pictures, else often enough for a countdown. */
export const FRAME_MS = 50;
export const COUNTDOWN_TICK_MS = 250;

export interface LibraryStore {
  filter: ReadonlySignal<LibraryFilter>;
  movements: ReadonlySignal<Movement[]>;
  /** The page clock: moves while the tab is visible and something moves (the pictures, or a try). */
  now: ReadonlySignal<number>;
  trying: ReadonlySignal<Trying | null>;
  /** The try's moment at `now`, or null when nothing is tried. */
  moment: ReadonlySignal<TryMoment | null>;
  announcement: ReadonlySignal<Announcement | null>;
  setWhere(where: WhereChoice): void;
  setNeeds(needs: NeedsChoice): void;
  /** The pictures move (not when the user asked for reduced motion). */
  setAnimating(on: boolean): void;
  tryMovement(id: MovementId): void;
  togglePause(): void;
  stop(): void;
  dispose(): void;
}

/** The library page's store; `dispose` stops its clock and listeners. */
export function createLibraryStore({ now: clock = Date.now, win = globalThis.window, doc = globalThis.document }: LibraryEnv = {}): LibraryStore {
  const filter = signal(parseFilter(win?.location?.search ?? ''));
  const movements = computed(() => filtered(filter.value));
  const now = signal(clock());
  const trying = signal<Trying | null>(null);
  const announcement = signal<Announcement | null>(null);
  let animating = false;
  let said = 0;
  let lastSide: 1 | 2 | null = null;

  const moment = computed(() => {
    const t = trying.value;
    return t ? tryAt(t.plan, elapsedMs(t.clock, now.value)) : null;
  });

  const announce = (kind: Announcement['kind'], id: MovementId, seconds = 0) => {
    announcement.value = { kind, id, seconds, n: ++said };
  };

  function setFilter(next: LibraryFilter): void {
    filter.value = next;
    // A try whose card the filter hides stops: nothing plays out of sight.
    const t = trying.value;
    if (t && !movements.value.some((m) => m.id === t.id)) stop();
    // replaceState: choosing a filter is not a new page for the Back button.
    win?.history?.replaceState(null, '', `${win.location.pathname}${filterSearch(next)}${win.location.hash}`);
  }

  // One timer for the page, stopped while the tab is hidden: a hidden page moves nothing.
  let timer: ReturnType<typeof setInterval> | null = null;
  let timerMs = 0;
  function schedule(): void {
    const wanted = doc?.hidden ? 0 : animating ? FRAME_MS : trying.value ? COUNTDOWN_TICK_MS : 0;
    if (wanted === timerMs) return;
    if (timer !== null) clearInterval(timer);
    timer = wanted ? setInterval(tick, wanted) : null;
    timerMs = wanted;
  }
  function tick(): void {
    now.value = clock();
    const t = trying.value;
    const m = moment.value;
    if (!t || !m) return;
    if (m.done) {
      trying.value = null;
      announce('finished', t.id);
      schedule();
    } else if (m.side !== lastSide) {
      if (m.side === 2) announce('switched', t.id);
      lastSide = m.side;
    }
  }
  function stop(): void {
    const t = trying.value;
    if (!t) return;
    trying.value = null;
    announce('stopped', t.id);
    schedule();
  }
  const onVisibility = () => {
    now.value = clock();
    schedule();
  };
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    filter,
    movements,
    now,
    trying,
    moment,
    announcement,
    setWhere: (where) => setFilter({ ...filter.value, where }),
    setNeeds: (needs) => setFilter({ ...filter.value, needs }),
    setAnimating(on) {
      animating = on;
      schedule();
    },
    tryMovement(id) {
      const at = clock();
      now.value = at;
      const plan = tryPlan(MOVEMENTS[id]);
      trying.value = { id, plan, clock: startClock(at) };
      lastSide = plan.sides ? 1 : null;
      announce('started', id, Math.round(plan.totalMs / 1000));
      schedule();
    },
    togglePause() {
      const t = trying.value;
      if (!t) return;
      const at = clock();
      now.value = at;
      trying.value = { ...t, clock: togglePause(t.clock, at) };
    },
    stop,
    dispose() {
      doc?.removeEventListener('visibilitychange', onVisibility);
      if (timer !== null) clearInterval(timer);
      timer = null;
      timerMs = 0;
    },
  };
}
