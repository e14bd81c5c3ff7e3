import { useLayoutEffect, useState } from 'preact/hooks';
import { describeStatus } from '../lib/status-text';
import { NextBreak } from './NextBreak';
import { useStores } from './StoresContext';
import type { View } from '../lib/views';
import { formatCountdown } from '../lib/format';
import type { Status } from '../lib/status';
import './Popup.css';

interface Props {
  go: (view: View) => void;
  onSettings: () => void;
}

/** The toolbar popup's status view: where the break cycle stands, and what can be done about it. */
export function Popup({ go, onSettings }: Props) {
  const stores = useStores();
  const { schedule, routine, loadRoutine } = stores;
  const status = schedule.status.value;
  const now = schedule.now.value;
  const phase = status?.phase;
  const waiting = phase === 'due' || phase === 'snoozed' || phase === 'deferred';
  const canPause = phase === 'working' || waiting;
  // The routine store loads with the page only when a routine may be under way (stores.ts).
  const underWay = (routine.value?.progress.value ?? null) !== null;
  // The first view comes in the page's HTML: its primary button answers once this script
  // has taken the page over, not before, when a press would do nothing. A layout effect
  // runs as the first render is committed, so the button is enabled before the next paint.
  const [live, setLive] = useState(false);
  useLayoutEffect(() => setLive(true), []);
  // Pressed before the page has read anything (the first view is in the HTML): it waits for
  // what storage holds, so a routine under way is joined, never started over.
  const primary = async () => {
    await stores.ready;
    if ((stores.routine.value?.progress.value ?? null) !== null) return go('routine');
    // Should the routine's code fail to load, the routine view says so.
    const loaded = await loadRoutine().catch(() => null);
    await loaded?.start();
    go('routine');
  };

  return (
    <section
      class={`status status-${phase ?? 'pending'}`}
      aria-labelledby="view-title"
      aria-busy={status ? undefined : 'true'}
      data-testid="status"
      data-phase={phase}
    >
      <div class="status-card">
        {status ? (
          <StatusCard status={status} now={now} />
        ) : schedule.error.value ? (
          <>
            <h2 id="view-title" tabIndex={-1}>
              Status not available
            </h2>
            <button type="button" class="link-button" onClick={() => void schedule.refresh()}>
              Try again
            </button>
          </>
        ) : (
          // Until the worker answers (a few ms): the card keeps the working view's size.
          <h2 id="view-title" tabIndex={-1}>
            Reading the schedule…
          </h2>
        )}
      </div>

      <div class="actions">
        <button type="button" class="primary wide" data-primary disabled={!live} onClick={() => void primary()}>
          {underWay ? 'Back to the routine' : 'Start routine'}
        </button>
        {status && waiting ? (
          <div class="row">
            {status.canSnooze ? (
              <button type="button" onClick={() => void schedule.snooze()}>
                Snooze {status.snoozeMinutes} min
              </button>
            ) : null}
            {phase === 'due' && schedule.audible.value ? (
              <button type="button" onClick={() => void schedule.snoozeUntilQuiet()}>
                Snooze until the call ends
              </button>
            ) : null}
            <button type="button" onClick={() => void schedule.skip()}>
              Skip this break
            </button>
          </div>
        ) : null}
        {phase === 'paused' ? (
          <button type="button" class="wide" onClick={() => void schedule.resume()}>
            Resume reminders
          </button>
        ) : null}
      </div>

      {canPause ? (
        <div class="pause-group" role="group" aria-labelledby="pause-label">
          <span id="pause-label" class="muted">
            Pause reminders:
          </span>
          {/* Each name contains the visible text (WCAG 2.5.3), so speech users can say what they see. */}
          <button type="button" aria-label="Pause for 30 minutes" onClick={() => void schedule.pause('30m')}>
            30 minutes
          </button>
          <button type="button" aria-label="Pause for 1 hour" onClick={() => void schedule.pause('1h')}>
            1 hour
          </button>
          <button type="button" aria-label="Pause for 2 hours" onClick={() => void schedule.pause('2h')}>
            2 hours
          </button>
          <button type="button" aria-label="Pause until tomorrow" onClick={() => void schedule.pause('tomorrow')}>
            Until tomorrow
          </button>
        </div>
      ) : null}

      {schedule.error.value ? (
        <p class="error" role="alert">
          {schedule.error.value}
        </p>
      ) : null}

      {/* Below the primary button, what shows depends on the phase: nothing is drawn there
          until the status is known, so nothing already painted moves when it arrives. */}
      {status || schedule.error.value ? <Links go={go} onSettings={onSettings} /> : null}
    </section>
  );
}

/** The way to the other views and pages. */
function Links({ go, onSettings }: Props) {
  return (
    <nav class="links" aria-label="More">
      {/* A plain link: the page opens in a tab, with nothing added to the popup's code. */}
      <a class="link-button" href="/progress.html" target="_blank">
        Progress
      </a>
      <button type="button" class="link-button" onClick={() => go('checklist')}>
        Desk checklist
      </button>
      <button type="button" class="link-button" onClick={() => go('help')}>
        When to get checked
      </button>
      <button type="button" class="link-button" onClick={onSettings}>
        Settings
      </button>
    </nav>
  );
}

/** Where the break cycle stands: a title, the countdown where there is one, and a line of detail. */
function StatusCard({ status, now }: { status: Status; now: number }) {
  const text = describeStatus(status, now);
  return (
    <>
      <h2 id="view-title" tabIndex={-1}>
        {text.title}
      </h2>
      {status.phase === 'working' ? <NextBreak status={status} now={now} /> : null}
      {status.phase === 'snoozed' && status.until !== null ? (
        <p class="small-countdown" aria-hidden="true">
          {formatCountdown(status.until - now)}
        </p>
      ) : null}
      <p class="detail">{text.detail}</p>
    </>
  );
}
