import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

// Midbreak's English words as the browser reads them: locales/en.yml turned into Chrome's
// messages, and getMessage with Chrome's `$1`…`$9` substitutions.

const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8'), 'YAML'));

/** What chrome.i18n.getMessage returns for `name` (empty for an unknown key, as Chrome does). */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name];
  if (!message) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = message.message;
  for (const [placeholder, { content }] of Object.entries(message.placeholders ?? {})) {
    text = text.replaceAll(new RegExp(`\\$${placeholder}\\$`, 'gi'), content);
  }
  return text.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

