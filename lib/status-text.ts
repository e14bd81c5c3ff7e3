import { formatDuration, formatWhen } from './format';
import { msg, type Msg } from './i18n';
import type { Status } from './status';

// What the pages say about the schedule, as messages for them to say (`say`): which
// sentence fits the status, with its moments and durations put in as lib/format.ts writes
// them in the browser's language.

/** What the popup says about the schedule: a short title and one line of detail. */
export interface StatusText {
  title: Msg;
  detail: Msg;
}

/** The popup's words for the schedule at `now`. */
export function describeStatus(s: Status, now: number): StatusText {
  switch (s.phase) {
    case 'working':
      return {
        title: msg('status.title.working'),
        detail:
          s.nextBreakAt !== null
            ? msg('status.detail.working', { when: formatWhen(s.nextBreakAt, now), duration: formatDuration(s.workMs) })
            : msg('status.detail.onHold'),
      };
    case 'deferred':
      return s.waitingFor === 'audible'
        ? { title: msg('status.title.waitingSound'), detail: msg('status.detail.waitingSound') }
        : { title: msg('status.title.waitingFullscreen'), detail: msg('status.detail.waitingFullscreen') };
    case 'due':
      return { title: msg('status.title.due'), detail: msg('status.detail.due') };
    case 'snoozed':
      return {
        title: msg('status.title.snoozed'),
        detail: s.until !== null ? msg('status.detail.snoozedUntil', { when: formatWhen(s.until, now) }) : msg('status.detail.snoozed'),
      };
    case 'paused':
      return {
        title: msg('status.title.paused'),
        detail: s.until !== null ? msg('status.detail.pausedUntil', { when: formatWhen(s.until, now) }) : msg('status.detail.paused'),
      };
    case 'outsideHours':
      return {
        title: msg('status.title.outsideHours'),
        detail: s.until !== null ? msg('status.detail.outsideHoursUntil', { when: formatWhen(s.until, now) }) : msg('status.detail.outsideHours'),
      };
    case 'onBreak':
      return { title: msg('status.title.onBreak'), detail: msg('status.detail.onBreak') };
  }
}

/** The finish screen's line about the next break. */
export function describeNextBreak(s: Status | null, now: number): Msg {
  if (!s) return msg('status.nextBreak.unknown');
  switch (s.phase) {
    case 'working':
      return s.nextBreakAt !== null
        ? msg('status.nextBreak.at', { duration: formatDuration(s.nextBreakAt - now), when: formatWhen(s.nextBreakAt, now) })
        : msg('status.nextBreak.onHold', { duration: formatDuration(s.remainingMs) });
    case 'paused':
      return s.until !== null ? msg('status.nextBreak.pausedUntil', { when: formatWhen(s.until, now) }) : msg('status.nextBreak.paused');
    case 'outsideHours':
      return s.until !== null ? msg('status.nextBreak.hoursUntil', { when: formatWhen(s.until, now) }) : msg('status.nextBreak.hours');
    default:
      // The background may not have recorded the finish yet: a fresh cycle is coming.
      return msg('status.nextBreak.fresh', { duration: formatDuration(s.workMs) });
  }
}
