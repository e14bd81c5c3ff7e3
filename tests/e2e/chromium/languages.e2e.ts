import type { Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { movementsWhere } from '../../../lib/movements';
import { DESK_ROUTINE } from '../../../lib/routine';
import { launchChromium, reportChromiumFailures, type ChromiumSession } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { openPage, openPopup, type ColorScheme } from '../support/ui';
import { words, type Language } from '../support/words';

// Issue 15: Chromium started in German and in Spanish (`--lang`, with Debian's
// chromium-l10n) shows the popup, a routine step and the options page in that language,
// and nothing is clipped at 320 px, the narrowest the pages support. So do the movement
// library, the programme on the Progress page, today's session (at the session window's
// size) and the popup's programme line.

/** Buttons, labels and headings whose text does not fit their box, and any sideways scroll. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('button, label, h1, h2, h3, a, summary, legend, th')) {
      const style = getComputedStyle(el);
      if (el.offsetParent === null || style.visibility === 'hidden') continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible') found.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim()}"`);
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1) found.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim()}" runs off the page`);
    }
    return found;
  });
}

describe.each<Language>(['de', 'es'])('Midbreak in Chromium, in %s', (lang) => {
  let session: ChromiumSession | undefined;
  // Registered first, so it runs last (after hooks run as a stack): the failure report
  // below still finds the browser open.
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  reportChromiumFailures(() => session);

  async function start(): Promise<ChromiumSession> {
    session = await launchChromium(undefined, { lang });
    // A returning user: the first-run note was dismissed.
    const harness = await session.harness();
    const uiLanguage = await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.i18n.getUILanguage());
    check(`the browser's UI language is ${lang} (chromium-l10n installed?)`, uiLanguage, (l) => l.startsWith(lang));
    await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ safetyNoteSeen: { v: 2, seen: true } }));
    return session;
  }

  it('shows the popup and a routine step in that language, nothing clipped at 320 px', async () => {
    const s = await start();
    // Dark first: the light pass then starts the routine.
    for (const scheme of ['dark', 'light'] as ColorScheme[]) {
      const popup = await openPopup(s, { viewport: { width: 320, height: 600 }, colorScheme: scheme });
      check('the page says its language', await popup.evaluate(() => document.documentElement.lang), (l) => l.startsWith(lang));
      check('the status heading', await popup.locator('#view-title').textContent(), (t) => t === words(lang, 'status.title.working'));
      check('the primary button', (await popup.locator('[data-primary]').textContent())?.trim(), (t) => t === words(lang, 'status.startRoutine'));
      check('the pause buttons', await popup.getByRole('group').locator('button').first().textContent(), (t) => t === words(lang, 'status.pause.halfHour'));
      check('nothing clipped at 320 px', await clipped(popup), (c) => c.length === 0);
      await popup.screenshot({ path: await screenshotPath(`popup-${lang}-320-${scheme}`) });
      if (scheme === 'dark') {
        await popup.close();
        continue;
      }
      // Light: on into the routine.
      await popup.locator('[data-primary]').click();
      const first = DESK_ROUTINE.steps[0];
      await waitFor('the first step, in that language', () => popup.getByTestId('step-title').textContent(), (t) => t === words(lang, first.title));
      check('its dose, in that language', await popup.getByText(words(lang, first.dose)).count(), (n) => n >= 1);
      check('nothing clipped in the routine at 320 px', await clipped(popup), (c) => c.length === 0);
      await popup.screenshot({ path: await screenshotPath(`routine-${lang}-320`) });
      await popup.close();
    }
  });

  it('shows the options page in that language, nothing clipped at 320 px', async () => {
    const s = await start();
    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const options = await openPage(s, 'options.html', { viewport: { width: 320, height: 900 }, colorScheme: scheme });
      await options.locator('h1').waitFor();
      check('the page says its language', await options.evaluate(() => document.documentElement.lang), (l) => l.startsWith(lang));
      check('the heading', await options.locator('h1').textContent(), (t) => t === words(lang, OPTIONS_TITLE));
      check('the tab title', await options.title(), (t) => t === words(lang, OPTIONS_TITLE));
      check('nothing clipped at 320 px', await clipped(options), (c) => c.length === 0);
      await options.screenshot({ path: await screenshotPath(`options-${lang}-320-${scheme}`), fullPage: true });
      await options.close();
    }
  });

  it.each<[string, string, string]>([
    ['progress.html', 'progress.title', 'progress'],
    ['welcome.html', 'settings.welcome.title', 'welcome'],
    ['popup.html?view=checklist', 'progress.checklist.title', 'checklist'],
    ['popup.html?view=help', 'progress.safety.whenToGetChecked', 'when-to-get-checked'],
  ])('shows %s in that language, nothing clipped at 320 px', async (path, titleKey, name) => {
    const s = await start();
    const page = await openPage(s, path, { viewport: { width: 320, height: 900 } });
    const heading = page.locator(path.startsWith('popup') ? '#view-title' : 'h1').first();
    await waitFor('the heading, in that language', () => heading.textContent(), (t) => t?.trim() === words(lang, titleKey));
    check('the page says its language', await page.evaluate(() => document.documentElement.lang), (l) => l.startsWith(lang));
    check('nothing clipped at 320 px', await clipped(page), (c) => c.length === 0);
    await page.screenshot({ path: await screenshotPath(`${name}-${lang}-320`), fullPage: true });
    await page.close();
  });

  it('shows the movement library in that language, nothing clipped at 320 px', async () => {
    const s = await start();
    const first = movementsWhere({}).slice(0, 2);
    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const library = await openPage(s, 'library.html', { viewport: { width: 320, height: 900 }, colorScheme: scheme });
      await waitFor('the heading, in that language', () => library.locator('h1').textContent(), (t) => t === words(lang, 'library.title'));
      check('the page says its language', await library.evaluate(() => document.documentElement.lang), (l) => l.startsWith(lang));
      check('the count', await library.getByTestId('count').textContent(), (t) => t === words(lang, 'library.count', { n: movementsWhere({}).length }, movementsWhere({}).length));
      const cards = library.getByTestId('movement');
      check('the first cards’ titles', await cards.locator('h2').evaluateAll((h) => h.slice(0, 2).map((e) => e.textContent)), (t) => JSON.stringify(t) === JSON.stringify(first.map((m) => words(lang, m.title))));
      check('the "Try it" button', await cards.first().locator('.try-button').textContent(), (t) => t === words(lang, 'library.try.start'));
      check('nothing clipped at 320 px', await clipped(library), (c) => c.length === 0);
      // The top of a long page: the filters and the first two cards.
      const bottom = await cards.nth(1).evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
      await library.screenshot({ path: await screenshotPath(`library-${lang}-320-${scheme}`), fullPage: true, clip: { x: 0, y: 0, width: 320, height: bottom + 8 } });
      await library.close();
    }
  });

  it('shows the programme, today’s session and the popup’s programme line in that language, nothing clipped', async () => {
    const s = await start();
    const progress = await openPage(s, 'progress.html', { viewport: { width: 320, height: 900 } });
    const section = progress.getByTestId('programme');
    await section.getByRole('button', { name: words(lang, 'programme.start'), exact: true }).click();
    await waitFor('the week, in that language', () => section.getByTestId('programme-week').textContent(), (t) => t === words(lang, 'programme.weekOfEight', { n: 1 }));
    const buttons = await section.locator('button').allTextContents();
    check('the play button', buttons, (b) => b.includes(words(lang, 'programme.play')));
    check('the second round’s button', buttons, (b) => b.includes(words(lang, 'programme.playSecondRound')));
    check('nothing clipped on the Progress page at 320 px', await clipped(progress), (c) => c.length === 0);
    await section.screenshot({ path: await screenshotPath(`programme-${lang}-320`) });

    // Today's session, 400 px wide and as high as the session window's page (820 less Chrome's title bar).
    const win = await openPage(s, 'session.html?window', { viewport: { width: 400, height: 790 } });
    await win.getByTestId('session-safety').waitFor();
    check('the session’s heading', await win.locator('h1').textContent(), (t) => t === words(lang, 'programme.todaysSession'));
    await win.getByRole('button', { name: words(lang, 'programme.session.begin'), exact: true }).click();
    await waitFor('the set line, in that language', () => win.getByTestId('session-set').textContent(), (t) => !!t?.startsWith(words(lang, 'programme.set', { n: 1, total: 3 })));
    check('nothing clipped in the session at 400 px', await clipped(win), (c) => c.length === 0);
    await win.screenshot({ path: await screenshotPath(`session-${lang}-400`) });
    // At the window's own width (440), the first set's controls are in view with its floor line.
    await win.setViewportSize({ width: 440, height: 790 });
    const controls = await win.locator('.session-item .row').evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
    check('a set’s controls in view in the session window, without scrolling', controls, (b) => b <= 790);
    await win.screenshot({ path: await screenshotPath(`session-${lang}-440`) });
    await win.close();

    // The popup's programme line, now that the programme runs.
    const popup = await openPopup(s, { viewport: { width: 320, height: 600 } });
    const line = popup.getByTestId('popup-programme');
    const week = words(lang, 'programme.popupWeek', { n: 1, phase: words(lang, 'programme.phase.foundation.name') });
    await waitFor('the programme line, in that language', () => line.locator('p').textContent(), (t) => !!t?.startsWith(week));
    check('nothing clipped in the popup at 320 px', await clipped(popup), (c) => c.length === 0);
    await popup.screenshot({ path: await screenshotPath(`popup-programme-${lang}-320`), fullPage: true });
    await popup.close();
    await progress.close();
  });
});

/** The options page's heading (locales/*.yml). */
const OPTIONS_TITLE = 'settings.options.title';
