import type { JSX } from 'preact';
import type { HoursChoice } from '../../lib/stores/welcome-store';

const OPTIONS: readonly { value: HoursChoice; label: string }[] = [
  { value: 'off', label: 'Off: count screen time at any hour' },
  { value: 'weekdays', label: 'Weekdays 9–17 (Monday to Friday)' },
  { value: 'custom', label: 'Custom hours' },
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
      <legend>Working hours</legend>
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
          <label for={`hours-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {value === 'custom' && (
        <p class="custom-hours">
          <button type="button" class="link-button" onClick={onSettings}>
            Set them in Settings
          </button>
          <span class="muted"> (per weekday, several ranges a day, night shifts)</span>
        </p>
      )}
    </fieldset>
  );
}
