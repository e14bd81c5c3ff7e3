import { messageOf } from '../errors';
import type { MessageKey } from '../i18n';
import { t } from '../adapters/i18n';
import { signal, type ReadonlySignal } from '@preact/signals';
import { loadCheckIns, saveCheckIn, skipCheckInToday, watchCheckIns } from '../adapters/checkin-items';
import { checkInOf, type CheckIn, type CheckIns } from '../checkin';
import { dayKey } from '../time';

export interface CheckInStoreOptions {
  clock?: () => number;
}

export interface CheckInStore {
  /** Every check-in as stored (any page's answers included); null until storage has been read. */
  all: ReadonlySignal<CheckIns | null>;
  /** Resolves once storage has been read. */
  ready: Promise<void>;
  /** Today's date (YYYY-MM-DD) by the store's clock. */
  today(): string;
  /** Today's check-in, if there is one. */
  todays(): CheckIn | null;
  /** Why the last save or skip failed; null when it worked. */
  error: ReadonlySignal<string | null>;
  /** Adds or corrects today's check-in. */
  save(score: number, symptoms: boolean): Promise<boolean>;
  /** "Not now": the finish screen does not ask again today. */
  skipToday(): Promise<boolean>;
  dispose(): void;
}


/**
 * How the mid back feels, one answer a day: what the finish screen asks and the Progress
 * page adds or corrects. Watches storage, so an answer given in one page shows in every other.
 */
export function createCheckInStore({ clock = Date.now }: CheckInStoreOptions = {}): CheckInStore {
  const all = signal<CheckIns | null>(null);
  const error = signal<string | null>(null);
  let disposed = false;
  const stopWatching = watchCheckIns((value) => {
    if (!disposed) all.value = value;
  }, clock);
  const ready = loadCheckIns(clock()).then((value) => {
    // A watcher may already have delivered something newer.
    if (!disposed) all.value ??= value;
  });
  const today = () => dayKey(clock());

  /** `failed` says what went wrong, with the reason in `{reason}`. */
  async function write(change: () => Promise<CheckIns>, failed: MessageKey): Promise<boolean> {
    try {
      const value = await change();
      error.value = null;
      if (!disposed) all.value = value;
      return true;
    } catch (e) {
      error.value = t(failed, { reason: messageOf(e) });
      return false;
    }
  }

  return {
    all,
    ready,
    today,
    todays: () => (all.value ? checkInOf(all.value, today()) : null),
    error,
    save(score, symptoms) {
      const at = clock();
      return write(() => saveCheckIn({ day: dayKey(at), score, symptoms, at }, at), 'routine.checkin.saveFailed');
    },
    skipToday() {
      const at = clock();
      return write(() => skipCheckInToday(dayKey(at), at), 'routine.saveFailed');
    },
    dispose() {
      disposed = true;
      stopWatching();
    },
  };
}
