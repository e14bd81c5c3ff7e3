import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { MessageKey, Msg } from '../i18n';

// The one door to the browser's words (chrome.i18n through @wxt-dev/i18n): plural forms
// ("one | other" in the locale files, picked by a count) and `{named}` placeholders.

type Subs = Record<string, string | number>;
const translate = i18n.t as unknown as (key: string, ...args: (number | Subs | undefined)[]) => string;

/** The words for `key` in the browser's language, with `subs` put in; `count` picks the plural form. */
export function t(key: MessageKey, subs?: Subs, count?: number): string {
  return count === undefined ? translate(key, subs) : translate(key, count, subs);
}

/** Says a `Msg` the pure core decided on. */
export function say(m: Msg): string {
  return t(m.key, m.subs, m.count);
}

/** The browser's UI language (BCP 47), for Intl and the pages' `lang`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
