import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import type { Phase } from '../../../lib/schedule-state';
import { HOUR, MINUTE } from '../../../lib/time';
import { chromiumPerTest } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check } from '../support/poll';
import { stateWithWorkLeft } from '../support/schedule';
import { screenshotPath } from '../support/screenshots';
import { openPage, openPopup, type ColorScheme } from '../support/ui';

// Issue 13: the popup's first view is in its HTML and paints before its script runs. The
// script then takes it over: nothing may jump. The pre-rendered view is seen here as the
// browser paints it from the HTML alone (scripts off), then the real status in each phase.

interface Box {
  top: number;
  height: number;
}
interface Layout {
  card: Box;
  primary: Box;
  /** The links below the phase's buttons: drawn only once the status is known. */
  links: Box | null;
}

async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top * 10) / 10, height: Math.round(r.height * 10) / 10 };
    };
    return { card: box('.status-card')!, primary: box('[data-primary]')!, links: box('nav.links') };
  });
}

const WIDTHS = [320, 400];
const SCHEMES: ColorScheme[] = ['light', 'dark'];

describe('the pre-rendered first view (Chromium)', () => {
  const chromium = chromiumPerTest();

  async function prerendered(width: number, colorScheme: ColorScheme): Promise<Page> {
    const page = await chromium.session.context.newPage();
    await page.setViewportSize({ width, height: 600 });
    await page.emulateMedia({ colorScheme });
    const cdp = await chromium.session.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(chromium.session.url('popup.html'));
    return page;
  }

  it('paints from the HTML alone: the frame, a placeholder status and the primary button, without words', async () => {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const page = await prerendered(width, scheme);
        const status = page.getByTestId('status');
        check('the placeholder is marked busy', await status.getAttribute('aria-busy'), (b) => b === 'true');
        // Its words are the user's language, which the build cannot know: the script says them.
        check('the primary button is there, its words left to the script', await page.locator('[data-primary]').textContent(), (t) => t === '');
        // Styled from the inlined sheet: the primary button has the accent colour.
        const bg = await page.locator('[data-primary]').evaluate((b) => getComputedStyle(b).backgroundColor);
        check('the inlined style sheet applies', bg, (c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'rgb(239, 239, 239)');
        await page.screenshot({ path: await screenshotPath(`popup-first-view-${width}-${scheme}`) });
        await page.close();
      }
    }
  });

  it.each<[string, (now: number) => Phase]>([
    ['working', () => ({ kind: 'working' })],
    ['due', (now) => ({ kind: 'due', since: now - MINUTE, snoozes: 0 })],
    ['snoozed', (now) => ({ kind: 'snoozed', until: now + 5 * MINUTE, snoozes: 1 })],
    ['paused', (now) => ({ kind: 'paused', until: now + HOUR })],
  ])('takes it over without moving what it painted (%s)', async (name, phase) => {
    const { settings } = await chromium.session.stored();
    const now = Date.now();
    // A returning user: the first-run note (shown above the status) was dismissed.
    const harness = await chromium.session.harness();
    await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ safetyNoteSeen: { v: 2, seen: true } }));
    await chromium.session.writeSchedule(stateWithWorkLeft(settings, now, 20 * MINUTE, phase(now)));
    for (const width of WIDTHS) {
      const first = await prerendered(width, 'light');
      const before = await layoutOf(first);
      await first.close();
      const page = await openPopup(chromium.session, { viewport: { width, height: 600 } });
      check(`the phase shown (${width} px)`, await page.getByTestId('status').getAttribute('data-phase'), (p) => p === name);
      const after = await layoutOf(page);
      check(`the card keeps its place and size (${width} px)`, [before.card, after.card], ([b, a]) => b.top === a.top && Math.abs(b.height - a.height) <= 0.5);
      check(`the primary button keeps its place (${width} px)`, [before.primary, after.primary], ([b, a]) => b.top === a.top);
      check(`nothing below the primary button was painted before (${width} px)`, before.links, (l) => l === null);
      check(`… and the links are there now (${width} px)`, after.links, (l) => l !== null);
      await page.screenshot({ path: await screenshotPath(`popup-status-${name}-${width}`) });
      await page.close();
    }
  });
});
