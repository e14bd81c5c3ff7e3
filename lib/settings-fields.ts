import { noWorkingHours, type WorkingHours } from './working-hours';

// The one description of every setting: what each one is (kind, limits, default) here,
// and what the page and the messages call it in settings-words.ts, entry for entry.
// Checking and parsing (settings.ts), the form parsers (settings-form.ts), the options
// page, the settings store's messages and the tests all read these two tables, so a new
// setting is an entry in each plus the code that uses it; the compiler asks for both.
//
// The words are a module of their own because the popup and the service worker read and
// write settings too: a module they import lands in the chunk they load, and the labels
// and hints cost each of them about 0.5 KB gzipped (measured when they were English text;
// they are now the keys of the words in locales/) for text they never show;
// tests/lib/settings-words.test.ts checks that nothing they load imports the words.

/** What a number counts; its words are in settings-words.ts. */
export type Unit = 'minutes' | 'seconds' | 'snoozes';

/** A whole number in a range, typed into a text field. */
export interface WholeField {
  kind: 'whole';
  min: number;
  max: number;
  unit: Unit;
  default: number;
}

/** Off (stored as 0) or a whole number in a range: a switch and an amount. */
export interface OffOrWholeField {
  kind: 'offOrWhole';
  min: number;
  max: number;
  unit: Unit;
  default: number;
  /** The amount offered when it is switched on from off. */
  suggested: number;
}

/** One of a few values, in the order the page offers them. */
export interface ChoiceField {
  kind: 'choice';
  options: readonly string[];
  default: string;
}

/** On or off. */
export interface FlagField {
  kind: 'flag';
  default: boolean;
}

/** Time ranges per weekday (lib/working-hours.ts), edited on their own part of the page. */
export interface HoursField {
  kind: 'hours';
  default: WorkingHours;
  maxRangesPerDay: number;
}

export type SettingField = WholeField | OffOrWholeField | ChoiceField | FlagField | HoursField;

/** Every setting, in the order it is stored and shown. Defaults follow the content facts. */
export const SETTING_FIELDS = {
  /** Active minutes before the routine is due. */
  workMinutes: { kind: 'whole', min: 10, max: 180, unit: 'minutes', default: 45 },
  snoozeMinutes: { kind: 'whole', min: 1, max: 30, unit: 'minutes', default: 5 },
  /** Snoozes in a row after which the prompt stops offering one. */
  maxSnoozes: { kind: 'whole', min: 0, max: 10, unit: 'snoozes', default: 3 },
  /** An idle or locked stretch at least this long counts as a break taken. */
  naturalBreakMinutes: { kind: 'whole', min: 2, max: 30, unit: 'minutes', default: 5 },
  workingHours: { kind: 'hours', default: noWorkingHours(), maxRangesPerDay: 6 },
  /** Seconds of warning before a break; 0 means off. */
  headsUpSeconds: { kind: 'offOrWhole', min: 10, max: 300, unit: 'seconds', default: 0, suggested: 60 },
  /** How a due break reaches the user. */
  promptStyle: { kind: 'choice', options: ['notify-and-open', 'window', 'notify', 'badge'], default: 'notify' },
  /** A prompt closed without a choice, or left alone, comes back once after this many minutes. */
  renudgeMinutes: { kind: 'choice', options: ['off', '5', '10', '15'], default: '10' },
  pauseInFullscreen: { kind: 'flag', default: true },
  /** A break that comes due while a tab plays sound (a call, a talk) waits until it stops. */
  pauseWhileAudible: { kind: 'flag', default: true },
  badgeCountdown: { kind: 'flag', default: true },
  stepSound: { kind: 'flag', default: false },
  /** Say the routine's cues aloud, with a voice on the device only (lib/adapters/speech.ts). */
  spokenCues: { kind: 'flag', default: false },
} as const satisfies Record<string, SettingField>;

/** The table's type, entry by entry (what the words table is checked against). */
export type SettingFields = typeof SETTING_FIELDS;
type Fields = SettingFields;
export type SettingName = keyof Fields;

type ValueOf<F> = F extends { kind: 'whole' | 'offOrWhole' }
  ? number
  : F extends { kind: 'flag' }
    ? boolean
    : F extends { kind: 'choice'; options: readonly (infer O)[] }
      ? O
      : F extends { kind: 'hours' }
        ? WorkingHours
        : never;

/** Everything the user can tune, one property per field; stored in `storage.sync` so it follows them to other devices. */
export type Settings = { -readonly [K in keyof Fields]: ValueOf<Fields[K]> };

/** How a due break reaches the user. */
export type PromptStyle = Settings['promptStyle'];

/** The settings of one kind, e.g. `SettingOfKind<'flag'>` is every on/off setting. */
export type SettingOfKind<K extends SettingField['kind']> = {
  [N in SettingName]: Fields[N]['kind'] extends K ? N : never;
}[SettingName];
export type WholeSetting = SettingOfKind<'whole'>;
export type FlagSetting = SettingOfKind<'flag'>;
export type ChoiceSetting = SettingOfKind<'choice'>;

/** Every setting's name, in table order. */
export const SETTING_NAMES = Object.keys(SETTING_FIELDS) as SettingName[];

/** The names of the settings of one kind, in table order. */
export function settingsOfKind<K extends SettingField['kind']>(kind: K): SettingOfKind<K>[] {
  return SETTING_NAMES.filter((name) => SETTING_FIELDS[name].kind === kind) as SettingOfKind<K>[];
}
