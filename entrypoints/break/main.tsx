import '../../components/theme.css';
import { render } from 'preact';
import { App } from '../../components/App';
import { openOptionsPage } from '../../lib/adapters/pages';
import { createStores } from '../../lib/stores/stores';
import { parseView } from '../../lib/views';

// The break window: the background opens it when the browser won't open the popup. It
// shows the same routine player, so a routine started in one carries on in the other.
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
