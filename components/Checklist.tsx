import { CHECKLIST, daysSinceReview, isReviewDue } from '../lib/checklist';
import { formatDaysAgo } from '../lib/format';
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
  const done = state.ticked.length;
  return (
    <section class="checklist" aria-labelledby="view-title">
      <h2 id="view-title" tabIndex={-1}>
        Desk checklist
      </h2>
      <p class="muted" data-testid="checklist-summary">
        {done} of {CHECKLIST.length} in place · {days === null ? 'not reviewed yet' : `last reviewed ${formatDaysAgo(days)}`}
      </p>
      {due && days !== null ? (
        <div class="notice" role="note">
          <p>It has been {days} days since you last went through this list. Desks drift: worth a fresh look.</p>
          <button type="button" onClick={() => void checklist.freshReview()}>
            Start a fresh review
          </button>
        </div>
      ) : null}
      {days === null ? <p>Tick what is already true of your desk, and come back for the rest.</p> : null}
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
                <label for={id}>{item.title}</label>
                <p id={`${id}-why`} class="why">
                  <span class="visually-hidden">Why: </span>
                  {item.why}
                </p>
                <p id={`${id}-how`} class="how">
                  <strong>How: </strong>
                  {item.how}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => void checklist.markReviewed()}>
        Mark as reviewed today
      </button>
    </section>
  );
}
