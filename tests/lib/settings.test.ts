import { describe, expect, it } from 'vitest';
import { checkHeadsUp, checkNumber, checkWorkingHours, defaultSettings, parseSettings, validateSettings } from '../../lib/settings';
import { noWorkingHours, weekdaysNineToFive } from '../../lib/working-hours';

describe('defaults', () => {
  it('follow the content facts: 45 minutes, 5-minute snooze, 5-minute natural break', () => {
    expect(defaultSettings()).toMatchObject({ workMinutes: 45, snoozeMinutes: 5, naturalBreakMinutes: 5, maxSnoozes: 3, headsUpSeconds: 0 });
    expect(defaultSettings().workingHours.enabled).toBe(false);
    expect(validateSettings(defaultSettings())).toEqual({});
  });
});

describe('field checks name the field and the range', () => {
  it.each<[Parameters<typeof checkNumber>[0], unknown, string | null]>([
    ['workMinutes', 45, null],
    ['workMinutes', 9, 'Work interval must be a whole number from 10 to 180 minutes.'],
    ['workMinutes', 181, 'Work interval must be a whole number from 10 to 180 minutes.'],
    ['workMinutes', 45.5, 'Work interval must be a whole number from 10 to 180 minutes.'],
    ['workMinutes', '45', 'Work interval must be a whole number from 10 to 180 minutes.'],
    ['workMinutes', Number.NaN, 'Work interval must be a whole number from 10 to 180 minutes.'],
    ['snoozeMinutes', 0, 'Snooze length must be a whole number from 1 to 30 minutes.'],
    ['maxSnoozes', 0, null],
    ['maxSnoozes', 11, 'Snoozes in a row must be a whole number from 0 to 10 snoozes.'],
    ['naturalBreakMinutes', 1, 'Natural break after must be a whole number from 2 to 30 minutes.'],
  ])('%s = %s', (field, value, error) => {
    expect(checkNumber(field, value)).toBe(error);
  });

  it.each<[unknown, boolean]>([[0, true], [10, true], [300, true], [5, false], [301, false], [-1, false], [null, false]])(
    'heads-up %s valid: %s',
    (value, ok) => expect(checkHeadsUp(value) === null).toBe(ok),
  );
});

describe('working hours', () => {
  const day = (ranges: { start: number; end: number }[], index = 1) => {
    const wh = noWorkingHours();
    wh.enabled = true;
    wh.days[index] = ranges;
    return wh;
  };
  it.each<[string, unknown, RegExp | null]>([
    ['weekdays 9–17', weekdaysNineToFive(), null],
    ['a night shift across midnight', day([{ start: 1320, end: 360 }]), null],
    ['two ranges in a day', day([{ start: 480, end: 720 }, { start: 780, end: 1020 }]), null],
    ['an empty range', day([{ start: 600, end: 600 }]), /different time/],
    ['overlapping ranges', day([{ start: 480, end: 720 }, { start: 700, end: 900 }]), /overlaps/],
    ['a night shift running into the next morning’s range', { ...day([{ start: 1320, end: 480 }]), days: day([{ start: 1320, end: 480 }]).days.map((d, i) => (i === 2 ? [{ start: 420, end: 600 }] : d)) }, /overlaps/],
    ['Saturday night into Sunday morning', { ...day([{ start: 1320, end: 120 }], 6), days: day([{ start: 1320, end: 120 }], 6).days.map((d, i) => (i === 0 ? [{ start: 60, end: 300 }] : d)) }, /overlaps/],
    ['a start past 23:59', day([{ start: 1440, end: 60 }]), /start from 00:00/],
    ['a fractional minute', day([{ start: 480.5, end: 600 }]), /start from 00:00/],
    ['six days only', { enabled: true, days: [[], [], [], [], [], []] }, /7 days/],
    ['on with no ranges at all', { enabled: true, days: [[], [], [], [], [], [], []] }, /no day has a time range/],
    ['off with no ranges', noWorkingHours(), null],
  ])('%s', (_name, value, error) => {
    const errors = checkWorkingHours(value);
    if (error === null) expect(errors).toEqual([]);
    else expect(errors.join(' ')).toMatch(error);
  });
});

describe('parseSettings', () => {
  it('keeps valid fields and defaults the rest', () => {
    const parsed = parseSettings({ workMinutes: 30, snoozeMinutes: 'five', promptStyle: 'shout', badgeCountdown: false });
    expect(parsed).toEqual({ ...defaultSettings(), workMinutes: 30, badgeCountdown: false });
  });

  it.each([undefined, null, 'x', 42, [], { workingHours: { enabled: 'yes' } }])('never throws on %s', (raw) => {
    expect(validateSettings(parseSettings(raw))).toEqual({});
  });

  it('does not share arrays with what it read', () => {
    const raw = { ...defaultSettings(), workingHours: weekdaysNineToFive() };
    const parsed = parseSettings(raw);
    raw.workingHours.days[1].push({ start: 0, end: 60 });
    expect(parsed.workingHours.days[1]).toHaveLength(1);
  });
});
