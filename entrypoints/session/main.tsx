import { render } from 'preact';
import { signal } from '@preact/signals';
import '../../components/theme.css';
import '../../components/progress/progress.css';
import '../../components/programme/programme.css';
import { SessionPage } from '../../components/programme/SessionPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { parseSessionQuery } from '../../lib/session-page';
import { createProgrammeStore } from '../../lib/stores/programme-store';
import { dayKey } from '../../lib/time';

// Today's session of the 8-week programme (or its second round), in the session window
// the Progress page and the popup open (lib/adapters/session-window.ts); a tab works too.
// In the browser's language: the page's own (for screen readers and hyphenation) and its tab's title.
document.documentElement.lang = uiLanguage();
document.title = t('programme.session.pageTitle');
const { round, inWindow } = parseSessionQuery(location.search);
// The day the session was opened is the day it is recorded for.
const store = createProgrammeStore({ today: signal(dayKey(Date.now())), round });
render(<SessionPage store={store} onClose={inWindow ? () => window.close() : undefined} />, document.getElementById('app')!);
addEventListener('pagehide', () => store.dispose(), { once: true });
