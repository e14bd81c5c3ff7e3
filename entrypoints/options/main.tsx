import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { createCustomRoutinesStore } from '../../lib/stores/custom-routines-store';
import { createSettingsStore } from '../../lib/stores/settings-store';

// The page speaks the browser's language (locales/<lang>.yml), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('settings.options.title');
const store = createSettingsStore();
const routines = createCustomRoutinesStore();
render(<OptionsPage store={store} routines={routines} />, document.getElementById('app')!);
// The stores watch sync storage; let them go when the tab closes.
addEventListener(
  'pagehide',
  () => {
    store.dispose();
    routines.dispose();
  },
  { once: true },
);
