import { t } from '../lib/adapters/i18n';
import { FIRST_RUN_NOTE } from '../lib/safety';
import css from './SafetyNote.css?inline';
import { addStyle } from './style';

addStyle(css);

interface Props {
  /** "Got it": the popup's way past the note. Without it (the welcome page, where "Done" moves on) there is no such button. */
  onDismiss?: () => void;
  onMore: () => void;
  /** Where "When to get checked" shows its page in place, whether it is shown now (for aria-expanded). */
  moreExpanded?: boolean;
}

/** The first-run note: not medical advice, pain-free range, when to stop. Shown until dismissed. */
export function SafetyNote({ onDismiss, onMore, moreExpanded }: Props) {
  return (
    <aside class="safety-note" aria-labelledby="safety-note-title" data-testid="safety-note">
      <h2 id="safety-note-title">{t(FIRST_RUN_NOTE.title)}</h2>
      <ul>
        {FIRST_RUN_NOTE.lines.map((line) => (
          <li key={line}>{t(line)}</li>
        ))}
      </ul>
      <div class="row">
        {onDismiss && (
          <button type="button" class="primary" onClick={onDismiss}>
            {t('progress.safety.gotIt')}
          </button>
        )}
        <button type="button" class="link-button" aria-expanded={moreExpanded} onClick={onMore}>
          {t('progress.safety.whenToGetChecked')}
        </button>
      </div>
    </aside>
  );
}
