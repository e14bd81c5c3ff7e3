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
