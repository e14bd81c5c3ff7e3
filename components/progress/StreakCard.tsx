import { t, uiLanguage } from '../../lib/adapters/i18n';
import { numberText } from '../../lib/day-format';

interface Props {
  days: number;
  /** Today is a working day without a completed routine yet. */
  todayOpen: boolean;
  hoursOn: boolean;
}

/** Days in a row with at least one completed routine. */
export function StreakCard({ days, todayOpen, hoursOn }: Props) {
  const lang = uiLanguage();
  // The figure is drawn large: the sentence is said without it, and split where it goes.
  const [before, after = ''] = t('progress.streak.days', undefined, days).split('{n}');
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">{t('progress.streak.title')}</h2>
      <p class="streak-figure" data-testid="streak">
        {before}
        <span class="big-number">{numberText(days, lang)}</span>
        {after}
      </p>
      <p class="muted">
        {t('progress.streak.rule')}
        {hoursOn ? ` ${t('progress.streak.ruleWorkingHours')}` : ''}
      </p>
      {todayOpen ? <p>{days === 0 ? t('progress.streak.start') : t('progress.streak.next', { n: numberText(days + 1, lang) })}</p> : null}
    </section>
  );
}
