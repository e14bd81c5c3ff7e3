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
import { parseSettings, validateSettings, type Settings } from './settings';
import { dayKey } from './time';

/** What an export file says it is. */
export const BACKUP_FORMAT = 'midbreak-backup';
/**
 * Bumped when the file's shape changes; a newer file is refused rather than half-read.
 * Version 2 added `days`, the history's day totals; version 3 added each day's active
 * time and the check-ins. An older file is read as it was: no days, no active time, no
 * check-ins.
 */
export const BACKUP_VERSION = 3;
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
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** The backup of the given settings, history and check-ins, stamped with `now`. */
export function createBackup(settings: Settings, history: History, checkIns: CheckIns, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: parseSettings(settings),
    history: history.events.map((e) => ({ ...e })),
    days: history.days.map((d) => ({ day: d.day, counts: { ...d.counts }, activeMs: d.activeMs })),
    checkIns: checkIns.entries.map((c) => ({ ...c })),
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

const TOP_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history', 'days', 'checkIns'];
const SETTINGS_KEYS = Object.keys(parseSettings(undefined));
const ENTRY_KEYS = ['kind', 'at', 'durationMs', 'steps'];
const DAY_KEYS = ['day', 'counts', 'activeMs'];
const CHECKIN_KEYS = ['day', 'score', 'symptoms', 'at'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first forbidden key or too-deep spot anywhere in the value, as a message; null when clean. */
function findHostileKey(value: unknown, path: string, depth: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH) return `The file nests deeper than a Midbreak backup ever does (at ${path}).`;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    if (FORBIDDEN_KEYS.has(key)) return `The file contains a key named "${key}" (at ${path}), which a backup never has.`;
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

function fail(error: string): BackupResult {
  return { ok: false, error: `Import refused, nothing was changed. ${error}` };
}

/** The refusal for a file over the size cap, for callers that check a file's size before reading it. */
export function backupTooLarge(): BackupResult {
  return fail('The file is larger than 1 MB; a Midbreak backup is far smaller.');
}

/** Checks every entry of a list with `parse`; the message names the first bad one. */
function checkList<T>(
  raw: unknown,
  what: string,
  limit: number,
  keys: readonly string[],
  parse: (entry: unknown) => T | null,
  rule: string,
): string | T[] {
  if (!Array.isArray(raw)) return `The ${what} must be a list.`;
  if (raw.length > limit) return `The ${what} has ${raw.length} entries; Midbreak keeps at most ${limit}.`;
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const parsed = isPlainObject(entry) && unknownKey(entry, keys) === undefined ? parse(entry) : null;
    if (parsed === null) return `${what[0].toUpperCase()}${what.slice(1)} entry ${i + 1} is not valid: ${rule}`;
    out.push(parsed);
  }
  return out;
}

function checkHistory(raw: unknown, now: number): string | HistoryEntry[] {
  return checkList(
    raw,
    'history',
    EVENT_LIMIT,
    ENTRY_KEYS,
    (e) => parseEntry(e, now),
    `each needs a kind (${HISTORY_KINDS.join(', ')}), a time "at" in milliseconds from 2024 to now, optionally a duration "durationMs" from 0 to 60 days, and for a partial routine the "steps" done.`,
  );
}

function checkDays(raw: unknown, version: number): string | DayTotals[] {
  // Version 2 had no active time: such a day had none recorded.
  const withActive = version < 3 && Array.isArray(raw) ? raw.map((d) => (isPlainObject(d) ? { activeMs: 0, ...d } : d)) : raw;
  return checkList(
    withActive,
    'day totals',
    DAY_LIMIT,
    DAY_KEYS,
    (d) => (unknownKey((d as Record<string, unknown>).counts as Record<string, unknown>, HISTORY_KINDS) === undefined ? parseDay(d) : null),
    `each needs a "day" (YYYY-MM-DD), "counts": whole numbers for ${HISTORY_KINDS.join(', ')}, and "activeMs" from 0 to a day.`,
  );
}

function checkCheckIns(raw: unknown, now: number): string | CheckIn[] {
  const list = checkList(
    raw,
    'check-ins',
    CHECKIN_LIMIT,
    CHECKIN_KEYS,
    (c) => parseCheckIn(c, now),
    'each needs a "day" (YYYY-MM-DD), a "score" from 0 to 10, "symptoms" true or false, and a time "at" from 2024 to now.',
  );
  if (typeof list === 'string') return list;
  const days = new Set(list.map((c) => c.day));
  return days.size === list.length ? list : 'The check-ins have two entries for one day; a backup has one a day.';
}

/**
 * Reads a backup file's text, checking ALL of it before anything may be written: size,
 * JSON syntax, prototype-polluting keys anywhere, format and version, every setting
 * (with the same rules the options page uses) and every history entry. The result holds
 * fresh objects built from known fields only.
 */
export function parseBackup(text: unknown, now: number): BackupResult {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  // A string longer than the cap in UTF-16 units is longer in UTF-8 bytes too.
  if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES) {
    return backupTooLarge();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON, so it is not a Midbreak backup.');
  }
  const hostile = findHostileKey(raw, 'top level', 0);
  if (hostile) return fail(hostile);
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) return fail('The file is not a Midbreak backup.');
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The backup has no valid version number.');
  }
  if (version > BACKUP_VERSION) {
    return fail(`The backup was made by a newer Midbreak (file version ${version}); update Midbreak, then import it again.`);
  }
  const extra = unknownKey(raw, TOP_KEYS);
  if (extra !== undefined) return fail(`The backup has an unexpected field "${extra}".`);
  if (typeof raw.exportedAt !== 'string' || !Number.isFinite(Date.parse(raw.exportedAt))) {
    return fail('The backup has no valid export date ("exportedAt").');
  }
  if (!isPlainObject(raw.settings)) return fail('The backup has no settings.');
  const extraSetting = unknownKey(raw.settings, SETTINGS_KEYS);
  if (extraSetting !== undefined) return fail(`The settings have an unexpected field "${extraSetting}".`);
  const settingErrors = Object.values(validateSettings(raw.settings));
  if (settingErrors.length) return fail(`The settings in the file are not valid: ${settingErrors.join(' ')}`);
  const history = checkHistory(raw.history, now);
  if (typeof history === 'string') return fail(history);
  // Version 1 had no day totals, versions 1 and 2 no check-ins; from then on they are required.
  const days = version === 1 && raw.days === undefined ? [] : checkDays(raw.days, version);
  if (typeof days === 'string') return fail(days);
  const checkIns = version < 3 && raw.checkIns === undefined ? [] : checkCheckIns(raw.checkIns, now);
  if (typeof checkIns === 'string') return fail(checkIns);
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
    },
  };
}
