import { t } from './adapters/i18n';
import type { NewerVersionError } from './versioned';

/**
 * What to tell the user about a failure, in the browser's language. Errors Midbreak raises
 * for the user are said here: a NewerVersionError (lib/versioned.ts) says what to do about
 * data a newer Midbreak wrote, naming the item. This module imports no error class (it
 * knows them by name), so a page that only shows an error loads no parser (the popup,
 * issue 13). Any other error says its own message.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.name === 'NewerVersionError') {
    return t('common.newerVersion', { item: t((error as NewerVersionError).itemKey) });
  }
  return error instanceof Error ? error.message : String(error);
}
