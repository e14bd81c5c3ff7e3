import { t } from '../lib/adapters/i18n';
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
        {t(step.dose, step.doseSubs)}
        {side !== null ? <span class="side"> · {t(side === 1 ? 'routine.firstSide' : 'routine.secondSide')}</span> : null}
      </p>
      <ul>
        {step.cues.map((cue) => (
          <li key={cue}>{t(cue)}</li>
        ))}
      </ul>
    </div>
  );
}
