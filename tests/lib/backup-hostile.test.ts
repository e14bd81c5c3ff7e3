import { noCheckIns } from '../../lib/checkin';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_VERSION, createBackup, MAX_BACKUP_BYTES, serializeBackup } from '../../lib/backup';
import { DAY_LIMIT, emptyHistory, EVENT_LIMIT, type History } from '../../lib/history';
import { defaultSettings } from '../../lib/settings';
import { createSettingsStore, type SettingsStore } from '../../lib/stores/settings-store';
import { storageSnapshot } from './support/storage';

const T0 = new Date(2026, 2, 14, 9, 30).getTime();
const historyOf = (events: History['events']): History => ({ ...emptyHistory(), events });
const mine = { ...defaultSettings(), workMinutes: 30, stepSound: true };
const myHistory = [{ kind: 'routine-completed', at: T0 - 1000, durationMs: 60000 }];
const mySchedule = { v: 1, marker: 'schedule stays as it is' };
const myProgramme = { v: 1, startDay: '2026-03-02', repeats: [], completed: ['2026-03-02'] };
const badProgramme = /The 8-week programme \("programme"\) is not valid: it must be null/;

/** A valid backup as an object, for one-field edits. */
const valid = () => JSON.parse(serializeBackup(createBackup(defaultSettings(), historyOf([{ kind: 'skipped', at: T0 }]), noCheckIns(), T0)));
const withChange = (edit: (b: Record<string, any>) => void) => {
  const b = valid();
  edit(b);
  return JSON.stringify(b);
};
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

const HOSTILE: [string, string, RegExp][] = [
  ['an empty file', '', /not valid JSON/],
  ['plain text', 'hello, I am not JSON', /not valid JSON/],
  ['truncated JSON', serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)).slice(0, 60), /not valid JSON/],
  ['NaN in place of a number', '{"format":"midbreak-backup","version":1,"settings":{"workMinutes":NaN}}', /not valid JSON/],
  ['null', 'null', /not a Midbreak backup/],
  ['a number', '42', /not a Midbreak backup/],
  ['a string', '"midbreak-backup"', /not a Midbreak backup/],
  ['an array', '[]', /not a Midbreak backup/],
  ['bare settings without the envelope', JSON.stringify(defaultSettings()), /not a Midbreak backup/],
  ['another format', withChange((b) => (b.format = 'stretchly-backup')), /not a Midbreak backup/],
  ['a future version', withChange((b) => (b.version = BACKUP_VERSION + 1)), new RegExp(`newer Midbreak \\(file version ${BACKUP_VERSION + 1}\\)`)],
  ['a far-future version', withChange((b) => (b.version = 1e9)), /newer Midbreak/],
  ['version as a string', withChange((b) => (b.version = '1')), /no valid version/],
  ['a fractional version', withChange((b) => (b.version = 1.5)), /no valid version/],
  ['version 0', withChange((b) => (b.version = 0)), /no valid version/],
  ['no export date', withChange((b) => delete b.exportedAt), /export date/],
  ['an unparseable export date', withChange((b) => (b.exportedAt = 'yesterday-ish')), /export date/],
  ['an unknown top-level field', withChange((b) => (b.extra = true)), /unexpected field "extra"/],
  ['no settings', withChange((b) => delete b.settings), /no settings/],
  ['settings as an array', withChange((b) => (b.settings = [])), /no settings/],
  ['a number as a string', withChange((b) => (b.settings.workMinutes = '45')), /Work interval must be a whole number from 10 to 180/],
  ['an out-of-range interval', withChange((b) => (b.settings.workMinutes = 5)), /Work interval/],
  ['a huge interval', withChange((b) => (b.settings.workMinutes = 1e308)), /Work interval/],
  ['a negative snooze', withChange((b) => (b.settings.snoozeMinutes = -5)), /Snooze length/],
  ['a fractional snooze count', withChange((b) => (b.settings.maxSnoozes = 2.5)), /Snoozes in a row/],
  ['a heads-up of 5 s', withChange((b) => (b.settings.headsUpSeconds = 5)), /Heads-up before a break/],
  ['an unknown prompt style', withChange((b) => (b.settings.promptStyle = 'shout')), /“When a break is due” must be one of/],
  ['a flag as a string', withChange((b) => (b.settings.stepSound = 'yes')), /“Play a sound at each routine step” must be on or off/],
  ['a missing setting', withChange((b) => delete b.settings.badgeCountdown), /“Show a countdown on the toolbar badge” must be on or off/],
  ['an unknown setting', withChange((b) => (b.settings.volume = 11)), /unexpected field "volume"/],
  [
    'overlapping working hours',
    withChange((b) => (b.settings.workingHours = { enabled: true, days: [[], [{ start: 540, end: 780 }, { start: 720, end: 1020 }], [], [], [], [], []] })),
    /overlaps/,
  ],
  ['working hours with 6 days', withChange((b) => b.settings.workingHours.days.pop()), /7 days/],
  ['history as an object', withChange((b) => (b.history = {})), /history must be a list/],
  ['no history', withChange((b) => delete b.history), /history must be a list/],
  ['a history entry of an unknown kind', withChange((b) => b.history.push({ kind: 'nap', at: T0 })), /History entry 2 is not valid/],
  ['a history entry before Midbreak existed', withChange((b) => b.history.push({ kind: 'skipped', at: 1 })), /History entry 2 is not valid.*from 2024 to now/],
  ['a history entry in the far future', withChange((b) => b.history.push({ kind: 'skipped', at: 1e300 })), /History entry 2/],
  ['a duration of a year', withChange((b) => b.history.push({ kind: 'natural-break', at: T0, durationMs: 365 * 86_400_000 })), /History entry 2/],
  ['day totals as an object', withChange((b) => (b.days = {})), /day totals must be a list/],
  ['check-ins as an object', withChange((b) => (b.checkIns = {})), /check-ins must be a list/],
  ['no check-ins in a version-3 file', withChange((b) => delete b.checkIns), /check-ins must be a list/],
  ['a check-in score of 11', withChange((b) => b.checkIns.push({ day: '2026-03-13', score: 11, symptoms: false, at: T0 - 1 })), /Check-ins entry 1 is not valid: .*from 0 to 10/],
  ['a check-in in the future', withChange((b) => b.checkIns.push({ day: '2026-03-13', score: 3, symptoms: false, at: T0 + 86_400_000 })), /Check-ins entry 1/],
  ['a check-in with an extra field', withChange((b) => b.checkIns.push({ day: '2026-03-13', score: 3, symptoms: false, at: T0 - 1, mood: 'ok' })), /Check-ins entry 1/],
  [
    'two check-ins for one day',
    withChange((b) => b.checkIns.push({ day: '2026-03-13', score: 3, symptoms: false, at: T0 - 2 }, { day: '2026-03-13', score: 4, symptoms: false, at: T0 - 1 })),
    /two entries for one day/,
  ],
  ['a day with more than a day of active time', withChange((b) => b.days.push({ day: '2025-01-01', counts: {}, activeMs: 90_000_000 })), /Day totals entry 1/],
  ['no day totals in a version-2 file', withChange((b) => delete b.days), /day totals must be a list/],
  ['a day with a bad date', withChange((b) => b.days.push({ day: 'Monday', counts: {}, activeMs: 0 })), /Day totals entry 1 is not valid/],
  ['a day with a negative count', withChange((b) => b.days.push({ day: '2025-01-01', counts: { skipped: -2 }, activeMs: 0 })), /Day totals entry 1/],
  ['a day with an unknown kind', withChange((b) => b.days.push({ day: '2025-01-01', counts: { naps: 2 }, activeMs: 0 })), /Day totals entry 1/],
  [
    'too many days',
    withChange((b) => (b.days = Array.from({ length: DAY_LIMIT + 1 }, (_, i) => ({ day: new Date(2024, 0, 1 + i).toISOString().slice(0, 10), counts: {}, activeMs: 0 })))),
    /at most 800/,
  ],
  ['a history entry with a string time', withChange((b) => (b.history[0].at = '2026-03-14')), /History entry 1/],
  ['a negative duration', withChange((b) => b.history.push({ kind: 'skipped', at: T0, durationMs: -1 })), /History entry 2/],
  ['a history entry with an extra field', withChange((b) => (b.history[0].note = 'x')), /History entry 1/],
  ['a history entry that is null', withChange((b) => b.history.push(null)), /History entry 2/],
  [
    'too many history entries',
    withChange((b) => (b.history = Array.from({ length: EVENT_LIMIT + 1 }, (_, i) => ({ kind: 'skipped', at: T0 - i })))),
    /has 2,001 entries; Midbreak keeps at most 2,000/, // numbers as the language writes them
  ],
  ['no programme in a version-5 file', withChange((b) => delete b.programme), badProgramme],
  ['a programme as a list', withChange((b) => (b.programme = [myProgramme])), badProgramme],
  ['a programme with a start day that is no date', withChange((b) => (b.programme = { ...myProgramme, startDay: '2026-13-01' })), badProgramme],
  ['a programme with completed days as an object', withChange((b) => (b.programme = { ...myProgramme, completed: {} })), badProgramme],
  ['a programme with an extra field', withChange((b) => (b.programme = { ...myProgramme, owner: 'me' })), badProgramme],
  ['a programme from a newer version', withChange((b) => (b.programme = { ...myProgramme, v: 2 })), badProgramme],
  [
    '__proto__ inside the programme',
    serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)).replace('"programme": null', '"programme": {"__proto__":{"polluted":true}}'),
    /"__proto__" \(at top level\.programme\)/,
  ],
  ['__proto__ at the top', serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)).replace('{', '{"__proto__":{"polluted":true},'), /"__proto__"/],
  [
    '__proto__ inside the settings',
    serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)).replace('"settings": {', '"settings": {"__proto__":{"workMinutes":5},'),
    /"__proto__" \(at top level\.settings\)/,
  ],
  ['constructor in a history entry', withChange((b) => (b.history[0].constructor = { prototype: { polluted: true } })), /"constructor"/],
  ['prototype inside working hours', withChange((b) => (b.settings.workingHours.prototype = {})), /"prototype"/],
  ['nesting far deeper than a backup', deep(5000), /nests deeper/],
  ['a file over 1 MB', serializeBackup(createBackup(defaultSettings(), emptyHistory(), noCheckIns(), T0)) + ' '.repeat(MAX_BACKUP_BYTES), /larger than 1 MB/],
  ['a file over 1 MB in UTF-8 bytes only', `"${'é'.repeat(MAX_BACKUP_BYTES / 2 + 1)}"`, /larger than 1 MB/],
];

describe('importing a hostile file changes nothing', () => {
  let store: SettingsStore;
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: mine });
    await fakeBrowser.storage.local.set({ history: myHistory, schedule: mySchedule, programme: myProgramme });
    store = createSettingsStore({ clock: () => T0, download: () => {} });
    await store.ready;
  });
  afterEach(() => store.dispose());

  it.each(HOSTILE)('refuses %s with a clear message', async (_name, text, message) => {
    const before = await storageSnapshot();
    expect(await store.importBackup(text)).toBe(false);
    expect(await storageSnapshot()).toStrictEqual(before);
    expect(store.errors.value.import).toMatch(/^Import refused, nothing was changed\. /);
    expect(store.errors.value.import).toMatch(message);
    expect(store.status.value).toMatchObject({ kind: 'error' });
    expect(store.stored.value).toEqual(mine);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file unread, by its size', async () => {
    const before = await storageSnapshot();
    let read = false;
    const blob = { size: MAX_BACKUP_BYTES + 1, text: async () => ((read = true), '{}') } as unknown as Blob;
    expect(await store.importBackupFile(blob)).toBe(false);
    expect(read).toBe(false);
    expect(store.errors.value.import).toMatch(/larger than 1 MB/);
    expect(await storageSnapshot()).toStrictEqual(before);
  });

  it('refuses a file that cannot be read', async () => {
    const before = await storageSnapshot();
    const blob = { size: 10, text: async () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await store.importBackupFile(blob)).toBe(false);
    expect(store.errors.value.import).toMatch(/could not be read/);
    expect(await storageSnapshot()).toStrictEqual(before);
  });

  it('clears the import error after a good file', async () => {
    await store.importBackup('nope');
    expect(store.errors.value.import).toBeDefined();
    expect(await store.importBackup(serializeBackup(createBackup(mine, historyOf(myHistory as History['events']), noCheckIns(), T0)))).toBe(true);
    expect(store.errors.value.import).toBeUndefined();
  });
});
