import { browser } from 'wxt/browser';
import { sessionPath } from '../session-page';
import { dayKey } from '../time';
import { openPage } from './pages';
import { defineItem } from './storage-item';
import { createWindow } from './windows';

// The programme's session plays in a window of the break window's kind (issue 12): it
// stays put, on top, without tabs, while the user is on the floor. Pages open it (the
// Progress page, the popup); the worker never does, so none of this is in its bundle.
//
// The session page itself says which window it is in, which round and day it shows and
// whether a run is under way (noteSessionWindow): the page that opened the window may be
// gone by then (a toolbar popup closes as the new window takes focus), and a window left
// open since yesterday, or on the other round, must not be brought back as it was.

/** The session window, as its page last said. */
export interface SessionWindow {
  id: number;
  round: 1 | 2;
  /** The day (a day key) the page's session is for. */
  day: string;
  /** A run is under way (begun, not yet finished or stopped): the window is focused, never reloaded. */
  running: boolean;
}

const sessionWindowItem = defineItem<SessionWindow | null>('session:sessionWindow', { fallback: null });

/** Called by the session page in its window, as it loads and as a run begins and ends. */
export async function noteSessionWindow(state: Omit<SessionWindow, 'id'>): Promise<void> {
  const win = await browser.windows.getCurrent();
  if (win?.id !== undefined) await sessionWindowItem.setValue({ id: win.id, ...state });
}

/**
 * Brings back the session window, if it is open: as it is while a run is under way,
 * otherwise loading round `round` for `today` in it when it shows another round or day.
 * False when there is none.
 */
async function reuse(round: 1 | 2, today: string): Promise<boolean> {
  const known = await sessionWindowItem.getValue();
  if (!known) return false;
  let tabs;
  try {
    tabs = (await browser.windows.get(known.id, { populate: true })).tabs;
  } catch {
    return false; // closed since
  }
  const tab = tabs?.[0];
  if (!known.running && (known.round !== round || known.day !== today) && tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url: browser.runtime.getURL(sessionPath({ round, inWindow: true }) as '/session.html') });
  }
  await browser.windows.update(known.id, { focused: true, drawAttention: true });
  return true;
}

async function open(round: 1 | 2, today: string): Promise<void> {
  if (await reuse(round, today)) return;
  let id: number | undefined;
  try {
    id = await createWindow(sessionPath({ round, inWindow: true }));
  } catch {
    // No windows to open (Firefox on Android): a tab, with its way back to Progress.
    await openPage(sessionPath({ round, inWindow: false }));
    return;
  }
  // The page says the same as it loads; said here too, a second request a moment later finds it.
  if (id !== undefined) await sessionWindowItem.setValue({ id, round, day: today, running: false });
}

/** One request at a time from this page: a double click opens one window. */
let opening: Promise<void> | null = null;

/**
 * Opens round `round` of the session for `today` (a day key) in its window, or brings
 * back the session window already open (see `reuse`); a tab where the browser opens no windows.
 */
export function openSessionWindow(round: 1 | 2 = 1, today: string = dayKey(Date.now())): Promise<void> {
  opening ??= open(round, today).finally(() => {
    opening = null;
  });
  return opening;
}
