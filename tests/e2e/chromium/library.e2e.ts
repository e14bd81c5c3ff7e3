import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { movementsWhere, MOVEMENTS } from '../../../lib/movements';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { openPage, type ColorScheme } from '../support/ui';

/** The ids of the cards shown, in order. */
function shown(page: Page): Promise<string[]> {
  return page.getByTestId('movement').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id') ?? ''));
}

/** How far the page scrolls sideways (0 or less: not at all). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The countdown of the movement being tried, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  return Number(await page.getByTestId('try-player').getByTestId('step-seconds').locator('.countdown-number').textContent());
}

const ids = (where?: Parameters<typeof movementsWhere>[0]['where'], needs?: Parameters<typeof movementsWhere>[0]['needs']) =>
  movementsWhere({ where, needs }).map((m) => m.id);

describe('the movement library (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('filters by place and equipment (in the address), tries a movement with its countdown, passes axe; screenshots at 400 and 1000 px', async () => {
    const found: Record<string, Violation[]> = {};
    const page = await openPage(chromium.session, 'library.html', { viewport: { width: 1000, height: 900 }, clock: true });
    await page.getByRole('heading', { level: 1, name: 'Movement library' }).waitFor();
    check('every movement listed', await shown(page), (s) => JSON.stringify(s) === JSON.stringify(ids()));
    check('the count', await page.getByTestId('count').textContent(), (t) => t === '17 movements');
    check('the tab title', await page.title(), (t) => t === 'Midbreak: movement library');
    // Two columns when wide: the first two cards side by side.
    const [a, b] = await page.getByTestId('movement').evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    check('two columns of cards at 1000 px', [a, b], ([x, y]) => Math.abs(x.top - y.top) < 1 && y.left > x.right);
    await page.screenshot({ path: await screenshotPath('library-1000-light'), fullPage: true });
    found['library-1000-light'] = await axeViolations(page);

    // The floor: every card it leaves has the floor's safety line.
    await page.getByRole('radio', { name: 'Floor' }).check();
    await waitFor('only the floor movements', () => shown(page), (s) => JSON.stringify(s) === JSON.stringify(ids('floor')));
    check('the count of floor movements', await page.getByTestId('count').textContent(), (t) => t === `${ids('floor').length} movements`);
    check('the address to say where', new URL(page.url()).search, (s) => s === '?where=floor');
    check('a floor-safety line on every floor card', await page.getByTestId('floor-safety').count(), (n) => n === ids('floor').length);
    await page.getByTestId('floor-safety').first().locator('summary').click();
    await page.getByText('Going down: hold a steady chair').first().waitFor();

    // A band, anywhere.
    await page.getByRole('radio', { name: 'Anywhere' }).check();
    await page.getByRole('radio', { name: 'Resistance band' }).check();
    await waitFor('only the band movements', () => shown(page), (s) => JSON.stringify(s) === JSON.stringify(ids(undefined, 'band')));
    check('the address to say what it needs', new URL(page.url()).search, (s) => s === '?needs=band');

    // Both: nothing on the floor needs a band.
    await page.getByRole('radio', { name: 'Floor' }).check();
    await page.getByTestId('none').waitFor();
    check('the count at none', await page.getByTestId('count').textContent(), (t) => t === '0 movements');
    check('the address with both', new URL(page.url()).search, (s) => s === '?where=floor&needs=band');
    await page.getByRole('button', { name: 'Show all' }).click();
    await waitFor('every movement again', () => shown(page), (s) => s.length === 17);

    // A link opens the page filtered; a value it does not know is "all".
    await page.goto(chromium.session.url('library.html?where=floor&needs=foamRoller'));
    await waitFor('the foam roller on the floor', () => shown(page), (s) => JSON.stringify(s) === JSON.stringify(ids('floor', 'foamRoller')));
    check('the radios to show the address’s filter', await page.getByRole('radio', { name: 'Foam roller' }).isChecked(), (c) => c);
    await page.goto(chromium.session.url('library.html?where=ceiling&needs=band'));
    await waitFor('an unknown place to be anywhere', () => shown(page), (s) => JSON.stringify(s) === JSON.stringify(ids(undefined, 'band')));

    // Try a movement: its countdown runs with the clock, pauses, and Escape stops it.
    const card = page.locator('[data-testid="movement"][data-id="band-rows"]');
    await card.getByRole('button', { name: 'Try it' }).click();
    await card.getByTestId('try-player').waitFor();
    check('the countdown to start at 30', await secondsLeft(page), (s) => s === 30);
    await page.getByTestId('try-live').getByText('Trying Band rows for 30 seconds.').waitFor();
    await waitFor('the focus on Pause', () => page.evaluate(() => document.activeElement?.textContent), (t) => t === 'Pause');
    await page.clock.runFor(5_000);
    await waitFor('the countdown to run', () => secondsLeft(page), (s) => s === 25);
    const phase = await card.getByTestId('try-player').getAttribute('data-phase');
    await page.clock.runFor(1_000);
    await waitFor('the picture to move with the clock', () => card.getByTestId('try-player').getAttribute('data-phase'), (p) => p !== phase);
    await card.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(3_000);
    check('the countdown to hold while paused', await secondsLeft(page), (s) => s === 24);
    await page.setViewportSize({ width: 400, height: 900 });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: await screenshotPath('library-try-400-light') });
    found['library-try'] = await axeViolations(page);
    await page.keyboard.press('Escape');
    await card.getByTestId('try-player').waitFor({ state: 'detached' });
    await page.getByTestId('try-live').getByText('Stopped: Band rows.').waitFor();
    await waitFor('the focus back on "Try it"', () => page.evaluate(() => document.activeElement?.textContent), (t) => t === 'Try it');
    // One that runs to its end says so.
    await card.getByRole('button', { name: 'Try it' }).click();
    await page.clock.runFor(31_000);
    await page.getByTestId('try-live').getByText('Done: Band rows.').waitFor();
    check('the player gone at the end', await card.getByTestId('try-player').count(), (n) => n === 0);
    await page.close();

    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const narrow = await openPage(chromium.session, 'library.html', { viewport: { width: 400, height: 900 }, colorScheme: scheme, clock: true });
      await narrow.getByTestId('movement').first().waitFor();
      check(`no sideways scrolling at 400 px (${scheme})`, await overflow(narrow), (o) => o <= 0);
      await narrow.screenshot({ path: await screenshotPath(`library-400-${scheme}`), fullPage: true });
      if (scheme === 'dark') found['library-400-dark'] = await axeViolations(narrow);
      await narrow.close();
    }

    // 320 px, with a floor line and a try (a drawn one, with sides) open: nothing runs off the side.
    const small = await openPage(chromium.session, 'library.html', { viewport: { width: 320, height: 800 }, clock: true });
    await small.getByTestId('movement').first().waitFor();
    await small.getByTestId('floor-safety').first().locator('summary').click();
    const twist = small.locator('[data-testid="movement"][data-id="seated-twist"]');
    await twist.getByRole('button', { name: 'Try it' }).click();
    await twist.getByTestId('try-side').getByText('First side').waitFor();
    check('no sideways scrolling at 320 px', await overflow(small), (o) => o <= 0);
    const wide = await small.evaluate(() =>
      [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((el) => el.className || el.tagName),
    );
    check('no element past the right edge at 320 px', wide, (w) => w.length === 0);
    await small.clock.runFor(16_000);
    await twist.getByTestId('try-side').getByText('Other side').waitFor();
    await small.getByTestId('try-live').getByText('Switch to the other side.').waitFor();
    await twist.screenshot({ path: await screenshotPath('library-try-320-light') });
    await small.screenshot({ path: await screenshotPath('library-320-light'), fullPage: true });
    await small.close();

    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
    check('the movements named in the test', MOVEMENTS['band-rows'].needs, (n) => n === 'band');
  });

  it('is linked from the options page and the Progress page', async () => {
    const options = await openPage(chromium.session, 'options.html', { viewport: { width: 1000, height: 800 } });
    check('the options page to link the library', await options.getByRole('link', { name: 'Movement library' }).getAttribute('href'), (h) => h === '/library.html');
    const progress = await openPage(chromium.session, 'progress.html', { viewport: { width: 1000, height: 800 } });
    check('the Progress page to link the library', await progress.getByRole('link', { name: 'Movement library' }).getAttribute('href'), (h) => h === '/library.html');
  });
});
