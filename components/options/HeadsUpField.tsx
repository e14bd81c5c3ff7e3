import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { phrase } from '../../lib/phrase';
import { SETTING_FIELDS } from '../../lib/settings-fields';
import { amountOf, SETTING_WORDS } from '../../lib/settings-words';
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
  const { min, max, unit } = SETTING_FIELDS.headsUpSeconds;
  const { label, hint, amountLabel, amountHint } = SETTING_WORDS.headsUpSeconds;
  return (
    <div class="heads-up">
      <ToggleField
        id="headsUpEnabled"
        label={t(label)}
        hint={t(hint)}
        checked={draft.enabled}
        onToggle={(on) => onCommit({ ...draft, enabled: on })}
      />
      <NumberField
        id="headsUpSeconds"
        label={t(amountLabel)}
        hint={sayPhrase(phrase(amountHint, { min, max: amountOf(unit, max), upTo: amountOf('minutes', Math.floor(max / 60)) }))}
        value={draft.seconds}
        error={error}
        disabled={!draft.enabled}
        onInput={(seconds) => onEdit({ ...draft, seconds })}
        onCommit={(seconds) => onCommit({ ...draft, seconds })}
      />
    </div>
  );
}
