import { render } from 'preact';
import '../../components/theme.css';
import '../../components/app.css';
import '../../components/options/options.css';
import '../../components/welcome/welcome.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { createWelcomeStore } from '../../lib/stores/welcome-store';

// The page speaks the browser's language (locales/<lang>.yml), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('settings.welcome.title');
// The first-run page the background opens on install (lib/adapters/pages.ts WELCOME_PAGE).
const store = createWelcomeStore();
render(
  <WelcomePage store={store} browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} onClose={() => window.close()} />,
  document.getElementById('app')!,
);
// The store watches sync storage; let it go when the tab closes.
addEventListener('pagehide', () => store.dispose(), { once: true });
