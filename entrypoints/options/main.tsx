import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createSettingsStore } from '../../lib/stores/settings-store';

const store = createSettingsStore();
render(<OptionsPage store={store} />, document.getElementById('app')!);
// The store watches sync storage; let it go when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
