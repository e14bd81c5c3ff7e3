import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { canBeOnFloor, NEEDS_LABELS, WHERE_LABELS, type Movement } from '../../lib/movements';
import { StepFigure } from '../figures/StepFigure';
import type { TryMoment } from './try-clock';
import { pagePhase } from './try-clock';
import { TryPlayer } from './TryPlayer';

/** The seed articles' numbers ("003_…txt" → "003"), joined as the language joins a list. */
export function sourceList(sources: readonly string[], lang: string = uiLanguage()): string {
  const numbers = sources.map((s) => /^(\d+)_/.exec(s)?.[1] ?? s);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(numbers);
}

/** The card's picture, moved gently by the page clock (read here only, so only the pictures redraw as it ticks). */
function PageFigure({ movement, now, animate, win }: { movement: Movement; now: ReadonlySignal<number>; animate: boolean; win?: Pick<Window, 'matchMedia'> }) {
  const phase = animate ? pagePhase(now.value) : 0;
  return (
    <div class="lib-figure" data-testid="card-figure" data-phase={phase.toFixed(3)}>
      <StepFigure stepId={movement.id} phase={phase} win={win} />
    </div>
  );
}

interface Props {
  movement: Movement;
  now: ReadonlySignal<number>;
  animate: boolean;
  /** This card's try, when it is the one being tried. */
  moment: TryMoment | null;
  paused: boolean;
  onTry: () => void;
  onPause: () => void;
  onStop: () => void;
  win?: Pick<Window, 'matchMedia'>;
}

/** One movement of the library: its picture, name, places, dose, cues, floor safety, sources and "try it". */
export function MovementCard({ movement: m, now, animate, moment, paused, onTry, onPause, onStop, win }: Props) {
  const titleId = `title-${m.id}`;
  const tags = [...m.where.map((w) => t(WHERE_LABELS[w])), t(NEEDS_LABELS[m.needs]), ...(m.sides ? [t('library.eachSide')] : [])];
  const trying = moment !== null;
  const tryButton = useRef<HTMLButtonElement>(null);
  const wasTrying = useRef(trying);
  useEffect(() => {
    // When the player closes with the focus in it, the focus comes back to "Try it"
    // (not when the user has moved on to try another movement).
    if (wasTrying.current && !trying) {
      const active = document.activeElement;
      if (!active || active === document.body) tryButton.current?.focus();
    }
    wasTrying.current = trying;
  }, [trying]);
  return (
    <li class="lib-card" data-testid="movement" data-id={m.id}>
      <article aria-labelledby={titleId}>
        <h2 id={titleId}>{t(m.title)}</h2>
        <p class="tags muted">
          {tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </p>
        {moment ? (
          <TryPlayer movement={m} moment={moment} paused={paused} titleId={titleId} onPause={onPause} onStop={onStop} win={win} />
        ) : (
          <>
            <PageFigure movement={m} now={now} animate={animate} win={win} />
            <button type="button" class="primary try-button" ref={tryButton} aria-describedby={titleId} onClick={onTry}>
              {t('library.try.start')}
            </button>
          </>
        )}
        <p class="dose" data-testid="dose">
          <span class="dose-label">{t('library.doseLabel')}</span> {t(m.dose)}
        </p>
        <h3 class="cues-title">{t('library.cuesLabel')}</h3>
        <ul class="cues">
          {m.cues.map((c) => (
            <li key={c}>{t(c)}</li>
          ))}
        </ul>
        {canBeOnFloor(m) && m.floorSafety ? (
          <details class="floor-safety" data-testid="floor-safety">
            <summary>{t('library.floorTitle')}</summary>
            <p>{t(m.floorSafety)}</p>
          </details>
        ) : null}
        <p class="sources muted">{t('library.sources', { list: sourceList(m.sources) }, m.sources.length)}</p>
      </article>
    </li>
  );
}
