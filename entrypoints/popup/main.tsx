import '../../components/theme.css';
import { render } from 'preact';
import { App } from '../../components/App';
import { openOptionsPage } from '../../lib/adapters/pages';
import { createStores } from '../../lib/stores/stores';
import { parseView } from '../../lib/views';

// The toolbar popup: status, routine, checklist and safety page in one small page.
const stores = createStores();
render(
  <App stores={stores} place="popup" initialView={parseView(location.search)} onSettings={() => void openOptionsPage()} />,
  document.getElementById('app')!,
);
// The page going away leaves the routine as it should be (paused if no other page shows
// it), then lets every store go: nothing keeps listening or ticking after it.
addEventListener(
  'pagehide',
  () => {
    stores.leave();
    stores.dispose();
  },
  { once: true },
);
