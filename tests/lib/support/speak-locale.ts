import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Tests run in English (tests/support/i18n.ts). To see a page in another language, this
// answers the fake browser's i18n from locales/<lang>.yml instead, with that language as
// the UI language, until the next test (whose setup installs English again).

/** Makes the fake browser speak `lang` (de, es, en). */
export function speakLocale(lang: 'en' | 'de' | 'es'): void {
  const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, `../../../locales/${lang}.yml`), 'utf8'), 'YAML'));
  const getMessage = (name: string, substitutions?: string | string[]): string => {
    if (name === '@@ui_locale') return lang;
    const message = messages[name];
    if (!message) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.message.replace(/\$([1-9])/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => lang });
}
