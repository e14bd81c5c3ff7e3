import { HISTORY_KINDS, HISTORY_LIMIT, parseHistory, type HistoryEntry } from './history';
import { parseSettings, validateSettings, type Settings } from './settings';

/** What an export file says it is. */
export const BACKUP_FORMAT = 'midbreak-backup';
/** Bumped when the file's shape changes; a newer file is refused rather than half-read. */
export const BACKUP_VERSION = 1;
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
  history: HistoryEntry[];
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** The backup of the given settings and history, stamped with `now`. */
export function createBackup(settings: Settings, history: readonly HistoryEntry[], now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: parseSettings(settings),
    history: parseHistory(history),
  };
}

/** The file's text: indented, so a curious user can read it. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A file name with the local date, e.g. midbreak-backup-2025-03-14.json. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `midbreak-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

// Keys that reach an object's prototype when copied with assignment or a naive merge.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const TOP_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history'];
const SETTINGS_KEYS = Object.keys(parseSettings(undefined));
const ENTRY_KEYS = ['kind', 'at', 'durationMs'];

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

function checkHistory(raw: unknown): string | HistoryEntry[] {
  if (!Array.isArray(raw)) return 'The history must be a list.';
  if (raw.length > HISTORY_LIMIT) return `The history has ${raw.length} entries; Midbreak keeps at most ${HISTORY_LIMIT}.`;
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const extra = isPlainObject(entry) ? unknownKey(entry, ENTRY_KEYS) : undefined;
    // parseHistory keeps only well-formed entries, so a dropped one is a bad one.
    if (!isPlainObject(entry) || extra !== undefined || parseHistory([entry]).length !== 1) {
      return `History entry ${i + 1} is not valid: each needs a kind (${HISTORY_KINDS.join(', ')}), a time "at" in milliseconds, and optionally a duration "durationMs" of 0 or more.`;
    }
  }
  return parseHistory(raw);
}

/**
 * Reads a backup file's text, checking ALL of it before anything may be written: size,
 * JSON syntax, prototype-polluting keys anywhere, format and version, every setting
 * (with the same rules the options page uses) and every history entry. The result holds
 * fresh objects built from known fields only.
 */
export function parseBackup(text: unknown): BackupResult {
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
  const history = checkHistory(raw.history);
  if (typeof history === 'string') return fail(history);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: raw.exportedAt,
      settings: parseSettings(raw.settings),
      history,
    },
  };
}
