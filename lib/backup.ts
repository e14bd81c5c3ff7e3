import {
  DAY_LIMIT,
  EVENT_LIMIT,
  HISTORY_KINDS,
  HISTORY_VERSION,
  parseDay,
  parseEntry,
  type DayTotals,
  type History,
  type HistoryEntry,
} from './history';
import { CHECKIN_LIMIT, noCheckIns, parseCheckIn, recordCheckIn, type CheckIn, type CheckIns } from './checkin';
import { checkBreakChoice, CUSTOM_LIMITS, DEFAULT_BREAK_CHOICE, parseStoredRoutines, type BreakChoice, type CustomRoutinesState, type StoredCustomRoutine } from './custom-routine';
import { phrase, type Phrase } from './phrase';
import { MAX_START_AHEAD_DAYS, parseProgramme, PROGRAMME_VERSION, startProgramme, type ProgrammePlan } from './programme';
import { parseSettings, validateSettings, type Settings } from './settings';
import { dayKey } from './time';

/** What an export file says it is. */
export const BACKUP_FORMAT = 'midbreak-backup';
/**
 * Bumped when the file's shape changes; a newer file is refused rather than half-read.
 * Version 2 added `days`, the history's day totals; version 3 added each day's active
 * time and the check-ins. An older file is read as it was: no days, no active time, no
 * check-ins. Version 4 added your own routines and the routine chosen for breaks (the
 * `sync:customRoutines` item, as `customRoutines` and `breakRoutine`); an older file holds
 * none, and chooses the desk routine. Version 5 added the 8-week programme (the
 * `local:programme` item, as `programme`, null when none is started); an older file has
 * none.
 */
export const BACKUP_VERSION = 5;
/** A real backup is well under 200 KB (2,000 history entries); anything far bigger is not ours. */
export const MAX_BACKUP_BYTES = 1024 * 1024;
/** Our files nest three levels deep; a deeper file is refused before it is walked further. */
const MAX_DEPTH = 8;

/** Everything Midbreak keeps about the user, as one JSON file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, for the user's eyes; it is not imported anywhere. */
  exportedAt: string;
  settings: Settings;
  /** Raw events of the last weeks. */
  history: HistoryEntry[];
  /** Older events counted per day, and each day's active screen time. */
  days: DayTotals[];
  /** How the mid back felt, one entry a day. */
  checkIns: CheckIn[];
  /** Your own routines, as storage holds them (lib/custom-routine.ts). */
  customRoutines: StoredCustomRoutine[];
  /** The routine chosen for breaks (stored with your own routines). */
  breakRoutine: BreakChoice;
  /** The 8-week programme as storage holds it (lib/programme.ts); null when none is started. */
  programme: ProgrammePlan | null;
}

/** The backup read from a file, or why it was refused (a phrase the page says). */
export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: Phrase };

/** The backup of the given settings, history, check-ins, own routines and programme, stamped with `now`. */
export function createBackup(
  settings: Settings,
  history: History,
  checkIns: CheckIns,
  now: number,
  custom: CustomRoutinesState = { choice: DEFAULT_BREAK_CHOICE, routines: [] },
  programme: ProgrammePlan | null = null,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: parseSettings(settings),
    history: history.events.map((e) => ({ ...e })),
    days: history.days.map((d) => ({ day: d.day, counts: { ...d.counts }, activeMs: d.activeMs })),
    checkIns: checkIns.entries.map((c) => ({ ...c })),
    customRoutines: parseStoredRoutines({ routines: custom.routines }) ?? [],
    breakRoutine: checkBreakChoice(custom.choice) ? DEFAULT_BREAK_CHOICE : custom.choice,
    // A fresh copy, as storage would read it (an unusable one is no programme).
    programme: programme === null ? null : parseProgramme(programme, now),
  };
}

/** The history a backup holds, as stored. */
export function historyOf(backup: Backup): History {
  return { v: HISTORY_VERSION, events: backup.history, days: backup.days };
}

/** The check-ins a backup holds, as stored. */
export function checkInsOf(backup: Backup): CheckIns {
  return backup.checkIns.reduce(recordCheckIn, noCheckIns());
}

/** The file's text: indented, so a curious user can read it. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A file name with the local date, e.g. midbreak-backup-2025-03-14.json. */
export function backupFileName(now: number): string {
  return `midbreak-backup-${dayKey(now)}.json`;
}

// Keys that reach an object's prototype when copied with assignment or a naive merge.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const TOP_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history', 'days', 'checkIns', 'customRoutines', 'breakRoutine', 'programme'];
const ROUTINE_KEYS = ['id', 'name', 'steps', 'allowFloor'];
// The fields of a programme as lib/programme.ts builds one (the start day does not matter here).
const PROGRAMME_KEYS = Object.keys(startProgramme(''));
const SETTINGS_KEYS = Object.keys(parseSettings(undefined));
const ENTRY_KEYS = ['kind', 'at', 'durationMs', 'steps'];
const DAY_KEYS = ['day', 'counts', 'activeMs'];
const CHECKIN_KEYS = ['day', 'score', 'symptoms', 'at'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The first forbidden key or too-deep spot anywhere in the value, as a message; null when
 * clean. `path` is where below the top level it is (".settings.workingHours", "[3]").
 */
function findHostileKey(value: unknown, path: string, depth: number): Phrase | null {
  if (typeof value !== 'object' || value === null) return null;
  const at = phrase('settings.backup.path', { path });
  if (depth > MAX_DEPTH) return phrase('settings.backup.tooDeep', { path: at });
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    if (FORBIDDEN_KEYS.has(key)) return phrase('settings.backup.forbiddenKey', { key, path: at });
    const found = findHostileKey(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function unknownKey(obj: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(obj).find((k) => !allowed.includes(k));
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Why an import changed nothing: "Import refused, nothing was changed." and the reason. */
export function importRefused(reason: Phrase | string): Phrase {
  return phrase('settings.backup.refused', { reason });
}

function fail(reason: Phrase): BackupResult {
  return { ok: false, error: importRefused(reason) };
}

/** The refusal for a file over the size cap, for callers that check a file's size before reading it. */
export function backupTooLarge(): BackupResult {
  return fail(phrase('settings.backup.tooLarge'));
}

/** What the messages about one list of a backup say: that it is no list, too long, or which entry is bad and what each needs. */
interface ListWords {
  notList: Phrase;
  tooLong: (count: number, limit: number) => Phrase;
  badEntry: (n: number) => Phrase;
}

/** Checks every entry of a list with `parse`; the message names the first bad one. */
function checkList<T>(raw: unknown, words: ListWords, limit: number, keys: readonly string[], parse: (entry: unknown) => T | null): Phrase | T[] {
  if (!Array.isArray(raw)) return words.notList;
  if (raw.length > limit) return words.tooLong(raw.length, limit);
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const parsed = isPlainObject(entry) && unknownKey(entry, keys) === undefined ? parse(entry) : null;
    if (parsed === null) return words.badEntry(i + 1);
    out.push(parsed);
  }
  return out;
}

const kinds = HISTORY_KINDS.join(', ');

function checkHistory(raw: unknown, now: number): Phrase | HistoryEntry[] {
  const words: ListWords = {
    notList: phrase('settings.backup.history.notList'),
    tooLong: (count, limit) => phrase('settings.backup.history.tooLong', { count, limit }),
    badEntry: (n) => phrase('settings.backup.history.badEntry', { n, kinds }),
  };
  return checkList(raw, words, EVENT_LIMIT, ENTRY_KEYS, (e) => parseEntry(e, now));
}

function checkDays(raw: unknown, version: number): Phrase | DayTotals[] {
  // Version 2 had no active time: such a day had none recorded.
  const withActive = version < 3 && Array.isArray(raw) ? raw.map((d) => (isPlainObject(d) ? { activeMs: 0, ...d } : d)) : raw;
  const words: ListWords = {
    notList: phrase('settings.backup.days.notList'),
    tooLong: (count, limit) => phrase('settings.backup.days.tooLong', { count, limit }),
    badEntry: (n) => phrase('settings.backup.days.badEntry', { n, kinds }),
  };
  return checkList(withActive, words, DAY_LIMIT, DAY_KEYS, (d) =>
    unknownKey((d as Record<string, unknown>).counts as Record<string, unknown>, HISTORY_KINDS) === undefined ? parseDay(d) : null,
  );
}

function checkCheckIns(raw: unknown, now: number): Phrase | CheckIn[] {
  const words: ListWords = {
    notList: phrase('settings.backup.checkIns.notList'),
    tooLong: (count, limit) => phrase('settings.backup.checkIns.tooLong', { count, limit }),
    badEntry: (n) => phrase('settings.backup.checkIns.badEntry', { n }),
  };
  const list = checkList(raw, words, CHECKIN_LIMIT, CHECKIN_KEYS, (c) => parseCheckIn(c, now));
  if (!Array.isArray(list)) return list;
  const days = new Set(list.map((c) => c.day));
  return days.size === list.length ? list : phrase('settings.backup.checkIns.twoForOneDay');
}

function checkCustomRoutines(raw: unknown): Phrase | StoredCustomRoutine[] {
  const words: ListWords = {
    notList: phrase('custom.backup.notList'),
    tooLong: (count, limit) => phrase('custom.backup.tooLong', { count, limit }),
    badEntry: (n) => phrase('custom.backup.badEntry', { n }),
  };
  // Each routine as storage would read it: a movement this version lacks is kept (it is left out when played).
  const list = checkList(raw, words, CUSTOM_LIMITS.routines, ROUTINE_KEYS, (r) => parseStoredRoutines({ routines: [r] })?.[0] ?? null);
  if (!Array.isArray(list)) return list;
  return new Set(list.map((r) => r.id)).size === list.length ? list : phrase('custom.backup.twoWithOneId');
}

/**
 * The file's programme as the programme's own parser reads it (null: none started), or why
 * it is refused. Its parser drops what it cannot use (a repeat that is no week, a completed
 * day outside the programme or after today, a day twice) and orders the rest, as it does
 * for storage; a start day or a field it cannot read at all, or a field it does not know,
 * refuses the file.
 */
function checkProgramme(raw: unknown, now: number): { plan: ProgrammePlan | null } | { error: Phrase } {
  if (raw === null) return { plan: null };
  const plan = isPlainObject(raw) && unknownKey(raw, PROGRAMME_KEYS) === undefined ? parseProgramme(raw, now) : null;
  return plan ? { plan } : { error: phrase('settings.backup.badProgramme', { version: PROGRAMME_VERSION, ahead: MAX_START_AHEAD_DAYS }) };
}

/**
 * Reads a backup file's text, checking ALL of it before anything may be written: size,
 * JSON syntax, prototype-polluting keys anywhere, format and version, every setting
 * (with the same rules the options page uses), every history entry and the programme (with
 * the rules storage reads it by). The result holds fresh objects built from known fields
 * only.
 */
export function parseBackup(text: unknown, now: number): BackupResult {
  if (typeof text !== 'string') return fail(phrase('settings.backup.notText'));
  // A string longer than the cap in UTF-16 units is longer in UTF-8 bytes too.
  if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES) {
    return backupTooLarge();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(phrase('settings.backup.notJson'));
  }
  const hostile = findHostileKey(raw, '', 0);
  if (hostile) return fail(hostile);
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) return fail(phrase('settings.backup.notBackup'));
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(phrase('settings.backup.noVersion'));
  }
  if (version > BACKUP_VERSION) {
    return fail(phrase('settings.backup.newer', { version: String(version) }));
  }
  const extra = unknownKey(raw, TOP_KEYS);
  if (extra !== undefined) return fail(phrase('settings.backup.extraField', { field: extra }));
  if (typeof raw.exportedAt !== 'string' || !Number.isFinite(Date.parse(raw.exportedAt))) {
    return fail(phrase('settings.backup.noDate'));
  }
  if (!isPlainObject(raw.settings)) return fail(phrase('settings.backup.noSettings'));
  const extraSetting = unknownKey(raw.settings, SETTINGS_KEYS);
  if (extraSetting !== undefined) return fail(phrase('settings.backup.extraSetting', { field: extraSetting }));
  const settingErrors = Object.values(validateSettings(raw.settings));
  if (settingErrors.length) return fail(phrase('settings.backup.badSettings', { errors: { sentences: settingErrors } }));
  const history = checkHistory(raw.history, now);
  if (!Array.isArray(history)) return fail(history);
  // Version 1 had no day totals, versions 1 and 2 no check-ins; from then on they are required.
  const days = version === 1 && raw.days === undefined ? [] : checkDays(raw.days, version);
  if (!Array.isArray(days)) return fail(days);
  const checkIns = version < 3 && raw.checkIns === undefined ? [] : checkCheckIns(raw.checkIns, now);
  if (!Array.isArray(checkIns)) return fail(checkIns);
  const customRoutines = version < 4 && raw.customRoutines === undefined ? [] : checkCustomRoutines(raw.customRoutines);
  if (!Array.isArray(customRoutines)) return fail(customRoutines);
  // Before version 4 there was no routine to choose for breaks: the desk routine, the default.
  const breakRoutine = version < 4 && raw.breakRoutine === undefined ? DEFAULT_BREAK_CHOICE : raw.breakRoutine;
  const badChoice = checkBreakChoice(breakRoutine);
  if (badChoice) return fail(badChoice);
  // Before version 5 there was no programme in the file: none (from then on the key is required, null or a programme).
  const programme = version < 5 && raw.programme === undefined ? { plan: null } : checkProgramme(raw.programme, now);
  if ('error' in programme) return fail(programme.error);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: raw.exportedAt,
      settings: parseSettings(raw.settings),
      history,
      days,
      checkIns,
      customRoutines,
      breakRoutine: breakRoutine as BreakChoice,
      programme: programme.plan,
    },
  };
}
