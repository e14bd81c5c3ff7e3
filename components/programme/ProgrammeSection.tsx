import { t, uiLanguage } from '../../lib/adapters/i18n';
import { openSessionWindow } from '../../lib/adapters/session-window';
import type { CheckIn } from '../../lib/checkin';
import { numberText } from '../../lib/day-format';
import { MOVEMENTS } from '../../lib/movements';
import { hasSecondRound, sessionMinutes } from '../../lib/programme-plan';
import { RULE_WEEKS } from '../../lib/progress';
import type { ProgrammeStore } from '../../lib/stores/programme-store';
import { TodaysAnswerForm } from '../progress/TodayCheckIn';
import { useOpenSession } from './useOpenSession';

interface Props {
  store: ProgrammeStore;
  /** Today's check-in, if given (the phase-end question is answered once a day, like the Progress page's own). */
  checkIn: CheckIn | null;
  onSaveCheckIn: (score: number, symptoms: boolean) => unknown;
  /** Plays today's session (round 1) or its second round: in the session window, by default. */
  onPlay?: (round: 1 | 2) => unknown;
}

/**
 * The Progress page's "8-week programme": what it is and a Start button; while it runs, the
 * week, the phase and today's session (its exercises and doses, how long, done or not), the
 * way to play it, "Repeat this week", and at the end of a two-week block the check-in.
 */
export function ProgrammeSection({ store, checkIn, onSaveCheckIn, onPlay = openSessionWindow }: Props) {
  const status = store.status.value;
  const session = store.session.value;
  const message = store.message.value;
  const lang = uiLanguage();
  // The source does some of a phase's work twice a day (the breathing): a second round to play.
  const secondRound = status?.kind === 'running' && hasSecondRound(status.phase);
  const { play, error: openError } = useOpenSession(onPlay);
  return (
    <section class="card programme" aria-labelledby="programme-title" data-testid="programme" data-state={status?.kind ?? 'none'}>
      <h2 id="programme-title">{t('programme.title')}</h2>
      {status === null || status.kind === 'notStarted' ? (
        <>
          <p>{t('programme.intro')}</p>
          <p>{t('programme.consistency')}</p>
          <p class="muted">{t('programme.improvement')}</p>
          {status === null && !store.newer.value ? (
            <button type="button" class="primary" onClick={() => void store.start()}>
              {t('programme.start')}
            </button>
          ) : null}
        </>
      ) : status.kind === 'done' ? (
        <>
          <p data-testid="programme-finished">{t('programme.finished')}</p>
          <p data-testid="programme-rule">{t('programme.improvementRule')}</p>
        </>
      ) : (
        <>
          <p class="programme-week" data-testid="programme-week">
            <strong>{t('programme.weekOfEight', { n: numberText(status.week, lang) })}</strong>
            {status.repeated ? <span class="muted"> {t('programme.repeated')}</span> : null}
          </p>
          <p>
            {t('programme.phaseLabel', { phase: t(status.phase.name), focus: t(status.phase.focus) })}
          </p>
          <h3>{t('programme.todaysSession')}</h3>
          <ul class="programme-exercises" data-testid="programme-exercises">
            {status.phase.exercises.map((ex) => (
              <li key={ex.movement} data-movement={ex.movement}>
                {t('programme.exerciseDose', { title: t(MOVEMENTS[ex.movement].title), dose: t(MOVEMENTS[ex.movement].dose) })}
              </li>
            ))}
          </ul>
          {session ? <p class="muted">{t('programme.sessionLength', { n: numberText(sessionMinutes(session), lang) })}</p> : null}
          <p data-testid="programme-today" data-done={status.sessionDone}>
            {t(status.sessionDone ? 'programme.sessionDone' : 'programme.notDone')}
          </p>
          <div class="row">
            <button type="button" class={status.sessionDone ? undefined : 'primary'} onClick={() => play(1)}>
              {t('programme.play')}
            </button>
            {status.canRepeat ? (
              <button type="button" onClick={() => void store.repeat()}>
                {t('programme.repeatWeek')}
              </button>
            ) : null}
          </div>
          {secondRound ? (
            <div class="programme-second" data-testid="programme-second">
              <p class="muted">{t('programme.secondRound')}</p>
              <button type="button" onClick={() => play(2)}>
                {t('programme.playSecondRound')}
              </button>
            </div>
          ) : null}
          {openError ? (
            <p class="error" role="alert" data-testid="programme-open-error">
              {openError}
            </p>
          ) : null}
          {status.checkInDay ? (
            <div class="programme-checkin" data-testid="programme-checkin">
              <p>{t('programme.checkIn')}</p>
              {status.calendarWeek >= RULE_WEEKS ? <p data-testid="programme-rule">{t('programme.improvementRule')}</p> : null}
              {/* The same answer as today's check-in card: both show what was saved last. */}
              <TodaysAnswerForm id="programme-checkin" current={checkIn} onSave={onSaveCheckIn} />
            </div>
          ) : null}
        </>
      )}
      <p class={`live ${message?.kind ?? ''}`} role="status" aria-live="polite">
        {message ? <span key={message.id}>{message.text}</span> : null}
      </p>
    </section>
  );
}
