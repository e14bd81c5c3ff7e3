import { render } from 'preact';
import '../../components/theme.css';
import '../../components/library/library.css';
import { createLibraryStore } from '../../components/library/library-store';
import { LibraryPage } from '../../components/library/LibraryPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';

// The movement library, in a tab of its own: linked from the options and Progress pages.
// In the browser's language: the page's own (for screen readers and hyphenation) and its tab's title.
document.documentElement.lang = uiLanguage();
document.title = t('library.pageTitle');
const store = createLibraryStore();
render(<LibraryPage store={store} />, document.getElementById('app')!);
// The page clock stops when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
