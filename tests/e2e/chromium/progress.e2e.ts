import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../lib/backup';
import { CHECKIN_VERSION, type CheckIn } from '../../../lib/checkin';
import type { Phrase } from '../../../lib/phrase';
import { progressDays, streak, trendMessage, weekStart, type DayRow, type ProgressInput } from '../../../lib/progress';
import { DESK_ROUTINE } from '../../../lib/routine';
import { defaultSettings } from '../../../lib/settings';
import { addDays, dayKey, SECOND } from '../../../lib/time';
import { weekdaysNineToFive } from '../../../lib/working-hours';
import { axeViolations, type Violation } from '../support/axe';
import { chromiumPerTest } from '../support/chromium';
import { check, show, waitFor } from '../support/poll';
import { eightWeeks } from '../support/progress-history';
import { screenshotPath } from '../support/screenshots';
import { dismissSafetyNote, openPage, openPopup, type ColorScheme } from '../support/ui';

/** The week table as a user reads it: a row per figure, a column per day (today's active time aside). */
const WEEK_ROWS: [string, (r: DayRow) => string][] = [
  ['Routines completed', (r) => String(r.completed)],
  ['Routines stopped early', (r) => String(r.partial)],
  ['Breaks due', (r) => String(r.due)],
  ['Breaks taken', (r) => String(r.taken)],
  ['Snoozed', (r) => String(r.snoozed)],
  ['Skipped', (r) => String(r.skipped)],
  ['Natural breaks', (r) => String(r.natural)],
  ['Active screen time (hours)', (r) => (r.activeMinutes / 60).toFixed(1)],
];

/** Midbreak's English words (the test browser's language), as the extension's messages hold them. */
const ENGLISH = generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, '../../../locales/en.yml'), 'utf8'), 'YAML'));

/** A phrase in English, as the page says it: its plural form, its parts, its `{named}` values. */
function english(p: Phrase): string {
  const forms = ENGLISH[p.key.replaceAll('.', '_')].message.split(' | ');
  const text = forms.length === 1 ? forms[0] : forms[p.count === 1 ? 0 : 1];
  const subs: Record<string, string | number> = {};
  for (const [name, part] of Object.entries(p.subs ?? {})) subs[name] = typeof part === 'object' && 'key' in part ? english(part) : (part as string | number);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
}

/** The week table's cells, row by row, as shown. */
async function weekTable(page: Page): Promise<string[][]> {
  return page.getByTestId('week-table').evaluate((table) =>
    [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())),
  );
}

describe('the Progress page (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('shows the week, the streak, the trend and the chart of 8 weeks imported from a backup; screenshots and axe in both themes', async () => {
    const now = Date.now();
    const today = dayKey(now);
    const settings = { ...defaultSettings(), workingHours: weekdaysNineToFive() };
    const { history, checkIns } = eightWeeks(now);
    const text = serializeBackup(createBackup(settings, history, { v: CHECKIN_VERSION, entries: checkIns, skippedDay: null }, now));

    // Through the options page's import, as a user moving to a new computer would.
    const options = await openPage(chromium.session, 'options.html', { viewport: { width: 1000, height: 800 } });
    await options.getByLabel('Import a backup file').setInputFiles({ name: 'midbreak-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.getByText(`Imported your settings, ${history.events.length} history entries and ${checkIns.length} check-ins. Your own routines and the 8-week programme are now as in the file.`).first().waitFor();
    // The options page links to the Progress page.
    check('the options page to link to progress.html', await options.getByRole('link', { name: 'Your progress' }).getAttribute('href'), (h) => h === '/progress.html');

    // What the page must show, from the same figures (today's active time is the schedule's, so it is left aside).
    const input: ProgressInput = { history, checkIns: { v: CHECKIN_VERSION, entries: checkIns, skippedDay: null }, unrecorded: [], workingHours: settings.workingHours };
    const monday = weekStart(today);
    const week = progressDays(input, monday, addDays(monday, 6));
    const recent = progressDays(input, addDays(today, -55), today);
    const expectedStreak = streak(recent, today);
    const expectedTrend = english(trendMessage(recent, 'en'));
    check('a streak that ends at the gap 10 to 12 days back', expectedStreak, (n) => n > 0 && n <= 10);

    const found: Record<string, Violation[]> = {};
    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      for (const width of [400, 800]) {
        const page = await openPage(chromium.session, 'progress.html', { colorScheme: scheme, viewport: { width, height: 900 } });
        await page.getByTestId('week-table').waitFor();

        const cells = await weekTable(page);
        const header = cells[0].slice(1);
        check(`today's column (${today}) to be marked "today"`, header[week.findIndex((r) => r.day === today)], (h) => h.includes('today'));
        const rows = cells.slice(1);
        WEEK_ROWS.forEach(([label, value], i) => {
          const expected = [label, ...week.map((r) => (r.day > today ? '–' : value(r)))];
          const seen = rows[i];
          // Today's active time comes from the running schedule: any number will do.
          if (label.startsWith('Active')) expected[1 + week.findIndex((r) => r.day === today)] = seen[1 + week.findIndex((r) => r.day === today)];
          check(`the week table's "${label}" row to read ${show(expected)}`, seen, (s) => JSON.stringify(s) === JSON.stringify(expected));
        });
        check('the streak', await page.getByTestId('streak').textContent(), (t) => t === `${expectedStreak} days in a row`);
        check('the trend sentence', await page.getByTestId('trend').textContent(), (t) => t === expectedTrend);
        const bars = await page.locator('[data-testid="chart"] rect[data-day]').count();
        check('a bar for every day with a completed routine', bars, (n) => n === recent.filter((r) => r.completed > 0).length);
        const points = await page.locator('[data-testid="chart"] circle[data-day]').count();
        check('a point for every check-in', points, (n) => n === checkIns.length);
        const svgWidth = Number(await page.getByTestId('chart').getAttribute('width'));
        check(`the chart drawn at the width it has (< ${width})`, svgWidth, (w) => w > width / 2 && w < width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        check('no sideways scrolling of the page', overflow, (o) => o <= 0);

        await page.screenshot({ path: await screenshotPath(`progress-${width}-${scheme}`), fullPage: true });
        if (width === 800) found[`progress-${scheme}`] = await axeViolations(page);

        await page.getByRole('button', { name: 'Show as table' }).click();
        await page.getByTestId('chart-table').waitFor();
        const tableRows = await page.locator('[data-testid="chart-table"] tbody tr').count();
        check('the table to list all 56 days', tableRows, (n) => n === 56);
        if (width === 400) await page.screenshot({ path: await screenshotPath(`progress-table-${width}-${scheme}`), fullPage: true });
        if (width === 800) found[`progress-table-${scheme}`] = await axeViolations(page);
        await page.close();
      }
    }
    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
  });

  it('takes a check-in with new symptoms and links "When to get checked" in a tab', async () => {
    const page = await openPage(chromium.session, 'progress.html', { viewport: { width: 800, height: 900 } });
    await page.getByTestId('today-checkin').getByText('None yet today.').waitFor();
    const form = page.locator('.today-checkin');
    await form.getByRole('radio', { name: '7', exact: true }).check();
    await form.getByRole('checkbox', { name: 'New numbness, tingling or weakness' }).check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByTestId('advice').waitFor();
    check('the advice to be about new symptoms', await page.getByTestId('advice').getAttribute('data-advice'), (a) => a === 'symptoms');
    const [help] = await Promise.all([
      chromium.session.context.waitForEvent('page'),
      page.getByRole('link', { name: 'When to get checked' }).click(),
    ]);
    await help.getByRole('heading', { name: 'When to get checked' }).waitFor();
    check('the help view of the popup page', help.url(), (u) => u.endsWith('/popup.html?view=help'));
    await help.screenshot({ path: await screenshotPath('progress-help-tab-light'), fullPage: true });
  });

  it('asks on the finish screen, once, with the way to "When to get checked"; the popup links the Progress page', async () => {
    const found: Record<string, Violation[]> = {};
    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const popup = await openPopup(chromium.session, { colorScheme: scheme, clock: true });
      if (scheme === 'light') await popup.getByTestId('safety-note').waitFor(); // the first run's note
      await dismissSafetyNote(popup);
      await popup.getByRole('button', { name: 'Start routine' }).click();
      await popup.getByTestId('step-title').waitFor();
      for (const step of DESK_ROUTINE.steps) await popup.clock.runFor(step.durationSec * SECOND);
      await popup.getByRole('heading', { name: 'Routine done' }).waitFor();
      const question = popup.getByTestId('finish-checkin');
      if (scheme === 'light') {
        await question.waitFor();
        await popup.screenshot({ path: await screenshotPath(`routine-finish-checkin-${scheme}`), fullPage: true });
        found[`finish-checkin-${scheme}`] = await axeViolations(popup);
        await question.getByRole('radio', { name: '3', exact: true }).check();
        await question.getByRole('checkbox', { name: 'New numbness, tingling or weakness' }).check();
        await question.getByRole('button', { name: 'Save' }).click();
        await popup.getByRole('alert').getByRole('button', { name: 'When to get checked' }).waitFor();
        await popup.screenshot({ path: await screenshotPath(`routine-finish-checkin-saved-${scheme}`), fullPage: true });
        found[`finish-checkin-saved-${scheme}`] = await axeViolations(popup);
        const stored = await waitFor(
          'the check-in in storage',
          async () => (await chromium.session.harness()).evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('checkIns')).checkIns),
          (c) => Array.isArray((c as { entries?: unknown[] } | undefined)?.entries),
        );
        check('today\'s check-in: 3, with symptoms', (stored as { entries: CheckIn[] }).entries, (e) => e.length === 1 && e[0].score === 3 && e[0].symptoms && e[0].day === dayKey(Date.now()));
        await popup.getByRole('button', { name: 'When to get checked' }).click();
        await popup.getByRole('heading', { name: 'When to get checked' }).waitFor();
      } else {
        // Answered already today (in the light run): the second routine does not ask.
        await popup.getByRole('link', { name: 'Your progress' }).waitFor();
        check('no question after the day\'s check-in', await question.count(), (n) => n === 0);
        await popup.screenshot({ path: await screenshotPath(`routine-finish-answered-${scheme}`), fullPage: true });
        await popup.getByRole('button', { name: 'Done' }).click();
        await popup.getByTestId('status').waitFor();
        await popup.screenshot({ path: await screenshotPath(`popup-with-progress-link-${scheme}`), fullPage: true });
        const [progress] = await Promise.all([
          chromium.session.context.waitForEvent('page'),
          popup.getByRole('link', { name: 'Progress' }).click(),
        ]);
        await progress.getByRole('heading', { name: 'Your progress' }).waitFor();
        check('the Progress page in a tab', progress.url(), (u) => u.endsWith('/progress.html'));
      }
      await popup.close();
    }
    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    check(`no axe violations on ${Object.keys(found).join(', ')}`, failing, (f) => Object.keys(f).length === 0);
  });
});
