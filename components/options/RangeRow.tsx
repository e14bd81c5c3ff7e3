import type { JSX } from 'preact';
import { DAY_NAMES } from '../../lib/settings';
import { crossesMidnight, parseRange, type RangeDraft, type RangeErrors } from '../../lib/settings-form';
import { formatHm } from '../../lib/time';

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
  const name = `${DAY_NAMES[day]} range ${index + 1}`;
  const messages = [errors.start, errors.end, errors.range].filter(Boolean);
  const parsed = messages.length ? null : parseRange(draft, name).range;
  const overnight = parsed && crossesMidnight(parsed);
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describe = (bad: boolean) => [bad ? errorId : '', overnight ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const input = (end: 'start' | 'end', bad: boolean) => (
    <input
      id={`${id}-${end}`}
      type="text"
      class="time-input"
      placeholder="HH:MM"
      autoComplete="off"
      spellcheck={false}
      maxLength={5}
      size={5}
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
        <label for={`${id}-start`}>
          <span class="visually-hidden">{name} </span>start
        </label>
        {input('start', Boolean(errors.start || errors.range))}
        <label for={`${id}-end`}>
          <span class="visually-hidden">{name} </span>end
        </label>
        {input('end', Boolean(errors.end || errors.range))}
        <button type="button" class="remove" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      {overnight && (
        <p id={noteId} class="hint muted">
          Runs past midnight, until {formatHm(parsed.end)} on {DAY_NAMES[(day + 1) % 7]}.
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
