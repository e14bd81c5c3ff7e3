// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/adapters/i18n';
import { sayPhrase } from '../../../lib/adapters/phrases';
import { loadSafetyNoteSeen } from '../../../lib/adapters/safety-items';
import { updateSettings } from '../../../lib/adapters/settings-write';
import type { Reply, Request } from '../../../lib/messages';
import { FIRST_RUN_NOTE } from '../../../lib/safety';
import { defaultSettings, type Settings } from '../../../lib/settings';
import { SETTING_FIELDS } from '../../../lib/settings-fields';
import { parseNumberField } from '../../../lib/settings-form';
import type { ChoiceSetting } from '../../../lib/settings-fields';
import { optionLabel as optionKey } from '../../../lib/settings-words';
import { loadsSettled } from '../../../lib/stores/loading';
import { createWelcomeStore, hoursChoiceOf, type WelcomeStore } from '../../../lib/stores/welcome-store';
import { tryPromptMessage } from '../../../lib/try-prompt';
import { noWorkingHours, weekdaysNineToFive, type WorkingHours } from '../../../lib/working-hours';
import type { ToolbarBrowser } from '../../../components/welcome/PinHint';
import { WelcomePage } from '../../../components/welcome/WelcomePage';
import { storageSnapshot, storedSettings } from '../../lib/support/storage';
import { byButton, byLabel, errorFor, toggle, typeAndCommit } from '../options/helpers';

// Every save on this page must go through the one write path; the spy keeps its behaviour.
vi.mock('../../../lib/adapters/settings-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/adapters/settings-write')>();
  return { ...real, updateSettings: vi.fn(real.updateSettings) };
});

const WORK_LABEL = 'Work interval (minutes)';
/** The weekday preset's choice, its hours as English writes them (byLabel reads Intl's thin spaces as plain ones). */
const WEEKDAYS_LABEL = 'Weekdays 9 AM – 5 PM (Monday to Friday)';
const optionLabel = (name: ChoiceSetting, option: string) => t(optionKey(name, option));
const OK_REPLY = { ok: true } as Reply;

let store: WelcomeStore;
let root: HTMLElement;
let sent: Request[];
let reply: Reply;
let closed: number;
let settingsOpened: number;
const cleanups: (() => void)[] = [];

/** Text as the page shows it, with Intl's narrow and thin spaces read as plain ones. */
const plain = (text: string | null | undefined) => text?.replace(/\s/g, ' ');
const statusText = () => plain(root.querySelector('[role="status"]')?.textContent);
const checked = (label: string) => byLabel(label).checked;

/** Mounts the welcome page on a fresh store, as entrypoints/welcome/main.tsx does. */
async function mount(browser: ToolbarBrowser = 'chrome') {
  store = createWelcomeStore({
    send: async (request) => {
      sent.push(request);
      return reply;
    },
    openSettings: async () => {
      settingsOpened++;
    },
  });
  root = document.createElement('div');
  document.body.append(root);
  cleanups.push(() => {
    render(null, root);
    root.remove();
    store.dispose();
  });
  await act(async () => {
    render(<WelcomePage store={store} browser={browser} onClose={() => closed++} />, root);
    await store.ready;
  });
  // The safety note's code arrives with a dynamic import, as in the popup.
  await act(() => loadsSettled());
}

const custom: WorkingHours = { enabled: true, days: [[], [{ start: 480, end: 960 }], [], [], [], [], []] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(updateSettings).mockClear();
  sent = [];
  reply = OK_REPLY;
  closed = 0;
  settingsOpened = 0;
});
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('the welcome page', () => {
  it('says what Midbreak does, shows the safety note and the pin hint, and offers the three choices at their defaults', async () => {
    await mount();
    expect(root.querySelector('h1')?.textContent).toBe('Welcome to Midbreak');
    expect(root.querySelector('.lede')?.textContent).toMatch(/counts your active screen time.*60-second routine/);
    const note = root.querySelector('[data-testid="safety-note"]')!;
    for (const line of FIRST_RUN_NOTE.lines) expect(note.textContent).toContain(t(line));
    // "Done" moves on here; the popup's "Got it" would be a second way past the same note.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Got it');
    expect(root.querySelector('[data-testid="pin-hint"]')?.textContent).toMatch(/puzzle piece.*pin next to Midbreak/);

    expect(byLabel(WORK_LABEL).value).toBe('45');
    expect(checked('Off: count screen time at any hour')).toBe(true);
    for (const style of SETTING_FIELDS.promptStyle.options) {
      expect(checked(optionLabel('promptStyle', style)), style).toBe(style === 'notify');
    }
    expect(root.querySelector('[role="status"]')).not.toBeNull();
    expect(await storedSettings()).toBeUndefined(); // showing the page writes nothing
  });

  it('tells Firefox users where "Pin to Toolbar" is', async () => {
    await mount('firefox');
    expect(root.querySelector('[data-testid="pin-hint"]')?.textContent).toMatch(/Extensions button.*gear.*Pin to Toolbar/);
  });

  it.each<[string, Partial<Settings>, string, string]>([
    ['30 minutes, weekdays 9–17, the break window', { workMinutes: 30, workingHours: weekdaysNineToFive(), promptStyle: 'window' }, WEEKDAYS_LABEL, 'window'],
    ['custom hours and the badge only', { workMinutes: 90, workingHours: custom, promptStyle: 'badge' }, 'Custom hours', 'badge'],
    ['hours switched off with ranges kept', { workingHours: { ...weekdaysNineToFive(), enabled: false }, promptStyle: 'notify-and-open' }, 'Off: count screen time at any hour', 'notify-and-open'],
  ])('is prefilled from storage: %s', async (_name, stored, hoursLabel, style) => {
    const settings = { ...defaultSettings(), ...stored };
    await fakeBrowser.storage.sync.set({ settings });
    await mount();
    expect(byLabel(WORK_LABEL).value).toBe(String(settings.workMinutes));
    expect(checked(hoursLabel)).toBe(true);
    expect(checked(optionLabel('promptStyle', style))).toBe(true);
    expect(root.textContent?.includes('Set them in Settings')).toBe(hoursLabel === 'Custom hours');
  });

  it('saves each choice at once, through the one write path, and says so', async () => {
    await mount();
    typeAndCommit(byLabel(WORK_LABEL), '60');
    await vi.waitFor(() => expect(statusText()).toBe('Saved: Work interval 60 minutes.'));
    expect((await storedSettings())?.workMinutes).toBe(60);

    toggle(byLabel(WEEKDAYS_LABEL));
    await vi.waitFor(() => expect(statusText()).toBe('Saved: working hours Monday to Friday, 9:00 AM–5:00 PM.'));
    expect((await storedSettings())?.workingHours).toEqual(weekdaysNineToFive());

    toggle(byLabel('Off: count screen time at any hour'));
    await vi.waitFor(() => expect(statusText()).toBe('Saved: working hours off; Midbreak counts at any hour.'));
    // Off keeps the ranges, as the options page's switch does, so switching on again offers them.
    expect((await storedSettings())?.workingHours).toEqual({ ...weekdaysNineToFive(), enabled: false });

    for (const style of ['window', 'badge', 'notify-and-open', 'notify'] as const) {
      toggle(byLabel(optionLabel('promptStyle', style)));
      await vi.waitFor(() => expect(statusText()).toBe(`Saved: When a break is due: ${optionLabel('promptStyle', style)}.`));
      expect((await storedSettings())?.promptStyle).toBe(style);
    }
    expect(await storedSettings()).toEqual({ ...defaultSettings(), workMinutes: 60, workingHours: { ...weekdaysNineToFive(), enabled: false } });
    expect(vi.mocked(updateSettings)).toHaveBeenCalledTimes(7);
  });

  it('writes against what storage holds at that moment, so a change made elsewhere is kept', async () => {
    await mount();
    // The options page (or another device) changes the snooze while this page is open.
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), snoozeMinutes: 12 } });
    toggle(byLabel(optionLabel('promptStyle', 'badge')));
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved/));
    expect(await storedSettings()).toEqual({ ...defaultSettings(), snoozeMinutes: 12, promptStyle: 'badge' });
  });

  it.each(['5', '181', '', 'abc', '-20', '22.5'])('refuses a work interval of %j with the message, and storage stays as it was', async (text) => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 50 } });
    await mount();
    const before = await storageSnapshot();
    const input = byLabel(WORK_LABEL);
    typeAndCommit(input, text);
    const expected = parseNumberField('workMinutes', text);
    const message = expected.ok ? '' : sayPhrase(expected.error);
    expect(message).toMatch(/^Work interval .*10 to 180 minutes\.$/);
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(errorFor(input)?.textContent).toBe(message);
    expect(input.value).toBe(text);
    expect(statusText()).toBe(`Not saved. ${message}`);
    expect(await storageSnapshot()).toEqual(before);
    expect(vi.mocked(updateSettings)).not.toHaveBeenCalled();

    // A valid value clears the message and saves.
    typeAndCommit(input, '40');
    await vi.waitFor(() => expect(statusText()).toBe('Saved: Work interval 40 minutes.'));
    expect(errorFor(input)).toBeNull();
    expect((await storedSettings())?.workMinutes).toBe(40);
  });

  it('custom hours point to Settings and save nothing', async () => {
    await mount();
    const before = await storageSnapshot();
    toggle(byLabel('Custom hours'));
    const link = await vi.waitFor(() => byButton('Set them in Settings'));
    expect(statusText()).toBe('Set your working hours in Settings. Until you do, Midbreak keeps the hours it has now.');
    expect(await storageSnapshot()).toEqual(before);
    link.click();
    await vi.waitFor(() => expect(settingsOpened).toBe(1));
  });

  it('follows a change made in Settings without a reload', async () => {
    await mount();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 35, workingHours: custom } });
    await vi.waitFor(() => expect(byLabel(WORK_LABEL).value).toBe('35'));
    expect(checked('Custom hours')).toBe(true);
  });

  it('refuses every change while storage holds a newer version’s settings, and says why', async () => {
    const fromNewer = { v: 99, workMinutes: 25, somethingNew: 'kept' };
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await mount();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/saved by a newer version of Midbreak/);
    toggle(byLabel(optionLabel('promptStyle', 'badge')));
    await vi.waitFor(() => expect(statusText()).toMatch(/^Not saved: The stored settings come from a newer version of Midbreak/));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(fromNewer);
  });

  it('"Try it now" asks the background for a sample and says what appeared', async () => {
    await mount();
    byButton('Try it now').click();
    await vi.waitFor(() => expect(statusText()).toBe(sayPhrase(tryPromptMessage(OK_REPLY).text)));
    expect(sent).toEqual([{ type: 'tryPrompt' }]);
    // The break window would show the safety note again; this page has just shown it.
    expect(await loadSafetyNoteSeen()).toBe(true);
  });

  it('"Try it now" says why when nothing could be shown', async () => {
    reply = { ok: false, error: 'No reply from the background.' };
    await mount();
    byButton('Try it now').click();
    await vi.waitFor(() => expect(statusText()).toBe('Could not show a sample break: No reply from the background.'));
  });

  it('"When to get checked" opens in place and takes the focus', async () => {
    await mount();
    const more = byButton('When to get checked');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(() => more.click());
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('When to get checked'));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(root.textContent).toContain('Get urgent care if you have');
  });

  it('"Done" marks the safety note as read, so the popup does not show it again, and closes the page', async () => {
    await mount();
    expect(await loadSafetyNoteSeen()).toBe(false);
    byButton('Done').click();
    await vi.waitFor(() => expect(closed).toBe(1));
    expect(await loadSafetyNoteSeen()).toBe(true);
  });
});

describe('hoursChoiceOf', () => {
  it.each<[string, WorkingHours, string]>([
    ['off, no ranges', noWorkingHours(), 'off'],
    ['off, ranges kept', { ...weekdaysNineToFive(), enabled: false }, 'off'],
    ['the weekday preset', weekdaysNineToFive(), 'weekdays'],
    ['anything else switched on', custom, 'custom'],
  ])('%s is "%s"', (_name, hours, choice) => {
    expect(hoursChoiceOf(hours)).toBe(choice);
  });
});
