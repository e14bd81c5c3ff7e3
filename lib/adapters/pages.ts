import { browser } from 'wxt/browser';

/** Opens Midbreak's settings page (in a tab, as the manifest asks). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
