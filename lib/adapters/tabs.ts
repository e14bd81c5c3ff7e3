import { browser } from 'wxt/browser';

/**
 * True when any tab plays sound (a call, a video, a talk). Reading a tab's `audible` state
 * needs no permission in Chrome or Firefox: the `tabs` permission only guards a tab's
 * URL, title and icon, which Midbreak never asks for. A muted call is silent to us.
 */
export async function anyTabAudible(): Promise<boolean> {
  try {
    return (await browser.tabs.query({ audible: true })).length > 0;
  } catch {
    return false; // no tabs API here (the browser is closing): nothing to wait for
  }
}
