import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './i18n-messages';

// WXT's fake browser has no i18n. Unit and component tests read Midbreak's English words
// as the browser would (tests/support/i18n-messages.ts).

function install(): void {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
}
install();
beforeEach(install);
