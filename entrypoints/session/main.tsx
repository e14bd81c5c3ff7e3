import { render } from 'preact';
import { signal } from '@preact/signals';
import '../../components/theme.css';
import '../../components/progress/progress.css';
import '../../components/programme/programme.css';
import { SessionPage } from '../../components/programme/SessionPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { noteSessionWindow } from '../../lib/adapters/session-window';
import { parseSessionQuery } from '../../lib/session-page';
import { createProgrammeStore } from '../../lib/stores/programme-store';
import { dayKey } from '../../lib/time';

// Today's session of the 8-week programme (or its second round), in the session window
// the Progress page and the popup open (lib/adapters/session-window.ts); a tab works too.
// In the browser's language: the page's own (for screen readers and hyphenation) and its tab's title.
document.documentElement.lang = uiLanguage();
document.title = t('programme.session.pageTitle');
const { round, inWindow } = parseSessionQuery(location.search);
const today = signal(dayKey(Date.now()));
const store = createProgrammeStore({ today, round });
let begun = false;
let running = false;
// In its window, the page says where it stands, so the window is brought back rightly.
const note = () => {
  if (inWindow) noteSessionWindow({ round, day: today.value, running }).catch(() => undefined); // not the user's concern: at worst a second window
};
note();
// Until a run begins the page follows the calendar (one left open overnight shows the new
// day's session); once begun, the day it began is the day it plays and is recorded for.
const dayTimer = setInterval(() => {
  const day = dayKey(Date.now());
  if (begun || day === today.value) return;
  today.value = day;
  note();
}, 60_000);
const onRun = (now: boolean) => {
  begun ||= now;
  running = now;
  note();
};
render(<SessionPage store={store} onRun={onRun} onClose={inWindow ? () => window.close() : undefined} />, document.getElementById('app')!);
addEventListener(
  'pagehide',
  () => {
    clearInterval(dayTimer);
    store.dispose();
  },
  { once: true },
);
