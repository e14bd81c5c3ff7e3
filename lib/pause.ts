import { HOUR, MINUTE, localTime } from './time';

/** The pause lengths the popup and the message API offer. */
export type PauseOption = '30m' | '1h' | '2h' | 'tomorrow';
export const PAUSE_OPTIONS: readonly PauseOption[] = ['30m', '1h', '2h', 'tomorrow'];

/** "Until tomorrow" ends at this hour, so a pause taken late at night still means the next working day. */
export const TOMORROW_HOUR = 5;

/** When a pause chosen at `now` ends. */
export function pauseUntil(option: PauseOption, now: number): number {
  switch (option) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + HOUR;
    case '2h':
      return now + 2 * HOUR;
    case 'tomorrow': {
      const today = localTime(now, 0, TOMORROW_HOUR * 60);
      return today > now ? today : localTime(now, 1, TOMORROW_HOUR * 60);
    }
  }
}

/**
 * The longest any pause can run: "until tomorrow" chosen just after 05:00 ends 24 hours
 * later, 25 across a daylight-saving change. A stored pause ending later is corrupt.
 */
export const MAX_PAUSE_MS = 25 * HOUR;
