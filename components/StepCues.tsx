import type { RoutineStep } from '../lib/routine';

interface Props {
  step: RoutineStep;
  side: 1 | 2 | null;
}

/** The dose and the step's short cues, read at a glance. */
export function StepCues({ step, side }: Props) {
  return (
    <div class="step-cues">
      <p class="dose" data-testid="step-dose">
        {step.dose}
        {side !== null ? <span class="side"> · {side === 1 ? 'first side' : 'second side'}</span> : null}
      </p>
      <ul>
        {step.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>
    </div>
  );
}
