import { render } from 'preact';
import '../../components/theme.css';
import '../../components/progress/progress.css';
import { ProgressPage } from '../../components/progress/ProgressPage';
import { createProgressStore } from '../../lib/stores/progress-store';

// The Progress page, in a tab of its own: linked from the popup, the finish screen and the options page.
const store = createProgressStore();
render(<ProgressPage store={store} />, document.getElementById('app')!);
// The store watches storage and ticks each minute; let it go when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
