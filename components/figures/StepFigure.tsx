import type { StepId } from '../../lib/routine';
import { useReducedMotion } from '../useReducedMotion';
import { FIGURES, mirrorPose } from './poses';
import { StickFigure } from './StickFigure';
import './figures.css';

interface Props {
  stepId: StepId;
  /** For a movement with sides, which side is being done: the picture turns the same way. */
  side?: 1 | 2 | null;
  /** Injectable for tests; defaults to the page's window. */
  win?: Pick<Window, 'matchMedia'>;
  /** The pose to show, 0 (start position) to 1 (end position), from the routine's clock (lib/routine-guide.ts). */
  phase: number;
  /** The routine is paused: the figure stands still. */
  paused?: boolean;
}

/**
 * The picture of a movement: animated between its start and end positions, or, when the
 * user prefers reduced motion, the two positions side by side as still pictures.
 */
export function StepFigure({ stepId, side = null, win }: Props) {
  const reduced = useReducedMotion(win);
  const def = FIGURES[stepId];
  const end = side === 2 ? mirrorPose(def.end) : def.end;
  const sideText = side === 2 ? ' (other side)' : '';
  if (reduced) {
    return (
      <div class="step-figure still" data-testid="figure-still">
        <figure>
          <StickFigure def={def} poses={[def.start]} id={`${stepId}-start`} title={`${def.label}: start position`} desc={def.startText} />
          <figcaption>Start</figcaption>
        </figure>
        <figure>
          <StickFigure def={def} poses={[end]} id={`${stepId}-end`} title={`${def.label}: end position${sideText}`} desc={def.endText} />
          <figcaption>End</figcaption>
        </figure>
      </div>
    );
  }
  return (
    <div class="step-figure animated" data-testid="figure-animated">
      <StickFigure
        key={`${stepId}-${side ?? 0}`}
        def={def}
        poses={[def.start, end]}
        id={`${stepId}-anim`}
        title={`${def.label}: moving between the start and end positions${sideText}`}
        desc={`${def.startText} Then: ${def.endText}`}
      />
    </div>
  );
}
