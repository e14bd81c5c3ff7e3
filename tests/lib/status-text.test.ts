import { describe, expect, it } from 'vitest';
import type { Status } from '../../lib/status';
import { say } from '../../lib/adapters/i18n';
import { describeNextBreak, describeStatus } from '../../lib/status-text';

const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
const MIN = 60_000;
const base: Status = {
  phase: 'working',
  user: 'active',
  remainingMs: 45 * MIN,
  workMs: 45 * MIN,
  nextBreakAt: T0 + 45 * MIN,
  until: null,
  canSnooze: false,
  snoozeMinutes: 5,
  snoozes: 0,
  waitingFor: null,
};

describe('status text', () => {
  it.each<[string, Partial<Status>, string, RegExp]>([
    ['working', {}, 'Next break in', /^Around 10:45\sAM, after 45 min of screen time\. Time away doesn’t count\.$/],
    ['away', { user: 'idle', nextBreakAt: null }, 'Next break in', /On hold/],
    ['waiting for fullscreen to end', { phase: 'deferred', nextBreakAt: null, waitingFor: 'fullscreen' }, 'Break waiting', /full screen/],
    ['waiting for a call to end', { phase: 'deferred', nextBreakAt: null, waitingFor: 'audible' }, 'Waiting: a tab is playing sound', /call or video ends/],
    ['due', { phase: 'due', nextBreakAt: null }, 'Time for a break', /mid back/],
    ['snoozed', { phase: 'snoozed', until: T0 + 5 * MIN }, 'Snoozed', /^The break comes back at 10:05\sAM\.$/],
    ['paused until tomorrow', { phase: 'paused', until: new Date(2026, 10, 17, 5, 0).getTime() }, 'Reminders paused', /^Until tomorrow 5:00\sAM\.$/],
    ['outside hours', { phase: 'outsideHours', until: new Date(2026, 10, 17, 9, 0).getTime() }, 'Outside working hours', /^Counting starts again tomorrow 9:00\sAM\.$/],
    ['outside hours, never again', { phase: 'outsideHours', until: null }, 'Outside working hours', /No counting/],
    ['on a break', { phase: 'onBreak', nextBreakAt: null }, 'On a break', /under way/],
  ])('%s', (_, patch, title, detail) => {
    const t = describeStatus({ ...base, ...patch }, T0);
    expect(say(t.title)).toBe(title);
    expect(say(t.detail)).toMatch(detail);
  });

  it.each<[string, Status | null, RegExp]>([
    ['not loaded', null, /next stretch/],
    ['counting', base, /^In 45 min, around 10:45\sAM\.$/],
    ['away', { ...base, user: 'idle', nextBreakAt: null, remainingMs: 20 * MIN }, /20 min more/],
    ['paused', { ...base, phase: 'paused', until: T0 + 30 * MIN }, /paused until 10:30\sAM/],
    ['outside hours', { ...base, phase: 'outsideHours', until: new Date(2026, 10, 17, 9, 0).getTime() }, /^When working hours start again, tomorrow 9:00\sAM\.$/],
    ['away for long', { ...base, user: 'idle', nextBreakAt: null, remainingMs: 65 * MIN }, /^After 1 h 5 min more of screen time\.$/],
    ['background not caught up yet', { ...base, phase: 'onBreak', nextBreakAt: null }, /After 45 min of screen time/],
  ])('next break when %s', (_, status, text) => {
    expect(say(describeNextBreak(status, T0))).toMatch(text);
  });
});
