import { t } from '../lib/adapters/i18n';
import { SEE_A_PROFESSIONAL, URGENT_SIGNS } from '../lib/safety';
import css from './WhenToGetChecked.css?inline';
import { addStyle } from './style';

addStyle(css);

/** The "when to get checked" page: urgent signs, and the 2-week and 6–8-week rules. */
export function WhenToGetChecked() {
  return (
    <section class="help" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        {t('progress.safety.whenToGetChecked')}
      </h2>
      <p>{t('progress.safety.helpIntro')}</p>
      <div class="urgent">
        <h3>{t(URGENT_SIGNS.title)}</h3>
        <ul>
          {URGENT_SIGNS.lines.map((l) => (
            <li key={l}>{t(l)}</li>
          ))}
        </ul>
      </div>
      <h3>{t(SEE_A_PROFESSIONAL.title)}</h3>
      <ul>
        {SEE_A_PROFESSIONAL.lines.map((l) => (
          <li key={l}>{t(l)}</li>
        ))}
      </ul>
      <p class="muted">{t('progress.safety.duringRoutine')}</p>
    </section>
  );
}
