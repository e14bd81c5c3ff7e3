import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { SECOND } from '../../../lib/time';
import { screenshotOnFailure } from '../support/failure';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import { check, waitFor } from '../support/poll';
import { breakTimeOf, PROMPT_ID, stateWithWorkLeft } from '../support/schedule';
import type { ExtensionGlobals } from '../support/extension-api';
import { words } from '../support/words';

/** The routine's progress as the popup stores it (lib/routine-progress.ts), key `routineProgress`. */
type StoredProgress = { startedAt: number; pauses: { from: number; to: number | null }[] };

/**
 * Lets a step run down to its last second without waiting for it. Puppeteer has no fake
 * clock for Firefox, and Firefox runs no BiDi preload script in moz-extension:// pages, so
 * the page's clock can't be moved. Instead the user pauses, the test moves the paused
 * routine's anchor (as if the step had run until one second before its end), and the user
 * resumes: that last second runs out in real time and the player moves on by itself.
 */
async function runStepOut(page: Page, stepEndMs: number): Promise<void> {
  await page.locator('.controls button.play').click(); // Pause
  await waitFor('the routine to be paused', () => textOf(page, '.controls button.play'), (t) => t === 'Resume');
  await page.evaluate(async (elapsed) => {
    const { browser } = globalThis as unknown as ExtensionGlobals;
    const { routineProgress } = (await browser.storage.local.get('routineProgress')) as { routineProgress: StoredProgress };
    const pausedAt = routineProgress.pauses[0].from;
    await browser.storage.local.set({ routineProgress: { ...routineProgress, startedAt: pausedAt - elapsed } });
  }, stepEndMs - SECOND);
  await waitFor('the paused step to show its last second', () => textOf(page, '.countdown-number'), (t) => t === '1');
  await page.locator('.controls button.play').click(); // Resume
}

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (e) => e.textContent ?? '').catch(() => null);
}

describe('Midbreak in Firefox', () => {
  let ff: FirefoxSession;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });
  screenshotOnFailure(() => ff?.pages() ?? []);

  it('binds the keyboard shortcut on install', async () => {
    const page = await ff.open('popup.html', '[data-testid="status"]');
    const commands = await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).browser.commands.getAll());
    const command = commands.find((c) => c.name === 'start-routine');
    check('start-routine bound to Alt+Shift+M', command?.shortcut, (s) => s === 'Alt+Shift+M');
    await page.close();
  });

  it('renders the popup with the status and its countdown', async () => {
    const page = await ff.open('popup.html', '[data-testid="status"]');
    const { schedule, settings } = await ff.stored(page);
    check('the status heading', await textOf(page, '#view-title'), (t) => t === 'Next break in');
    const shownAt = Number(await page.$eval('[data-testid="next-break"]', (e) => e.getAttribute('data-next-break-at')));
    const breakAt = breakTimeOf(schedule!, settings);
    check(`the countdown's next-break time within 2 s of the background's ${breakAt}`, shownAt, (t) => breakAt !== null && Math.abs(t - breakAt) <= 2_000);
    await page.close();
  });

  it('runs the routine to its finish screen and records it', async () => {
    const page = await ff.open('popup.html', '[data-testid="status"]');
    const gotIt = await page.$('[data-testid="safety-note"] button.primary');
    if (gotIt) await gotIt.click();
    await page.locator('.status .actions button.primary').click(); // "Start routine"
    let stepEnd = 0;
    for (const [i, step] of DESK_ROUTINE.steps.entries()) {
      await waitFor(`step ${i + 1} to be "${words('en', step.title)}"`, () => textOf(page, '[data-testid="step-title"]'), (t) => t === words('en', step.title));
      stepEnd += step.durationSec * SECOND;
      await runStepOut(page, stepEnd);
    }
    await waitFor('the finish screen', () => textOf(page, '#finish-title'), (t) => t === 'Routine done');
    const { history } = await waitFor('a completed routine in stored history', () => ff.stored(page), (s) =>
      s.history.some((e) => e.kind === 'routine-completed'),
    );
    check('the routine recorded once', history.filter((e) => e.kind === 'routine-completed').length, (n) => n === 1);
    await page.close();
  });

  it('saves a valid option, and it is there after a reload', async () => {
    const page = await ff.open('options.html', '#workMinutes');
    await page.locator('#workMinutes').fill('30');
    await page.keyboard.press('Tab'); // leaving the field commits it
    await waitFor('storage.sync settings.workMinutes to be 30', async () => (await ff.stored(page)).settings.workMinutes, (m) => m === 30);
    await page.close();
    const again = await ff.open('options.html', '#workMinutes');
    await waitFor('the field to show 30 after a reload', () => again.$eval('#workMinutes', (e) => (e as HTMLInputElement).value), (v) => v === '30');
    await again.close();
  });

  it('creates the prompt notification when a break comes due', async () => {
    const page = await ff.open('options.html', '#workMinutes');
    // Headless Firefox has no notification to look at: it closes each one at once and
    // reports that close to the extension, so a page listening for it sees the prompt come.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      const api = (globalThis as unknown as ExtensionGlobals).browser.notifications;
      // onShown is Firefox-only, so the Chrome-based types lack it.
      (api as unknown as { onShown?: typeof api.onClosed }).onShown?.addListener((id: string) => seen.push(`shown ${id}`));
      api.onClosed.addListener((id: string) => seen.push(`closed ${id}`));
    });
    const { settings } = await ff.stored(page);
    const state = stateWithWorkLeft(settings, Date.now(), 2_000);
    await page.evaluate(async (s) => {
      const b = (globalThis as unknown as ExtensionGlobals).browser;
      await b.storage.local.set({ schedule: s });
      // Fire the background's own schedule alarm so it looks at the state it was given.
      await b.alarms.create('midbreak-schedule', { when: Date.now() });
    }, state as unknown as Record<string, unknown>);
    await waitFor('the stored phase to be "due"', async () => (await ff.stored(page)).schedule?.phase.kind, (k) => k === 'due');
    await waitFor(
      `the ${PROMPT_ID} notification to be created (shown or closed)`,
      () => page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen),
      (seen) => seen.some((e) => e.endsWith(` ${PROMPT_ID}`)),
    );
    await page.close();
  });
});
