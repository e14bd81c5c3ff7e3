import { signal, type ReadonlySignal } from '@preact/signals';
import { loadSafetyNoteSeen, saveSafetyNoteSeen } from '../adapters/safety-items';

export interface SafetyStore {
  /** Whether the first-run note was dismissed; null until storage has been read (show nothing yet). */
  noteSeen: ReadonlySignal<boolean | null>;
  ready: Promise<void>;
  dismissNote(): Promise<void>;
  dispose(): void;
}

/** The first-run safety note's one bit of state, in `local:safetyNoteSeen`. */
export function createSafetyStore(): SafetyStore {
  const noteSeen = signal<boolean | null>(null);
  const ready = loadSafetyNoteSeen().then((seen) => {
    noteSeen.value = seen;
  });
  return {
    noteSeen,
    ready,
    async dismissNote() {
      noteSeen.value = true;
      await saveSafetyNoteSeen();
    },
    dispose() {},
  };
}
