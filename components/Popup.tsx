import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { say, t } from '../lib/adapters/i18n';
import { describeStatus } from '../lib/status-text';
import { onDemand, useLoad } from './lazy';
import { NextBreak } from './NextBreak';
import { useStores } from './StoresContext';
import type { View } from '../lib/views';
import { formatCountdown } from '../lib/format';
import type { MessageKey } from '../lib/i18n';
import type { PauseOption } from '../lib/pause';
import type { Status } from '../lib/status';
import './Popup.css';

/** The pause buttons: what each shows, and its name, which contains what it shows (WCAG 2.5.3). */
const PAUSES: readonly { option: PauseOption; text: MessageKey; name: MessageKey }[] = [
  { option: '30m', text: 'status.pause.halfHour', name: 'status.pause.halfHourName' },
  { option: '1h', text: 'status.pause.oneHour', name: 'status.pause.oneHourName' },
  { option: '2h', text: 'status.pause.twoHours', name: 'status.pause.twoHoursName' },
  { option: 'tomorrow', text: 'status.pause.tomorrow', name: 'status.pause.tomorrowName' },
];

interface Props {
  go: (view: View) => void;
  onSettings: () => void;
  /** Closes the popup (or the break window): after it has opened the programme's session window. */
  onClose?: () => void;
}

// The programme's line: its code and its storage read come after the status, on demand.
const programme = onDemand(() => import('./programme/PopupProgramme').then((m) => m.PopupProgramme));

/** The toolbar popup's status view: where the break cycle stands, and what can be done about it. */
export function Popup({ go, onSettings, onClose }: Props) {
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
              {t('status.notAvailable')}
            </h2>
            <button type="button" class="link-button" onClick={() => void schedule.refresh()}>
              {t('status.tryAgain')}
            </button>
          </>
        ) : (
          // Until the worker answers (a few ms): the card keeps the working view's size.
          <h2 id="view-title" tabIndex={-1}>
            {t('status.reading')}
          </h2>
        )}
      </div>

      <div class="actions">
        <button type="button" class="primary wide" data-primary disabled={!live} onClick={() => void primary()}>
          {t(underWay ? 'status.backToRoutine' : 'status.startRoutine')}
        </button>
        {status && waiting ? (
          <div class="row">
            {status.canSnooze ? (
              <button type="button" onClick={() => void schedule.snooze()}>
                {t('status.snooze', { n: status.snoozeMinutes })}
              </button>
            ) : null}
            {phase === 'due' && schedule.audible.value ? (
              <button type="button" onClick={() => void schedule.snoozeUntilQuiet()}>
                {t('status.snoozeUntilQuiet')}
              </button>
            ) : null}
            <button type="button" onClick={() => void schedule.skip()}>
              {t('status.skip')}
            </button>
          </div>
        ) : null}
        {phase === 'paused' ? (
          <button type="button" class="wide" onClick={() => void schedule.resume()}>
            {t('status.resume')}
          </button>
        ) : null}
      </div>

      {canPause ? (
        <div class="pause-group" role="group" aria-labelledby="pause-label">
          <span id="pause-label" class="muted">
            {t('status.pauseLabel')}
          </span>
          {/* Each name contains the visible text (WCAG 2.5.3), so speech users can say what they see. */}
          {PAUSES.map(({ option, text, name }) => (
            <button key={option} type="button" aria-label={t(name)} onClick={() => void schedule.pause(option)}>
              {t(text)}
            </button>
          ))}
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
      {status ? <Programme now={now} onOpened={onClose} /> : null}
    </section>
  );
}

/** The 8-week programme's line, once its code has arrived; nothing while no programme runs. */
function Programme(props: { now: number; onOpened?: () => void }) {
  // Fetched once the status has been painted: run at once, the chunk's start held that paint
  // back by ≈ 4 ms (measured with the bench).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => setPainted(true)));
  }, []);
  useLoad(painted ? 'programme' : null, programme.load);
  const Line = programme.current;
  return Line ? <Line now={props.now} onOpened={props.onOpened ?? (() => {})} /> : null;
}

/** The way to the other views and pages. */
function Links({ go, onSettings }: Props) {
  return (
    <nav class="links" aria-label={t('status.links.label')}>
      {/* A plain link: the page opens in a tab, with nothing added to the popup's code. */}
      <a class="link-button" href="/progress.html" target="_blank">
        {t('status.links.progress')}
      </a>
      <button type="button" class="link-button" onClick={() => go('checklist')}>
        {t('status.links.checklist')}
      </button>
      <button type="button" class="link-button" onClick={() => go('help')}>
        {t('status.links.help')}
      </button>
      <button type="button" class="link-button" onClick={onSettings}>
        {t('status.links.settings')}
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
        {say(text.title)}
      </h2>
      {status.phase === 'working' ? <NextBreak status={status} now={now} /> : null}
      {status.phase === 'snoozed' && status.until !== null ? (
        <p class="small-countdown" aria-hidden="true">
          {formatCountdown(status.until - now)}
        </p>
      ) : null}
      <p class="detail">{say(text.detail)}</p>
    </>
  );
}
