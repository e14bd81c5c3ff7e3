import type { JSX } from 'preact';

/** "See a break now": a sample prompt and the routine, so a new user need not wait a whole work interval. */
export function TrySection({ onTry }: { onTry: () => void }): JSX.Element {
  return (
    <fieldset class="group try">
      <legend>See a break now</legend>
      <p class="muted" id="try-hint">
        Shows a sample break prompt and opens the routine in its own window, so you see what a break looks like without
        waiting. Your break schedule is not changed.
      </p>
      <button type="button" aria-describedby="try-hint" onClick={onTry}>
        Try it now
      </button>
    </fieldset>
  );
}
