import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

// Thin wiring only: everything the worker does lives in lib/ (see lib/background/start.ts).
export default defineBackground({
  main() {
    startBackground();
  },
});
