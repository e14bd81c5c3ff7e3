import type { JSX } from 'preact';
import { SETTING_WORDS } from '../../lib/settings-words';
import type { RangeErrors, WorkingHoursDraft } from '../../lib/settings-form';
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
      <legend>Working hours</legend>
      <ToggleField
        id="workingHoursEnabled"
        label={SETTING_WORDS.workingHours.label}
        hint={SETTING_WORDS.workingHours.hint}
        checked={draft.enabled}
        onToggle={props.onToggle}
      />
      <div class="preset">
        <button type="button" onClick={props.onPreset}>
          Weekdays 9–17
        </button>
        <span class="muted">Sets Monday to Friday, 09:00–17:00, and switches working hours on.</span>
      </div>
      {draft.enabled && (
        <div class="days">
          {empty && (
            <p class="warning" role="note">
              No ranges on any day: Midbreak will not count screen time at all while working hours are on.
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
