import { t } from '../lib/adapters/i18n';

interface Props {
  seconds: number;
  label: string;
}

/** The seconds left in a step, large enough to read from the wall. */
export function Countdown({ seconds, label }: Props) {
  return (
    <p class="countdown" role="timer" aria-label={label} data-testid="step-seconds">
      <span class="countdown-number">{seconds}</span>
      <span class="countdown-unit" aria-hidden="true">{t('common.secondsUnit')}</span>
    </p>
  );
}
