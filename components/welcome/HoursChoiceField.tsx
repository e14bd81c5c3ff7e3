import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { phrase, type Phrase } from '../../lib/phrase';
import { PRESET } from '../../lib/settings-form';
import type { HoursChoice } from '../../lib/stores/welcome-store';

const OPTIONS: readonly { value: HoursChoice; label: Phrase }[] = [
  { value: 'off', label: phrase('settings.welcome.hoursOff') },
  { value: 'weekdays', label: phrase('settings.welcome.hoursWeekdays', { ...PRESET, hours: PRESET.wholeHours }) },
  { value: 'custom', label: phrase('settings.welcome.hoursCustom') },
];

export interface HoursChoiceFieldProps {
  value: HoursChoice;
  onChange: (choice: HoursChoice) => void;
  /** Opens the options page, where custom hours are edited day by day. */
  onSettings: () => void;
}

/** Working hours in three choices; anything finer (several ranges, night shifts) lives on the options page. */
export function HoursChoiceField({ value, onChange, onSettings }: HoursChoiceFieldProps): JSX.Element {
  return (
    <fieldset class="radio-group">
      <legend>{t('settings.hours.legend')}</legend>
      {OPTIONS.map((option) => (
        <div class="radio" key={option.value}>
          <input
            type="radio"
            id={`hours-${option.value}`}
            name="hours"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label for={`hours-${option.value}`}>{sayPhrase(option.label)}</label>
        </div>
      ))}
      {value === 'custom' && (
        <p class="custom-hours">
          <button type="button" class="link-button" onClick={onSettings}>
            {t('settings.welcome.setInSettings')}
          </button>
          <span class="muted"> {t('settings.welcome.customHint')}</span>
        </p>
      )}
    </fieldset>
  );
}
