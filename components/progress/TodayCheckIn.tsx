import { formatHm, minuteOfDay } from '../../lib/time';
import type { ProgressMessage } from '../../lib/stores/progress-store';
import type { CheckIn } from '../../lib/checkin';
import { CheckInForm } from '../CheckInForm';

interface Props {
  /** Today's check-in, if given. */
  current: CheckIn | null;
  message: ProgressMessage | null;
  onSave: (score: number, symptoms: boolean) => unknown;
}

/** Add today's check-in, or correct it: the last answer of a day counts. */
export function TodayCheckIn({ current, message, onSave }: Props) {
  const shown = message?.about === 'checkin' ? message : null;
  return (
    <section class="card today-checkin" aria-labelledby="today-title">
      <h2 id="today-title">Today's check-in</h2>
      <p class="muted" data-testid="today-checkin">
        {current
          ? `${current.score} out of 10 at ${formatHm(minuteOfDay(current.at))}${current.symptoms ? ', with new numbness, tingling or weakness' : ''}. Change it below if it is not right.`
          : 'None yet today.'}
      </p>
      {/* Keyed by the answer, so the form starts again from whatever was saved last (here or in another page). */}
      <CheckInForm
        key={current?.at ?? 'none'}
        id="today-checkin"
        initial={current}
        saveLabel={current ? 'Update check-in' : 'Save check-in'}
        onSave={onSave}
      />
      <p class={`live ${shown?.kind ?? ''}`} role="status" aria-live="polite">
        {shown ? <span key={shown.id}>{shown.text}</span> : null}
      </p>
    </section>
  );
}
