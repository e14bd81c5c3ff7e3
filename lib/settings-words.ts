import type { MessageKey } from './i18n';
import { phrase, type Phrase } from './phrase';
import type { ChoiceSetting, SettingFields, SettingName, Unit } from './settings-fields';

// What the options page and the messages call each setting, entry for entry with
// SETTING_FIELDS (settings-fields.ts says why the two are apart): the keys of its words in
// locales/<lang>.yml, said in the browser's language by the page. Only the options and
// welcome pages' code imports this module, so none of it reaches the popup's or the
// worker's bundle.

/** What the page shows for a setting; messages name it by its `name` (its label when it has none). */
export interface Words {
  /** The control's label (tests find inputs by it). */
  label: MessageKey;
  /** How messages name the setting: the label without the unit in parentheses ("Work interval"). */
  name?: MessageKey;
  /** A sentence under the control. */
  hint?: MessageKey;
}

/** The words a field of this kind needs: a choice names each option, an off-or-number field its amount (and both a hint, which their editors show). */
export type WordsFor<F> = F extends { kind: 'offOrWhole' }
  ? Words & { hint: MessageKey; amountLabel: MessageKey; /** Under the amount: "{min}–{max} (up to {upTo}) before the break." */ amountHint: MessageKey }
  : F extends { kind: 'choice'; options: readonly (infer O extends string)[] }
    ? Words & { options: Readonly<Record<O, MessageKey>> }
    : F extends { kind: 'hours' }
      ? Words & { hint: MessageKey }
      : Words;

/** Every setting's words; a missing or extra entry, or one without what its kind needs, does not compile. */
export const SETTING_WORDS: { readonly [N in SettingName]: WordsFor<SettingFields[N]> } = {
  workMinutes: {
    label: 'settings.field.workMinutes.label',
    name: 'settings.field.workMinutes.name',
    hint: 'settings.field.workMinutes.hint',
  },
  snoozeMinutes: {
    label: 'settings.field.snoozeMinutes.label',
    name: 'settings.field.snoozeMinutes.name',
    hint: 'settings.field.snoozeMinutes.hint',
  },
  maxSnoozes: { label: 'settings.field.maxSnoozes.label', hint: 'settings.field.maxSnoozes.hint' },
  naturalBreakMinutes: {
    label: 'settings.field.naturalBreakMinutes.label',
    name: 'settings.field.naturalBreakMinutes.name',
    hint: 'settings.field.naturalBreakMinutes.hint',
  },
  workingHours: { label: 'settings.field.workingHours.label', hint: 'settings.field.workingHours.hint' },
  headsUpSeconds: {
    label: 'settings.field.headsUpSeconds.label',
    hint: 'settings.field.headsUpSeconds.hint',
    amountLabel: 'settings.field.headsUpSeconds.amountLabel',
    amountHint: 'settings.field.headsUpSeconds.amountHint',
  },
  promptStyle: {
    label: 'settings.field.promptStyle.label',
    options: {
      'notify-and-open': 'settings.field.promptStyle.notifyAndOpen',
      window: 'settings.field.promptStyle.window',
      notify: 'settings.field.promptStyle.notify',
      badge: 'settings.field.promptStyle.badge',
    },
  },
  renudgeMinutes: {
    label: 'settings.field.renudgeMinutes.label',
    hint: 'settings.field.renudgeMinutes.hint',
    options: {
      off: 'settings.field.renudgeMinutes.off',
      '5': 'settings.field.renudgeMinutes.after5',
      '10': 'settings.field.renudgeMinutes.after10',
      '15': 'settings.field.renudgeMinutes.after15',
    },
  },
  pauseInFullscreen: { label: 'settings.field.pauseInFullscreen.label', hint: 'settings.field.pauseInFullscreen.hint' },
  pauseWhileAudible: { label: 'settings.field.pauseWhileAudible.label', hint: 'settings.field.pauseWhileAudible.hint' },
  badgeCountdown: { label: 'settings.field.badgeCountdown.label', hint: 'settings.field.badgeCountdown.hint' },
  stepSound: { label: 'settings.field.stepSound.label' },
  spokenCues: { label: 'settings.field.spokenCues.label', hint: 'settings.field.spokenCues.hint' },
};

/** The key of one of a choice's options, e.g. the words "Show a notification only". */
export function optionLabel(name: ChoiceSetting, option: string): MessageKey {
  const labels: Readonly<Record<string, MessageKey>> = SETTING_WORDS[name].options;
  return labels[option];
}

/**
 * How messages name a setting: its label without a trailing "(minutes)", because a
 * message states the unit with the range ("Work interval must be … 10 to 180 minutes.").
 */
export function nameOf(name: SettingName): MessageKey {
  const words: Words = SETTING_WORDS[name];
  return words.name ?? words.label;
}

/** The words of each unit of the field table, one plural message each ("1 minute", "{n} minutes"). */
const UNIT_WORDS: Readonly<Record<Unit, MessageKey>> = {
  minutes: 'settings.unit.minutes',
  seconds: 'settings.unit.seconds',
  snoozes: 'settings.unit.snoozes',
};

/** An amount in a field's unit: "180 minutes", "1 snooze". */
export function amountOf(unit: Unit, n: number): Phrase {
  return phrase(UNIT_WORDS[unit], { n }, n);
}

/** What a bounded field allows, unit included: "a whole number from 10 to 180 minutes". */
export function allowedRange(limits: { min: number; max: number; unit: Unit }): Phrase {
  return phrase('settings.check.allowed', { min: limits.min, max: amountOf(limits.unit, limits.max) });
}
