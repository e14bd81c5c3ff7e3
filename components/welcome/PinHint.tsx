import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { richText } from '../options/rich';

/** Which browser's toolbar the hint describes (the build knows: one extension package per browser). */
export type ToolbarBrowser = 'chrome' | 'firefox';

/** How to pin the toolbar button: an extension that is not pinned hides its badge, and with it the countdown. */
export function PinHint({ browser }: { browser: ToolbarBrowser }): JSX.Element {
  return (
    <section class="pin-hint" aria-labelledby="pin-title" data-testid="pin-hint">
      <h2 id="pin-title">{t('settings.welcome.pinTitle')}</h2>
      {browser === 'firefox' ? (
        <p>
          {richText('settings.welcome.pinFirefox', {
            more: (
              <>
                <span aria-hidden="true">⋯</span>
                <span class="visually-hidden">{t('settings.welcome.more')}</span>
              </>
            ),
            pin: <strong>{t('settings.welcome.pinToToolbar')}</strong>,
          })}
        </p>
      ) : (
        <p>{t('settings.welcome.pinChrome')}</p>
      )}
      <p class="muted">{richText('settings.welcome.pinBadge', { due: <b>!</b> })}</p>
    </section>
  );
}
