import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { createSettingsStore } from '../../lib/stores/settings-store';

// The page speaks the browser's language (locales/<lang>.yml), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('settings.options.title');
const store = createSettingsStore();
render(<OptionsPage store={store} />, document.getElementById('app')!);
// The store watches sync storage; let it go when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
