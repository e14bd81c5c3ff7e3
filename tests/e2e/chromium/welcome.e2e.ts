import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { weekdaysNineToFive } from '../../../lib/working-hours';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest, type ChromiumSession } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, show, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { openPage, type ColorScheme } from '../support/ui';

const WORK_LABEL = 'Work interval (minutes)';
/** The weekday preset's choice; its hours are written as the browser's language writes them ("9 AM – 5 PM", "09–17"). */
const WEEKDAYS_LABEL = /^Weekdays .+ \(Monday to Friday\)$/;
/** The prompt style's options, in English (locales/en.yml settings.field.promptStyle). */
const NOTIFY_ONLY = 'Show a notification only';
const BREAK_WINDOW = 'Open the break window in front, with snooze and skip';
/** What the page says for a work interval of 5 (settings.form.outOfRange). */
const OUT_OF_RANGE = 'Work interval is out of range: enter a whole number from 10 to 180 minutes.';
/** lib/adapters/notifications.ts SAMPLE_ID: the prompt "Try it now" shows. */
const SAMPLE_ID = 'midbreak-sample';

/** The welcome tab the extension opened by itself, once Playwright has it. */
async function welcomeTab(session: ChromiumSession): Promise<Page> {
  const url = session.url('welcome.html');
  // Asked of the extension, so the check does not depend on Playwright noticing the tab.
  await waitFor(`the extension to have opened ${url} in a tab on install`, () => session.extensionContexts(), (contexts) =>
    contexts.some((c) => c.type === 'TAB' && c.url === url),
  );
  const page = await waitFor('Playwright to list the welcome tab', () => session.context.pages().find((p) => p.url() === url), (p) => p !== undefined);
  // The harness page opened after it, so the welcome tab is in the background, where
  // Chromium slows its animation frames and every Playwright action waits on them.
  await page!.bringToFront();
  await page!.getByLabel(WORK_LABEL).waitFor();
  await page!.getByTestId('safety-note').waitFor();
  return page!;
}

const notifications = async (session: ChromiumSession) =>
  (await session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getAll());

const noteSeen = async (session: ChromiumSession) =>
  (await (await session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get('safetyNoteSeen')))
    .safetyNoteSeen as { seen?: boolean } | undefined;

/** Waits until "Try it now" has shown the sample prompt and opened the break window. */
async function expectSample(session: ChromiumSession): Promise<void> {
  await waitFor(`notifications.getAll() to hold ${SAMPLE_ID}`, () => notifications(session), (all) => SAMPLE_ID in all);
  await waitFor('the break window to open', () => session.extensionContexts(), (contexts) => contexts.some((c) => c.url === session.url('break.html')));
}

describe('the welcome page (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('opens by itself on install; its three choices are stored, an invalid one is refused, and "Done" closes it', async () => {
    const { session } = chromium;
    const page = await welcomeTab(session);
    // Prefilled with the defaults: 45 minutes, working hours off, a notification only.
    check('the work interval prefilled with 45', await page.getByLabel(WORK_LABEL).inputValue(), (v) => v === '45');
    check('working hours off', await page.getByLabel('Off: count screen time at any hour').isChecked(), (c) => c);
    check('a notification only', await page.getByLabel(NOTIFY_ONLY).isChecked(), (c) => c);

    const input = page.getByLabel(WORK_LABEL);
    await input.fill('30');
    await input.press('Tab'); // leaving the field commits it
    await waitFor('storage.sync settings.workMinutes to be 30', async () => (await session.stored()).settings.workMinutes, (m) => m === 30);
    await page.getByLabel(WEEKDAYS_LABEL).check();
    await waitFor(
      'storage.sync working hours to be weekdays 9–17',
      async () => (await session.stored()).settings.workingHours,
      (h) => JSON.stringify(h) === JSON.stringify(weekdaysNineToFive()),
    );
    await page.getByLabel(BREAK_WINDOW).check();
    await waitFor('storage.sync promptStyle to be "window"', async () => (await session.stored()).settings.promptStyle, (s) => s === 'window');
    await page.getByRole('status').getByText('Saved: When a break is due: Open the break window in front, with snooze and skip.').waitFor();

    // An interval out of range is refused with the field's message; storage keeps 30.
    const before = await session.stored();
    await input.fill('5');
    await input.press('Tab');
    await page.locator('#workMinutes-error').getByText(OUT_OF_RANGE, { exact: true }).waitFor();
    check('the field marked invalid', await input.getAttribute('aria-invalid'), (v) => v === 'true');
    const after = await session.stored();
    check(`storage.sync settings unchanged from ${show(before.settings)}`, after.settings, (s) => JSON.stringify(s) === JSON.stringify(before.settings));

    check('the popup will not show the safety note yet', await noteSeen(session), (n) => n?.seen !== true);
    await page.getByRole('button', { name: 'Done' }).click();
    await waitFor('the welcome tab to close', () => page.isClosed(), (closed) => closed);
    await waitFor('the safety note to be stored as seen', () => noteSeen(session), (n) => n?.seen === true);
  });

  it('asks for no more than before: alarms, idle, notifications, storage; no host permissions', async () => {
    const manifest = await (await chromium.session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest());
    check('the permissions', manifest.permissions, (p) => JSON.stringify(p) === JSON.stringify(['alarms', 'idle', 'notifications', 'storage']));
    check('no host permissions', (manifest as { host_permissions?: unknown }).host_permissions, (h) => h === undefined);
    check('the oldest Chrome it runs in (README, "Browser versions")', manifest.minimum_chrome_version, (v) => v === '120');
  });

  it('"Try it now" on the welcome page shows the sample prompt and opens the break window', async () => {
    const { session } = chromium;
    const page = await welcomeTab(session);
    const phaseBefore = (await session.stored()).schedule?.phase.kind;
    await page.getByRole('button', { name: 'Try it now' }).click();
    await expectSample(session);
    await page.getByRole('status').getByText(/A sample break prompt is showing/).waitFor();
    check(`the schedule left as it was (${phaseBefore})`, (await session.stored()).schedule?.phase.kind, (k) => k === phaseBefore);
  });

  it('"Try it now" on the options page shows the sample prompt and opens the break window', async () => {
    const { session } = chromium;
    const page = await openPage(session, 'options.html');
    const phaseBefore = (await session.stored()).schedule?.phase.kind;
    const history = (await session.stored()).history.length;
    await page.getByRole('button', { name: 'Try it now' }).click();
    await expectSample(session);
    await page.getByRole('status').getByText(/A sample break prompt is showing/).waitFor();
    const after = await session.stored();
    check(`the schedule left as it was (${phaseBefore})`, after.schedule?.phase.kind, (k) => k === phaseBefore);
    check('nothing added to the history', after.history.length, (n) => n === history);
    check('no real prompt shown', await notifications(session), (all) => !('midbreak-prompt' in all));
    // The options page with its new section and the message shown (accessibility.e2e.ts covers it without).
    check('no axe violations on the options page', await axeViolations(page), (v) => v.length === 0);
  });

  it.each<ColorScheme>(['light', 'dark'])('fits one 800×600 screen, works at 400 px wide, and has no axe violations (%s)', async (scheme) => {
    const { session } = chromium;
    const found: Record<string, Violation[]> = {};
    /** Opens the page at `width` × 600 once the safety note (its code arrives on demand) is there. */
    const open = async (width: number) => {
      const page = await openPage(session, 'welcome.html', { colorScheme: scheme, viewport: { width, height: 600 } });
      await page.getByLabel(WORK_LABEL).waitFor();
      await page.getByTestId('safety-note').waitFor();
      return page;
    };
    const sizeOf = (page: Page) =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        innerWidth,
        innerHeight,
      }));

    for (const width of [800, 400]) {
      const page = await open(width);
      const size = await sizeOf(page);
      check(`no sideways scrolling at ${width} px`, size, (s) => s.scrollWidth <= s.innerWidth);
      if (width === 800) check('the whole page within 800×600, no scrolling', size, (s) => s.scrollHeight <= s.innerHeight);
      found[`welcome-${width}`] = await axeViolations(page);
      await page.screenshot({ path: await screenshotPath(`welcome-${width}-${scheme}`), fullPage: true });
      await page.close();
    }

    // Still one screen with the longest "Saved" message beside the buttons.
    const page = await open(800);
    await page.getByLabel(BREAK_WINDOW).check();
    await page.getByRole('status').getByText(/^Saved: When a break is due/).waitFor();
    check('the page within 800×600 with a message shown', await sizeOf(page), (s) => s.scrollHeight <= s.innerHeight);
    await page.screenshot({ path: await screenshotPath(`welcome-800-saved-${scheme}`), fullPage: true });

    // "When to get checked" open, and an invalid interval showing its message (the page may scroll now).
    await page.getByRole('button', { name: 'When to get checked' }).click();
    await page.getByRole('heading', { name: 'When to get checked' }).waitFor();
    await page.getByLabel(WORK_LABEL).fill('500');
    await page.getByLabel(WORK_LABEL).press('Tab');
    await page.locator('#workMinutes-error').waitFor();
    found['welcome-800-help-error'] = await axeViolations(page);
    await page.screenshot({ path: await screenshotPath(`welcome-800-help-error-${scheme}`), fullPage: true });

    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
  });
});
