import { t, uiLanguage } from '../lib/adapters/i18n';
import { CHECKLIST, daysSinceReview, isReviewDue } from '../lib/checklist';
import { daysAgo, numberText } from '../lib/day-format';
import { useChecklist, useStores } from './StoresContext';
import css from './Checklist.css?inline';
import { addStyle } from './style';

addStyle(css);

/** The ergonomics checklist: ticks that persist, the last review, and a nudge after 30 days. */
export function Checklist() {
  const { schedule } = useStores();
  const checklist = useChecklist();
  const now = schedule.now.value;
  const state = checklist.state.value;
  const days = daysSinceReview(state, now);
  const due = isReviewDue(state, now);
  const lang = uiLanguage();
  const counts = { done: numberText(state.ticked.length, lang), total: numberText(CHECKLIST.length, lang) };
  return (
    <section class="checklist" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        {t('progress.checklist.title')}
      </h2>
      <p class="muted" data-testid="checklist-summary">
        {days === null
          ? t('progress.checklist.summaryNew', counts)
          : t('progress.checklist.summary', { ...counts, ago: daysAgo(days, lang) })}
      </p>
      {due && days !== null ? (
        <div class="notice" role="note">
          <p>{t('progress.checklist.reviewDue', { days: numberText(days, lang) })}</p>
          <button type="button" onClick={() => void checklist.freshReview()}>
            {t('progress.checklist.freshReview')}
          </button>
        </div>
      ) : null}
      {days === null ? <p>{t('progress.checklist.firstTime')}</p> : null}
      <ul class="checklist-items">
        {CHECKLIST.map((item) => {
          const id = `check-${item.id}`;
          return (
            <li key={item.id}>
              <input
                type="checkbox"
                id={id}
                checked={state.ticked.includes(item.id)}
                onChange={() => void checklist.toggle(item.id)}
                aria-describedby={`${id}-why ${id}-how`}
              />
              <div>
                <label for={id}>{t(item.title)}</label>
                <p id={`${id}-why`} class="why">
                  <span class="visually-hidden">{t('progress.checklist.why')} </span>
                  {t(item.why)}
                </p>
                <p id={`${id}-how`} class="how">
                  <strong>{t('progress.checklist.how')} </strong>
                  {t(item.how)}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => void checklist.markReviewed()}>
        {t('progress.checklist.markReviewed')}
      </button>
    </section>
  );
}
