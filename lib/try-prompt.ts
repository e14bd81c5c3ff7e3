import type { Reply } from './messages';

/** What a page's live region says after "Try it now". */
export interface TryPromptMessage {
  kind: 'info' | 'error';
  text: string;
}

/**
 * What "Try it now" did, in words: the background showed a sample prompt and opened the
 * break window (lib/background/start.ts), or the reason it could not. The schedule is never
 * touched by the sample, and the message says so, since a new user may wonder.
 */
export function tryPromptMessage(reply: Reply): TryPromptMessage {
  return reply.ok
    ? {
        kind: 'info',
        text: 'A sample break prompt is showing, and the routine is open in its own window. Your break schedule has not changed.',
      }
    : { kind: 'error', text: `Could not show a sample break: ${reply.error}` };
}
