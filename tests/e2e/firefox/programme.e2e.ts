import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { PHASES } from '../../../lib/programme';
import { sessionPlan } from '../../../lib/programme-plan';
import { dayKey } from '../../../lib/time';
import { screenshotOnFailure } from '../support/failure';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';

// The 8-week programme's path in Firefox, as tests/e2e/chromium/programme.e2e.ts has it in
// Chromium: started on the Progress page, shown in the popup, today's session played in its
// own window (browser.windows.create, type "popup") and recorded, the window closed by its
// own "Close". Buttons are found by their exact text among a section's <button>s (so a link
// of the same name would not do). Puppeteer reports every extension page's URL as
// about:blank, so the session window's page is found by asking each page for its location
// (ff.find).

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (e) => (e.textContent ?? '').trim()).catch(() => null);
}

/** The button (never a link) in `scope` whose text is `name`, or null. */
async function buttonIn(page: Page, scope: string, name: string): Promise<ElementHandle<HTMLButtonElement> | null> {
  const handle = await page.evaluateHandle(
    (s, n) => [...document.querySelectorAll<HTMLButtonElement>(`${s} button`)].find((b) => (b.textContent ?? '').trim() === n) ?? null,
    scope,
    name,
  );
  const element = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!element) await handle.dispose();
  return element;
}

/** Waits for the button `name` in `scope` and presses it. */
async function press(page: Page, scope: string, name: string): Promise<void> {
  const button = await waitFor(`a "${name}" button in ${scope}`, () => buttonIn(page, scope, name), (b) => b !== null);
  await button!.click();
  await button!.dispose();
}

type WindowSeen = { type?: string; width?: number; height?: number; tabs: (string | undefined)[] };

/** Every browser window as the extension sees it, from `page` (any extension page). */
function windowsSeenFrom(page: Page): Promise<WindowSeen[]> {
  return page.evaluate(async () => {
    const all = await (globalThis as unknown as ExtensionGlobals).browser.windows.getAll({ populate: true });
    return all.map((w) => ({ type: w.type, width: w.width, height: w.height, tabs: (w.tabs ?? []).map((t) => t.url) }));
  });
}

describe('the 8-week programme (Firefox)', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });
  screenshotOnFailure(() => ff?.pages() ?? []);

  it('starts on the Progress page, shows in the popup, plays today’s session in its window, records it and closes the window', async () => {
    const startedAt = Date.now();
    const progress = await ff.open('progress.html', '[data-testid="programme"]');
    await progress.setViewport({ width: 400, height: 900 });
    const section = '[data-testid="programme"]';
    await press(progress, section, 'Start today');
    await waitFor('the week', () => textOf(progress, '[data-testid="programme-week"]'), (t) => t === 'Week 1 of 8');
    const exercises = await progress.$$eval('[data-testid="programme-exercises"] li', (lis) => lis.length);
    check('today’s session: the three foundation exercises', exercises, (n) => n === 3);
    check('not done yet', await textOf(progress, '[data-testid="programme-today"]'), (t) => t === 'Not done yet today');

    // The popup (in a tab: Firefox opens the toolbar popup only from a user's click) shows
    // the week and today's session after its status, for a returning user.
    await progress.evaluate(() => (globalThis as unknown as ExtensionGlobals).browser.storage.local.set({ safetyNoteSeen: { v: 2, seen: true } }));
    const popup = await ff.open('popup.html', '[data-testid="status"]');
    await popup.setViewport({ width: 400, height: 600 });
    await waitFor(
      'the popup’s programme line',
      () => textOf(popup, '[data-testid="popup-programme"] p'),
      (t) => t === 'Week 1 of 8: Foundation · Not done yet today',
    );
    const order = await popup.evaluate(() => {
      const status = document.querySelector('[data-testid="status"]')!;
      const line = document.querySelector('[data-testid="popup-programme"]')!;
      return status.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    check('the programme line after the status', order, (o) => o === 'after');
    check('no first-run note over it', await popup.$('[data-testid="safety-note"]'), (n) => n === null);
    await popup.screenshot({ path: await screenshotPath('firefox-programme-popup') });
    await popup.close();

    // "Play today's session" (a button) opens the session in a window of the break window's kind.
    const windowsBefore = await windowsSeenFrom(progress);
    check('no popup-type window yet', windowsBefore.filter((w) => w.type === 'popup').length, (n) => n === 0);
    await press(progress, section, "Play today's session");
    const sessionWindows = await waitFor(
      'one window of type "popup" holding session.html?window',
      async () => (await windowsSeenFrom(progress)).filter((w) => w.type === 'popup'),
      (ws) => ws.length === 1 && ws[0].tabs.length === 1 && (ws[0].tabs[0] ?? '').endsWith('/session.html?window'),
    );
    // Firefox reports the size it was asked for (lib/adapters/windows.ts); Chromium under
    // Playwright can't show it (tests/e2e/chromium/programme.e2e.ts).
    check('the session window’s size, 440 × 820', sessionWindows[0], (w) => w.width === 440 && w.height === 820);
    const win = await ff.find('session.html?window');
    await win.waitForSelector('[data-testid="session-safety"]');
    check('the stop rule', await textOf(win, '[data-testid="session-safety"]'), (t) => !!t && t.startsWith('Stay within a pain-free range.'));
    check('the page’s title', await win.title(), (t) => t === "Midbreak: today's session");

    const plan = sessionPlan(PHASES[0]);
    await press(win, '[data-testid="session-intro"]', 'Begin');
    await waitFor('the first set', () => textOf(win, '[data-testid="session-set"]'), (t) => !!t && t.startsWith('Set 1 of 3'));
    // The window's own inner size (no viewport set): a set's controls in view without scrolling.
    const fits = await win.evaluate(() => {
      const controls = document.querySelector('.session-item .row')!.getBoundingClientRect();
      return { bottom: Math.round(controls.bottom), height: innerHeight, scrollWidth: document.documentElement.scrollWidth, width: innerWidth };
    });
    check('a set’s controls in view without scrolling, nothing sideways', fits, (f) => f.bottom <= f.height && f.scrollWidth <= f.width);
    await win.screenshot({ path: await screenshotPath('firefox-programme-session') });
    // Next through every item; each press moves on exactly one (the last one ends the session).
    for (let i = 1; i <= plan.items.length; i++) {
      await press(win, '[data-testid="session-item"]', 'Next');
      if (i < plan.items.length) {
        const kind = plan.items[i].kind;
        await waitFor(
          `item ${i + 1} of ${plan.items.length} (a ${kind})`,
          () => win.$eval('[data-testid="session-item"]', (e) => `${e.getAttribute('data-index')} ${e.getAttribute('data-kind')}`).catch(() => null),
          (t) => t === `${i} ${kind}`,
        );
      }
    }
    await waitFor('the session recorded', () => textOf(win, '[data-testid="session-recorded"]'), (t) => t === "Well done: today's session is recorded.");

    // "Close" closes the session window.
    await press(win, 'main', 'Close');
    await waitFor(
      'the session window gone, the windows as before',
      () => windowsSeenFrom(progress),
      (ws) => ws.filter((w) => w.type === 'popup').length === 0 && ws.length === windowsBefore.length,
    );
    // Puppeteer is not told when a page the extension opened goes away (its Page never
    // reports closed), but Firefox is: the page's browsing context no longer exists.
    await waitFor(
      'the session page’s browsing context gone',
      () => win.evaluate(() => location.href).then((href) => `still there: ${href}`, (error: unknown) => String(error)),
      (seen) => /no such frame/i.test(seen),
    );

    // Back on the Progress page, which follows storage: done for today, and stored so.
    await waitFor('done for today', () => textOf(progress, '[data-testid="programme-today"]'), (t) => t === 'Done for today');
    const stored = await progress.evaluate(() => (globalThis as unknown as ExtensionGlobals).browser.storage.local.get('programme'));
    const completed = (stored.programme as { completed?: unknown } | undefined)?.completed;
    const today = [dayKey(startedAt), dayKey(Date.now())];
    check(`storage.local programme.completed holds today (${today[1]})`, completed, (c) => Array.isArray(c) && c.length === 1 && today.includes(c[0]));
  });
});
