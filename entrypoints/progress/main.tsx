import { render } from 'preact';
import '../../components/theme.css';
import '../../components/progress/progress.css';
import '../../components/programme/programme.css';
import { ProgressPage } from '../../components/progress/ProgressPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { createProgressStore } from '../../lib/stores/progress-store';

// The Progress page, in a tab of its own: linked from the popup, the finish screen and the options page.
// In the browser's language: the page's own (for screen readers and hyphenation) and its tab's title.
document.documentElement.lang = uiLanguage();
document.title = t('progress.pageTitle');
const store = createProgressStore();
render(<ProgressPage store={store} />, document.getElementById('app')!);
// The store watches storage and ticks each minute; let it go when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
