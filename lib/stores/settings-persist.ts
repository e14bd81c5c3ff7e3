import { messageOf } from '../errors';
import { updateSettings } from '../adapters/settings-write';
import { phrase, type Phrase } from '../phrase';
import type { Settings } from '../settings-fields';

/** What a page's live region says after a change: saved, or why not (said by the store in the page's language). */
export type Say = (kind: 'saved' | 'error', what: Phrase) => void;

/**
 * A page's way to change settings: through the one write path, then `apply` what storage
 * now holds and say `done`; a refusal (an invalid result, settings from a newer version)
 * is said with its reason, and storage keeps what it had. Shared by the options page and
 * the welcome page.
 */
export function settingsPersister(say: Say, apply: (stored: Settings) => void) {
  return async function persist(change: (current: Settings) => Settings, done: Phrase): Promise<boolean> {
    try {
      apply(await updateSettings(change));
      say('saved', done);
      return true;
    } catch (error) {
      say('error', phrase('settings.status.refused', { reason: messageOf(error) }));
      return false;
    }
  };
}
