import type { GeneratedI18nStructure } from '#i18n';

// Words are looked up by key in the browser's own i18n (locales/<lang>.yml, built into
// _locales by WXT's i18n module). The pure core never looks a word up: where it decides
// what to say, it returns a `Msg` (a key and its values), and the page says it
// (lib/adapters/i18n.ts `say`).

/** A key of locales/en.yml, dotted (`status.reading`). */
export type MessageKey = keyof GeneratedI18nStructure;

/** Something to say: a key and the values of its `{named}` placeholders. A number `count` picks the plural form. */
export interface Msg {
  key: MessageKey;
  subs?: Record<string, string | number>;
  count?: number;
}

/** Builds a `Msg`. */
export function msg(key: MessageKey, subs?: Record<string, string | number>, count?: number): Msg {
  return count === undefined ? { key, subs } : { key, subs, count };
}
