import { SEE_A_PROFESSIONAL, URGENT_SIGNS } from '../lib/safety';
import css from './WhenToGetChecked.css?inline';
import { addStyle } from './style';

addStyle(css);

/** The "when to get checked" page: urgent signs, and the 2-week and 6–8-week rules. */
export function WhenToGetChecked() {
  return (
    <section class="help" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        When to get checked
      </h2>
      <p>Midbreak is a reminder to move, not medical advice. A routine is no substitute for care when something is wrong.</p>
      <div class="urgent">
        <h3>{URGENT_SIGNS.title}</h3>
        <ul>
          {URGENT_SIGNS.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      <h3>{SEE_A_PROFESSIONAL.title}</h3>
      <ul>
        {SEE_A_PROFESSIONAL.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p class="muted">During the routine, stay within a pain-free range and stop if you feel numbness, tingling or spreading pain.</p>
    </section>
  );
}
