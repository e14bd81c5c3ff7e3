import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Event = { addListener(l: unknown): void; removeListener(l: unknown): void };

/**
 * Counts the listeners added to every event of the fake browser (storage.onChanged,
 * runtime.onMessage, alarms.onAlarm …) and not removed since, so a test can tell that
 * something that was disposed left nothing listening.
 */
export function countListeners(): { live(): number } {
  const live = new Set<unknown>();
  for (const namespace of Object.values(fakeBrowser as unknown as Record<string, unknown>)) {
    if (typeof namespace !== 'object' || namespace === null) continue;
    for (const [key, event] of Object.entries(namespace)) {
      if (!key.startsWith('on') || typeof (event as Event | null)?.addListener !== 'function') continue;
      const e = event as Event;
      const add = e.addListener.bind(e);
      const remove = e.removeListener.bind(e);
      vi.spyOn(e, 'addListener').mockImplementation((l) => (live.add(l), add(l)));
      vi.spyOn(e, 'removeListener').mockImplementation((l) => (live.delete(l), remove(l)));
    }
  }
  return { live: () => live.size };
}
