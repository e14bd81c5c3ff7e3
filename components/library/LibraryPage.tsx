import { useEffect } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { MOVEMENTS } from '../../lib/movements';
import { ROUTINE_SAFETY_LINE } from '../../lib/safety';
import { useReducedMotion } from '../useReducedMotion';
import type { Announcement, LibraryStore } from './library-store';
import { LibraryFilters } from './LibraryFilters';
import { MovementCard } from './MovementCard';

/** What the page says as a try starts, switches side and ends. */
function announcementText(a: Announcement, lang: string): string {
  const title = t(MOVEMENTS[a.id].title);
  switch (a.kind) {
    case 'started':
      return t('library.try.started', { title, seconds: new Intl.NumberFormat(lang).format(a.seconds) });
    case 'switched':
      return t('library.try.switched');
    case 'finished':
      return t('library.try.finished', { title });
    case 'stopped':
      return t('library.try.stopped', { title });
  }
}

/** The movement library: filters, the count, and a card per movement that matches, each with "try it". */
export function LibraryPage({ store, win }: { store: LibraryStore; win?: Pick<Window, 'matchMedia'> }) {
  const lang = uiLanguage();
  const reduced = useReducedMotion(win);
  useEffect(() => store.setAnimating(!reduced), [reduced]);

  // Escape stops a try, wherever the focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.trying.value) {
        e.preventDefault();
        store.stop();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  const filter = store.filter.value;
  const list = store.movements.value;
  const trying = store.trying.value;
  const moment = store.moment.value;
  const said = store.announcement.value;
  const count = list.length;
  return (
    <main class="library-page">
      <header class="page-header">
        <h1>{t('library.title')}</h1>
        <p class="muted">{t('library.intro')}</p>
        <p class="muted small">{t(ROUTINE_SAFETY_LINE)}</p>
      </header>
      <LibraryFilters filter={filter} onWhere={store.setWhere} onNeeds={store.setNeeds} />
      <p class="lib-count" role="status" data-testid="count">
        {t('library.count', { n: new Intl.NumberFormat(lang).format(count) }, count)}
      </p>
      {count === 0 ? (
        <div class="lib-none" data-testid="none">
          <p>{t('library.none')}</p>
          <button
            type="button"
            onClick={() => {
              store.setWhere('all');
              store.setNeeds('all');
            }}
          >
            {t('library.showAll')}
          </button>
        </div>
      ) : (
        <ul class="lib-list" data-testid="movements">
          {list.map((m) => (
            <MovementCard
              key={m.id}
              movement={m}
              now={store.now}
              animate={!reduced}
              moment={trying?.id === m.id ? moment : null}
              paused={trying?.id === m.id && trying.clock.pausedAt !== null}
              onTry={() => store.tryMovement(m.id)}
              onPause={store.togglePause}
              onStop={store.stop}
              win={win}
            />
          ))}
        </ul>
      )}
      <p class="visually-hidden" aria-live="polite" data-testid="try-live">
        {said ? <span key={said.n}>{announcementText(said, lang)}</span> : null}
      </p>
    </main>
  );
}
