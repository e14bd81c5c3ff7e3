import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/adapters/i18n';
import type { Stores } from '../lib/stores/stores';
import type { View } from '../lib/views';
import { onDemand, useLoad } from './lazy';
import { Popup } from './Popup';
import { StoresContext } from './StoresContext';
import './app.css';

// The popup nearly always opens to the status, so only the status is in the page's first
// load (issue 6: at most 20 KB gzipped). The other views and the first-run note arrive
// with a dynamic import when shown; the routine and checklist stores load with their views.
const views = {
  routine: onDemand(() => import('./RoutinePlayer').then((m) => m.RoutinePlayer)),
  checklist: onDemand(() => import('./Checklist').then((m) => m.Checklist)),
  help: onDemand(() => import('./WhenToGetChecked').then((m) => m.WhenToGetChecked)),
};
const safetyNote = onDemand(() => import('./SafetyNote').then((m) => m.SafetyNote));

const noop = () => {};

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
  /** Injectable for tests: what says a routine cue aloud. */
  speak?: (text: string) => void;
}

/**
 * One Midbreak page: the status, the routine, the checklist and the safety page, switched
 * with plain state. A routine under way, or a break just started elsewhere (the
 * notification, the keyboard shortcut), opens straight into the player.
 */
export function App({ stores, place, initialView, onSettings = noop, onCloseWindow = noop, win, beep, speak }: Props) {
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<View>(initialView ?? (place === 'window' ? 'routine' : 'status'));
  const main = useRef<HTMLElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    void stores.ready.then(() => {
      if (!live) return;
      // `ready` has loaded the routine store if storage held a routine under way: the
      // background stores it when a break starts, wherever it was started from.
      const underWay = (stores.routine.value?.progress.value ?? null) !== null;
      if (initialView === null && underWay) setView('routine');
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

  const routine = stores.routine.value;
  const checklist = stores.checklist.value;
  const noteSeen = stores.safety.noteSeen.value;
  // The first-run note comes before a routine, never above a running one, where it would
  // push the timer and its controls out of view (the status and the routine's intro show it).
  const running = view === 'routine' && (routine?.progress.value ?? null) !== null;
  const showNote = ready && noteSeen === false && view !== 'help' && !running;
  const viewFailed = useLoad(ready && view !== 'status' ? view : null, () =>
    view === 'routine'
      ? Promise.all([views.routine.load(), stores.loadRoutine()])
      : view === 'checklist'
        ? Promise.all([views.checklist.load(), stores.loadChecklist()])
        : views.help.load(),
  );
  const noteFailed = useLoad(showNote ? 'note' : null, () => safetyNote.load());

  const leaveFinish = () => {
    stores.routine.value?.closeFinish();
    if (place === 'window') onCloseWindow();
    else go('status');
  };

  const RoutinePlayer = views.routine.current;
  const Checklist = views.checklist.current;
  const WhenToGetChecked = views.help.current;
  const SafetyNote = safetyNote.current;
  let content: ComponentChildren = null;
  if (view === 'status') content = <Popup go={go} onSettings={onSettings} onClose={onCloseWindow} />;
  else if (!ready) content = null;
  else if (viewFailed) content = <LoadFailed />;
  else if (view === 'routine' && RoutinePlayer && routine)
    content = (
      <RoutinePlayer
        onChecklist={() => {
          routine.closeFinish();
          go('checklist');
        }}
        onHelp={() => {
          routine.closeFinish();
          go('help');
        }}
        onClose={leaveFinish}
        closeLabel={t(place === 'window' ? 'status.closeWindow' : 'status.done')}
        onMoveToWindow={place === 'popup' ? () => void routine.moveToWindow().then(onCloseWindow) : undefined}
        win={win}
        beep={beep}
        speak={speak}
      />
    );
  else if (view === 'checklist' && Checklist && checklist) content = <Checklist />;
  else if (view === 'help' && WhenToGetChecked) content = <WhenToGetChecked />;
  const shown = content !== null;

  // After a view change, focus its heading so keyboard and screen-reader users land on it;
  // a view fetched on demand gets the focus when it arrives.
  useEffect(() => {
    if (moved.current && shown) main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }, [view, shown]);

  return (
    <StoresContext.Provider value={stores}>
      <div class={`app app-${place}`}>
        <header class="app-header">
          {view !== 'status' ? (
            <button type="button" class="back" aria-label={t('status.backName')} onClick={() => go('status')}>
              {t('status.back')}
            </button>
          ) : null}
          <h1>{t('ext.name')}</h1>
        </header>
        <main ref={main}>
          {showNote ? (
            SafetyNote ? (
              <SafetyNote onDismiss={() => void stores.safety.dismissNote()} onMore={() => go('help')} />
            ) : noteFailed ? (
              <LoadFailed />
            ) : null
          ) : null}
          {/* The status shows at once, as the page's HTML has it (scripts/prerender-popup.tsx): its
              card says it is still reading. Other views wait for what storage holds. */}
          {content ?? <Loading />}
        </main>
      </div>
    </StoresContext.Provider>
  );
}

function Loading() {
  return <p class="muted">{t('status.loading')}</p>;
}

/** A view's code would not load (the extension was updated or removed while the page was open). */
function LoadFailed() {
  return (
    <p class="error" role="alert">
      {t('status.loadFailed')}
    </p>
  );
}
