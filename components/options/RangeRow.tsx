import type { JSX } from 'preact';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { sayPhrase, weekdayName } from '../../lib/adapters/phrases';
import { crossesMidnight, parseRange, type RangeDraft, type RangeErrors } from '../../lib/settings-form';
import { formatClock, isTwelveHour } from '../../lib/working-hours';
import { richText } from './rich';

export interface RangeRowProps {
  day: number;
  index: number;
  draft: RangeDraft;
  errors: RangeErrors;
  onEdit: (end: 'start' | 'end', text: string) => void;
  onCommit: () => void;
  onRemove: () => void;
}

/** The ids a range's inputs and its error use; the Playwright tests rely on them. */
export function rangeId(day: number, index: number): string {
  return `hours-${day}-${index}`;
}

/** One time range of a day: start and end as HH:MM, a note when it runs past midnight, and its errors. */
export function RangeRow({ day, index, draft, errors, onEdit, onCommit, onRemove }: RangeRowProps): JSX.Element {
  const id = rangeId(day, index);
  const locale = uiLanguage();
  const name = t('settings.hours.rangeName', { day: weekdayName(day, 'long', locale), n: index + 1 });
  const messages = [errors.start, errors.end, errors.range].flatMap((e) => (e ? [sayPhrase(e, locale)] : []));
  const parsed = messages.length ? null : parseRange(draft, name).range;
  // Read with each input's label by screen readers, so "start" says which range it starts.
  const hidden = <span class="visually-hidden">{name}</span>;
  const overnight = parsed && crossesMidnight(parsed);
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describe = (bad: boolean) => [bad ? errorId : '', overnight ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const input = (end: 'start' | 'end', bad: boolean) => (
    <input
      id={`${id}-${end}`}
      type="text"
      class={`time-input${isTwelveHour(locale) ? ' twelve-hour' : ''}`}
      placeholder={formatClock(end === 'start' ? 540 : 1020, locale)}
      autoComplete="off"
      spellcheck={false}
      maxLength={12}
      size={isTwelveHour(locale) ? 8 : 5}
      value={draft[end]}
      aria-invalid={bad ? 'true' : 'false'}
      aria-describedby={describe(bad)}
      onInput={(e) => onEdit(end, e.currentTarget.value)}
      onChange={onCommit}
    />
  );
  return (
    <li class={`range${messages.length ? ' has-error' : ''}`}>
      <div class="range-inputs">
        <label for={`${id}-start`}>{richText('settings.hours.startLabel', { range: hidden })}</label>
        {input('start', Boolean(errors.start || errors.range))}
        <label for={`${id}-end`}>{richText('settings.hours.endLabel', { range: hidden })}</label>
        {input('end', Boolean(errors.end || errors.range))}
        <button type="button" class="remove" aria-label={t('settings.hours.remove', { range: name })} onClick={onRemove}>
          {t('settings.hours.removeButton')}
        </button>
      </div>
      {overnight && (
        <p id={noteId} class="hint muted">
          {t('settings.hours.overnight', { time: formatClock(parsed.end, locale), day: weekdayName((day + 1) % 7, 'long', locale) })}
        </p>
      )}
      {messages.length > 0 && (
        <p id={errorId} class="field-error error">
          {messages.join(' ')}
        </p>
      )}
    </li>
  );
}
