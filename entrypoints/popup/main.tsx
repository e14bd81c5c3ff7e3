import '../../components/theme.css';
import { render } from 'preact';
import { App } from '../../components/App';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { openOptionsPage } from '../../lib/adapters/pages';
import { closeWithPage, createStores } from '../../lib/stores/stores';
import { parseView } from '../../lib/views';

// The toolbar popup: status, routine, checklist and safety page in one small page.
// The page speaks the browser's language (its HTML says English until now).
document.documentElement.lang = uiLanguage();
document.title = t('ext.name');
const stores = createStores();
render(
  <App
    stores={stores}
    place="popup"
    initialView={parseView(location.search)}
    onSettings={() => void openOptionsPage()}
    onCloseWindow={() => window.close()}
  />,
  document.getElementById('app')!,
);
closeWithPage(stores);
