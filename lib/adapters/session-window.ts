import { sessionPath } from '../session-page';
import { openPage } from './pages';
import { defineItem } from './storage-item';
import { openWindowOnce, type WindowItem } from './windows';

// The programme's session plays in a window of the break window's kind (issue 12): it
// stays put, on top, without tabs, while the user is on the floor. Pages open it (the
// Progress page, the popup); the worker never does, so this stays out of its bundle.

/** The session window we opened. */
const sessionWindowItem: WindowItem = defineItem<number | null>('session:sessionWindowId', { fallback: null });

/**
 * Opens round `round` of today's session in its window, or focuses the session window
 * already open; in a tab when the browser won't open a window (Firefox on Android has none).
 */
export async function openSessionWindow(round: 1 | 2 = 1): Promise<void> {
  try {
    await openWindowOnce(sessionPath({ round, inWindow: true }), sessionWindowItem);
  } catch {
    await openPage(sessionPath({ round, inWindow: false }));
  }
}
