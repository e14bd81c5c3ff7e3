import type { Shape } from './versioned';
import { formatHm } from './time';
import { noWorkingHours, type TimeRange, type WorkingHours } from './working-hours';

/** How a due break reaches the user. */
export type PromptStyle = 'notify-and-open' | 'notify' | 'badge';
export const PROMPT_STYLES: readonly PromptStyle[] = ['notify-and-open', 'notify', 'badge'];

/** Everything the user can tune; stored in `storage.sync` so it follows them to other devices. */
export interface Settings {
  /** Active minutes before the routine is due. */
  workMinutes: number;
  snoozeMinutes: number;
  /** Snoozes in a row after which the prompt stops offering one. */
  maxSnoozes: number;
  /** An idle or locked stretch at least this long counts as a break taken. */
  naturalBreakMinutes: number;
  workingHours: WorkingHours;
  /** Seconds of warning before a break; 0 means off. */
  headsUpSeconds: number;
  promptStyle: PromptStyle;
  pauseInFullscreen: boolean;
  badgeCountdown: boolean;
  stepSound: boolean;
}

/** Whole-number settings with their allowed ranges; the one table both parsing and the options page read. */
export const NUMBER_LIMITS = {
  workMinutes: { min: 10, max: 180, unit: 'minutes', label: 'Work interval' },
  snoozeMinutes: { min: 1, max: 30, unit: 'minutes', label: 'Snooze length' },
  maxSnoozes: { min: 0, max: 10, unit: 'snoozes', label: 'Snoozes in a row' },
  naturalBreakMinutes: { min: 2, max: 30, unit: 'minutes', label: 'Natural break after' },
} as const;
export type NumberSetting = keyof typeof NUMBER_LIMITS;

/** Heads-up is 0 (off) or 10–300 seconds. */
export const HEADS_UP_LIMITS = { min: 10, max: 300, label: 'Heads-up before a break' } as const;

/** Defaults from the content facts: 45 active minutes, 5-minute snooze, 5-minute natural break. */
export const DEFAULT_SETTINGS: Settings = {
  workMinutes: 45,
  snoozeMinutes: 5,
  maxSnoozes: 3,
  naturalBreakMinutes: 5,
  workingHours: noWorkingHours(),
  headsUpSeconds: 0,
  promptStyle: 'notify',
  pauseInFullscreen: true,
  badgeCountdown: true,
  stepSound: false,
};

/** A fresh copy of the defaults (the working-hours arrays are not shared). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, workingHours: noWorkingHours() };
}

/** The on/off settings, with the names a person reads. */
export const FLAG_LABELS = {
  pauseInFullscreen: 'Pause while fullscreen',
  badgeCountdown: 'Badge countdown',
  stepSound: 'Step sound',
} as const;
type Flag = keyof typeof FLAG_LABELS;
const FLAGS = Object.keys(FLAG_LABELS) as Flag[];

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The error for one whole-number setting, naming the field and its range; null when valid. */
export function checkNumber(field: NumberSetting, value: unknown): string | null {
  const { min, max, unit, label } = NUMBER_LIMITS[field];
  return isWholeIn(value, min, max) ? null : `${label} must be a whole number from ${min} to ${max} ${unit}.`;
}

/** The error for the heads-up setting; null when valid. */
export function checkHeadsUp(value: unknown): string | null {
  if (value === 0 || isWholeIn(value, HEADS_UP_LIMITS.min, HEADS_UP_LIMITS.max)) return null;
  return `${HEADS_UP_LIMITS.label} must be off, or a whole number from ${HEADS_UP_LIMITS.min} to ${HEADS_UP_LIMITS.max} seconds.`;
}

function isRange(r: unknown): r is TimeRange {
  if (typeof r !== 'object' || r === null) return false;
  const { start, end } = r as Record<string, unknown>;
  return isWholeIn(start, 0, 1439) && isWholeIn(end, 0, 1440);
}

/** The minutes of the week a range covers, as [from, to) spans on a 0–10080 line (a crossing range wraps). */
function weekSpans(day: number, r: TimeRange): [number, number][] {
  const base = day * 1440;
  const end = r.end <= r.start ? r.end + 1440 : r.end;
  const from = base + r.start;
  const to = base + end;
  const week = 7 * 1440;
  return to > week ? [[from, week], [0, to - week]] : [[from, to]];
}

/** Errors in the working hours: malformed ranges, empty ranges, overlaps (across midnight too). */
export function checkWorkingHours(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['Working hours are missing.'];
  const { enabled, days } = value as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof enabled !== 'boolean') errors.push('Working hours must be switched on or off.');
  if (!Array.isArray(days) || days.length !== 7) return [...errors, 'Working hours need an entry for each of the 7 days.'];
  const spans: { day: number; from: number; to: number; r: TimeRange }[] = [];
  days.forEach((ranges, day) => {
    if (!Array.isArray(ranges) || ranges.length > 6) {
      errors.push(`${DAY_NAMES[day]}: at most 6 time ranges.`);
      return;
    }
    for (const r of ranges) {
      if (!isRange(r)) {
        errors.push(`${DAY_NAMES[day]}: each range needs a start from 00:00 to 23:59 and an end from 00:00 to 24:00.`);
        continue;
      }
      if (r.start === r.end || (r.start === 0 && r.end === 0)) {
        errors.push(`${DAY_NAMES[day]}: a range must end at a different time than it starts (${formatHm(r.start)}).`);
        continue;
      }
      for (const [from, to] of weekSpans(day, r)) spans.push({ day, from, to, r });
    }
  });
  if (enabled === true && days.every((ranges) => Array.isArray(ranges) && ranges.length === 0)) {
    // On with no ranges would mean Midbreak never counts at all.
    errors.push('Working hours are on but no day has a time range: add one, or switch working hours off.');
  }
  spans.sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1];
    const cur = spans[i];
    if (cur.from < prev.to) {
      errors.push(
        `${DAY_NAMES[cur.day]}: ${formatHm(cur.r.start)}–${formatHm(cur.r.end)} overlaps ${DAY_NAMES[prev.day]} ${formatHm(prev.r.start)}–${formatHm(prev.r.end)}.`,
      );
    }
  }
  return errors;
}

/** Every error in a whole settings object, keyed by field; empty when it may be stored. */
export function validateSettings(value: unknown): Partial<Record<keyof Settings, string>> {
  const errors: Partial<Record<keyof Settings, string>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { workMinutes: 'Settings must be an object.' };
  }
  const s = value as Record<string, unknown>;
  for (const field of Object.keys(NUMBER_LIMITS) as NumberSetting[]) {
    const error = checkNumber(field, s[field]);
    if (error) errors[field] = error;
  }
  const headsUp = checkHeadsUp(s.headsUpSeconds);
  if (headsUp) errors.headsUpSeconds = headsUp;
  const hours = checkWorkingHours(s.workingHours);
  if (hours.length) errors.workingHours = hours.join(' ');
  if (!PROMPT_STYLES.includes(s.promptStyle as PromptStyle)) {
    errors.promptStyle = 'Prompt style must be one of: notification and open the routine, notification only, badge only.';
  }
  for (const flag of FLAGS) {
    if (typeof s[flag] !== 'boolean') errors[flag] = `${FLAG_LABELS[flag]} must be on or off.`;
  }
  return errors;
}

/**
 * Reads whatever storage held into valid settings: each field that is missing, of the
 * wrong type or out of range falls back to its default, and the rest is kept.
 * Never throws, so corrupt or old data can't stop the worker.
 */
export function parseSettings(raw: unknown): Settings {
  const base = defaultSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return base;
  const s = raw as Record<string, unknown>;
  const out: Settings = { ...base };
  for (const field of Object.keys(NUMBER_LIMITS) as NumberSetting[]) {
    if (checkNumber(field, s[field]) === null) out[field] = s[field] as number;
  }
  if (checkHeadsUp(s.headsUpSeconds) === null) out.headsUpSeconds = s.headsUpSeconds as number;
  if (checkWorkingHours(s.workingHours).length === 0) {
    const wh = s.workingHours as WorkingHours;
    out.workingHours = { enabled: wh.enabled, days: wh.days.map((d) => d.map((r) => ({ start: r.start, end: r.end }))) };
  }
  if (PROMPT_STYLES.includes(s.promptStyle as PromptStyle)) out.promptStyle = s.promptStyle as PromptStyle;
  for (const flag of FLAGS) {
    if (typeof s[flag] === 'boolean') out[flag] = s[flag] as boolean;
  }
  return out;
}

/** Version 1 was stored without a `v`; version 2 carries it. */
export const SETTINGS_VERSION = 2;

/** How settings are stored and read back: each field checked on its own (see parseSettings). */
export const SETTINGS_SHAPE: Shape<Settings> = {
  name: 'settings',
  version: SETTINGS_VERSION,
  legacyVersion: 1,
  steps: {
    1: (raw) => ({ ...(raw as object), v: 2 }),
  },
  parse: (raw) => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? parseSettings(raw) : null),
};

/** The settings as they are written to storage: only known fields, with the version. */
export function storedSettings(settings: Settings): Settings & { v: typeof SETTINGS_VERSION } {
  return { v: SETTINGS_VERSION, ...parseSettings(settings) };
}
