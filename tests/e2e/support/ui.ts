import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { gotoExtensionPage } from './chromium';

/** Chrome draws a toolbar popup at most 800×600; the popup page is laid out for about 380 wide. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export type ColorScheme = 'light' | 'dark';

export interface OpenOptions {
  colorScheme?: ColorScheme;
  /** Install Playwright's fake clock before the page loads, so the test can move time. */
  clock?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * Opens an extension page the way a user meets it, in a tab of its own. The toolbar popup
 * is opened as a tab at popup size: Playwright cannot drive the real popup (it is no tab),
 * and the page is the same.
 */
export async function openPage(session: ChromiumSession, path: string, options: OpenOptions = {}): Promise<Page> {
  const page = await session.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  if (options.clock) await page.clock.install();
  await gotoExtensionPage(page, session.url(path));
  return page;
}

/**
 * Opens the popup page and waits until it shows the status the worker sent (its HTML
 * shows a placeholder status until then: `aria-busy`, no phase).
 */
export async function openPopup(session: ChromiumSession, options: OpenOptions = {}): Promise<Page> {
  const page = await openPage(session, 'popup.html', { viewport: POPUP_VIEWPORT, ...options });
  await page.locator('[data-testid="status"][data-phase]').waitFor();
  return page;
}

/** Dismisses the first-run safety note when it shows ("Got it"). */
export async function dismissSafetyNote(page: Page): Promise<void> {
  const gotIt = page.getByRole('button', { name: 'Got it' });
  if (await gotIt.isVisible()) {
    await gotIt.click();
    await gotIt.waitFor({ state: 'detached' });
  }
}

/** Reads "m:ss" or "h:mm:ss" as seconds. */
export function parseCountdown(text: string): number | null {
  const match = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
