import { t } from '../../lib/adapters/i18n';
import type { MessageKey } from '../../lib/i18n';
import { CLEAR_IMPROVEMENT, RULE_WEEKS, type Advice } from '../../lib/progress';

/** Where Midbreak's safety page lives: the popup page's help view, opened in a tab. */
export const HELP_URL = '/popup.html?view=help';

const WORDS: Record<NonNullable<Advice>, { title: MessageKey; text: MessageKey }> = {
  symptoms: { title: 'progress.advice.symptomsTitle', text: 'progress.advice.symptoms' },
  // Said with the rule's own terms: the trend line above spans eight weeks and may still read "down".
  'no-clear-improvement': { title: 'progress.advice.noImprovementTitle', text: 'progress.advice.noImprovement' },
};

/** The seed's rules as actions: said plainly, at the top of the page, with the way to "When to get checked". */
export function AdviceNotice({ advice }: { advice: Advice }) {
  if (!advice) return null;
  const words = WORDS[advice];
  return (
    <section class="notice advice" aria-labelledby="advice-title" data-testid="advice" data-advice={advice}>
      <h2 id="advice-title">{t(words.title)}</h2>
      <p>{t(words.text, { weeks: RULE_WEEKS, points: CLEAR_IMPROVEMENT })}</p>
      <a href={HELP_URL} target="_blank">
        {t('progress.safety.whenToGetChecked')}
      </a>
    </section>
  );
}
