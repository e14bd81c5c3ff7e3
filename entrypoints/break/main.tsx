import '../../components/theme.css';
import { render } from 'preact';
import { App } from '../../components/App';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { openOptionsPage } from '../../lib/adapters/pages';
import { closeWithPage, createStores } from '../../lib/stores/stores';
import { parseView } from '../../lib/views';

// The break window: the background opens it when the browser won't open the popup. It
// shows the same routine player, so a routine started in one carries on in the other.
// The page speaks the browser's language (its HTML says English until now).
document.documentElement.lang = uiLanguage();
document.title = t('status.breakPageTitle');
const stores = createStores();
render(
  <App
    stores={stores}
    place="window"
    initialView={parseView(location.search)}
    onSettings={() => void openOptionsPage()}
    onCloseWindow={() => window.close()}
  />,
  document.getElementById('app')!,
);
closeWithPage(stores);
