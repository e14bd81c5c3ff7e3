import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readProgramme } from '../../../lib/adapters/programme-item';
import { createBackup, parseBackup, serializeBackup } from '../../../lib/backup';
import { noCheckIns } from '../../../lib/checkin';
import { emptyHistory, type History } from '../../../lib/history';
import type { ProgrammePlan } from '../../../lib/programme';
import { defaultSettings } from '../../../lib/settings';
import { createSettingsStore, type SettingsStore } from '../../../lib/stores/settings-store';
import { storageSnapshot } from '../support/storage';

// The import and export of lib/stores/backup-actions.ts for the 8-week programme, through the
// settings store the options page uses: the import makes the machine match the file, and a
// programme or list of routines stored by a newer Midbreak refuses it before anything is written.

const T0 = new Date(2026, 2, 14, 9, 30).getTime();
const PLAN: ProgrammePlan = { v: 1, startDay: '2026-03-02', repeats: [2], completed: ['2026-03-02', '2026-03-13'] };
const OTHER: ProgrammePlan = { v: 1, startDay: '2026-01-05', repeats: [], completed: ['2026-01-05'] };
const history: History = { ...emptyHistory(), events: [{ kind: 'skipped', at: T0 - 1000 }] };
const fileWith = (programme: ProgrammePlan | null) =>
  serializeBackup(createBackup({ ...defaultSettings(), workMinutes: 25 }, history, noCheckIns(), T0, undefined, programme));
const storedProgramme = async () => (await fakeBrowser.storage.local.get('programme')).programme;

let store: SettingsStore;
let downloads: string[];
beforeEach(async () => {
  fakeBrowser.reset();
  downloads = [];
  store = createSettingsStore({ clock: () => T0, download: (_name, text) => downloads.push(text) });
  await store.ready;
});
afterEach(() => store.dispose());

describe('the programme in an import', () => {
  it.each<[string, ProgrammePlan | null, ProgrammePlan | null]>([
    ['writes the file’s programme on a machine without one', null, PLAN],
    ['replaces the programme stored here with the file’s', OTHER, PLAN],
    ['removes the programme stored here when the file has none', OTHER, null],
    ['leaves a machine without a programme without one', null, null],
  ])('%s', async (_name, before, inFile) => {
    if (before) await fakeBrowser.storage.local.set({ programme: before });
    expect(await store.importBackup(fileWith(inFile))).toBe(true);
    expect(await storedProgramme()).toEqual(inFile ?? undefined);
    expect(await readProgramme(T0)).toEqual({ plan: inFile, newer: false });
  });

  it('removes the programme stored here for a version-4 file (which holds none)', async () => {
    await fakeBrowser.storage.local.set({ programme: PLAN });
    const { programme: _p, ...v4 } = JSON.parse(fileWith(null));
    expect(await store.importBackup(JSON.stringify({ ...v4, version: 4 }))).toBe(true);
    expect(await storedProgramme()).toBeUndefined();
  });

  it('exports the programme stored here, and another machine imports it as it was', async () => {
    await fakeBrowser.storage.local.set({ programme: PLAN });
    expect(await store.exportBackup()).toBe(true);
    const parsed = parseBackup(downloads[0], T0);
    expect(parsed.ok && parsed.backup.programme).toEqual(PLAN);

    fakeBrowser.reset(); // another computer
    const other = createSettingsStore({ clock: () => T0, download: () => {} });
    await other.ready;
    expect(await other.importBackup(downloads[0])).toBe(true);
    expect(await storedProgramme()).toEqual(PLAN);
    other.dispose();
  });
});

describe('an import over items a newer Midbreak stored', () => {
  const fromNewer = { v: 9, startDay: '2026-03-02', somethingNew: 'kept' };
  const newerRoutines = { v: 9, routines: 'future' };

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    ['a newer programme', {}, { programme: fromNewer }, 'The stored 8-week programme dates come from a newer version of Midbreak'],
    ['newer routines of your own', { customRoutines: newerRoutines }, { programme: OTHER }, 'The stored routines you made come from a newer version of Midbreak'],
  ])('is refused over %s, and changes nothing else either', async (_name, sync, local, message) => {
    await fakeBrowser.storage.sync.set(sync);
    await fakeBrowser.storage.local.set({ ...local, history: { v: 2, events: [{ kind: 'skipped', at: T0 - 5000 }], days: [] } });
    const before = await storageSnapshot();
    for (const inFile of [PLAN, null]) {
      expect(await store.importBackup(fileWith(inFile))).toBe(false);
      expect(store.errors.value.import).toBe(`Import refused, nothing was changed. ${message} and are kept as they are; update Midbreak to change them here.`);
      expect(store.status.value).toMatchObject({ kind: 'error' });
      expect(await storageSnapshot()).toStrictEqual(before);
    }
    expect(store.stored.value).toEqual(defaultSettings());
  });
});

describe('an export over items a newer Midbreak stored', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string | null]>([
    ['nothing newer', {}, { programme: PLAN }, null],
    ['a newer programme', {}, { programme: { v: 9, startDay: '2026-03-02' } }, 'the 8-week programme dates'],
    ['newer routines and settings', { customRoutines: { v: 9 }, settings: { v: 99 } }, {}, 'the settings, routines you made'],
  ])('with %s, says what is not in the file', async (_name, sync, local, missing) => {
    await fakeBrowser.storage.sync.set(sync);
    await fakeBrowser.storage.local.set(local);
    const fresh = createSettingsStore({ clock: () => T0, download: (_n, text) => downloads.push(text) });
    await fresh.ready;
    expect(await fresh.exportBackup()).toBe(true);
    const said = fresh.status.value?.text ?? '';
    expect(said.startsWith('Exported your settings and 0 history entries to midbreak-backup-2026-03-14.json.')).toBe(true);
    if (missing) expect(said).toContain(`Not in it: ${missing}, written here by a newer version of Midbreak.`);
    else expect(said).not.toContain('Not in it');
    fresh.dispose();
  });
});
