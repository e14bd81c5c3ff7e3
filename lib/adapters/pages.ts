import { browser } from 'wxt/browser';

/** Opens Midbreak's settings page (in a tab, as the manifest asks). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The first-run welcome page, opened once when Midbreak is installed. */
export const WELCOME_PAGE = '/welcome.html';

/** Opens one of Midbreak's own pages in a new tab (no permission needed for that). */
export async function openPage(path: typeof WELCOME_PAGE | `/${string}.html${string}`): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
}

/** Calls `listener` once Midbreak has been installed (not on updates or browser starts); returns a disposer. */
export function onFirstInstall(listener: () => void): () => void {
  const handler = (details: { reason: string }) => {
    if (details.reason === 'install') listener();
  };
  browser.runtime.onInstalled.addListener(handler);
  return () => browser.runtime.onInstalled.removeListener(handler);
}
