import type { JSX } from 'preact';

export interface ToggleFieldProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
}

/** One on/off setting: a native checkbox, so Space toggles it and every screen reader knows it. */
export function ToggleField({ id, label, hint, checked, onToggle }: ToggleFieldProps): JSX.Element {
  return (
    <div class="field toggle-field">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint muted">
          {hint}
        </p>
      )}
    </div>
  );
}
