import { describe, it } from 'vitest';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { evaluateInToolbarPopup } from '../support/popup-target';
import { PROMPT_ID, stateWithWorkLeft } from '../support/schedule';
import { screenshotPath } from '../support/screenshots';
import { openPage } from '../support/ui';
import { words } from '../support/words';
import type { ExtensionGlobals } from '../support/extension-api';

// A user builds a routine of their own on the options page, chooses it for breaks, and the
// next break plays it: the worker picks it when the break starts, the player shows it.
describe('your own routine, from the options page to a break (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('is built, chosen for breaks, and played when a break started from the prompt', async () => {
    const page = await openPage(chromium.session, 'options.html', { viewport: { width: 1000, height: 900 } });
    const chest = words('en', 'library.chestExpansion.title');
    const angels = words('en', 'routine.wallAngels.title');
    await page.getByRole('button', { name: words('en', 'custom.editor.new'), exact: true }).click();
    await page.getByLabel(chest, { exact: true }).check();
    await page.getByLabel(angels, { exact: true }).check();
    await page.getByLabel(words('en', 'custom.editor.seconds', { movement: chest }), { exact: true }).fill('40');
    await page.getByLabel(words('en', 'custom.editor.name'), { exact: true }).fill('Desk reset');
    const editor = page.getByTestId('custom-editor');
    await editor.screenshot({ path: await screenshotPath('custom-routine-editor-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await editor.screenshot({ path: await screenshotPath('custom-routine-editor-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: words('en', 'custom.editor.save'), exact: true }).click();

    const stored = async () =>
      (await chromium.session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.sync.get(['customRoutines', 'settings']));
    const saved = await waitFor(
      'storage.sync to hold the routine',
      async () => ((await stored()) as { customRoutines?: { routines: { id: string; name: string; steps: { movement: string; seconds: number }[] }[] } }).customRoutines?.routines ?? [],
      (list) => list.length === 1,
    );
    check('the routine as built', saved[0], (r) => r.name === 'Desk reset' && JSON.stringify(r.steps) === JSON.stringify([{ movement: 'chest-expansion', seconds: 40 }, { movement: 'wall-angels', seconds: 30 }]));
    await page.getByLabel('Desk reset', { exact: true }).check();
    await waitFor('customRoutines.choice to be the routine’s id', async () => ((await stored()) as { customRoutines?: { choice?: string } }).customRoutines?.choice, (id) => id === saved[0].id);

    // A break comes due, as break-due.e2e.ts makes one, and starts from the prompt.
    const { settings } = await chromium.session.stored();
    await chromium.session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 3_000));
    await chromium.session.nudge();
    await waitFor('the stored phase to be "due"', async () => (await chromium.session.stored()).schedule?.phase.kind, (k) => k === 'due');
    await chromium.session.inWorker(`chrome.notifications.onClicked.dispatch(${JSON.stringify(PROMPT_ID)})`);
    await waitFor('the stored phase to be "onBreak"', async () => (await chromium.session.stored()).schedule?.phase.kind, (k) => k === 'onBreak');
    const progress = async () =>
      (await chromium.session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get('routineProgress'));
    await waitFor('the routine’s progress to name the routine', async () => ((await progress()) as { routineProgress?: { routineId: string } }).routineProgress?.routineId, (id) => id === saved[0].id);

    const read = `[document.querySelector('[data-testid="step-title"]')?.textContent ?? null, document.querySelector('[data-testid="routine-name"]')?.textContent ?? null, document.querySelector('[data-testid="step-dose"]')?.textContent ?? null]`;
    const breakWindow = () => chromium.session.context.pages().find((p) => p.url() === chromium.session.url('break.html'));
    await waitFor(
      `the break to play the routine’s first step, "${chest}", under its name`,
      async () => {
        const win = breakWindow();
        if (win) return win.evaluate(read) as Promise<(string | null)[]>;
        return evaluateInToolbarPopup<(string | null)[]>(chromium.session.context, chromium.session.extensionId, read);
      },
      (shown) => !!shown && shown[0] === chest && shown[1] === 'Desk reset' && shown[2] === words('en', 'custom.dose', { seconds: 40 }),
    );
  });
});
