import '../../components/theme.css';
import { render } from 'preact';
import { App } from '../../components/App';
import { openOptionsPage } from '../../lib/adapters/pages';
import { closeWithPage, createStores } from '../../lib/stores/stores';
import { parseView } from '../../lib/views';

// The toolbar popup: status, routine, checklist and safety page in one small page.
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
