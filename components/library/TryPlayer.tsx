import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';
import type { Movement } from '../../lib/movements';
import { Countdown } from '../Countdown';
import { StepFigure } from '../figures/StepFigure';
import type { TryMoment } from './try-clock';

interface Props {
  movement: Movement;
  moment: TryMoment;
  paused: boolean;
  titleId: string;
  onPause: () => void;
  onStop: () => void;
  win?: Pick<Window, 'matchMedia'>;
}

/** "Try it": one movement on its own, in place of its card's picture: the picture on a clock, a countdown, pause and stop. */
export function TryPlayer({ movement, moment, paused, titleId, onPause, onStop, win }: Props) {
  const title = t(movement.title);
  const pauseButton = useRef<HTMLButtonElement>(null);
  // The "Try it" button that was pressed is gone: the player takes the focus.
  useEffect(() => pauseButton.current?.focus(), []);
  return (
    <div class="try" role="group" aria-labelledby={titleId} data-testid="try-player" data-paused={paused} data-phase={moment.phase.toFixed(3)}>
      <div class="try-main">
        <div class="lib-figure">
          <StepFigure stepId={movement.id} phase={moment.phase} side={moment.side} paused={paused} win={win} />
        </div>
        <div class="try-side">
          <Countdown seconds={moment.secondsLeft} label={t('library.try.secondsLeft', { title })} />
          {moment.side ? (
            <p class="try-which" data-testid="try-side">
              {t(moment.side === 1 ? 'library.try.sideOne' : 'library.try.sideTwo')}
            </p>
          ) : null}
          {paused ? (
            <p class="try-paused" data-testid="try-paused">
              {t('library.try.paused')}
            </p>
          ) : null}
        </div>
      </div>
      <div class="row">
        <button type="button" class="primary" ref={pauseButton} onClick={onPause}>
          {t(paused ? 'library.try.resume' : 'library.try.pause')}
        </button>
        <button type="button" onClick={onStop}>
          {t('library.try.stop')}
        </button>
      </div>
      <p class="muted small">{t('library.try.notRecorded')}</p>
    </div>
  );
}
