import { messageOf } from '../errors';
import { updateSettings } from '../adapters/settings-write';
import type { Settings } from '../settings-fields';

/** What a page's live region says after a change: saved, or why not. */
export type Say = (kind: 'saved' | 'error', text: string) => void;

/**
 * A page's way to change settings: through the one write path, then `apply` what storage
 * now holds and say `done`; a refusal (an invalid result, settings from a newer version)
 * is said with its reason, and storage keeps what it had. Shared by the options page and
 * the welcome page.
 */
export function settingsPersister(say: Say, apply: (stored: Settings) => void) {
  return async function persist(change: (current: Settings) => Settings, done: string): Promise<boolean> {
    try {
      apply(await updateSettings(change));
      say('saved', done);
      return true;
    } catch (error) {
      say('error', `Not saved: ${messageOf(error)}`);
      return false;
    }
  };
}
