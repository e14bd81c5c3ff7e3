import { t } from '../../lib/adapters/i18n';
import { MOVEMENTS, type MovementId } from '../../lib/movements';
import { useReducedMotion } from '../useReducedMotion';
import { FigureSvg } from './FigureSvg';
import { mirrorShapes, type Shape } from './geometry';
import { FIGURES } from './poses';
import css from './figures.css?inline';
import { addStyle } from '../style';

addStyle(css);

interface Props {
  stepId: MovementId;
  /**
   * Where the movement stands, 0 = the start pose, 1 = the end pose. The caller drives it
   * from the routine's clock (0 → 1 → 0 for a rep, held at 1 for a hold), so each rep of
   * the picture is one counted rep.
   */
  phase: number;
  /** For a movement with sides, which side is being done: the picture turns the same way. */
  side?: 1 | 2 | null;
  /** For a movement done in positions (Y, T, W), which one: the picture shows that position, still. */
  position?: number | null;
  /** The caller says "paused" in words; the picture just holds the pose at `phase`. */
  paused?: boolean;
  /** Injectable for tests; defaults to the page's window. */
  win?: Pick<Window, 'matchMedia'>;
}

/** A phase the picture can draw: inside [0, 1], and 0 for anything that is not a number. */
export function clampPhase(phase: number): number {
  return Number.isFinite(phase) ? Math.min(1, Math.max(0, phase)) : 0;
}

/** A movement's shapes at `phase`, turned to the side being done. */
export function figureShapes(stepId: MovementId, phase: number, side: 1 | 2 | null = null): Shape[] {
  const shapes = FIGURES[stepId].draw(clampPhase(phase));
  return side === 2 ? mirrorShapes(shapes) : shapes;
}

/** The start pose's moving parts: the faint ghost behind the figure. */
function ghostOf(stepId: MovementId, side: 1 | 2 | null): Shape[] {
  return figureShapes(stepId, 0, side).filter((s) => s.role === 'moving');
}

/**
 * The picture of a movement at the phase the caller gives, a ghost of the start pose
 * behind it; or, when the user prefers reduced motion, the start and end poses side by
 * side as still pictures with an arrow between them. No animation of its own: a pure
 * function of its props.
 */
export function StepFigure({ stepId, phase: moving, side = null, position = null, win }: Props) {
  const reduced = useReducedMotion(win);
  const def = FIGURES[stepId];
  const held = position !== null ? def.positionPhases?.[position] : undefined;
  const phase = held ?? moving;
  const other = side === 2;
  const step = t(MOVEMENTS[stepId].title);
  const startText = t(def.startText);
  const endText = t(def.endText);
  const ghost = ghostOf(stepId, side);
  if (reduced) {
    return (
      <div class="step-figure still" data-testid="figure-still">
        <figure>
          <FigureSvg shapes={figureShapes(stepId, 0, side)} id={`${stepId}-start`} title={t('routine.figure.startTitle', { step })} desc={startText} />
          <figcaption>{t('routine.figure.start')}</figcaption>
        </figure>
        <svg class="figure-arrow" data-testid="figure-arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <polyline points="3,12 20,12 14,6 20,12 14,18" />
        </svg>
        <figure>
          <FigureSvg
            shapes={figureShapes(stepId, 1, side)}
            ghost={ghost}
            id={`${stepId}-end`}
            title={t(other ? 'routine.figure.endTitleOtherSide' : 'routine.figure.endTitle', { step })}
            desc={endText}
          />
          <figcaption>{t('routine.figure.end')}</figcaption>
        </figure>
      </div>
    );
  }
  return (
    <div class="step-figure animated" data-testid="figure-animated">
      <FigureSvg
        // A position is held, not swept: no arrow saying it moves on.
        shapes={held === undefined ? figureShapes(stepId, phase, side) : figureShapes(stepId, phase, side).filter((s) => s.role !== 'hint')}
        ghost={ghost}
        id={`${stepId}-anim`}
        title={t(other ? 'routine.figure.movingTitleOtherSide' : 'routine.figure.movingTitle', { step })}
        desc={t('routine.figure.movingDesc', { start: startText, end: endText })}
      />
    </div>
  );
}
