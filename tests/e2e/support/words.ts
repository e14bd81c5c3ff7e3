import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

// What a page should say, in a given language, read from the locale files the build
// turns into _locales: real-browser tests check the words a user sees by key.

export type Language = 'en' | 'de' | 'es';

const cache = new Map<Language, Map<string, ParsedMessage>>();

function messages(lang: Language): Map<string, ParsedMessage> {
  let found = cache.get(lang);
  if (!found) {
    const text = readFileSync(resolve(`locales/${lang}.yml`), 'utf8');
    found = new Map(parseMessagesText(text, 'YAML').map((m) => [m.key.join('.'), m]));
    cache.set(lang, found);
  }
  return found;
}

/** The words for `key` in `lang`, `{named}` placeholders filled from `subs` (the plural form for `count`). */
export function words(lang: Language, key: string, subs: Record<string, string | number> = {}, count?: number): string {
  const m = messages(lang).get(key);
  if (!m) throw new Error(`No message ${key} in locales/${lang}.yml`);
  const text = m.type === 'plural' ? (m.plurals[String(count)] ?? m.plurals.n) : m.message;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
}
