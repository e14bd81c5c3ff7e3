import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { numberText } from '../../lib/day-format';
import { MOVEMENTS } from '../../lib/movements';
import { sessionMinutes, type SessionItem } from '../../lib/programme-plan';
import type { ProgrammeStore } from '../../lib/stores/programme-store';
import { Countdown } from '../Countdown';
import { StepFigure } from '../figures/StepFigure';
import { firstFloorSet, momentAt, newRun, nextItem, pauseOrResume, settle, stopRun, type SessionRun } from './session-clock';

interface Props {
  store: ProgrammeStore;
  clock?: () => number;
  /** How often the picture and the countdown follow the clock. */
  tickMs?: number;
  win?: Pick<Window, 'matchMedia'>;
  progressHref?: string;
  /** Given when the page is in a window of its own: the way out is "Close" rather than back to the Progress page. */
  onClose?: () => void;
  /** Told when a run begins (true) and when it ends, finished or stopped (false). */
  onRun?: (running: boolean) => void;
}

const NO_ITEMS: readonly SessionItem[] = [];

/** The movement of the set after item `index` (what a rest leads to). */
function nextTitle(items: readonly SessionItem[], index: number): string | null {
  const next = items.slice(index + 1).find((it) => it.kind === 'set');
  return next?.kind === 'set' ? t(next.title) : null;
}

/**
 * Today's programme session, played: the stop rule first, then each set with its picture,
 * cues, "Set n of N", the dose and a countdown, a rest with its own countdown between sets;
 * pause (Space), next (→), stop (Esc). At the end the session is recorded for today. The
 * day's second round (the store's session when it was made for round 2) plays the same
 * way and records nothing: the day counts once, for its session.
 */
export function SessionPage({ store, clock = Date.now, tickMs = 100, win, progressHref = '/progress.html', onClose, onRun }: Props) {
  const lang = uiLanguage();
  const status = store.status.value;
  const session = store.session.value;
  const items = session?.items ?? NO_ITEMS;
  const second = session?.round === 2;
  const [run, setRun] = useState<SessionRun>(() => newRun(clock()));
  const [now, setNow] = useState(clock());
  const [recorded, setRecorded] = useState<'no' | 'ok' | 'failed'>('no');
  const recording = useRef(false);
  const settled = settle(run, items, now);
  const moment = momentAt(settled, items, now);
  const playing = !settled.stopped && settled.index >= 0 && !moment.done;

  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), tickMs);
    return () => clearInterval(timer);
  }, [clock, tickMs]);

  // Every change starts from the run as it stands now (an item that ended has given way).
  const change = (f: (r: SessionRun, at: number) => SessionRun) => {
    const at = clock();
    setNow(at);
    setRun((r) => f(settle(r, items, at), at));
  };
  const begin = () => {
    onRun?.(true);
    change((r, at) => nextItem(r, items, at));
  };
  const next = () => change((r, at) => nextItem(r, items, at));
  const pause = () => change((r, at) => pauseOrResume(r, items, at));
  const stop = () => {
    onRun?.(false);
    change((r) => stopRun(r));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!playing) return;
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, input');
      if (e.key === ' ' && !onControl) {
        e.preventDefault();
        pause();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        next();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        stop();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (!moment.done || recording.current || items.length === 0) return;
    recording.current = true;
    onRun?.(false);
    // A second round records nothing: its words come in the next render, so the live region
    // below is there, empty, before them and they are announced (as the session's are).
    if (second) setRecorded('ok');
    else void store.complete().then((ok) => setRecorded(ok ? 'ok' : 'failed'));
  }, [moment.done]);

  const back = (
    <p>
      {onClose ? (
        <button type="button" onClick={onClose}>
          {t('programme.session.close')}
        </button>
      ) : (
        <a href={progressHref}>{t('programme.session.back')}</a>
      )}
    </p>
  );
  let body;
  if (!store.loaded.value) {
    body = <p class="muted">{t('status.loading')}</p>;
  } else if (status?.kind !== 'running' || !session) {
    body = (
      <>
        <p data-testid="session-not-running">{t('programme.session.notRunning')}</p>
        {back}
      </>
    );
  } else if (items.length === 0) {
    // Only a second round can be empty: this phase does nothing twice a day.
    body = (
      <>
        <p data-testid="session-no-second-round">{t('programme.session.noSecondRound')}</p>
        {back}
      </>
    );
  } else if (settled.stopped) {
    body = (
      <>
        <p data-testid="session-stopped">{t(second ? 'programme.session.secondRoundStopped' : 'programme.session.stopped')}</p>
        {back}
      </>
    );
  } else if (moment.done) {
    body = (
      <>
        <p data-testid="session-recorded" role="status">
          {second
            ? recorded === 'ok'
              ? t('programme.session.secondRoundDone')
              : ''
            : recorded === 'ok'
              ? t('programme.session.recorded')
              : recorded === 'failed'
                ? t('programme.session.recordFailed', { reason: store.message.value?.text ?? '' })
                : ''}
        </p>
        {back}
      </>
    );
  } else {
    const floorAt = firstFloorSet(items, (it) => !!MOVEMENTS[it.movement].floorSafety);
    const floorItem = floorAt >= 0 ? items[floorAt] : null;
    const floorLine = floorItem?.kind === 'set' ? MOVEMENTS[floorItem.movement].floorSafety : undefined;
    // The floor's safety line: before the first floor set (at the start, or in the rest before it) and with it.
    const showFloor = floorLine && (settled.index === floorAt || settled.index === floorAt - 1 || (settled.index < 0 && floorAt === 0));
    const floor = showFloor ? (
      <p class="session-floor" data-testid="session-floor">
        {t(floorLine)}
      </p>
    ) : null;
    const item = moment.item;
    const positions = item?.kind === 'set' ? MOVEMENTS[item.movement].positions : undefined;
    body =
      settled.index < 0 ? (
        <div class="session-intro" data-testid="session-intro">
          <p>
            {t('programme.weekOfEight', { n: numberText(status.week, lang) })}: {t(status.phase.name)}.{' '}
            {t('programme.sessionLength', { n: numberText(sessionMinutes(session), lang) })}
          </p>
          <p class="session-safety" data-testid="session-safety">
            {t(session.safety)}
          </p>
          {floor}
          <button type="button" class="primary" onClick={begin}>
            {t('programme.session.begin')}
          </button>
          <p class="muted small">{t('programme.session.keys')}</p>
        </div>
      ) : (
        <div class="session-item" data-testid="session-item" data-index={settled.index} data-kind={item?.kind} data-paused={moment.paused}>
          {item?.kind === 'set' ? (
            <>
              <h2 data-testid="session-title">{t(item.title)}</h2>
              <p class="session-set" data-testid="session-set">
                {t('programme.set', { n: numberText(item.set, lang), total: numberText(item.sets, lang) })}. {t(item.dose)}
              </p>
              {floor}
              <div class="session-main">
                <div class="session-figure">
                  <StepFigure stepId={item.movement} phase={moment.phase} side={moment.side} position={moment.position} paused={moment.paused} win={win} />
                </div>
                <div class="session-side">
                  <Countdown seconds={moment.secondsLeft} label={t('programme.session.secondsLeft', { title: t(item.title) })} />
                  {moment.side ? <p>{t(moment.side === 1 ? 'library.try.sideOne' : 'library.try.sideTwo')}</p> : null}
                  {moment.paused ? <p data-testid="session-paused">{t('library.try.paused')}</p> : null}
                </div>
              </div>
              {positions && moment.position !== null ? (
                <p class="session-position" data-testid="session-position" data-position={moment.position}>
                  <strong>{t('programme.session.position', { n: numberText(moment.position + 1, lang), total: numberText(positions.length, lang) })}</strong>{' '}
                  {t(positions[moment.position])}
                </p>
              ) : null}
              <ul class="session-cues">
                {item.cues.map((c) => (
                  <li key={c}>{t(c)}</li>
                ))}
              </ul>
            </>
          ) : item ? (
            <>
              <h2 data-testid="session-title">{t('programme.rest')}</h2>
              <Countdown seconds={moment.secondsLeft} label={t('programme.session.secondsLeft', { title: t('programme.rest') })} />
              {moment.paused ? <p data-testid="session-paused">{t('library.try.paused')}</p> : null}
              {nextTitle(items, settled.index) ? <p>{t('programme.session.restNext', { title: nextTitle(items, settled.index)! })}</p> : null}
              {floor}
            </>
          ) : null}
          <div class="row">
            <button type="button" class="primary" onClick={pause}>
              {t(moment.paused ? 'library.try.resume' : 'library.try.pause')}
            </button>
            <button type="button" onClick={next}>
              {t('programme.session.next')}
            </button>
            <button type="button" onClick={stop}>
              {t('library.try.stop')}
            </button>
          </div>
          <p class="muted small">{t('programme.session.keys')}</p>
        </div>
      );
  }
  return (
    <main class="session-page">
      <header class="page-header">
        <h1>{t(second ? 'programme.secondRoundTitle' : 'programme.todaysSession')}</h1>
        <p class="muted">{t('programme.title')}</p>
      </header>
      {body}
    </main>
  );
}
