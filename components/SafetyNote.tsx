import { FIRST_RUN_NOTE } from '../lib/safety';
import './SafetyNote.css';

interface Props {
  onDismiss: () => void;
  onMore: () => void;
}

/** The first-run note: not medical advice, pain-free range, when to stop. Shown until dismissed. */
export function SafetyNote({ onDismiss, onMore }: Props) {
  return (
    <aside class="safety-note" aria-labelledby="safety-note-title" data-testid="safety-note">
      <h2 id="safety-note-title">{FIRST_RUN_NOTE.title}</h2>
      <ul>
        {FIRST_RUN_NOTE.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="primary" onClick={onDismiss}>
          Got it
        </button>
        <button type="button" class="link-button" onClick={onMore}>
          When to get checked
        </button>
      </div>
    </aside>
  );
}
