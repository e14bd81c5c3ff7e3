import { t, uiLanguage } from '../../lib/adapters/i18n';
import { numberText, timeOfDay } from '../../lib/day-format';
import type { ProgressMessage } from '../../lib/stores/progress-store';
import type { CheckIn } from '../../lib/checkin';
import { CheckInForm } from '../CheckInForm';

interface Props {
  /** Today's check-in, if given. */
  current: CheckIn | null;
  message: ProgressMessage | null;
  onSave: (score: number, symptoms: boolean) => unknown;
}

/**
 * The form for today's answer: Save, or Update once there is one. Keyed by the answer, so
 * it starts again from whatever was saved last (here or in another page, or in the
 * programme's phase-end check-in, which asks the same question).
 */
export function TodaysAnswerForm({ id, current, onSave }: { id: string; current: CheckIn | null; onSave: Props['onSave'] }) {
  return (
    <CheckInForm
      key={current?.at ?? 'none'}
      id={id}
      initial={current}
      saveLabel={t(current ? 'progress.today.update' : 'progress.today.save')}
      onSave={onSave}
    />
  );
}

/** Add today's check-in, or correct it: the last answer of a day counts. */
export function TodayCheckIn({ current, message, onSave }: Props) {
  const shown = message?.about === 'checkin' ? message : null;
  const lang = uiLanguage();
  return (
    <section class="card today-checkin" aria-labelledby="today-title">
      <h2 id="today-title">{t('progress.today.title')}</h2>
      <p class="muted" data-testid="today-checkin">
        {current
          ? t(current.symptoms ? 'progress.today.currentSymptoms' : 'progress.today.current', {
              score: numberText(current.score, lang),
              time: timeOfDay(current.at, lang),
            })
          : t('progress.today.none')}
      </p>
      <TodaysAnswerForm id="today-checkin" current={current} onSave={onSave} />
      <p class={`live ${shown?.kind ?? ''}`} role="status" aria-live="polite">
        {shown ? <span key={shown.id}>{shown.text}</span> : null}
      </p>
    </section>
  );
}
