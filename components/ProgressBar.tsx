import { t } from '../lib/adapters/i18n';

interface Props {
  /** 0..1 */
  value: number;
  totalSec: number;
  label: string;
}

/** The whole routine's progress as a bar, with the seconds done for screen readers. */
export function ProgressBar({ value, totalSec, label }: Props) {
  const done = Math.round(Math.max(0, Math.min(1, value)) * totalSec);
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={totalSec}
      aria-valuenow={done}
      aria-valuetext={t('routine.progressValue', { done, total: totalSec })}
    >
      <div class="progress-fill" style={{ width: `${(done / totalSec) * 100}%` }} />
    </div>
  );
}
