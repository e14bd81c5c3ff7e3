import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';

/** "See a break now": a sample prompt and the routine, so a new user need not wait a whole work interval. */
export function TrySection({ onTry }: { onTry: () => void }): JSX.Element {
  return (
    <fieldset class="group try">
      <legend>{t('settings.try.legend')}</legend>
      <p class="muted" id="try-hint">
        {t('settings.try.hint')}
      </p>
      <button type="button" aria-describedby="try-hint" onClick={onTry}>
        {t('settings.try.button')}
      </button>
    </fieldset>
  );
}
