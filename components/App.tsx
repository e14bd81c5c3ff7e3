import { useEffect, useRef, useState } from 'preact/hooks';
import type { Stores } from '../lib/stores/stores';
import type { View } from '../lib/views';
import { Checklist } from './Checklist';
import { Popup } from './Popup';
import { RoutinePlayer } from './RoutinePlayer';
import { SafetyNote } from './SafetyNote';
import { StoresContext } from './StoresContext';
import { WhenToGetChecked } from './WhenToGetChecked';
import './app.css';

interface Props {
  stores: Stores;
  /** The toolbar popup, or the break window the background opens when it cannot open the popup. */
  place: 'popup' | 'window';
  /** A view asked for by the URL (`?view=`); null lets the stored state decide. */
  initialView: View | null;
  onSettings?: () => void;
  /** Closes the page (the break window's finish screen). */
  onCloseWindow?: () => void;
  /** Injectable for tests: the window whose media queries pick the figures. */
  win?: Pick<Window, 'matchMedia'>;
  beep?: () => void;
}

/**
 * One Midbreak page: the status, the routine, the checklist and the safety page, switched
 * with plain state. A routine under way, or a break just started elsewhere (the
 * notification, the keyboard shortcut), opens straight into the player.
 */
export function App({ stores, place, initialView, onSettings = () => {}, onCloseWindow = () => {}, win, beep }: Props) {
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<View>(initialView ?? (place === 'window' ? 'routine' : 'status'));
  const main = useRef<HTMLElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    void stores.ready.then(() => {
      if (!live) return;
      if (initialView === null || initialView === 'routine') {
        const underWay = stores.routine.progress.value !== null;
        const onBreak = stores.schedule.status.value?.phase === 'onBreak';
        if (underWay || onBreak) setView('routine');
        // The break began outside this page (notification, shortcut): the routine starts at once.
        if (!underWay && onBreak) void stores.routine.start();
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [stores]);

  const go = (next: View) => {
    moved.current = true;
    setView(next);
  };
  // After a view change, focus its heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (moved.current) main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }, [view]);

  const noteSeen = stores.safety.noteSeen.value;
  const leaveFinish = () => {
    stores.routine.closeFinish();
    if (place === 'window') onCloseWindow();
    else go('status');
  };

  return (
    <StoresContext.Provider value={stores}>
      <div class={`app app-${place}`}>
        <header class="app-header">
          {view !== 'status' ? (
            <button type="button" class="back" aria-label="Back to status" onClick={() => go('status')}>
              ‹ Back
            </button>
          ) : null}
          <h1>Midbreak</h1>
        </header>
        <main ref={main}>
          {!ready ? (
            <p class="muted">Loading…</p>
          ) : (
            <>
              {noteSeen === false && view !== 'help' ? (
                <SafetyNote onDismiss={() => void stores.safety.dismissNote()} onMore={() => go('help')} />
              ) : null}
              {view === 'status' ? <Popup go={go} onSettings={onSettings} /> : null}
              {view === 'routine' ? (
                <RoutinePlayer
                  onChecklist={() => {
                    stores.routine.closeFinish();
                    go('checklist');
                  }}
                  onClose={leaveFinish}
                  closeLabel={place === 'window' ? 'Close window' : 'Done'}
                  win={win}
                  beep={beep}
                />
              ) : null}
              {view === 'checklist' ? <Checklist /> : null}
              {view === 'help' ? <WhenToGetChecked /> : null}
            </>
          )}
        </main>
      </div>
    </StoresContext.Provider>
  );
}
