import type { JSX } from 'preact';

export interface NumberFieldProps {
  /** Also the base of the hint and error ids: `${id}-hint`, `${id}-error`. */
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  disabled?: boolean;
  onInput: (text: string) => void;
  /** Called on change (Enter or leaving the field): validate and save. */
  onCommit: (text: string) => void;
}

/**
 * A whole-number input. Plain text with a numeric keyboard rather than type="number",
 * because a number input reports "" for junk like "12abc" and the user would be told the
 * field is empty instead of what is wrong with it.
 */
export function NumberField({ id, label, hint, value, error, disabled, onInput, onCommit }: NumberFieldProps): JSX.Element {
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <div class={`field number-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        size={5}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
        onChange={(e) => onCommit(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="hint muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} class="field-error error">
          {error}
        </p>
      )}
    </div>
  );
}
