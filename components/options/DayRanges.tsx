import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';
import { capitalized, weekdayName } from '../../lib/adapters/phrases';
import { SETTING_FIELDS } from '../../lib/settings-fields';
import type { RangeDraft, RangeErrors } from '../../lib/settings-form';
import { rangeId, RangeRow } from './RangeRow';

export interface DayRangesProps {
  day: number;
  ranges: RangeDraft[];
  errors: RangeErrors[];
  onEdit: (index: number, end: 'start' | 'end', text: string) => void;
  onCommit: () => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * One weekday's ranges with add and remove. Focus follows the change, so a keyboard user
 * lands on the new range's start, or back on "Add range" when the range they removed is gone.
 */
export function DayRanges({ day, ranges, errors, onEdit, onCommit, onAdd, onRemove }: DayRangesProps): JSX.Element {
  const root = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    // A render may come before the one that draws the new range (another field following
    // storage): keep the focus pending until its target is there.
    const target = root.current?.querySelector<HTMLElement>(pendingFocus.current);
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });
  const full = ranges.length >= SETTING_FIELDS.workingHours.maxRangesPerDay;
  return (
    <fieldset class="day" ref={root}>
      <legend>{capitalized(weekdayName(day))}</legend>
      {ranges.length === 0 ? (
        <p class="muted none">{t('settings.hours.notWorkingDay')}</p>
      ) : (
        <ul class="ranges">
          {ranges.map((r, index) => (
            <RangeRow
              key={index}
              day={day}
              index={index}
              draft={r}
              errors={errors[index] ?? {}}
              onEdit={(end, text) => onEdit(index, end, text)}
              onCommit={onCommit}
              onRemove={() => {
                pendingFocus.current = '.add';
                onRemove(index);
              }}
            />
          ))}
        </ul>
      )}
      <button
        type="button"
        class="add"
        aria-label={t('settings.hours.addOn', { day: weekdayName(day) })}
        disabled={full}
        onClick={() => {
          pendingFocus.current = `#${rangeId(day, ranges.length)}-start`;
          onAdd();
        }}
      >
        {t('settings.hours.add')}
      </button>
    </fieldset>
  );
}
