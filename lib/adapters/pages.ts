import { browser } from 'wxt/browser';

/** Opens Midbreak's settings page (in a tab, as the manifest asks). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The URL of one of the extension's own pages, e.g. `/popup.html?view=checklist`. */
export function extensionUrl(path: `/${string}`): string {
  return browser.runtime.getURL(path as '/popup.html');
}
