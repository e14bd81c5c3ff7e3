import type { JSX } from 'preact';
import { HEADS_UP_LIMITS } from '../../lib/settings';
import type { HeadsUpDraft } from '../../lib/stores/settings-store';
import { NumberField } from './NumberField';
import { ToggleField } from './ToggleField';

export interface HeadsUpFieldProps {
  draft: HeadsUpDraft;
  error?: string;
  onEdit: (draft: HeadsUpDraft) => void;
  onCommit: (draft: HeadsUpDraft) => void;
}

/** Heads-up before a break: off, or 10 seconds to 5 minutes ahead. */
export function HeadsUpField({ draft, error, onEdit, onCommit }: HeadsUpFieldProps): JSX.Element {
  return (
    <div class="heads-up">
      <ToggleField
        id="headsUpEnabled"
        label="Heads-up before a break"
        hint="A quiet notification shortly before the break, so you can find a stopping point."
        checked={draft.enabled}
        onToggle={(on) => onCommit({ ...draft, enabled: on })}
      />
      <NumberField
        id="headsUpSeconds"
        label="Heads-up time (seconds)"
        hint={`${HEADS_UP_LIMITS.min}–${HEADS_UP_LIMITS.max} seconds (up to 5 minutes) before the break.`}
        value={draft.seconds}
        error={error}
        disabled={!draft.enabled}
        onInput={(seconds) => onEdit({ ...draft, seconds })}
        onCommit={(seconds) => onCommit({ ...draft, seconds })}
      />
    </div>
  );
}
