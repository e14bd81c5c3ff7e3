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

/**
 * Opens the routine where it stays put while the user stands at a wall: the toolbar
 * popup where the browser lets an extension open it, otherwise a small window of its own.
 * An already open break window is focused rather than doubled.
 */
export async function openRoutineView(): Promise<void> {
  const known = await breakWindowItem.getValue();
  if (known !== null) {
    try {
      await browser.windows.update(known, { focused: true });
      return;
    } catch {
      await breakWindowItem.setValue(null); // closed since
    }
  }
  try {
    // Chrome 127+ allows this without a user gesture when a window has focus;
    // Firefox allows it only inside a user action and throws otherwise.
    await browser.action.openPopup();
    return;
  } catch {
    // fall through to a window of our own
  }
  const win = await browser.windows.create({
    url: browser.runtime.getURL(BREAK_PAGE),
    type: 'popup',
    width: 420,
    height: 720,
    focused: true,
  });
  if (win?.id !== undefined) await breakWindowItem.setValue(win.id);
}
