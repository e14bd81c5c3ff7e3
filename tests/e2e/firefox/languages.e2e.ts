import type { Page } from 'puppeteer-core';
import { afterEach, describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { screenshotOnFailure } from '../support/failure';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { screenshotPath } from '../support/screenshots';
import { words, type Language } from '../support/words';

// Issue 15: Firefox asked for German or Spanish (`intl.locale.requested`, with Debian's
// language packs) shows the popup, a routine step and the options page in that language.

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (e) => (e.textContent ?? '').trim()).catch(() => null);
}

describe.each<[Language, string]>([
  ['de', 'de'],
  ['es', 'es-ES'],
])('Midbreak in Firefox, in %s', (lang, requested) => {
  let ff: FirefoxSession | undefined;
  afterEach(async () => {
    await ff?.close();
    ff = undefined;
  });
  screenshotOnFailure(() => ff?.pages() ?? []);

  it('shows the popup, a routine step and the options page in that language', async () => {
    ff = await launchFirefox(undefined, { lang: requested });
    const popup = await ff.open('popup.html', '[data-testid="status"][data-phase]');
    const ui = await popup.evaluate(() => (globalThis as unknown as ExtensionGlobals).browser.i18n.getUILanguage());
    check(`Firefox's UI language is ${requested} (language pack installed?)`, ui, (l) => l.startsWith(lang));
    await popup.setViewport({ width: 320, height: 600 });
    check('the status heading', await textOf(popup, '#view-title'), (t) => t === words(lang, 'status.title.working'));
    check('the primary button', await textOf(popup, '[data-primary]'), (t) => t === words(lang, 'status.startRoutine'));
    await popup.screenshot({ path: await screenshotPath(`firefox-popup-${lang}-320`) });

    const gotIt = await popup.$('[data-testid="safety-note"] button.primary');
    if (gotIt) await gotIt.click();
    await popup.locator('[data-primary]').click();
    const first = DESK_ROUTINE.steps[0];
    await waitFor('the first step, in that language', () => textOf(popup, '[data-testid="step-title"]'), (t) => t === words(lang, first.title));
    await popup.screenshot({ path: await screenshotPath(`firefox-routine-${lang}-320`) });

    const options = await ff.open('options.html', 'h1');
    check('the options heading', await textOf(options, 'h1'), (t) => t === words(lang, 'settings.options.title'));
    await options.setViewport({ width: 400, height: 900 });
    await options.screenshot({ path: await screenshotPath(`firefox-options-${lang}-400`) });
  });
});
