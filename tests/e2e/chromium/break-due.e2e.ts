import { describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { chromiumPerTest } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { evaluateInToolbarPopup } from '../support/popup-target';
import { PROMPT_ID, stateWithWorkLeft } from '../support/schedule';
import { words } from '../support/words';

describe('a break comes due (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('creates the prompt once, and starting from it opens the routine', async () => {
    const { settings } = await chromium.session.stored();
    await chromium.session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 3_000));
    await chromium.session.nudge(); // the worker sets its alarm for the due time

    const { probe } = chromium.session;
    await waitFor('the prompt notification to be created', () => probe.count('notifications.create', PROMPT_ID), (n) => n >= 1);
    await waitFor('the stored phase to be "due"', async () => (await chromium.session.stored()).schedule?.phase.kind, (k) => k === 'due');
    const harness = await chromium.session.harness();
    await waitFor(
      `notifications.getAll() to hold ${PROMPT_ID}`,
      () => harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getAll()),
      (all) => PROMPT_ID in all,
    );

    // Another event while due must not show the prompt again.
    const badges = probe.count('action.setBadgeText');
    await chromium.session.nudge();
    await waitFor('the worker to finish handling the alarm', () => probe.count('action.setBadgeText'), (n) => n > badges);
    check('exactly one prompt created', probe.count('notifications.create', PROMPT_ID), (n) => n === 1);

    // The user clicks the prompt. Headless Chromium has no notification to click, so the
    // test fires the worker's real onClicked event with the prompt's id.
    await chromium.session.inWorker(`chrome.notifications.onClicked.dispatch(${JSON.stringify(PROMPT_ID)})`);
    await waitFor('the stored phase to be "onBreak"', async () => (await chromium.session.stored()).schedule?.phase.kind, (k) => k === 'onBreak');
    // The toolbar popup is no tab, so Playwright lists no page for it: ask the extension.
    await waitFor(
      'the routine to open: the toolbar popup or the break window',
      () => chromium.session.extensionContexts(),
      (contexts) => contexts.some((c) => c.url === chromium.session.url('popup.html') || c.url === chromium.session.url('break.html')),
    );
    // Either view opens straight into the routine when a break has begun.
    const firstStep = words('en', DESK_ROUTINE.steps[0].title);
    const stepTitle = `document.querySelector('[data-testid="step-title"]')?.textContent ?? null`;
    const breakWindow = () => chromium.session.context.pages().find((p) => p.url() === chromium.session.url('break.html'));
    await waitFor(
      `the routine view to show its first step, "${firstStep}"`,
      async () => {
        const page = breakWindow();
        if (page) return page.evaluate(stepTitle);
        return evaluateInToolbarPopup<string>(chromium.session.context, chromium.session.extensionId, stepTitle);
      },
      (text) => text === firstStep,
    );
    check('action.openPopup or windows.create to be called once', probe.count('action.openPopup') + probe.count('windows.create'), (n) => n === 1);
  });
});
