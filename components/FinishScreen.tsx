import { useEffect, useRef } from 'preact/hooks';
import { say, t } from '../lib/adapters/i18n';
import { describeNextBreak } from '../lib/status-text';
import { FinishCheckIn } from './FinishCheckIn';
import { useStores } from './StoresContext';

interface Props {
  onChecklist: () => void;
  /** Shows "When to get checked". */
  onHelp: () => void;
  onClose: () => void;
  closeLabel: string;
}

/** The end of the routine: done, when the next break comes, the day's check-in, and the ways on. */
export function FinishScreen({ onChecklist, onHelp, onClose, closeLabel }: Props) {
  const { schedule } = useStores();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the result so a screen reader announces it and the keyboard starts here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="finish" aria-labelledby="finish-title" data-testid="finish-screen">
      <div class="finish-mark" aria-hidden="true">
        ✓
      </div>
      <h2 id="finish-title" tabIndex={-1} ref={heading}>
        {t('routine.finish.title')}
      </h2>
      <p>{t('routine.finish.wellDone')}</p>
      <p>
        <strong>{t('routine.finish.nextBreak')} </strong>
        <span data-testid="finish-next-break">{say(describeNextBreak(schedule.status.value, schedule.now.value))}</span>
      </p>
      <FinishCheckIn onHelp={onHelp} />
      <p>{t('routine.finish.deskQuestion')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onChecklist}>
          {t('routine.finish.checklist')}
        </button>
        <button type="button" onClick={onClose}>
          {closeLabel}
        </button>
        <a href="/progress.html" target="_blank">
          {t('routine.finish.progress')}
        </a>
      </div>
    </section>
  );
}
