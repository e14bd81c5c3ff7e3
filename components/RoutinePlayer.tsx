import { useEffect, useRef } from 'preact/hooks';
import { say, t } from '../lib/adapters/i18n';
import { sayPhrase } from '../lib/adapters/phrases';
import { playStepBeep } from '../lib/adapters/sound';
import { speakCue } from '../lib/adapters/speech';
import { routineSeconds } from '../lib/routine';
import { ROUTINE_SAFETY_LINE } from '../lib/safety';
import { guideAt } from '../lib/routine-guide';
import { Countdown } from './Countdown';
import { StepFigure } from './figures/StepFigure';
import { FinishScreen } from './FinishScreen';
import { ProgressBar } from './ProgressBar';
import { RoutineIntro } from './RoutineIntro';
import { StepCues } from './StepCues';
import { useRoutine } from './StoresContext';
import css from './RoutinePlayer.css?inline';
import { addStyle } from './style';

addStyle(css);

interface Props {
  onChecklist: () => void;
  /** Shows "When to get checked" (from the finish screen's check-in). */
  onHelp: () => void;
  /** Leaves the finish screen (back to the status in the popup, closes the break window). */
  onClose: () => void;
  closeLabel: string;
  /** In the toolbar popup: moves the running routine to the break window, which stays while the user stands at a wall. */
  onMoveToWindow?: () => void;
  /** Injectable for tests: the window whose media queries pick the figures. */
  win?: Pick<Window, 'matchMedia'>;
  /** Injectable for tests: what plays the step sound. */
  beep?: () => void;
  /** Injectable for tests: what says a cue aloud (in the UI language, the cue's). */
  speak?: (text: string) => void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The routine as the user follows it, shared by the popup and the break window: picture,
 * cues, dose, step countdown and overall progress, with pause, previous and next (also
 * on the keyboard: Space, ←, →).
 */
export function RoutinePlayer({ onChecklist, onHelp, onClose, closeLabel, onMoveToWindow, win, beep = playStepBeep, speak = speakCue }: Props) {
  const store = useRoutine();
  const moment = store.moment.value;
  const view = store.view.value;
  const soundOn = store.settings.value.stepSound;
  const speechOn = store.settings.value.spokenCues;
  const running = moment && !moment.finished ? moment : null;
  const current = running ? store.routine.steps[running.stepIndex] : null;
  const guide = running && current ? guideAt(current, running.stepElapsedMs) : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!store.progress.value || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const tag = (e.target as HTMLElement | null)?.tagName ?? '';
      if (TYPING.has(tag)) return;
      if (e.key === ' ' || e.code === 'Space') {
        // A focused button answers Space itself; toggling here too would undo its click.
        if (tag === 'BUTTON' || tag === 'A') return;
        e.preventDefault();
        void store.togglePause();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        void store.next();
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        void store.previous();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  // Each time there is something new to do (a step, a rep, a squeeze or release, the side
  // switch) the tone sounds and the cue is said, if the user turned them on. A page that
  // opens mid-routine stays quiet until the next cue; one that starts it marks the start.
  const cue = guide ? say(guide.cue) : '';
  const cueKey = running && guide ? `${running.stepIndex}:${cue}` : null;
  const lastCue = useRef<string | null>(null);
  useEffect(() => {
    const before = lastCue.current;
    lastCue.current = cueKey;
    if (cueKey === null || !running || !current || !guide || running.paused || cueKey === before) return;
    if (before === null && running.elapsedMs >= 1000) return;
    if (soundOn) beep();
    if (speechOn) {
      const newStep = before === null || before.split(':')[0] !== String(running.stepIndex);
      speak(newStep ? t('routine.guide.spoken', { step: t(current.title), cue }) : cue);
    }
  }, [cueKey]);


  if (view === 'finished') return <FinishScreen onChecklist={onChecklist} onHelp={onHelp} onClose={onClose} closeLabel={closeLabel} />;
  if (!moment) return <RoutineIntro />;

  const steps = store.routine.steps;
  const step = steps[moment.stepIndex];
  const last = moment.stepIndex === steps.length - 1;
  const at = { n: moment.stepIndex + 1, total: steps.length };
  const title = t(step.title);
  return (
    <section class="player" aria-labelledby="step-title" data-testid="routine-player">
      {store.reopened.value ? (
        <div class="notice" role="region" aria-label={t('routine.inProgress')}>
          <p>{t('routine.welcomeBack', at)}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void store.resume()}>
              {t('routine.carryOn')}
            </button>
            <button type="button" onClick={() => void store.restart()}>
              {t('routine.startOver')}
            </button>
          </div>
        </div>
      ) : null}
      {store.notice ? (
        <p class="notice routine-notice" role="note" aria-label={t('custom.noticeLabel')} data-testid="routine-notice">
          {sayPhrase(store.notice)}
        </p>
      ) : null}
      {store.routineName !== null ? (
        <p class="routine-name" data-testid="routine-name">
          {store.routineName}
        </p>
      ) : null}
      <p class="step-position muted">{t('routine.stepOf', at)}</p>
      <h2 id="step-title" data-testid="step-title" tabIndex={-1}>
        {title}
      </h2>
      <div class="step-main">
        <div class="figure-wrap" data-testid="figure-wrap" data-phase={guide?.phase.toFixed(3)} data-paused={moment.paused}>
          <StepFigure stepId={step.id} side={moment.side} win={win} phase={guide?.phase ?? 0} paused={moment.paused} />
        </div>
        <div class="countdown-box">
          <Countdown seconds={moment.stepLeftSec} label={t('routine.secondsLeft', { step: title })} />
          {moment.paused ? (
            <p class="paused-label" data-testid="paused-label">
              {t('routine.paused')}
            </p>
          ) : null}
        </div>
      </div>
      <p class={`guide-line${moment.paused ? ' paused' : ''}`} data-testid="guide-line">
        {guide ? say(guide.line) : ''}
      </p>
      <p class={`switch-cue${moment.switchCue ? ' show' : ''}`} role="status" data-testid="switch-cue">
        {moment.switchCue && step.switchCue ? t(step.switchCue) : ''}
      </p>
      <StepCues step={step} side={moment.side} />
      <ProgressBar value={moment.progress} totalSec={routineSeconds(store.routine)} label={t('routine.progress')} />
      <div class="controls">
        <button type="button" aria-label={t('routine.previousStep')} disabled={moment.stepIndex === 0} onClick={() => void store.previous()}>
          {t('routine.previous')}
        </button>
        <button type="button" class="primary play" onClick={() => void store.togglePause()}>
          {t(moment.paused ? 'routine.resume' : 'routine.pause')}
        </button>
        <button type="button" aria-label={t('routine.nextStep')} disabled={last} onClick={() => void store.next()}>
          {t('routine.next')}
        </button>
      </div>
      <div class="row secondary">
        <button type="button" onClick={() => void store.abandon().then(onClose)}>
          {t('routine.stop')}
        </button>
        {onMoveToWindow ? (
          <button type="button" onClick={onMoveToWindow}>
            {t('routine.openWindow')}
          </button>
        ) : null}
        <button type="button" aria-pressed={soundOn} onClick={() => void store.setStepSound(!soundOn)}>
          {t(soundOn ? 'routine.stepSoundOn' : 'routine.stepSoundOff')}
        </button>
      </div>
      {store.soundError.value ? (
        <p class="error" role="alert">
          {store.soundError.value}
        </p>
      ) : null}
      <p class="visually-hidden" aria-live="polite">
        {moment.paused ? t('routine.livePaused', { ...at, step: title }) : t('routine.liveRunning', { ...at, step: title, dose: t(step.dose, step.doseSubs) })}
      </p>
      {/* What to do now, announced once per cue rather than every second the big line changes. */}
      <p class="visually-hidden" aria-live="polite" data-testid="guide-cue">
        {guide && !moment.paused ? cue : ''}
      </p>
      <p class="safety-line muted">{t(ROUTINE_SAFETY_LINE)}</p>
      <p class="keys muted">{t('routine.keys')}</p>
    </section>
  );
}
