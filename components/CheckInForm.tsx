import { useState } from 'preact/hooks';
import { t } from '../lib/adapters/i18n';
import { SCORE_MAX, SCORE_MIN, type CheckIn } from '../lib/checkin';
import type { MessageKey } from '../lib/i18n';
import css from './CheckInForm.css?inline';
import { addStyle } from './style';

addStyle(css);

/** What the two ends of the scale mean, shown beside them (keys of locales/*.yml). */
export const SCALE_WORDS: Readonly<Record<typeof SCORE_MIN | typeof SCORE_MAX, MessageKey>> = {
  [SCORE_MIN]: 'routine.checkin.scaleMin',
  [SCORE_MAX]: 'routine.checkin.scaleMax',
};
export const CHECKIN_QUESTION: MessageKey = 'routine.checkin.question';
export const SYMPTOMS_LABEL: MessageKey = 'routine.checkin.symptoms';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

interface Props {
  /** Prefix for the form's ids, unique on the page. */
  id: string;
  /** The check-in being corrected; null asks afresh. */
  initial?: CheckIn | null;
  saveLabel?: string;
  onSave: (score: number, symptoms: boolean) => unknown;
  /** "Not now", where the question may be put off (the finish screen). */
  onSkip?: () => void;
}

/**
 * The check-in: 0–10 as a radio group (arrow keys move along it), the words for both
 * ends, the new-symptoms box, and Save. Used by the finish screen and the Progress page.
 */
export function CheckInForm({ id, initial = null, saveLabel = t('routine.checkin.save'), onSave, onSkip }: Props) {
  const [score, setScore] = useState<number | null>(initial?.score ?? null);
  const [symptoms, setSymptoms] = useState(initial?.symptoms ?? false);
  const [missing, setMissing] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (score === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void onSave(score, symptoms);
  };
  return (
    <form class="checkin" onSubmit={submit} noValidate>
      <fieldset class="checkin-scale" aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{t(CHECKIN_QUESTION)}</legend>
        <div class="scale">
          {SCORES.map((n) => (
            <label key={n}>
              <input type="radio" name={`${id}-score`} value={n} checked={score === n} onChange={() => setScore(n)} />
              <span class="scale-number">{n}</span>
              {n in SCALE_WORDS ? <span class="visually-hidden">, {t(SCALE_WORDS[n as keyof typeof SCALE_WORDS])}</span> : null}
            </label>
          ))}
        </div>
        {/* Spoken with 0 and 10 themselves (above); shown here for the eye. */}
        <p class="scale-ends" aria-hidden="true">
          <span>
            {SCORE_MIN}: {t(SCALE_WORDS[SCORE_MIN])}
          </span>
          <span>
            {SCORE_MAX}: {t(SCALE_WORDS[SCORE_MAX])}
          </span>
        </p>
      </fieldset>
      <label class="checkin-symptoms">
        <input type="checkbox" checked={symptoms} onChange={(e) => setSymptoms(e.currentTarget.checked)} />
        {t(SYMPTOMS_LABEL)}
      </label>
      {missing ? (
        <p id={`${id}-missing`} class="error" role="alert">
          {t('routine.checkin.missing')}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary">
          {saveLabel}
        </button>
        {onSkip ? (
          <button type="button" onClick={onSkip}>
            {t('routine.checkin.notNow')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
