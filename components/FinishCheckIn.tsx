import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/adapters/i18n';
import { shouldAskCheckIn, type CheckIn } from '../lib/checkin';
import { createCheckInStore } from '../lib/stores/checkin-store';
import { CheckInForm } from './CheckInForm';

interface Props {
  /** Shows "When to get checked" (the safety view of the same page). */
  onHelp: () => void;
}

/**
 * The finish screen's one question, at most once a day: how the mid back feels, 0–10.
 * "Not now" puts it off until tomorrow; an answer given in another page (or on the
 * Progress page) means it is not asked here. Its code loads with the routine, never with
 * the popup's first view.
 */
export function FinishCheckIn({ onHelp }: Props) {
  // The page's own store for as long as the finish screen shows (useState keeps the first one).
  const [store] = useState(createCheckInStore);
  useEffect(() => () => store.dispose(), [store]);
  const [saved, setSaved] = useState<CheckIn | null>(null);
  const all = store.all.value;
  const error = store.error.value;

  if (saved) {
    return (
      <div class="finish-checkin" data-testid="checkin-saved">
        <p role="status">{t('routine.checkin.noted', { score: saved.score })}</p>
        {saved.symptoms ? (
          <div class="notice urgent" role="alert">
            <p>{t('routine.checkin.symptomsAdvice')}</p>
            <button type="button" class="link-button" onClick={onHelp}>
              {t('routine.checkin.whenToGetChecked')}
            </button>
          </div>
        ) : null}
      </div>
    );
  }
  if (!all || !shouldAskCheckIn(all, store.today())) return null;
  return (
    <div class="finish-checkin" data-testid="finish-checkin">
      <CheckInForm
        id="finish-checkin"
        onSave={async (score, symptoms) => {
          if (await store.save(score, symptoms)) setSaved(store.todays());
        }}
        onSkip={() => void store.skipToday()}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
