import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { SECOND } from '../../../lib/time';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { dismissSafetyNote, openPopup, type ColorScheme } from '../support/ui';
import { words } from '../support/words';

/** How far the page reaches past its own width: 0 when nothing scrolls sideways. */
const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Someone at a wall glances at the routine from a metre away: every step must fit the
// narrowest window (320 px) as well as the popup (400), with nothing scrolled sideways.
describe('the routine fits narrow windows (Chromium)', () => {
  const chromium = chromiumPerTest();

  it.each<[number, ColorScheme]>([
    [320, 'light'],
    [320, 'dark'],
    [400, 'light'],
    [400, 'dark'],
  ])('every step at %i px, %s: no sideways scroll, figure and big line on screen', async (width, scheme) => {
    const popup = await openPopup(chromium.session, { colorScheme: scheme, clock: true, viewport: { width, height: 640 } });
    await dismissSafetyNote(popup);
    check(`the status at ${width} px not to scroll sideways`, await overflowOf(popup), (px) => px <= 0);
    await popup.getByRole('button', { name: 'Start routine' }).click();
    const title = popup.getByTestId('step-title');
    for (const [i, step] of DESK_ROUTINE.steps.entries()) {
      await waitFor(`step ${i + 1} to be "${words('en', step.title)}"`, () => title.textContent(), (t) => t === words('en', step.title));
      await popup.clock.runFor(6 * SECOND); // into the step: a rep, a hold or a side under way
      await popup.screenshot({ path: await screenshotPath(`routine-${width}-step-${i + 1}-${step.id}-${scheme}`), fullPage: true });
      check(`step ${i + 1} at ${width} px not to scroll sideways`, await overflowOf(popup), (px) => px <= 0);
      const figure = await popup.getByTestId('figure-animated').boundingBox();
      check(`the figure at ${width} px to take at least 45% of the width`, figure?.width, (w) => w !== undefined && w >= 0.45 * width);
      check('the big line to say what to do now', (await popup.getByTestId('guide-line').textContent())?.trim(), (t) => !!t);
      await popup.clock.runFor((step.durationSec - 6) * SECOND);
    }
    await popup.getByRole('heading', { name: 'Routine done' }).waitFor();
    check(`the finish screen at ${width} px not to scroll sideways`, await overflowOf(popup), (px) => px <= 0);
  });
});

describe('the routine in the popup and in a window (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('the first-run note comes before the routine, never above it while it runs', async () => {
    const popup = await openPopup(chromium.session);
    await popup.getByTestId('safety-note').waitFor();
    await popup.getByRole('button', { name: 'Start routine' }).click();
    await popup.getByTestId('step-title').waitFor();
    check('no safety note above the running routine', await popup.getByTestId('safety-note').count(), (n) => n === 0);
  });

  it('"Open in a window" moves a running routine to the break window, still running', async () => {
    const { session } = chromium;
    const popup = await openPopup(session);
    await dismissSafetyNote(popup);
    await popup.getByRole('button', { name: 'Start routine' }).click();
    await popup.getByTestId('step-title').waitFor();
    await popup.getByRole('button', { name: 'Open in a window' }).click();
    const window = await waitFor('the break window to open', () => session.context.pages().find((p) => p.url() === session.url('break.html')), (p) => p !== undefined);
    await waitFor('the popup to close itself', () => popup.isClosed(), (closed) => closed);
    await window!.getByTestId('step-title').waitFor();
    const seconds = async () => parseInt((await window!.getByTestId('step-seconds').textContent()) ?? '', 10);
    const first = await seconds();
    check('the routine running in the window (no "Welcome back")', await window!.getByRole('region', { name: 'Routine in progress' }).count(), (n) => n === 0);
    check('the pause button offers to pause, not to resume', (await window!.locator('.controls button.play').textContent())?.trim(), (t) => t === 'Pause');
    await waitFor('the countdown to go on in the window', seconds, (s) => s < first, 5_000);
  });
});
