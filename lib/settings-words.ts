import type { ChoiceSetting, SettingFields, SettingName } from './settings-fields';

// What the options page and the messages call each setting, entry for entry with
// SETTING_FIELDS (settings-fields.ts says why the two are apart). Only the options page's
// code imports this module, so none of it reaches the popup's or the worker's bundle.

/** What the page shows for a setting; messages name it by its label too. */
export interface Words {
  /** The control's label (tests find inputs by it). */
  label: string;
  /** A sentence under the control. */
  hint?: string;
}

/** The words a field of this kind needs: a choice names each option, an off-or-number field its amount. */
export type WordsFor<F> = F extends { kind: 'offOrWhole' }
  ? Words & { amountLabel: string; /** Follows the range under the amount: "10–300 seconds" + this. */ amountHint: string }
  : F extends { kind: 'choice'; options: readonly (infer O extends string)[] }
    ? Words & { options: Readonly<Record<O, string>> }
    : Words;

/** Every setting's words; a missing or extra entry, or one without what its kind needs, does not compile. */
export const SETTING_WORDS: { readonly [N in SettingName]: WordsFor<SettingFields[N]> } = {
  workMinutes: { label: 'Work interval (minutes)', hint: 'Active screen time before the routine is due.' },
  snoozeMinutes: { label: 'Snooze length (minutes)', hint: 'How long "Snooze" puts the break off.' },
  maxSnoozes: { label: 'Snoozes in a row', hint: 'After this many, the prompt stops offering snooze.' },
  naturalBreakMinutes: {
    label: 'Natural break after (minutes)',
    hint: 'Time away from the computer (idle or locked) that counts as a break.',
  },
  workingHours: {
    label: 'Only count screen time during working hours',
    hint: 'When this is off, Midbreak counts at any hour. A range that ends before it starts runs past midnight, for a night shift.',
  },
  headsUpSeconds: {
    label: 'Heads-up before a break',
    hint: 'A quiet notification shortly before the break, so you can find a stopping point.',
    amountLabel: 'Heads-up time (seconds)',
    amountHint: '(up to 5 minutes) before the break.',
  },
  promptStyle: {
    label: 'When a break is due',
    options: {
      'notify-and-open': 'Show a notification and open the routine',
      window: 'Open the break window in front, with snooze and skip',
      notify: 'Show a notification only',
      badge: 'Only mark the toolbar badge',
    },
  },
  renudgeMinutes: {
    label: 'Remind again',
    hint: 'A prompt closed without a choice, or left alone, comes back once; after that only the badge shows it.',
    options: { off: 'Never', '5': 'After 5 minutes', '10': 'After 10 minutes', '15': 'After 15 minutes' },
  },
  pauseInFullscreen: {
    label: 'Pause while the browser is fullscreen',
    hint: 'A break that comes due during a video or a presentation waits until you leave fullscreen.',
  },
  pauseWhileAudible: {
    label: 'Wait while a tab is playing sound',
    hint: 'A break that comes due during a call or a video waits until the sound stops. A muted call is silent to Midbreak.',
  },
  badgeCountdown: { label: 'Show a countdown on the toolbar badge', hint: 'Minutes left until the next break.' },
  stepSound: { label: 'Play a sound at each routine step' },
  spokenCues: {
    label: 'Speak the cues aloud',
    hint: 'Says each rep, hold and switch during the routine, using a voice on this device. Where there is none, the routine stays silent.',
  },
};

/** The label of one of a choice's options, e.g. "Show a notification only". */
export function optionLabel(name: ChoiceSetting, option: string): string {
  const labels: Readonly<Record<string, string>> = SETTING_WORDS[name].options;
  return labels[option];
}

/**
 * How messages name a setting: its label without a trailing "(minutes)", because a
 * message states the unit with the range ("Work interval must be … 10 to 180 minutes.").
 */
export function nameOf(name: SettingName): string {
  return SETTING_WORDS[name].label.replace(/ \([^)]*\)$/, '');
}
