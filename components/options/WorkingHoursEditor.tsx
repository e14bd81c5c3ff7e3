import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { phrase } from '../../lib/phrase';
import { SETTING_WORDS } from '../../lib/settings-words';
import { PRESET, type RangeErrors, type WorkingHoursDraft } from '../../lib/settings-form';
import { DayRanges } from './DayRanges';
import { ToggleField } from './ToggleField';

/** Monday first, as a working week reads; `days[0]` is still Sunday underneath. */
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

export interface WorkingHoursEditorProps {
  draft: WorkingHoursDraft;
  errors: RangeErrors[][];
  onToggle: (on: boolean) => void;
  onEdit: (day: number, index: number, end: 'start' | 'end', text: string) => void;
  onCommit: () => void;
  onAdd: (day: number) => void;
  onRemove: (day: number, index: number) => void;
  onPreset: () => void;
}

/** Working hours per weekday: off by default; when on, one or more ranges a day, night shifts allowed. */
export function WorkingHoursEditor(props: WorkingHoursEditorProps): JSX.Element {
  const { draft, errors } = props;
  const empty = draft.days.every((d) => d.length === 0);
  return (
    <fieldset class="group working-hours">
      <legend>{t('settings.hours.legend')}</legend>
      <ToggleField
        id="workingHoursEnabled"
        label={t(SETTING_WORDS.workingHours.label)}
        hint={t(SETTING_WORDS.workingHours.hint)}
        checked={draft.enabled}
        onToggle={props.onToggle}
      />
      <div class="preset">
        <button type="button" onClick={props.onPreset}>
          {sayPhrase(phrase('settings.hours.preset', { hours: PRESET.wholeHours }))}
        </button>
        <span class="muted">{sayPhrase(phrase('settings.hours.presetHint', PRESET))}</span>
      </div>
      {draft.enabled && (
        <div class="days">
          {empty && (
            <p class="warning" role="note">
              {t('settings.hours.noRanges')}
            </p>
          )}
          {DISPLAY_ORDER.map((day) => (
            <DayRanges
              key={day}
              day={day}
              ranges={draft.days[day]}
              errors={errors[day] ?? []}
              onEdit={(index, end, text) => props.onEdit(day, index, end, text)}
              onCommit={props.onCommit}
              onAdd={() => props.onAdd(day)}
              onRemove={(index) => props.onRemove(day, index)}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
