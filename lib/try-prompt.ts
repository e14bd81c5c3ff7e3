import type { Reply } from './messages';
import { phrase, type Phrase } from './phrase';

/** What a page's live region says after "Try it now" (the page says the phrase). */
export interface TryPromptMessage {
  kind: 'info' | 'error';
  text: Phrase;
}

/**
 * What "Try it now" did: the background showed a sample prompt and opened the break
 * window (lib/background/start.ts), or the reason it could not. The schedule is never
 * touched by the sample, and the message says so, since a new user may wonder.
 */
export function tryPromptMessage(reply: Reply): TryPromptMessage {
  return reply.ok
    ? { kind: 'info', text: phrase('settings.try.shown') }
    : { kind: 'error', text: phrase('settings.try.failed', { reason: reply.error }) };
}
