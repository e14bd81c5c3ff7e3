import { browser } from 'wxt/browser';
import type { UserState } from '../schedule-state';
import { IDLE_DETECTION_SECONDS } from '../schedule-advance';

/** Starts idle detection and calls `listener` on each change; returns a disposer. */
export function onUserStateChanged(listener: (state: UserState) => void): () => void {
  browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
  const handler = (state: string) => {
    if (state === 'active' || state === 'idle' || state === 'locked') listener(state);
  };
  browser.idle.onStateChanged.addListener(handler);
  return () => browser.idle.onStateChanged.removeListener(handler);
}

/** The user's state right now; a worker that just started can't know what changed while it was gone. */
export async function queryUserState(): Promise<UserState> {
  const state = await browser.idle.queryState(IDLE_DETECTION_SECONDS);
  return state === 'idle' || state === 'locked' ? state : 'active';
}
