import { noCheckIns, recordCheckIn } from '../../lib/checkin';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  createBackup,
  parseBackup,
  serializeBackup,
} from '../../lib/backup';
import { defaultSettings, storedSettings as asStored } from '../../lib/settings';
import { createSettingsStore, type SettingsStore } from '../../lib/stores/settings-store';
import { emptyHistory, type History } from '../../lib/history';
import { HISTORY_NOW, historyArb } from './support/history-arbitraries';
import { settingsArb } from './support/settings-arbitraries';
import { storedCustomRoutines, type BreakChoice, type StoredCustomRoutine } from '../../lib/custom-routine';
import { parseProgramme, type ProgrammePlan } from '../../lib/programme';

/** A saved list of your own routines: none, one, or two (one with a movement this version lacks). */
const customListArb = fc.constantFrom<StoredCustomRoutine[]>(
  [],
  [{ id: 'custom-a', name: 'Morning', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false }],
  [
    { id: 'custom-a', name: 'Morning', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false },
    { id: 'custom-b', name: 'Later', steps: [{ movement: 'chest-expansion', seconds: 45 }, { movement: 'twirl', seconds: 10 }], allowFloor: true },
  ],
);
import { storageSnapshot } from './support/storage';

const T0 = HISTORY_NOW;
const historyOf = (events: History['events']): History => ({ ...emptyHistory(), events });

/** A programme in its second week on T0 (2026-03-14), one week repeated, three sessions done. */
const PLAN: ProgrammePlan = { v: 1, startDay: '2026-03-02', repeats: [2], completed: ['2026-03-02', '2026-03-04', '2026-03-13'] };
/** The backup of default settings, nothing recorded, and `programme`. */
const backupWith = (programme: ProgrammePlan | null) => createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0, undefined, programme);
/** Where a refusal's reason says what was wrong. */
const refusedFor = (key: string) => ({ ok: false, error: { key: 'settings.backup.refused', subs: { reason: { key } } } });

describe('backup file format', () => {
  it('holds format, version, export date, settings and history', () => {
    const backup = createBackup(defaultSettings(), historyOf([{ kind: 'skipped', at: T0 - 5 }]), noCheckIns(), T0);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(T0).toISOString(),
      settings: defaultSettings(),
      history: [{ kind: 'skipped', at: T0 - 5 }],
      days: [],
      checkIns: [],
      customRoutines: [],
      breakRoutine: 'desk',
      programme: null,
    });
    expect(JSON.parse(serializeBackup(backup))).toEqual(backup);
  });

  it('names the file with the local date', () => {
    expect(backupFileName(T0)).toBe('midbreak-backup-2026-03-14.json');
  });

  it('accepts an empty history and the defaults', () => {
    const result = parseBackup(serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)), T0);
    expect(result.ok).toBe(true);
  });

  it('carries the check-ins and each day’s active time, and reads them back', () => {
    const checkIns = recordCheckIn(noCheckIns(), { day: '2026-03-13', score: 4, symptoms: false, at: T0 - 86_400_000 });
    const h: History = { ...emptyHistory(), days: [{ day: '2026-01-02', counts: { 'natural-break': 0, 'routine-completed': 3, 'routine-partial': 0, 'routine-abandoned': 0, skipped: 0, snoozed: 0, due: 4 }, activeMs: 7_200_000 }] };
    const result = parseBackup(serializeBackup(createBackup(defaultSettings(), h, checkIns, T0)), T0);
    expect(result.ok && result.backup.checkIns).toEqual(checkIns.entries);
    expect(result.ok && result.backup.days).toEqual(h.days);
  });

  it('imports a version-2 file (days without active time, no check-ins) as it was', () => {
    const v2 = {
      format: 'midbreak-backup',
      version: 2,
      exportedAt: new Date(T0).toISOString(),
      settings: defaultSettings(),
      history: [],
      days: [{ day: '2026-01-02', counts: { skipped: 1 } }],
    };
    const result = parseBackup(JSON.stringify(v2), T0);
    expect(result.ok && result.backup.days).toEqual([
      { day: '2026-01-02', counts: { 'natural-break': 0, 'routine-completed': 0, 'routine-partial': 0, 'routine-abandoned': 0, skipped: 1, snoozed: 0, due: 0 }, activeMs: 0 },
    ]);
    expect(result.ok && result.backup.checkIns).toEqual([]);
  });

  it('carries your own routines (with the routine chosen for breaks) and reads them back', () => {
    const mine = [{ id: 'custom-a1', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 30 }, { movement: 'twirl-of-the-future', seconds: 20 }], allowFloor: false }];
    const result = parseBackup(serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0, { choice: 'custom-a1', routines: mine })), T0);
    expect(result.ok && result.backup.customRoutines).toEqual(mine);
    expect(result.ok && result.backup.breakRoutine).toBe('custom-a1');
  });

  it('refuses a file whose own routines are not valid, naming the routine', () => {
    const backup = createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0);
    const bad = { ...backup, customRoutines: [{ id: 'custom-a1', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 500 }], allowFloor: false }] };
    expect(parseBackup(JSON.stringify(bad), T0)).toMatchObject({ ok: false, error: { subs: { reason: { key: 'custom.backup.badEntry', subs: { n: 1 } } } } });
    const twice = { ...backup, customRoutines: [1, 2].map(() => ({ id: 'custom-a1', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false })) };
    expect(parseBackup(JSON.stringify(twice), T0)).toMatchObject({ ok: false, error: { subs: { reason: { key: 'custom.backup.twoWithOneId' } } } });
    expect(parseBackup(JSON.stringify({ ...backup, customRoutines: undefined }), T0).ok).toBe(false);
    // The routine chosen for breaks: named, with the values it allows, and nothing imported.
    for (const breakRoutine of ['Desk', 'custom-', undefined]) {
      expect(parseBackup(JSON.stringify({ ...backup, breakRoutine }), T0)).toMatchObject({ ok: false, error: { subs: { reason: { key: 'custom.check.breakRoutine' } } } });
    }
  });

  it('imports a version-3 file (no routines of your own, no routine chosen for breaks) as the desk routine', () => {
    const { customRoutines: _r, breakRoutine: _b, ...v3 } = createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0);
    const result = parseBackup(JSON.stringify({ ...v3, version: 3 }), T0);
    expect(result.ok && result.backup.customRoutines).toEqual([]);
    expect(result.ok && result.backup.breakRoutine).toBe('desk');
  });

  it('imports a version-1 file (no day totals) as it was', () => {
    const { days: _d, checkIns: _c, ...v1 } = createBackup(defaultSettings(), historyOf([{ kind: 'skipped', at: T0 - 5 }]), noCheckIns(), T0);
    const result = parseBackup(JSON.stringify({ ...v1, version: 1 }), T0);
    expect(result).toEqual({ ok: true, backup: { ...v1, version: BACKUP_VERSION, days: [], checkIns: [], customRoutines: [], breakRoutine: 'desk', programme: null } });
  });

  it('round-trips any valid settings and history exactly (property)', () => {
    fc.assert(
      fc.property(settingsArb, historyArb, fc.integer({ min: T0, max: 4_102_444_800_000 }), (settings, history, now) => {
        const result = parseBackup(serializeBackup(createBackup(settings, history, noCheckIns(), now)), now);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.backup.settings).toStrictEqual(settings);
        expect(result.backup.history).toStrictEqual(history.events);
        expect(result.backup.days).toStrictEqual(history.days);
        expect(result.backup.exportedAt).toBe(new Date(now).toISOString());
      }),
      { numRuns: 300 },
    );
  });

  it('accepts compact JSON too (a hand-edited or minified file)', () => {
    const backup = createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0);
    expect(parseBackup(JSON.stringify(backup), T0).ok).toBe(true);
  });
});

describe('the 8-week programme in a backup', () => {
  it.each<[string, ProgrammePlan | null]>([
    ['no programme', null],
    ['a programme under way', PLAN],
    ['a programme that starts next week', { v: 1, startDay: '2026-03-21', repeats: [], completed: [] }],
    ['a finished programme', { v: 1, startDay: '2025-01-06', repeats: [], completed: ['2025-01-06', '2025-02-28'] }],
  ])('carries %s and reads it back', (_name, programme) => {
    const backup = backupWith(programme);
    expect(backup.programme).toEqual(programme);
    const result = parseBackup(serializeBackup(backup), T0);
    expect(result).toEqual({ ok: true, backup });
  });

  it('writes the programme as its own parser reads it: a fresh copy, its days in order', () => {
    const messy = { ...PLAN, completed: ['2026-03-13', '2026-03-02', '2026-03-04'] };
    const backup = backupWith(messy);
    expect(backup.programme).toEqual(PLAN);
    expect(backup.programme?.completed).not.toBe(messy.completed);
  });

  it('reads a version-4 file (from before the programme) as no programme', () => {
    const { programme: _p, ...v4 } = backupWith(null);
    const result = parseBackup(JSON.stringify({ ...v4, version: 4 }), T0);
    expect(result.ok && result.backup.programme).toBeNull();
  });

  it('refuses a version-5 file without the programme key, naming the field', () => {
    const { programme: _p, ...noKey } = backupWith(PLAN);
    expect(parseBackup(JSON.stringify(noKey), T0)).toMatchObject(refusedFor('settings.backup.badProgramme'));
  });

  const bad = (edit: Record<string, unknown>) => ({ ...PLAN, ...edit });
  it.each<[string, unknown]>([
    ['a start day that is no date', bad({ startDay: 'Monday' })],
    ['a start day that does not exist', bad({ startDay: '2026-02-30' })],
    ['a start day before Midbreak', bad({ startDay: '2023-12-31' })],
    ['a start day 60 days ahead', bad({ startDay: '2026-05-13' })],
    ['a start day as a number', bad({ startDay: 20260302 })],
    ['repeats as an object', bad({ repeats: { 2: true } })],
    ['completed days as a string', bad({ completed: '2026-03-02' })],
    ['no version', { startDay: PLAN.startDay, repeats: [], completed: [] }],
    ['a version as a string', bad({ v: '1' })],
    ['a newer programme version', bad({ v: 2 })],
    ['an unknown field', bad({ paused: true })],
    ['a list', [PLAN]],
    ['a string', '2026-03-02'],
    ['false', false],
  ])('refuses a programme with %s, naming the field', (_name, programme) => {
    const result = parseBackup(JSON.stringify({ ...backupWith(null), programme }), T0);
    expect(result).toMatchObject(refusedFor('settings.backup.badProgramme'));
  });

  it('normalises the repeats and completed days as the programme’s parser does', () => {
    const raw = {
      ...PLAN,
      repeats: [5, 2, 9, 'x'],
      // out of order, twice over, after today, before the start, not a day
      completed: ['2026-03-13', '2026-03-02', '2026-03-02', '2026-03-20', '2026-02-01', 'x'],
    };
    const result = parseBackup(JSON.stringify({ ...backupWith(null), programme: raw }), T0);
    expect(result.ok && result.backup.programme).toEqual({ v: 1, startDay: '2026-03-02', repeats: [2, 5], completed: ['2026-03-02', '2026-03-13'] });
    expect(result.ok && result.backup.programme).toEqual(parseProgramme(raw, T0));
  });
});

describe('export → import through the store', () => {
  let downloads: { name: string; text: string }[];
  let stores: SettingsStore[];
  const makeStore = () => {
    const store = createSettingsStore({ clock: () => T0, download: (name, text) => downloads.push({ name, text }) });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    downloads = [];
    stores = [];
  });
  afterEach(() => stores.forEach((s) => s.dispose()));

  it('restores exactly what was exported, on a fresh profile (property)', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, historyArb, customListArb, fc.constantFrom('desk', 'standing', 'rotation', 'custom-a', 'custom-gone') as fc.Arbitrary<BreakChoice>, fc.constantFrom(null, PLAN), async (settings, history, customRoutines, choice, programme) => {
        fakeBrowser.reset();
        downloads = [];
        // As Midbreak writes them.
        await fakeBrowser.storage.sync.set({ settings: asStored(settings), customRoutines: storedCustomRoutines(customRoutines, choice) });
        await fakeBrowser.storage.local.set(programme ? { history, programme } : { history });
        const exporter = makeStore();
        await exporter.ready;
        expect(await exporter.exportBackup()).toBe(true);
        expect(downloads).toHaveLength(1);
        expect(downloads[0].name).toBe('midbreak-backup-2026-03-14.json');
        const before = await storageSnapshot();

        fakeBrowser.reset(); // another computer
        const importer = makeStore();
        await importer.ready;
        expect(await importer.importBackup(downloads[0].text)).toBe(true);
        expect(await storageSnapshot()).toStrictEqual(before);
        expect(importer.stored.value).toStrictEqual(settings);
        expect(importer.errors.value).toEqual({});
      }),
      { numRuns: 60 },
    );
  });

  it('says what was exported in the live region', async () => {
    await fakeBrowser.storage.local.set({ history: [{ kind: 'skipped', at: T0 - 2 }, { kind: 'snoozed', at: T0 - 1, durationMs: 300000 }] });
    const store = makeStore();
    await store.ready;
    await store.exportBackup();
    expect(store.status.value?.text).toBe('Exported your settings and 2 history entries to midbreak-backup-2026-03-14.json.');
  });

  it('replaces the settings and history on import and shows them at once', async () => {
    const store = makeStore();
    await store.ready;
    const settings = { ...defaultSettings(), workMinutes: 25, stepSound: true };
    const text = serializeBackup(createBackup(settings, historyOf([{ kind: 'routine-completed', at: T0 - 7, durationMs: 60000 }]), noCheckIns(), T0));
    expect(await store.importBackup(text)).toBe(true);
    expect(store.numberDrafts.value.workMinutes).toBe('25');
    expect(store.status.value?.text).toBe('Imported your settings and 1 history entry. Your own routines and the 8-week programme are now as in the file.');
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual(historyOf([{ kind: 'routine-completed', at: T0 - 7, durationMs: 60000 }]));
  });

  it('uses the injected download, never the DOM, in a store test', async () => {
    const spy = vi.fn();
    const store = createSettingsStore({ clock: () => T0, download: spy });
    stores.push(store);
    await store.ready;
    await store.exportBackup();
    expect(spy).toHaveBeenCalledWith('midbreak-backup-2026-03-14.json', expect.stringContaining('"format": "midbreak-backup"'));
  });
});
