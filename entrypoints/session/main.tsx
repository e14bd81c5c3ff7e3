import { render } from 'preact';
import { signal } from '@preact/signals';
import '../../components/theme.css';
import '../../components/progress/progress.css';
import '../../components/programme/programme.css';
import { SessionPage } from '../../components/programme/SessionPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { createProgrammeStore } from '../../lib/stores/programme-store';
import { dayKey } from '../../lib/time';

// Today's session of the 8-week programme, in a tab of its own: opened from the Progress page.
// In the browser's language: the page's own (for screen readers and hyphenation) and its tab's title.
document.documentElement.lang = uiLanguage();
document.title = t('programme.session.pageTitle');
// The day the session was opened is the day it is recorded for.
const store = createProgrammeStore({ today: signal(dayKey(Date.now())) });
render(<SessionPage store={store} />, document.getElementById('app')!);
addEventListener('pagehide', () => store.dispose(), { once: true });
