import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { PHASES } from '../../../lib/programme';
import { sessionPlan } from '../../../lib/programme-plan';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import type { ExtensionGlobals } from '../support/extension-api';
import { openPage, openPopup, type ColorScheme } from '../support/ui';

describe('the 8-week programme (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('starts on the Progress page, plays today’s session in its window and records it; screenshots in both themes, axe on the session page', async () => {
    const found: Record<string, Violation[]> = {};
    const progress = await openPage(chromium.session, 'progress.html', { viewport: { width: 400, height: 900 } });
    const section = progress.getByTestId('programme');
    await section.getByRole('button', { name: 'Start today' }).click();
    await section.getByText('Week 1 of 8').waitFor();
    check('today’s session: the foundation exercises', await section.getByTestId('programme-exercises').locator('li').count(), (n) => n === 3);
    check('not done yet', await section.getByTestId('programme-today').textContent(), (t) => t === 'Not done yet today');
    await section.screenshot({ path: await screenshotPath('programme-progress-400-light') });

    const plan = sessionPlan(PHASES[0]);
    // The popup shows the week and today's session, after its status, in both themes (for a
    // returning user, who has dismissed the first-run note).
    const harness = await chromium.session.harness();
    await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ safetyNoteSeen: { v: 2, seen: true } }));
    let opened: Promise<Page> | null = null;
    for (const [scheme, width] of [['dark', 400], ['light', 320]] as const) {
      const popup = await openPopup(chromium.session, { viewport: { width, height: 600 }, colorScheme: scheme });
      const line = popup.getByTestId('popup-programme');
      await line.getByText('Week 1 of 8: Foundation · Not done yet today').waitFor();
      await popup.screenshot({ path: await screenshotPath(`programme-popup-${width}-${scheme}`), fullPage: true });
      const bottom = await line.evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
      check('the line in view in a popup at most 600 px high', bottom, (b) => b <= 600);
      found[`popup-${scheme}`] = await axeViolations(popup);
      if (scheme === 'dark') {
        await popup.close();
        continue;
      }
      // "Play today's session" opens the session in a window of the break window's kind, and the popup closes.
      opened = chromium.session.context.waitForEvent('page');
      const popupClosed = popup.waitForEvent('close');
      await line.getByRole('button', { name: "Play today's session" }).click();
      await popupClosed;
    }
    const win = await opened!;
    await win.waitForLoadState();
    check('the session window’s page', win.url(), (u) => u === chromium.session.url('session.html?window'));
    await win.getByTestId('session-safety').waitFor();
    const windows = await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.windows.getAll());
    // (Its size, 440 × 820, is checked in tests/lib/adapters/session-window.test.ts: headless
    // Chromium under Playwright reports every window at Playwright's default page size.)
    check('one window without tabs, as the break window', windows.filter((w) => w.type === 'popup').length, (n) => n === 1);
    // So show the page at the window's inner size: 820 high, less the title bar Chrome draws.
    await win.setViewportSize({ width: 440, height: 790 });
    await win.getByRole('button', { name: 'Begin' }).click();
    await win.getByText('Set 1 of 3').waitFor();
    const fits = await win.evaluate(() => {
      const controls = document.querySelector('.session-item .row')!.getBoundingClientRect();
      return { bottom: Math.round(controls.bottom), height: innerHeight, scrollWidth: document.documentElement.scrollWidth, width: innerWidth };
    });
    check('a set’s controls in view without scrolling, nothing sideways', fits, (f) => f.bottom <= f.height && f.scrollWidth <= f.width);
    await win.screenshot({ path: await screenshotPath('programme-session-window-light') });
    found['session-window'] = await axeViolations(win);
    // While a run is under way, "Play the second round" brings the window back as it is.
    await section.getByRole('button', { name: 'Play the second round' }).click();
    await win.getByText('Set 1 of 3').waitFor();
    check('the run left as it was', win.url(), (u) => u === chromium.session.url('session.html?window'));
    await win.keyboard.press('Escape');
    await win.getByTestId('session-stopped').waitFor();

    // Stopped, the same window loads the second breathing round when asked for it; it records nothing.
    await section.getByRole('button', { name: 'Play the second round' }).click();
    await win.getByRole('heading', { name: 'Second breathing round' }).waitFor();
    check('the second round, in the same window', win.url(), (u) => u === chromium.session.url('session.html?round=2&window'));
    check('no second window', chromium.session.context.pages().filter((p) => p.url().includes('session.html')).length, (n) => n === 1);
    await win.getByRole('button', { name: 'Begin' }).click();
    await win.getByText('Set 1 of 3').waitFor();
    for (let i = 0; i < sessionPlan(PHASES[0], 2).items.length; i++) await win.getByRole('button', { name: 'Next' }).click();
    await win.getByText('Well done: that was the second breathing round for today.').waitFor();
    const closed = win.waitForEvent('close');
    await win.getByRole('button', { name: 'Close' }).click();
    await closed;

    // Closed, a new window opens.
    const reopened = chromium.session.context.waitForEvent('page');
    await section.getByRole('button', { name: "Play today's session" }).click();
    const win2 = await reopened;
    await win2.waitForLoadState();
    check('a new session window', win2.url(), (u) => u === chromium.session.url('session.html?window'));
    await win2.close();
    check('the second round did not count as the session', await section.getByTestId('programme-today').textContent(), (t) => t === 'Not done yet today');

    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const page = await openPage(chromium.session, 'session.html', { viewport: { width: 400, height: 900 }, colorScheme: scheme, clock: true });
      await page.getByTestId('session-safety').waitFor();
      check('the tab title', await page.title(), (t) => t === "Midbreak: today's session");
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.getByText('Set 1 of 3').waitFor();
      const first = plan.items[0].kind === 'set' ? plan.items[0].estimateSec : 0;
      check('the countdown at the start', await page.getByTestId('step-seconds').locator('.countdown-number').textContent(), (t) => t === String(first));
      await page.clock.runFor(10_000);
      await waitFor('the countdown to follow the clock', () => page.getByTestId('step-seconds').locator('.countdown-number').textContent(), (t) => t === String(first - 10));
      await page.screenshot({ path: await screenshotPath(`programme-session-400-${scheme}`), fullPage: true });
      found[`session-${scheme}`] = await axeViolations(page);
      if (scheme === 'dark') {
        // Escape stops; nothing is recorded.
        await page.keyboard.press('Escape');
        await page.getByTestId('session-stopped').waitFor();
        await page.close();
        continue;
      }
      // Through the session with → (a rest between sets, the next set after it).
      await page.keyboard.press('ArrowRight');
      await page.getByText('Rest', { exact: true }).waitFor();
      for (let i = 1; i < plan.items.length; i++) await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText("Well done: today's session is recorded.").waitFor();
      found['session-recorded'] = await axeViolations(page);
      await page.close();
    }

    const again = await openPage(chromium.session, 'progress.html', { viewport: { width: 400, height: 900 }, colorScheme: 'dark' });
    await again.getByTestId('programme').getByText('Done for today').waitFor();
    await again.getByTestId('programme').screenshot({ path: await screenshotPath('programme-progress-400-dark') });
    await again.close();

    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
  });
});
