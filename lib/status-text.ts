import { formatDuration, formatWhen } from './format';
import type { Status } from './status';

/** What the popup says about the schedule: a short title and one line of detail. */
export interface StatusText {
  title: string;
  detail: string;
}

/** The popup's words for the schedule at `now`. */
export function describeStatus(s: Status, now: number): StatusText {
  switch (s.phase) {
    case 'working':
      return s.nextBreakAt !== null
        ? {
            title: 'Next break in',
            detail: `Around ${formatWhen(s.nextBreakAt, now)}, after ${formatDuration(s.workMs)} of screen time. Time away doesn’t count.`,
          }
        : { title: 'Next break in', detail: 'On hold while you are away from the screen.' };
    case 'deferred':
      return s.waitingFor === 'audible'
        ? { title: 'Waiting: a tab is playing sound', detail: 'The break comes when the call or video ends.' }
        : { title: 'Break waiting', detail: 'You are in full screen. The break comes when you leave it.' };
    case 'due':
      return { title: 'Time for a break', detail: 'One minute for your mid back and shoulders.' };
    case 'snoozed':
      return { title: 'Snoozed', detail: s.until !== null ? `The break comes back at ${formatWhen(s.until, now)}.` : 'The break comes back soon.' };
    case 'paused':
      return { title: 'Reminders paused', detail: s.until !== null ? `Until ${formatWhen(s.until, now)}.` : 'Until you resume them.' };
    case 'outsideHours':
      return {
        title: 'Outside working hours',
        detail: s.until !== null ? `Counting starts again ${formatWhen(s.until, now)}.` : 'No counting outside your working hours.',
      };
    case 'onBreak':
      return { title: 'On a break', detail: 'Your routine is under way.' };
  }
}

/** The finish screen's line about the next break. */
export function describeNextBreak(s: Status | null, now: number): string {
  if (!s) return 'After your next stretch of screen time.';
  switch (s.phase) {
    case 'working':
      return s.nextBreakAt !== null
        ? `In ${formatDuration(s.nextBreakAt - now)}, around ${formatWhen(s.nextBreakAt, now)}.`
        : `After ${formatDuration(s.remainingMs)} more of screen time.`;
    case 'paused':
      return s.until !== null ? `Reminders are paused until ${formatWhen(s.until, now)}.` : 'Reminders are paused.';
    case 'outsideHours':
      return s.until !== null ? `When working hours start again, ${formatWhen(s.until, now)}.` : 'When working hours start again.';
    default:
      // The background may not have recorded the finish yet: a fresh cycle is coming.
      return `After ${formatDuration(s.workMs)} of screen time.`;
  }
}
