import { t } from '../lib/adapters/i18n';
import { sayPhrase } from '../lib/adapters/phrases';
import { totalPhrase } from '../lib/custom-routine';
import { routineSeconds } from '../lib/routine';
import { DESK_ROUTINE_ID } from '../lib/routine-progress';
import { useRoutine, useStores } from './StoresContext';

/** Before the routine starts: what it holds, and the button that starts it. */
export function RoutineIntro() {
  const { schedule } = useStores();
  const routine = useRoutine();
  const status = schedule.status.value;
  // The chosen routine, as a break started now offers it (null: breaks take turns).
  const offered = routine.offered;
  return (
    <section class="routine-intro" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        {offered ? (offered.name ?? t(offered.routine.title)) : t('custom.choice.rotation')}
      </h2>
      <p>{offered && offered.routine.id !== DESK_ROUTINE_ID ? sayPhrase(totalPhrase(routineSeconds(offered.routine))) : t('routine.intro')}</p>
      {offered ? (
        <ol>
          {offered.routine.steps.map((s) => (
            <li key={s.id}>
              <strong>{t(s.title)}</strong> <span class="muted">· {t(s.dose, s.doseSubs)}</span>
            </li>
          ))}
        </ol>
      ) : null}
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
