import { useState } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';
import { messageOf } from '../../lib/errors';

/**
 * Opening the session (its window, or a tab) from a page: `play(round)` opens it through
 * `open` and then calls `onOpened`; when nothing opens, `error` says why, for the page to
 * show (the Progress page's programme section, the popup's line).
 */
export function useOpenSession(open: (round: 1 | 2) => unknown, onOpened?: () => void) {
  const [error, setError] = useState<string | null>(null);
  const play = (round: 1 | 2) =>
    void Promise.resolve()
      .then(() => open(round))
      .then(
        () => {
          setError(null);
          onOpened?.();
        },
        (e: unknown) => setError(t('programme.openFailed', { reason: messageOf(e) })),
      );
  return { play, error };
}
