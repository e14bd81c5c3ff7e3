import { describeStatus } from '../lib/status-text';
import { NextBreak } from './NextBreak';
import { useStores } from './StoresContext';
import type { View } from '../lib/views';
import { formatCountdown } from '../lib/format';
import './Popup.css';

interface Props {
  go: (view: View) => void;
  onSettings: () => void;
}

/** The toolbar popup's status view: where the break cycle stands, and what can be done about it. */
export function Popup({ go, onSettings }: Props) {
  const { schedule, routine, loadRoutine } = useStores();
  const status = schedule.status.value;
  const now = schedule.now.value;
  if (!status) return <p class="muted">Loading…</p>;
  const text = describeStatus(status, now);
  const phase = status.phase;
  const waiting = phase === 'due' || phase === 'snoozed' || phase === 'deferred';
  const canPause = phase === 'working' || waiting;
  // The routine store loads with the page only when a routine may be under way (stores.ts).
  const underWay = (routine.value?.progress.value ?? null) !== null;
  const start = async () => {
    // Should the routine's code fail to load, the routine view says so.
    const routine = await loadRoutine().catch(() => null);
    await routine?.start();
    go('routine');
  };

  return (
    <section class={`status status-${phase}`} aria-labelledby="view-title" data-testid="status" data-phase={phase}>
      <div class="status-card">
        <h2 id="view-title" tabIndex={-1}>
          {text.title}
        </h2>
        {phase === 'working' ? <NextBreak status={status} now={now} /> : null}
        {phase === 'snoozed' && status.until !== null ? (
          <p class="small-countdown" aria-hidden="true">
            {formatCountdown(status.until - now)}
          </p>
        ) : null}
        <p class="detail">{text.detail}</p>
      </div>

      <div class="actions">
        <button type="button" class="primary wide" onClick={() => (underWay ? go('routine') : void start())}>
          {underWay ? 'Back to the routine' : 'Start routine'}
        </button>
        {waiting ? (
          <div class="row">
            {status.canSnooze ? (
              <button type="button" onClick={() => void schedule.snooze()}>
                Snooze {schedule.settings.value.snoozeMinutes} min
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
    </section>
  );
}
