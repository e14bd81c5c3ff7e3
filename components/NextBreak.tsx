import { t } from '../lib/adapters/i18n';
import { formatCountdown, formatDuration } from '../lib/format';
import type { Status } from '../lib/status';

interface Props {
  status: Status;
  now: number;
}

/**
 * The time to the next break as a live countdown. While it counts, the element carries
 * the break's epoch ms (`data-next-break-at`) and an ISO `datetime`, so tests can check it
 * without parsing text.
 */
export function NextBreak({ status, now }: Props) {
  const at = status.nextBreakAt;
  const left = at !== null ? at - now : status.remainingMs;
  return (
    <time
      class="next-break"
      data-testid="next-break"
      data-next-break-at={at ?? undefined}
      dateTime={at !== null ? new Date(at).toISOString() : undefined}
      aria-label={at === null ? t('status.countdownOnHold', { duration: formatDuration(left) }) : formatDuration(left)}
    >
      {formatCountdown(left)}
    </time>
  );
}
