import { browser } from 'wxt/browser';
import { defineItem } from './storage-item';

/** The break window we opened, so a second request focuses it instead of opening another. */
const breakWindowItem = defineItem<number | null>('session:breakWindowId', { fallback: null });

/** The break window's page; the popup shows the same routine when it can be opened. */
export const BREAK_PAGE = '/break.html';

/** True when the focused browser window is fullscreen (a video, a presentation). */
export async function isFullscreen(): Promise<boolean> {
  try {
    const win = await browser.windows.getLastFocused();
    return win.state === 'fullscreen';
  } catch {
    return false; // no window at all (the browser is closing): nothing to wait for
  }
}

/** The break window's size: a whole routine step with its controls and cues, no scrolling (measured at 440 px wide). */
const WINDOW_SIZE = { width: 440, height: 820 };

/** Focuses the break window we opened, if it is still there. */
async function focusBreakWindow(): Promise<boolean> {
  const known = await breakWindowItem.getValue();
  if (known === null) return false;
  try {
    await browser.windows.update(known, { focused: true, drawAttention: true });
    return true;
  } catch {
    await breakWindowItem.setValue(null); // closed since
    return false;
  }
}

/**
 * Opens `page` in a new window of the break window's kind (no tabs, no address bar), in
 * front and centred on the window the user was in; resolves to its id.
 */
export async function createWindow(page: `/${string}.html${string}`): Promise<number | undefined> {
  let place: { left?: number; top?: number } = {};
  try {
    const last = await browser.windows.getLastFocused();
    if (last.left !== undefined && last.top !== undefined && last.width !== undefined && last.height !== undefined) {
      place = {
        left: Math.round(last.left + (last.width - WINDOW_SIZE.width) / 2),
        top: Math.round(last.top + Math.max(0, (last.height - WINDOW_SIZE.height) / 2)),
      };
    }
  } catch {
    // no window to centre on: let the browser place it
  }
  const win = await browser.windows.create({ url: browser.runtime.getURL(page as typeof BREAK_PAGE), type: 'popup', ...WINDOW_SIZE, ...place, focused: true });
  return win?.id;
}

/** Opens the break window, or focuses the one open. */
export async function openBreakWindow(): Promise<void> {
  if (await focusBreakWindow()) return;
  const id = await createWindow(BREAK_PAGE);
  if (id !== undefined) await breakWindowItem.setValue(id);
}

/**
 * Opens the routine where it stays put while the user stands at a wall: the toolbar
 * popup where the browser lets an extension open it, otherwise the break window.
 * An already open break window is focused rather than doubled.
 */
export async function openRoutineView(): Promise<void> {
  if (await focusBreakWindow()) return;
  try {
    // Chrome 127+ allows this without a user gesture when a window has focus;
    // Firefox allows it only inside a user action and throws otherwise.
    await browser.action.openPopup();
    return;
  } catch {
    // fall through to a window of our own
  }
  await openBreakWindow();
}
