import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { SETTING_FIELDS, type ChoiceSetting, type Settings } from '../../lib/settings-fields';
import { optionLabel, SETTING_WORDS } from '../../lib/settings-words';

export interface ChoiceFieldProps<N extends ChoiceSetting> {
  name: N;
  value: Settings[N];
  onChange: (value: Settings[N]) => void;
}

/** One of a setting's choices, e.g. how a due break reaches the user: a native radio group (arrow keys move and select). */
export function ChoiceField<N extends ChoiceSetting>({ name, value, onChange }: ChoiceFieldProps<N>): JSX.Element {
  return (
    <fieldset class="radio-group">
      <legend>{t(SETTING_WORDS[name].label)}</legend>
      {(SETTING_FIELDS[name].options as unknown as readonly Settings[N][]).map((option) => (
        <div class="radio" key={option}>
          <input
            type="radio"
            id={`${name}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label for={`${name}-${option}`}>{t(optionLabel(name, option))}</label>
        </div>
      ))}
    </fieldset>
  );
}
