import { CLEAR_IMPROVEMENT, RULE_WEEKS, type Advice } from '../../lib/progress';

/** Where Midbreak's safety page lives: the popup page's help view, opened in a tab. */
export const HELP_URL = '/popup.html?view=help';

const WORDS: Record<NonNullable<Advice>, string> = {
  symptoms:
    'Your latest check-in notes new numbness, tingling or weakness. That is a reason to have your back checked soon, not to push on with the exercises.',
  // Said with the rule's own terms: the trend line above spans eight weeks and may still read "down".
  'no-clear-improvement': `Over the last ${RULE_WEEKS} weeks, with routines on most working days, your check-ins have not come down by ${CLEAR_IMPROVEMENT} points or more: no clear improvement. That is the time to have your back looked at by a doctor or physiotherapist.`,
};

/** The seed's rules as actions: said plainly, at the top of the page, with the way to "When to get checked". */
export function AdviceNotice({ advice }: { advice: Advice }) {
  if (!advice) return null;
  return (
    <section class="notice advice" aria-labelledby="advice-title" data-testid="advice" data-advice={advice}>
      <h2 id="advice-title">{advice === 'symptoms' ? 'New symptoms' : 'No clear improvement'}</h2>
      <p>{WORDS[advice]}</p>
      <a href={HELP_URL} target="_blank">
        When to get checked
      </a>
    </section>
  );
}
