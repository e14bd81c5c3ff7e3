// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/adapters/i18n';
import { PROMPT_ID, SAMPLE_ID } from '../../../lib/adapters/notifications';
import { sayPhrase } from '../../../lib/adapters/phrases';
import { startBackground } from '../../../lib/background/start';
import type { Request } from '../../../lib/messages';
import type { ScheduleState } from '../../../lib/schedule-state';
import { defaultSettings, type Settings } from '../../../lib/settings';
import { SETTING_FIELDS, SETTING_NAMES, type ChoiceSetting, type SettingField } from '../../../lib/settings-fields';
import { optionLabel, SETTING_WORDS } from '../../../lib/settings-words';
import { statusOf } from '../../../lib/status';
import { createSettingsStore, type SettingsStore, type SettingsStoreDeps } from '../../../lib/stores/settings-store';
import { MINUTE } from '../../../lib/time';
import { tryPromptMessage } from '../../../lib/try-prompt';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { storedSettings, waitUntil } from '../../lib/support/storage';
import { byButton, byLabel, errorFor, toggle, typeAndCommit } from './helpers';

const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let now = T0;
let store: SettingsStore;
let downloads: { name: string; text: string }[];
let root: HTMLElement;
const cleanups: (() => void)[] = [];

const storedSchedule = async () => (await fakeBrowser.storage.local.get('schedule')).schedule as ScheduleState;
/** Text as the page shows it, with Intl's narrow spaces (before AM, around a dash) read as plain ones. */
const plain = (text: string | null | undefined) => text?.replace(/\s/g, ' ');
const statusText = () => plain(root.querySelector('[role="status"]')?.textContent);

/** The idle and commands APIs WXT's fake browser lacks, as inert stand-ins. */
function stubMissingApis() {
  const fb = fakeBrowser as unknown as Record<string, unknown>;
  fb.idle = { setDetectionInterval: vi.fn(), onStateChanged: { addListener: vi.fn(), removeListener: vi.fn() } };
  fb.commands = { onCommand: { addListener: vi.fn(), removeListener: vi.fn() } };
}

/** Mounts the page; `send` stands in for the background (the real one answers when a test starts it). */
async function mount({ send }: Pick<SettingsStoreDeps, 'send'> = {}) {
  store = createSettingsStore({ clock: () => now, download: (name, text) => downloads.push({ name, text }), send });
  root = document.createElement('div');
  document.body.append(root);
  cleanups.push(() => {
    render(null, root);
    root.remove();
    store.dispose();
  });
  // act() flushes the render that follows the store's first read before it returns, so the
  // page shows the stored settings, not "Loading", once mount() resolves.
  await act(async () => {
    render(<OptionsPage store={store} />, root);
    await store.ready;
  });
}

// A page event starts the store's work without waiting for it (saves are async, renders
// are batched), so each test below waits with vi.waitFor for what it is about to check:
// the text, focus or stored value that the handling ends in.

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingApis();
  now = T0;
  downloads = [];
});
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('options page', () => {
  it('shows the stored values in grouped, labelled fieldsets', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 50 } });
    await mount();
    expect(byLabel('Work interval (minutes)').value).toBe('50');
    expect(byLabel('Snooze length (minutes)').value).toBe('5');
    expect(byLabel('Snoozes in a row').value).toBe('3');
    expect(byLabel('Natural break after (minutes)').value).toBe('5');
    const legends = [...root.querySelectorAll('fieldset.group > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Break schedule', 'Working hours', 'Prompts', 'See a break now', 'Your data']);
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });

  it('links to the Progress page', async () => {
    await mount();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Your progress');
    expect(link?.getAttribute('href')).toBe('/progress.html');
  });

  it('shows every setting of the field table under its label, with its default', async () => {
    await mount();
    const defaults = defaultSettings();
    for (const name of SETTING_NAMES) {
      const field: SettingField = SETTING_FIELDS[name];
      const label = t(SETTING_WORDS[name].label);
      switch (field.kind) {
        case 'whole':
          expect(byLabel(label).value, name).toBe(String(field.default));
          break;
        case 'flag':
          expect(byLabel(label).checked, name).toBe(field.default);
          break;
        case 'choice':
          expect([...root.querySelectorAll('legend')].map((l) => l.textContent)).toContain(label);
          for (const option of field.options) {
            expect(byLabel(t(optionLabel(name as ChoiceSetting, option))).checked, option).toBe(option === field.default);
          }
          break;
        case 'offOrWhole':
          expect(byLabel(label).checked, name).toBe(field.default !== 0);
          expect(byLabel(t(SETTING_WORDS.headsUpSeconds.amountLabel)).value, name).toBe(String(field.suggested));
          break;
        case 'hours':
          expect(byLabel(label).checked, name).toBe(defaults.workingHours.enabled);
          break;
      }
    }
  });

  it.each([
    ['500', 'Work interval is out of range: enter a whole number from 10 to 180 minutes.'],
    ['', 'Work interval is empty: enter a whole number from 10 to 180 minutes.'],
    ['abc', 'Work interval must be a number: enter a whole number from 10 to 180 minutes.'],
    ['-5', "Work interval can't be negative: enter a whole number from 10 to 180 minutes."],
    ['22.5', 'Work interval must be a whole number, without decimals: enter a whole number from 10 to 180 minutes.'],
  ])('an invalid entry (%j) shows its message, tied to the field, and does not save', async (text, message) => {
    await fakeBrowser.storage.sync.set({ settings: defaultSettings() });
    await mount();
    const input = byLabel('Work interval (minutes)');
    typeAndCommit(input, text);
    await waitUntil(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const error = errorFor(input);
    expect(error?.id).toBe('workMinutes-error');
    expect(error?.textContent).toBe(message);
    expect(input.value).toBe(text);
    expect(await storedSettings()).toEqual(defaultSettings());
    expect(statusText()).toBe(`Not saved. ${message}`);
  });

  it('the error goes once a valid value is typed, and the valid value saves', async () => {
    await mount();
    const input = byLabel('Snooze length (minutes)');
    typeAndCommit(input, '0');
    await waitUntil(() => expect(errorFor(input)).not.toBeNull());
    typeAndCommit(input, '10');
    await waitUntil(() => expect(statusText()).toBe('Saved: Snooze length 10 minutes.'));
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(root.querySelector('#snoozeMinutes-error')).toBeNull();
    expect((await storedSettings())?.snoozeMinutes).toBe(10);
  });

  it('a change from another device shows up without a reload', async () => {
    await mount();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), maxSnoozes: 7, badgeCountdown: false } });
    await waitUntil(() => expect(byLabel('Snoozes in a row').value).toBe('7'));
    expect(byLabel('Show a countdown on the toolbar badge').checked).toBe(false);
  });

  it('switches, prompt style and heads-up save on change', async () => {
    await mount();
    toggle(byLabel('Play a sound at each routine step'));
    toggle(byLabel('Only mark the toolbar badge'));
    toggle(byLabel('Heads-up before a break'));
    const saved = { stepSound: true, promptStyle: 'badge', headsUpSeconds: 60 };
    await waitUntil(async () => expect(await storedSettings()).toMatchObject(saved));
    const seconds = byLabel('Heads-up time (seconds)');
    expect(seconds.disabled).toBe(false);
    typeAndCommit(seconds, '7');
    await waitUntil(() => expect(errorFor(seconds)?.textContent).toMatch(/from 10 to 300 seconds/));
    expect(await storedSettings()).toMatchObject(saved);
  });

  it('settings from a newer version: the page says so, and a change is refused with its reason and undone on screen', async () => {
    const fromNewer = { v: 99, workMinutes: 25, stepSound: false, somethingNew: 'kept' };
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await mount();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/saved by a newer version of Midbreak.*nothing can be saved here until you update Midbreak/);
    expect(byLabel('Work interval (minutes)').value).toBe('45');
    const sound = byLabel('Play a sound at each routine step');
    toggle(sound);
    await waitUntil(() =>
      expect(statusText()).toBe(
        'Not saved: The stored settings come from a newer version of Midbreak and are kept as they are; update Midbreak to change them here.',
      ),
    );
    expect(sound.checked).toBe(false);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(fromNewer);
  });

  describe('working hours', () => {
    // The browser's language is English here, so times are on a 12-hour clock, as en writes them.
    const PRESET_SAVED = 'Saved: working hours Monday to Friday, 9:00 AM–5:00 PM.';
    const value = (label: string) => plain(byLabel(label).value);

    it('the "Weekdays 9 AM – 5 PM" preset fills Monday to Friday', async () => {
      await mount();
      expect(plain(root.querySelector('.preset .muted')?.textContent)).toBe('Sets Monday to Friday, 9:00 AM–5:00 PM, and switches working hours on.');
      const preset = root.querySelector<HTMLButtonElement>('.preset button')!;
      expect(plain(preset.textContent)).toBe('Weekdays 9 AM – 5 PM');
      preset.click();
      await waitUntil(() => expect(statusText()).toBe(PRESET_SAVED));
      expect(byLabel('Only count screen time during working hours').checked).toBe(true);
      expect(value('Monday range 1 start')).toBe('9:00 AM');
      expect(value('Friday range 1 end')).toBe('5:00 PM');
      expect(root.textContent).toContain('Not a working day.');
      expect([...root.querySelectorAll('.day > legend')].map((l) => l.textContent)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
      expect((await storedSettings())?.workingHours.days[1]).toEqual([{ start: 540, end: 1020 }]);
    });

    it('a night shift crossing midnight saves and is explained', async () => {
      await mount();
      store.applyWeekdayPreset();
      await waitUntil(() => expect(statusText()).toBe(PRESET_SAVED));
      typeAndCommit(byLabel('Wednesday range 1 start'), '22:00');
      await waitUntil(() => expect(statusText()).toBe('Not saved: first fix the working-hours range marked with a warning.'));
      typeAndCommit(byLabel('Wednesday range 1 end'), '6:00 AM');
      await waitUntil(() => expect(statusText()).toBe('Saved: working hours.'));
      expect(plain(root.querySelector('#hours-3-0-note')?.textContent)).toBe('Runs past midnight, until 6:00 AM on Thursday.');
      expect((await storedSettings())?.workingHours.days[3]).toEqual([{ start: 1320, end: 360 }]);
      // Saved, the range is shown as the language writes times.
      await waitUntil(() => expect(value('Wednesday range 1 start')).toBe('10:00 PM'));
    });

    it('an overlap shows on the range and does not save; adding and removing keep focus in place', async () => {
      await mount();
      store.applyWeekdayPreset();
      await waitUntil(() => expect(statusText()).toBe(PRESET_SAVED));
      byButton('Add range on Monday').click();
      await waitUntil(() => expect(statusText()).toBe('Saved: working hours.'));
      const start = byLabel('Monday range 2 start');
      await waitUntil(() => expect(document.activeElement).toBe(start));
      expect(plain(start.value)).toBe('5:00 PM');
      typeAndCommit(start, '12:00');
      await waitUntil(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
      expect(errorFor(start)?.id).toBe('hours-1-1-error');
      expect(plain(errorFor(start)?.textContent)).toBe('Monday: 12:00 PM–6:00 PM overlaps Monday 9:00 AM–5:00 PM.');
      expect((await storedSettings())?.workingHours.days[1]).toEqual([{ start: 540, end: 1020 }, { start: 1020, end: 1080 }]);
      byButton('Remove Monday range 2').click();
      await waitUntil(() => expect(statusText()).toBe('Saved: working hours.'));
      await waitUntil(() => expect(document.activeElement).toBe(byButton('Add range on Monday')));
      expect((await storedSettings())?.workingHours.days[1]).toEqual([{ start: 540, end: 1020 }]);
    });

    it('end equal to start is refused with a message', async () => {
      await mount();
      store.applyWeekdayPreset();
      await waitUntil(() => expect(statusText()).toBe(PRESET_SAVED));
      typeAndCommit(byLabel('Tuesday range 1 end'), '09:00');
      await waitUntil(() =>
        expect(plain(root.querySelector('#hours-2-0-error')?.textContent)).toBe('Tuesday, range 1: the end must differ from the start (9:00 AM).'),
      );
    });
  });

  describe('reset', () => {
    it('asks first, in the page; Escape cancels and focus returns', async () => {
      await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 20 } });
      await mount();
      const reset = byButton('Reset to defaults');
      reset.click();
      await waitUntil(() => expect(document.activeElement).toBe(byButton('Cancel')));
      const dialog = root.querySelector('[role="alertdialog"]') as HTMLElement;
      expect(dialog).not.toBeNull();
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await waitUntil(() => expect(document.activeElement).toBe(reset));
      expect(root.querySelector('[role="alertdialog"]')).toBeNull();
      expect((await storedSettings())?.workMinutes).toBe(20);
    });

    it('"Yes, reset" restores every default', async () => {
      await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 20, stepSound: true } });
      await mount();
      byButton('Reset to defaults').click();
      const yes = await waitUntil(() => byButton('Yes, reset'));
      yes.click();
      // The confirm closes once the reset has been written.
      await waitUntil(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
      expect(await storedSettings()).toEqual(defaultSettings());
      expect(byLabel('Work interval (minutes)').value).toBe('45');
    });
  });

  describe('export and import', () => {
    it('exports a JSON file and imports it back', async () => {
      await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 33 } });
      await fakeBrowser.storage.local.set({ history: [{ kind: 'skipped', at: T0 - 1 }] });
      await mount();
      byButton('Export settings and history').click();
      await waitUntil(() => expect(downloads).toHaveLength(1));
      const file = new File([downloads[0].text], downloads[0].name, { type: 'application/json' });

      fakeBrowser.reset();
      stubMissingApis();
      cleanups.pop()!();
      await mount();
      const input = byLabel('Import a backup file');
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => expect(statusText()).toBe('Imported your settings and 1 history entry. Your own routines and the 8-week programme are now as in the file.'));
      expect(byLabel('Work interval (minutes)').value).toBe('33');
      expect((await fakeBrowser.storage.local.get('history')).history).toEqual({ v: 4, events: [{ kind: 'skipped', at: T0 - 1 }], days: [] });
    });

    it('a bad file shows its error on the file field and changes nothing', async () => {
      await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 33 } });
      await mount();
      const input = byLabel('Import a backup file');
      const file = new File(['{"format":"midbreak-backup","version":9}'], 'x.json');
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
      expect(errorFor(input)?.textContent).toMatch(/newer Midbreak \(file version 9\)/);
      expect((await storedSettings())?.workMinutes).toBe(33);
    });
  });
});

describe('the background sees a saved change', () => {
  async function startWorkerAt20Minutes() {
    // A long natural-break threshold, so 20 quiet minutes in the test still count as work.
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), naturalBreakMinutes: 30 } });
    const bg = startBackground(() => now);
    cleanups.push(bg.dispose);
    await bg.engine.settled();
    now = T0 + 20 * MINUTE;
    return bg;
  }

  it('shortening the interval below the time worked makes the break due now', async () => {
    const bg = await startWorkerAt20Minutes();
    await mount();
    typeAndCommit(byLabel('Work interval (minutes)'), '15');
    // Said once the write has resolved, by which time the background has been told of it.
    await waitUntil(() => expect(statusText()).toBe('Saved: Work interval 15 minutes.'));
    await bg.engine.settled();
    expect((await storedSettings())?.workMinutes).toBe(15);
    const state = await storedSchedule();
    expect(state.phase).toEqual({ kind: 'due', since: now, snoozes: 0 });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(PROMPT_ID);
  });

  it('lengthening it extends the current cycle', async () => {
    const bg = await startWorkerAt20Minutes();
    await mount();
    typeAndCommit(byLabel('Work interval (minutes)'), '60');
    await waitUntil(() => expect(statusText()).toBe('Saved: Work interval 60 minutes.'));
    await bg.engine.settled();
    const state = await storedSchedule();
    expect(state.phase.kind).toBe('working');
    expect(state.activeMs).toBe(20 * MINUTE);
    const settings = (await storedSettings())!;
    expect(statusOf(state, settings, now).remainingMs).toBe(40 * MINUTE);
  });

  it('an invalid entry never reaches the background', async () => {
    const bg = await startWorkerAt20Minutes();
    const before = await storedSchedule();
    await mount();
    typeAndCommit(byLabel('Work interval (minutes)'), '5');
    await waitUntil(() => expect(statusText()).toMatch(/^Not saved\. Work interval is out of range/));
    await bg.engine.settled();
    expect(await storedSchedule()).toEqual(before);
    expect((await storedSettings())?.workMinutes).toBe(45);
  });
});

describe('"Try it now"', () => {
  it('asks the background for a sample prompt and the break window, says so, and leaves the schedule alone', async () => {
    const bg = startBackground(() => now);
    cleanups.push(bg.dispose);
    await bg.engine.settled();
    const before = await storedSchedule();
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return undefined;
    });
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await mount();
    byButton('Try it now').click();
    await vi.waitFor(() => expect(statusText()).toBe(sayPhrase(tryPromptMessage({ ok: true } as never).text)));
    expect(sent).toEqual([{ type: 'tryPrompt' }]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([SAMPLE_ID]);
    expect(createWindow).toHaveBeenCalledWith(expect.objectContaining({ url: fakeBrowser.runtime.getURL('/break.html'), type: 'popup' }));
    await bg.engine.settled();
    expect(await storedSchedule()).toEqual(before);
    expect(statusText()).toBe(
      'A sample break prompt is showing, and the routine is open in its own window. Your break schedule has not changed.',
    );
  });

  it('says why when the background cannot show it', async () => {
    const sent: Request[] = [];
    await mount({
      send: async (request) => {
        sent.push(request);
        return { ok: false, error: 'No reply from the background.' };
      },
    });
    byButton('Try it now').click();
    await vi.waitFor(() => expect(statusText()).toBe('Could not show a sample break: No reply from the background.'));
    expect(sent).toEqual([{ type: 'tryPrompt' }]);
    expect(root.querySelector('.status-error')).not.toBeNull();
  });
});
