import { describe, it } from 'vitest';
import { PHASES } from '../../../lib/programme';
import { sessionPlan } from '../../../lib/programme-plan';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { openPage, type ColorScheme } from '../support/ui';

describe('the 8-week programme (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('starts on the Progress page, plays today’s session and records it; screenshots in both themes, axe on the session page', async () => {
    const found: Record<string, Violation[]> = {};
    const progress = await openPage(chromium.session, 'progress.html', { viewport: { width: 400, height: 900 } });
    const section = progress.getByTestId('programme');
    await section.getByRole('button', { name: 'Start today' }).click();
    await section.getByText('Week 1 of 8').waitFor();
    check('today’s session: the foundation exercises', await section.getByTestId('programme-exercises').locator('li').count(), (n) => n === 3);
    check('not done yet', await section.getByTestId('programme-today').textContent(), (t) => t === 'Not done yet today');
    await section.screenshot({ path: await screenshotPath('programme-progress-400-light') });
    const href = await section.getByRole('link', { name: "Play today's session" }).getAttribute('href');
    check('the link to the session page', href, (h) => h === '/session.html');

    const plan = sessionPlan(PHASES[0]);
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
