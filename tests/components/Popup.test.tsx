// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { safetyNoteSeenItem } from '../../lib/adapters/safety-items';
import { settingsItem } from '../../lib/adapters/settings-item';
import { saveSettings } from '../../lib/adapters/settings-write';
import { scheduleItem } from '../../lib/adapters/schedule-item';
import type { Request } from '../../lib/messages';
import { initialScheduleState, type Phase } from '../../lib/schedule-state';
import { defaultSettings } from '../../lib/settings';
import { MINUTE, minuteOfDay } from '../../lib/time';
import type { WorkingHours } from '../../lib/working-hours';
import { say } from '../../lib/adapters/i18n';
import { describeNextBreak } from '../../lib/status-text';
import { speakLocale } from '../lib/support/speak-locale';
import { mount, pageTests, T0, type Mounted } from './harness';

const pages = pageTests();

/** Working hours every day that begin an hour after T0's time of day, so T0 is outside them. */
function hoursAfterT0(): WorkingHours {
  const start = (minuteOfDay(T0) + 60) % 1440;
  return { enabled: true, days: Array.from({ length: 7 }, () => [{ start, end: (start + 60) % 1440 }]) };
}

async function openPopup(phase: Phase = { kind: 'working' }, extra: Record<string, unknown> = {}): Promise<Mounted> {
  await scheduleItem.item.setValue({ ...initialScheduleState(T0), phase, ...extra });
  // The page shows the state as the worker will compute it: outside hours needs hours that exclude now.
  if (phase.kind === 'outsideHours') await saveSettings({ ...defaultSettings(), workingHours: hoursAfterT0() });
  const page = await mount();
  return page;
}

const heading = (page: Mounted) => page.root.querySelector('[data-testid="status"] h2')?.textContent;


describe('Popup status', () => {
  it('counts down to the next break live, with the break time as a machine-readable attribute', async () => {
    const page = await openPopup({ kind: 'working' }, { activeMs: 5 * MINUTE });
    const el = () => page.root.querySelector<HTMLElement>('[data-testid="next-break"]')!;
    expect(heading(page)).toBe('Next break in');
    expect(el().textContent).toBe('40:00');
    expect(Number(el().dataset.nextBreakAt)).toBe(T0 + 40 * MINUTE);
    expect(el().getAttribute('datetime')).toBe(new Date(T0 + 40 * MINUTE).toISOString());
    await page.advance(61_000);
    expect(el().textContent).toBe('38:59');
    expect(Number(el().dataset.nextBreakAt)).toBe(T0 + 40 * MINUTE);
  });

  it('opens on the status without loading the routine or the checklist', async () => {
    const page = await openPopup();
    expect(page.root.querySelector('[data-testid="status"]')).not.toBeNull();
    expect(page.stores.routine.value).toBeNull();
    expect(page.stores.checklist.value).toBeNull();
  });

  it('links to the Progress page, which opens in a tab of its own', async () => {
    const page = await openPopup();
    const link = [...page.root.querySelectorAll('nav a')].find((a) => a.textContent === 'Progress');
    expect(link?.getAttribute('href')).toBe('/progress.html');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('asks the background to bring the state up to date when it opens', async () => {
    await openPopup();
    expect(pages.requests).toContainEqual({ type: 'status' });
  });

  it.each<[string, Phase, string, string[], string[]]>([
    ['working', { kind: 'working' }, 'Next break in', ['Start routine', 'Pause for 30 minutes', 'Pause for 1 hour', 'Pause for 2 hours', 'Pause until tomorrow'], ['Resume reminders', 'Skip this break']],
    ['waiting for a call to end', { kind: 'deferred', since: T0, reason: 'audible' }, 'Waiting: a tab is playing sound', ['Start routine', 'Skip this break'], ['Snooze 5 min', 'Snooze until the call ends']],
    ['due', { kind: 'due', since: T0, snoozes: 0 }, 'Time for a break', ['Start routine', 'Snooze 5 min', 'Skip this break'], ['Resume reminders']],
    ['due, snoozes used up', { kind: 'due', since: T0, snoozes: 3 }, 'Time for a break', ['Start routine', 'Skip this break'], ['Snooze 5 min']],
    ['snoozed', { kind: 'snoozed', until: T0 + 5 * MINUTE, snoozes: 1 }, 'Snoozed', ['Start routine', 'Skip this break'], ['Snooze 5 min']],
    ['paused', { kind: 'paused', until: T0 + 30 * MINUTE }, 'Reminders paused', ['Resume reminders', 'Start routine'], ['Pause for 30 minutes', 'Skip this break']],
    ['outside hours', { kind: 'outsideHours' }, 'Outside working hours', ['Start routine'], ['Skip this break', 'Resume reminders']],
  ])('%s: says "%s" and offers the right actions', async (_, phase, title, shown, hidden) => {
    const page = await openPopup(phase);
    expect(heading(page)).toBe(title);
    for (const name of shown) expect(page.queryButton(name), name).not.toBeNull();
    for (const name of hidden) expect(page.queryButton(name), name).toBeNull();
  });

  it('shows when a pause ends', async () => {
    const page = await openPopup({ kind: 'paused', until: T0 + 90 * MINUTE });
    expect(page.root.querySelector('.detail')?.textContent).toMatch(/^Until 11:30\sAM\.$/);
  });

  it.each<[string, Request]>([
    ['Pause for 30 minutes', { type: 'pause', option: '30m' }],
    ['Pause for 1 hour', { type: 'pause', option: '1h' }],
    ['Pause until tomorrow', { type: 'pause', option: 'tomorrow' }],
  ])('"%s" sends %j', async (name, request) => {
    const page = await openPopup();
    await page.click(name);
    expect(pages.requests).toContainEqual(request);
  });

  it.each<[string, Phase, Request]>([
    ['Snooze 5 min', { kind: 'due', since: T0, snoozes: 0 }, { type: 'snooze' }],
    ['Skip this break', { kind: 'due', since: T0, snoozes: 0 }, { type: 'skip' }],
    ['Resume reminders', { kind: 'paused', until: T0 + MINUTE }, { type: 'resume' }],
  ])('"%s" sends the request', async (name, phase, request) => {
    const page = await openPopup(phase);
    await page.click(name);
    expect(pages.requests).toContainEqual(request);
  });

  it('"Start routine" starts the routine and opens the player', async () => {
    const page = await openPopup();
    await page.click('Start routine');
    expect(pages.requests).toContainEqual({ type: 'startNow' });
    expect(page.text('step-title')).toBe('Wall angels');
  });

  it('follows the stored state as the background changes it', async () => {
    const page = await openPopup();
    await scheduleItem.item.setValue({ ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 0 } });
    await page.advance(0);
    expect(heading(page)).toBe('Time for a break');
  });

  it('offers to wait until the call ends while a tab plays sound', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ audible: true } as never]);
    const page = await openPopup({ kind: 'due', since: T0, snoozes: 0 });
    await page.click('Snooze until the call ends');
    expect(pages.requests).toContainEqual({ type: 'snoozeUntilQuiet' });
  });

  it('does not offer it when nothing plays', async () => {
    const page = await openPopup({ kind: 'due', since: T0, snoozes: 0 });
    expect(page.queryButton('Snooze until the call ends')).toBeNull();
  });

  it('uses the snooze length from the settings', async () => {
    await settingsItem.item.setValue({ ...defaultSettings(), snoozeMinutes: 10 });
    await pages.backgroundSettled(); // the background follows the change before the test writes the state
    const page = await openPopup({ kind: 'due', since: T0, snoozes: 0 });
    expect(page.button('Snooze 10 min')).not.toBeNull();
  });

  it('shows an error when the background does not answer', async () => {
    const page = await openPopup();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await page.click('Pause for 1 hour');
    expect(page.root.querySelector('[role="alert"]')?.textContent).toMatch(/could not/);
  });

  it.each([
    ['status', 'help', 'When to get checked'],
    ['status', 'checklist', 'Desk checklist'],
  ])('links from the %s view to %s', async (_, __, name) => {
    const page = await openPopup();
    await page.click(name);
    expect(page.root.querySelector('main h2')?.textContent).toBe(name);
    // The view's code arrives after the click; its heading still gets the focus.
    expect(document.activeElement).toBe(page.root.querySelector('main h2'));
    await page.click('Back to status');
    expect(heading(page)).toBe('Next break in');
  });
});

describe('first-run safety note', () => {
  it('shows once, plainly, until dismissed', async () => {
    await safetyNoteSeenItem.item.removeValue();
    const page = await openPopup();
    const note = page.root.querySelector('[data-testid="safety-note"]')!;
    expect(note.textContent).toContain('not medical advice');
    expect(note.textContent).toMatch(/numbness, tingling/);
    await page.click('Got it');
    expect(page.root.querySelector('[data-testid="safety-note"]')).toBeNull();
    expect(await safetyNoteSeenItem.item.getValue()).toEqual({ v: 2, seen: true });
    await page.close();
    const again = await openPopup();
    expect(again.root.querySelector('[data-testid="safety-note"]')).toBeNull();
  });

  it('the "when to get checked" page lists the urgent signs and the 2-week and 6–8-week rules', async () => {
    const page = await mount({ view: 'help' });
    const text = page.root.textContent!;
    for (const fact of ['getting worse', 'bladder or bowels', 'fever', 'weight loss', 'fall or an accident', '2 weeks', '6–8 weeks', 'not medical advice']) {
      expect(text).toContain(fact);
    }
  });
});

describe('in the browser’s language', () => {
  it('German: the status, its times in 24 hours, the actions and the links', async () => {
    speakLocale('de');
    const page = await openPopup();
    expect(heading(page)).toBe('Nächste Pause in');
    expect(page.root.querySelector('.detail')?.textContent).toBe('Gegen 10:45, nach 45 Min. Bildschirmzeit. Zeit fern vom Bildschirm zählt nicht.');
    expect(page.root.querySelector('[data-testid="next-break"]')?.getAttribute('aria-label')).toBe('45 Min.');
    for (const name of ['Routine starten', '30 Minuten pausieren', '1 Stunde pausieren', '2 Stunden pausieren', 'Bis morgen pausieren', 'Einstellungen']) {
      expect(page.queryButton(name), name).not.toBeNull();
    }
    // Each pause button's name contains what it shows (WCAG 2.5.3).
    for (const b of page.root.querySelectorAll('.pause-group button')) expect(b.getAttribute('aria-label')).toContain(b.textContent!);
    expect(page.root.querySelector('nav')?.getAttribute('aria-label')).toBe('Mehr');
  });

  it('Spanish: a pause that ends tomorrow, and the snooze button', async () => {
    speakLocale('es');
    const paused = await openPopup({ kind: 'paused', until: new Date(2026, 10, 17, 5, 0).getTime() });
    expect(heading(paused)).toBe('Recordatorios en pausa');
    expect(paused.root.querySelector('.detail')?.textContent?.replace(/\s/g, ' ')).toBe('Hasta mañana, 5:00.');
    expect(paused.queryButton('Reanudar recordatorios')).not.toBeNull();
    await paused.close();
    const due = await openPopup({ kind: 'due', since: T0, snoozes: 0 });
    expect(heading(due)).toBe('Hora de una pausa');
    expect(due.queryButton('Posponer 5 min')).not.toBeNull();
    expect(due.queryButton('Saltar esta pausa')).not.toBeNull();
  });

  it('German: the finish screen says when the next break comes', async () => {
    speakLocale('de');
    const page = await openPopup();
    expect(say(describeNextBreak(page.stores.schedule.status.value, T0))).toBe('In 45 Min., gegen 10:45.');
  });
});
