import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { SECOND } from '../../../lib/time';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { dismissSafetyNote, openPage, openPopup, type ColorScheme } from '../support/ui';
import { words } from '../support/words';

/** The options page opens in a tab of its own: a laptop-sized window. */
const OPTIONS_VIEWPORT = { width: 1000, height: 800 };

describe('accessibility and screenshots of every screen (Chromium)', () => {
  const chromium = chromiumPerTest();

  it.each<ColorScheme>(['light', 'dark'])('has no axe violations in the %s theme', async (scheme) => {
    const found: Record<string, Violation[]> = {};
    /** Checks one screen with axe and leaves its picture in the screenshot folder. */
    const visit = async (page: Page, name: string) => {
      found[name] = await axeViolations(page);
      await page.screenshot({ path: await screenshotPath(`${name}-${scheme}`), fullPage: true });
    };

    const popup = await openPopup(chromium.session, { colorScheme: scheme, clock: true });
    await popup.getByTestId('safety-note').waitFor();
    await visit(popup, 'popup-first-run');
    await dismissSafetyNote(popup);
    await visit(popup, 'popup');

    await popup.getByRole('button', { name: 'Start routine' }).click();
    const title = popup.getByTestId('step-title');
    for (const [i, step] of DESK_ROUTINE.steps.entries()) {
      await waitFor(`step ${i + 1} to be "${words('en', step.title)}"`, () => title.textContent(), (t) => t === words('en', step.title));
      await visit(popup, `routine-step-${i + 1}-${step.id}`);
      await popup.clock.runFor(step.durationSec * SECOND);
    }
    await popup.getByRole('heading', { name: 'Routine done' }).waitFor();
    await visit(popup, 'routine-finish');

    await popup.getByRole('button', { name: 'Desk checklist' }).click();
    await popup.getByRole('heading', { name: 'Desk checklist' }).waitFor();
    await visit(popup, 'checklist');

    const options = await openPage(chromium.session, 'options.html', { colorScheme: scheme, viewport: OPTIONS_VIEWPORT });
    await options.getByLabel('Work interval (minutes)').waitFor();
    await visit(options, 'options');

    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
  });
});
