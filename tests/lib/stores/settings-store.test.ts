import { noCheckIns } from '../../../lib/checkin';
import { emptyHistory } from '../../../lib/history';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sayPhrase } from '../../../lib/adapters/phrases';
import type { Phrase } from '../../../lib/phrase';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup, serializeBackup } from '../../../lib/backup';
import { defaultSettings, type Settings } from '../../../lib/settings';
import { SETTING_FIELDS, settingsOfKind } from '../../../lib/settings-fields';
import { createSettingsStore, type SettingsStore } from '../../../lib/stores/settings-store';
import { formatClock, weekdaysNineToFive } from '../../../lib/working-hours';
import { storageSnapshot, storedSettings } from '../support/storage';

/** Intl may write a narrow space before AM; the tests read it as a plain one. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');
const said = (p: Phrase | undefined) => plain(p && sayPhrase(p));

// The fake browser's storage.*.set resolves only after its onChanged listeners have run, and
// a store follows a change synchronously in its listener: once a test's write resolves, the
// store has heard of it, so there is nothing more to wait for.
let store: SettingsStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = createSettingsStore({ download: () => {} });
  await store.ready;
});
afterEach(() => store.dispose());

describe('settings store', () => {
  it('starts from the defaults when nothing is stored', async () => {
    expect(store.loaded.value).toBe(true);
    await expect(store.ready).resolves.toBeUndefined();
    expect(store.stored.value).toEqual(defaultSettings());
    expect(store.numberDrafts.value).toMatchObject({ workMinutes: '45', snoozeMinutes: '5', maxSnoozes: '3', naturalBreakMinutes: '5' });
    // One draft per number field of the table, each showing its default.
    expect(store.numberDrafts.value).toEqual(Object.fromEntries(settingsOfKind('whole').map((f) => [f, String(SETTING_FIELDS[f].default)])));
    expect(store.headsUpDraft.value).toEqual({ enabled: false, seconds: '60' });
  });

  it('saves a valid number and says so', async () => {
    expect(await store.setNumber('workMinutes', ' 030 ')).toBe(true);
    expect((await storedSettings())?.workMinutes).toBe(30);
    expect(store.numberDrafts.value.workMinutes).toBe('30');
    expect(store.status.value).toMatchObject({ kind: 'saved', text: 'Saved: Work interval 30 minutes.' });
  });

  it('keeps an invalid number out of storage and shows its message', async () => {
    await store.setNumber('workMinutes', '50');
    expect(await store.setNumber('workMinutes', '500')).toBe(false);
    expect((await storedSettings())?.workMinutes).toBe(50);
    expect(store.errors.value.workMinutes).toBe('Work interval is out of range: enter a whole number from 10 to 180 minutes.');
    expect(store.numberDrafts.value.workMinutes).toBe('500'); // the user's text stays to be fixed
    expect(store.status.value?.kind).toBe('error');
  });

  it('clears an error while typing once the text is valid, without saving', async () => {
    await store.setNumber('snoozeMinutes', '0');
    store.editNumber('snoozeMinutes', '1');
    expect(store.errors.value.snoozeMinutes).toBeUndefined();
    expect(await storedSettings()).toBeUndefined();
  });

  it('follows a change made on another device without a restart', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 90, stepSound: true } });
    expect(store.stored.value.workMinutes).toBe(90);
    expect(store.stored.value.stepSound).toBe(true);
    expect(store.numberDrafts.value.workMinutes).toBe('90');
  });

  it('leaves a field the user is fixing alone when another device changes settings', async () => {
    await store.setNumber('workMinutes', '5000');
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 90, snoozeMinutes: 10 } });
    expect(store.numberDrafts.value.workMinutes).toBe('5000');
    expect(store.errors.value.workMinutes).toBeDefined();
    expect(store.numberDrafts.value.snoozeMinutes).toBe('10');
  });

  it('never writes back a stale copy of a field changed elsewhere', async () => {
    // Another device's write whose change event has not reached this page yet. The fake
    // browser delivers events before set() resolves, so the store's listener goes first:
    // the store still shows 5 when the save is made.
    fakeBrowser.storage.onChanged.removeAllListeners();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), snoozeMinutes: 12 } });
    expect(store.stored.value.snoozeMinutes).toBe(5);
    await store.setNumber('workMinutes', '20');
    expect(await storedSettings()).toMatchObject({ workMinutes: 20, snoozeMinutes: 12 });
  });

  it('saves heads-up off, on, and refuses 5 seconds', async () => {
    expect(await store.setHeadsUp({ enabled: true, seconds: '90' })).toBe(true);
    expect((await storedSettings())?.headsUpSeconds).toBe(90);
    expect(await store.setHeadsUp({ enabled: true, seconds: '5' })).toBe(false);
    expect((await storedSettings())?.headsUpSeconds).toBe(90);
    expect(store.errors.value.headsUpSeconds).toMatch(/Heads-up before a break is out of range: .*10 to 300 seconds/);
    expect(await store.setHeadsUp({ enabled: false, seconds: '5' })).toBe(true);
    expect((await storedSettings())?.headsUpSeconds).toBe(0);
    expect(store.errors.value.headsUpSeconds).toBeUndefined();
  });

  it('saves the prompt style and the switches', async () => {
    await store.setChoice('promptStyle', 'badge');
    await store.setFlag('pauseInFullscreen', false);
    await store.setFlag('stepSound', true);
    expect(await storedSettings()).toMatchObject({ promptStyle: 'badge', pauseInFullscreen: false, stepSound: true });
    expect(store.status.value?.text).toBe('Saved: Play a sound at each routine step: on.');
  });

  describe('working hours', () => {
    it('the preset sets weekdays 09:00–17:00 and switches them on', async () => {
      expect(await store.applyWeekdayPreset()).toBe(true);
      expect((await storedSettings())?.workingHours).toEqual(weekdaysNineToFive());
      // Written as the browser's language writes times (English: 9:00 AM).
      expect(store.hoursDraft.value.days[1]).toEqual([{ start: formatClock(540, 'en'), end: formatClock(1020, 'en') }]);
      expect(plain(store.status.value?.text)).toBe('Saved: working hours Monday to Friday, 9:00 AM–5:00 PM.');
    });

    it('switching on with no ranges starts from the weekday preset rather than never counting', async () => {
      await store.setHoursEnabled(true);
      expect((await storedSettings())?.workingHours).toEqual(weekdaysNineToFive());
    });

    it('stores a night shift crossing midnight', async () => {
      await store.applyWeekdayPreset();
      store.editRange(5, 0, 'start', '22:00');
      store.editRange(5, 0, 'end', '06:00');
      expect(await store.commitHours()).toBe(true);
      expect((await storedSettings())?.workingHours.days[5]).toEqual([{ start: 1320, end: 360 }]);
    });

    it('refuses an overlap, shows it on the range, and keeps the stored hours', async () => {
      await store.applyWeekdayPreset();
      await store.addRange(1); // suggested 17:00–18:00
      store.editRange(1, 1, 'start', '16:00');
      expect(await store.commitHours()).toBe(false);
      expect(said(store.hoursErrors.value[1][1].range)).toBe('Monday: 4:00 PM–6:00 PM overlaps Monday 9:00 AM–5:00 PM.');
      expect((await storedSettings())?.workingHours.days[1]).toEqual([{ start: 540, end: 1020 }, { start: 1020, end: 1080 }]);
    });

    it('a night shift that runs into the next morning’s range is refused', async () => {
      await store.applyWeekdayPreset();
      store.editRange(1, 0, 'start', '20:00');
      store.editRange(1, 0, 'end', '10:00');
      expect(await store.commitHours()).toBe(false);
      expect(said(store.hoursErrors.value[2][0].range)).toMatch(/Tuesday: 9:00 AM–5:00 PM overlaps Monday 8:00 PM–10:00 AM/);
    });

    it('switching off always works, dropping half-typed ranges', async () => {
      await store.applyWeekdayPreset();
      store.editRange(3, 0, 'end', '9');
      await store.commitHours();
      expect(await store.setHoursEnabled(false)).toBe(true);
      expect((await storedSettings())?.workingHours).toEqual({ ...weekdaysNineToFive(), enabled: false });
      expect(store.hoursErrors.value.flat().every((e) => !e.start && !e.end && !e.range)).toBe(true);
    });

    it('removes a range and allows at most 6 a day', async () => {
      await store.applyWeekdayPreset();
      for (let i = 0; i < 6; i++) await store.addRange(1);
      expect(store.hoursDraft.value.days[1]).toHaveLength(6);
      expect(store.status.value?.text).toBe('A day can have at most 6 ranges.');
      await store.removeRange(1, 0);
      expect((await storedSettings())?.workingHours.days[1]).toHaveLength(5);
    });
  });

  it('reset puts every setting back to its default and clears errors', async () => {
    await store.setNumber('workMinutes', '20');
    await store.applyWeekdayPreset();
    await store.setNumber('snoozeMinutes', 'x');
    expect(await store.resetToDefaults()).toBe(true);
    expect(await storedSettings()).toEqual(defaultSettings());
    expect(store.errors.value).toEqual({});
    expect(store.numberDrafts.value.snoozeMinutes).toBe('5');
    expect(store.status.value?.text).toBe('All settings are back to their defaults.');
  });

  it('stops following storage after dispose', async () => {
    store.dispose();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 99 } });
    expect(store.stored.value.workMinutes).toBe(45);
  });
});

describe('heads-up draft after a reset', () => {
  it('offers 60 seconds again rather than an invalid number typed before', async () => {
    const s = createSettingsStore({ download: () => {} });
    await s.ready;
    await s.setHeadsUp({ enabled: true, seconds: '5' });
    await s.resetToDefaults();
    expect(s.headsUpDraft.value).toEqual({ enabled: false, seconds: '60' });
    s.dispose();
  });
});

describe('settings stored by a newer version of Midbreak', () => {
  const fromNewer = { v: 99, workMinutes: 25, stepSound: true, somethingNew: 'kept' };
  const refused =
    'Not saved: The stored settings come from a newer version of Midbreak and are kept as they are; update Midbreak to change them here.';
  const rawSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

  it('shows the defaults, says so, and refuses every save, leaving storage as it was', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    const s = createSettingsStore({ download: () => {} });
    await s.ready;
    expect(s.newer.value).toBe(true);
    expect(s.stored.value).toEqual(defaultSettings());
    for (const save of [() => s.setNumber('workMinutes', '30'), () => s.setFlag('stepSound', false), () => s.applyWeekdayPreset(), () => s.resetToDefaults()]) {
      expect(await save()).toBe(false);
      expect(s.status.value).toMatchObject({ kind: 'error', text: refused });
    }
    expect(await rawSettings()).toEqual(fromNewer);
    s.dispose();
  });

  it('notices a newer version written from another device while the page is open, and its replacement', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    expect(store.newer.value).toBe(true);
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 50, v: 2 } });
    expect(store.newer.value).toBe(false);
    expect(store.stored.value.workMinutes).toBe(50);
  });

  it('refuses an import over them and changes nothing, history included', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await fakeBrowser.storage.local.set({ history: { v: 2, events: [{ kind: 'skipped', at: Date.UTC(2025, 0, 1) }], days: [] } });
    const before = await storageSnapshot();
    const history = { ...emptyHistory(), events: [{ kind: 'skipped' as const, at: Date.UTC(2025, 0, 2) }] };
    const file = serializeBackup(createBackup({ ...defaultSettings(), workMinutes: 20 }, history, noCheckIns(), Date.UTC(2026, 0, 1)));
    expect(await store.importBackup(file)).toBe(false);
    expect(store.errors.value.import).toBe(
      'Import refused, nothing was changed. The stored settings come from a newer version of Midbreak and are kept as they are; update Midbreak to change them here.',
    );
    expect(await storageSnapshot()).toEqual(before);
  });
});
