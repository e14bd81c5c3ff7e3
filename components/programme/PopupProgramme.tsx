import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { openSessionWindow } from '../../lib/adapters/session-window';
import { numberText } from '../../lib/day-format';
import { hasSecondRound } from '../../lib/programme-plan';
import { createProgrammeStore } from '../../lib/stores/programme-store';
import { dayKey } from '../../lib/time';
import css from './popup-programme.css?inline';
import { addStyle } from '../style';
import { useOpenSession } from './useOpenSession';

addStyle(css);

interface Props {
  /** Today, as the popup's clock has it (a popup is open for seconds: the day is read once). */
  now: number;
  /** Called once the session window is open: the popup closes itself, as a routine moved to a window does. */
  onOpened: () => void;
  /** Opens the session window (round 1, or the day's second round). */
  open?: (round: 1 | 2) => Promise<void>;
}

/**
 * The popup's line for the 8-week programme (issue 12): the week and phase, today's session
 * done or not, and the way to play it (or, once it is done, the day's second round where
 * the phase has one). Nothing at all while no programme runs. Loaded on demand after the
 * status, so the popup's first load carries none of it.
 */
export function PopupProgramme({ now, onOpened, open = openSessionWindow }: Props) {
  const [store] = useState(() => createProgrammeStore({ today: signal(dayKey(now)) }));
  useEffect(() => () => store.dispose(), [store]);
  const { play, error } = useOpenSession(open, onOpened);
  const status = store.status.value;
  if (status?.kind !== 'running') return null;
  const round = status.sessionDone ? (hasSecondRound(status.phase) ? 2 : null) : 1;
  return (
    <section class="popup-programme" aria-labelledby="popup-programme-title" data-testid="popup-programme">
      <h3 id="popup-programme-title">{t('programme.title')}</h3>
      <p>
        {t('programme.popupWeek', { n: numberText(status.week, uiLanguage()), phase: t(status.phase.name) })}
        {' · '}
        <span data-testid="popup-programme-today" data-done={status.sessionDone}>
          {t(status.sessionDone ? 'programme.sessionDone' : 'programme.notDone')}
        </span>
      </p>
      {round ? (
        <button type="button" class="link-button" onClick={() => play(round)}>
          {t(round === 1 ? 'programme.play' : 'programme.playSecondRound')}
        </button>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
