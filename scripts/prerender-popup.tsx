import { signal } from '@preact/signals';
import { renderToString } from 'preact-render-to-string';
import { App } from '../components/App';
import type { ScheduleStore } from '../lib/stores/schedule-store';
import type { Stores } from '../lib/stores/stores';

// The popup's first view, rendered at build time into popup.html (scripts/popup-html.ts):
// the page as App draws it before anything is read, so it paints while the browser parses
// the HTML, and the script takes it over without drawing it again. A component test checks
// that App's first render in a real page is this same markup.

const never = new Promise<never>(() => {});
const fail = () => Promise.reject(new Error('Not in a built page.'));

/** Stores that have read nothing yet: what every page's stores are in their first render. */
function unreadStores(): Stores {
  const schedule: ScheduleStore = {
    status: signal(null),
    now: signal(0),
    noteSeen: signal(null),
    error: signal(null),
    ready: never,
    audible: signal(false),
    refresh: fail,
    startNow: fail,
    snooze: fail,
    snoozeUntilQuiet: fail,
    skip: fail,
    pause: fail,
    resume: fail,
    dispose() {},
  };
  return {
    schedule,
    safety: { noteSeen: signal(null), ready: never, dismissNote: fail, dispose() {} },
    routine: signal(null),
    checklist: signal(null),
    loadRoutine: fail,
    loadChecklist: fail,
    ready: never,
    leave() {},
    dispose() {},
  };
}

/** The markup of the popup's first view, for its root element. */
export function renderPopupFirstView(): string {
  return renderToString(<App stores={unreadStores()} place="popup" initialView={null} />);
}
