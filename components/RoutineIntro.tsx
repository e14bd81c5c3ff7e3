import { t } from '../lib/adapters/i18n';
import { DESK_ROUTINE } from '../lib/routine';
import { useRoutine, useStores } from './StoresContext';

/** Before the routine starts: what it holds, and the button that starts it. */
export function RoutineIntro() {
  const { schedule } = useStores();
  const routine = useRoutine();
  const status = schedule.status.value;
  return (
    <section class="routine-intro" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        {t(DESK_ROUTINE.title)}
      </h2>
      <p>{t('routine.intro')}</p>
      <ol>
        {DESK_ROUTINE.steps.map((s) => (
          <li key={s.id}>
            <strong>{t(s.title)}</strong> <span class="muted">· {t(s.dose)}</span>
          </li>
        ))}
      </ol>
      <div class="row">
        <button type="button" class="primary" onClick={() => void routine.start()}>
          {t('routine.start')}
        </button>
        {status?.canSnooze ? (
          <button type="button" onClick={() => void schedule.snooze()}>
            {t('status.snooze', { n: status.snoozeMinutes })}
          </button>
        ) : null}
        {status && (status.phase === 'due' || status.phase === 'snoozed' || status.phase === 'deferred') ? (
          <button type="button" onClick={() => void schedule.skip()}>
            {t('routine.skipBreak')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
