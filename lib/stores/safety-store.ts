import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ScheduleStore } from './schedule-store';

export interface SafetyStore {
  /** Whether the first-run note was dismissed; null until it is known (show nothing yet). */
  noteSeen: ReadonlySignal<boolean | null>;
  ready: Promise<void>;
  dismissNote(): Promise<void>;
  dispose(): void;
}

/**
 * The first-run safety note's one bit of state. The worker reports it with every status
 * (lib/messages.ts), so the page reads no storage for it; the item's code (its versions)
 * loads only when the note is dismissed.
 */
export function createSafetyStore(schedule: Pick<ScheduleStore, 'noteSeen' | 'ready'>): SafetyStore {
  const dismissed = signal(false);
  return {
    noteSeen: computed(() => (dismissed.value ? true : schedule.noteSeen.value)),
    ready: schedule.ready,
    async dismissNote() {
      dismissed.value = true;
      await (await import('../adapters/safety-items')).saveSafetyNoteSeen();
    },
    dispose() {},
  };
}
