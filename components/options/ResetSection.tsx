import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';

export interface ResetSectionProps {
  onReset: () => Promise<boolean>;
}

/**
 * "Reset to defaults" with an in-page confirm step (window.confirm blocks the page and
 * is not styled or announced consistently). Focus moves into the confirm, Escape or
 * Cancel closes it, and focus goes back to the button that opened it.
 */
export function ResetSection({ onReset }: ResetSectionProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = confirming;
  }, [confirming]);
  const close = () => setConfirming(false);
  return (
    <div class="reset">
      <button type="button" ref={opener} aria-expanded={confirming} aria-controls="reset-confirm" onClick={() => setConfirming(true)}>
        {t('settings.reset.button')}
      </button>
      {confirming && (
        <div
          id="reset-confirm"
          class="confirm"
          role="alertdialog"
          aria-labelledby="reset-confirm-title"
          aria-describedby="reset-confirm-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <h3 id="reset-confirm-title">{t('settings.reset.title')}</h3>
          <p id="reset-confirm-text">{t('settings.reset.text')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                void onReset().then(close);
              }}
            >
              {t('settings.reset.confirm')}
            </button>
            <button type="button" ref={cancel} onClick={close}>
              {t('settings.reset.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
