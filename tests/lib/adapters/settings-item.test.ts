import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, readSettings, watchSettings } from '../../../lib/adapters/settings-item';
import { saveSettings, updateSettings } from '../../../lib/adapters/settings-write';
import { defaultSettings, SETTINGS_VERSION } from '../../../lib/settings';
import { NewerVersionError } from '../../../lib/versioned';
import { weekdaysNineToFive } from '../../../lib/working-hours';

const raw = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

/** Settings as version 1 wrote them: no `v`, and the fields of that time. */
const VERSION_1 = {
  workMinutes: 30,
  snoozeMinutes: 10,
  maxSnoozes: 2,
  naturalBreakMinutes: 8,
  workingHours: weekdaysNineToFive(),
  headsUpSeconds: 60,
  promptStyle: 'badge',
  pauseInFullscreen: false,
  badgeCountdown: false,
  stepSound: true,
};

beforeEach(() => fakeBrowser.reset());

describe('settings stored by version 1 (no version number)', () => {
  // A setting added since reads as its default.
  const read = { ...defaultSettings(), ...VERSION_1 };

  it('read as they were', async () => {
    await fakeBrowser.storage.sync.set({ settings: VERSION_1 });
    expect(await loadSettings()).toEqual(read);
    expect(await readSettings()).toEqual({ settings: read, newer: false });
  });

  it('are stored with the current version by the next write, the rest kept', async () => {
    expect(SETTINGS_VERSION).toBe(2);
    await fakeBrowser.storage.sync.set({ settings: VERSION_1 });
    await updateSettings((s) => ({ ...s, workMinutes: 40 }));
    expect(await raw()).toEqual({ ...read, workMinutes: 40, v: 2 });
  });

  it('get the version even from a write that changes nothing', async () => {
    await fakeBrowser.storage.sync.set({ settings: VERSION_1 });
    await updateSettings((s) => s);
    expect(await raw()).toEqual({ ...read, v: 2 });
  });
});

describe('settings stored by a newer version', () => {
  const fromNewer = { v: 99, workMinutes: 25, stepSound: true, somethingNew: { deep: [1, 2] } };

  it('read as the defaults, reported as newer', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await readSettings()).toEqual({ settings: defaultSettings(), newer: true });
  });

  it.each<[string, () => Promise<unknown>]>([
    ['a change', () => updateSettings((s) => ({ ...s, stepSound: false }))],
    ['a change that changes nothing', () => updateSettings((s) => s)],
    ['a whole replacement (reset, import)', () => saveSettings(defaultSettings())],
  ])('are kept untouched: %s throws NewerVersionError', async (_name, write) => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await expect(write()).rejects.toBeInstanceOf(NewerVersionError);
    expect(await raw()).toEqual(fromNewer);
  });

  it('are reported as newer to a watcher, and no longer once replaced', async () => {
    const heard: boolean[] = [];
    const stop = watchSettings((_s, newer) => heard.push(newer));
    await fakeBrowser.storage.sync.set({ settings: fromNewer });
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), v: 2 } });
    stop();
    expect(heard).toEqual([true, false]);
  });
});

describe('updateSettings', () => {
  it('applies each change to the latest stored value, so quick changes to different fields are all kept', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, workMinutes: 20 })),
      updateSettings((s) => ({ ...s, stepSound: true })),
      updateSettings((s) => ({ ...s, maxSnoozes: s.maxSnoozes + 1 })),
    ]);
    expect(await raw()).toEqual({ ...defaultSettings(), workMinutes: 20, stepSound: true, maxSnoozes: 4, v: 2 });
  });

  it('refuses an invalid result, naming the fields, and storage keeps what it had', async () => {
    await saveSettings({ ...defaultSettings(), workMinutes: 20 });
    await expect(updateSettings((s) => ({ ...s, workMinutes: 5, stepSound: 'yes' as unknown as boolean }))).rejects.toThrow(
      'Settings not saved: workMinutes, stepSound not valid.',
    );
    expect(await raw()).toEqual({ ...defaultSettings(), workMinutes: 20, v: 2 });
  });

  it('goes on after a refused change', async () => {
    await expect(updateSettings(() => ({}) as never)).rejects.toThrow();
    await expect(updateSettings((s) => ({ ...s, workMinutes: 25 }))).resolves.toMatchObject({ workMinutes: 25 });
  });

  it('writes nothing when the change changes nothing (sync storage has a small write quota)', async () => {
    await saveSettings(defaultSettings());
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(updateSettings((s) => ({ ...s }))).resolves.toEqual(defaultSettings());
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it('stores only known fields', async () => {
    await saveSettings({ ...defaultSettings(), volume: 11 } as never);
    expect(await raw()).toEqual({ ...defaultSettings(), v: 2 });
  });
});
