import { describe, expect, it } from 'vitest';
import { sayPhrase } from '../../lib/adapters/phrases';
import type { Phrase } from '../../lib/phrase';
import {
  clockIn,
  draftFromWorkingHours,
  parseHeadsUp as parseHeadsUpPhrase,
  parseNumberField as parseNumberFieldPhrase,
  parseRange as parseRangePhrase,
  parseWorkingHours,
  savedMessage as savedPhrase,
  suggestRange,
  type FieldResult,
  type RangeDraft,
  type WorkingHoursDraft,
} from '../../lib/settings-form';
import type { WholeSetting } from '../../lib/settings-fields';
import { weekdaysNineToFive } from '../../lib/working-hours';

// The messages as the page says them: in English, the tests' browser's language, where
// times are on a 12-hour clock (whitespace made plain, since Intl may use a narrow space).
const say = (p: Phrase | undefined) => p && sayPhrase(p).replace(/\s/g, ' ');
const said = <T,>(r: FieldResult<T>) => (r.ok ? r : { ok: false as const, error: say(r.error)! });
const parseNumberField = (field: WholeSetting, text: string) => said(parseNumberFieldPhrase(field, text));
const parseHeadsUp = (enabled: boolean, text: string) => said(parseHeadsUpPhrase(enabled, text));
const savedMessage = (name: Parameters<typeof savedPhrase>[0], value: never) => say(savedPhrase(name, value));
const parseRange = (draft: RangeDraft, where: string) => {
  const { range, errors } = parseRangePhrase(draft, where);
  return { range, errors: Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, say(e)])) as Record<'start' | 'end' | 'range', string | undefined> };
};

describe('parseNumberField', () => {
  it.each<[string, WholeSetting, string, RegExp]>([
    ['empty', 'workMinutes', '', /Work interval is empty/],
    ['only spaces', 'workMinutes', '   ', /Work interval is empty/],
    ['NaN', 'workMinutes', 'NaN', /Work interval must be a number/],
    ['a word', 'snoozeMinutes', 'five', /Snooze length must be a number/],
    ['digits then letters', 'workMinutes', '12abc', /must be a number/],
    ['exponent notation', 'workMinutes', '1e2', /must be a number/],
    ['hex', 'workMinutes', '0x20', /must be a number/],
    ['Infinity', 'workMinutes', 'Infinity', /must be a number/],
    ['negative', 'maxSnoozes', '-1', /Snoozes in a row can't be negative/],
    ['negative fraction', 'workMinutes', '-2.5', /can't be negative/],
    ['fractional', 'workMinutes', '45.5', /must be a whole number, without decimals/],
    ['fractional below one', 'snoozeMinutes', '.5', /whole number/],
    ['below the minimum', 'workMinutes', '9', /Work interval is out of range/],
    ['above the maximum', 'workMinutes', '181', /out of range/],
    ['huge', 'workMinutes', '99999999999999999999999', /out of range/],
    ['beyond a double', 'workMinutes', '9'.repeat(400), /must be a number/],
    ['zero where 1 is the minimum', 'snoozeMinutes', '0', /out of range/],
    ['natural break too short', 'naturalBreakMinutes', '1', /Natural break after is out of range/],
  ])('refuses %s', (_name, field, text, message) => {
    const result = parseNumberField(field, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[WholeSetting, string]>([
    ['workMinutes', 'from 10 to 180 minutes'],
    ['snoozeMinutes', 'from 1 to 30 minutes'],
    ['maxSnoozes', 'from 0 to 10 snoozes'],
    ['naturalBreakMinutes', 'from 2 to 30 minutes'],
  ])('names the allowed range of %s in every message', (field, range) => {
    for (const text of ['', 'x', '-3', '2.5', '100000']) {
      const result = parseNumberField(field, text);
      expect(result.ok ? '' : result.error).toContain(range);
    }
  });

  it.each<[WholeSetting, string, number]>([
    ['workMinutes', '45', 45],
    ['workMinutes', ' 30 ', 30],
    ['workMinutes', '10', 10],
    ['workMinutes', '180', 180],
    ['workMinutes', '060', 60],
    ['workMinutes', '+20', 20],
    ['workMinutes', '45.0', 45],
    ['maxSnoozes', '0', 0],
    ['maxSnoozes', '-0', 0],
    ['snoozeMinutes', '30', 30],
    ['naturalBreakMinutes', '2', 2],
  ])('accepts %s = %j', (field, text, value) => {
    expect(parseNumberField(field, text)).toEqual({ ok: true, value });
  });

  it('returns -0 as a plain 0', () => {
    const result = parseNumberField('maxSnoozes', '-0');
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe('parseHeadsUp', () => {
  it.each<[boolean, string, number]>([
    [false, '', 0],
    [false, 'garbage', 0],
    [true, '10', 10],
    [true, '60', 60],
    [true, '300', 300],
  ])('enabled=%s, %j → %d', (enabled, text, value) => {
    expect(parseHeadsUp(enabled, text)).toEqual({ ok: true, value });
  });

  it.each<[string, RegExp]>([
    ['', /Heads-up before a break is empty/],
    ['9', /out of range/],
    ['0', /out of range/],
    ['301', /out of range/],
    ['30.5', /whole number/],
    ['-10', /negative/],
    ['soon', /must be a number/],
  ])('refuses %j when on, naming 10 to 300 seconds', (text, message) => {
    const result = parseHeadsUp(true, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toContain('from 10 to 300 seconds');
    }
  });
});

describe('savedMessage', () => {
  it.each<[Parameters<typeof savedMessage>[0], unknown, string]>([
    ['workMinutes', 30, 'Saved: Work interval 30 minutes.'],
    ['maxSnoozes', 0, 'Saved: Snoozes in a row 0 snoozes.'],
    ['headsUpSeconds', 0, 'Saved: Heads-up before a break: off.'],
    ['headsUpSeconds', 90, 'Saved: Heads-up before a break: 90 seconds.'],
    ['promptStyle', 'badge', 'Saved: When a break is due: Only mark the toolbar badge.'],
    ['pauseInFullscreen', false, 'Saved: Pause while the browser is fullscreen: off.'],
    ['stepSound', true, 'Saved: Play a sound at each routine step: on.'],
  ])('%s = %j', (name, value, text) => {
    expect(savedMessage(name, value as never)).toBe(text);
  });
});

describe('parseRange', () => {
  it.each<[string, string, string, { start: number; end: number }]>([
    ['a day shift', '09:00', '17:00', { start: 540, end: 1020 }],
    ['single-digit hour', '9:30', '17:05', { start: 570, end: 1025 }],
    ['to midnight as 24:00', '18:00', '24:00', { start: 1080, end: 1440 }],
    ['the whole day', '00:00', '24:00', { start: 0, end: 1440 }],
    ['a night shift across midnight', '22:00', '06:00', { start: 1320, end: 360 }],
    ['end before start (crosses midnight)', '17:00', '09:00', { start: 1020, end: 540 }],
    ['to midnight as 00:00', '18:00', '00:00', { start: 1080, end: 0 }],
    ['a 12-hour day shift', '9:00 AM', '5:30 PM', { start: 540, end: 1050 }],
    ['12-hour without minutes, in lower case', '9 am', '5 pm', { start: 540, end: 1020 }],
    ['12-hour with dots and spaces, as Spanish writes it', '8:15 a. m.', '4:45 p. m.', { start: 495, end: 1005 }],
    ['a narrow space before PM, as Intl writes it', '9:00\u202fAM', '5:00\u202fPM', { start: 540, end: 1020 }],
    ['noon', '12:00 PM', '12:30 PM', { start: 720, end: 750 }],
    ['midnight as an end on a 12-hour clock: the end of the day', '6:00 PM', '12:00 AM', { start: 1080, end: 1440 }],
    ['the whole day on a 12-hour clock', '12:00 AM', '12:00 AM', { start: 0, end: 1440 }],
    ['a 12-hour night shift', '10:00 PM', '6:00 AM', { start: 1320, end: 360 }],
  ])('accepts %s', (_name, start, end, range) => {
    expect(parseRange({ start, end }, 'Monday')).toEqual({ range, errors: {} });
  });

  it.each<[string, string, string, 'start' | 'end' | 'range', RegExp]>([
    ['empty start', '', '17:00', 'start', /start time is empty; enter a time from 12:00 AM to 11:59 PM, like 9:00 AM\./],
    ['empty end', '09:00', ' ', 'end', /end time is empty; enter a time, like 5:00 PM\./],
    ['not a time', 'nine', '17:00', 'start', /start must be a time from 12:00 AM to 11:59 PM, like 9:00 AM/],
    ['minutes over 59', '09:60', '17:00', 'start', /start must be a time/],
    ['hour over 24', '09:00', '25:00', 'end', /end must be a time, like 5:00 PM/],
    ['13 PM', '13:00 PM', '17:00', 'start', /start must be a time/],
    ['0 AM', '9:00', '0:30 am', 'end', /end must be a time/],
    ['24:00 as a start', '24:00', '06:00', 'start', /start must be a time/],
    ['24:30', '09:00', '24:30', 'end', /end must be a time/],
    ['no colon', '0900', '17:00', 'start', /start must be a time/],
    ['end equal to start', '09:00', '09:00', 'range', /end must differ from the start \(9:00 AM\)/],
    ['00:00 to 00:00', '00:00', '00:00', 'range', /must differ/],
    ['12 AM to 12 AM typed as a start and a 24:00', '12:00 AM', '00:00', 'range', /must differ/],
  ])('refuses %s', (_name, start, end, where, message) => {
    const { range, errors } = parseRange({ start, end }, 'Monday, range 1');
    expect(range).toBeNull();
    expect(errors[where]).toMatch(message);
    expect(errors[where]).toMatch(/^Monday, range 1: /);
  });
});

function draft(days: Partial<Record<number, [string, string][]>>, enabled = true): WorkingHoursDraft {
  return {
    enabled,
    days: Array.from({ length: 7 }, (_, d) => (days[d] ?? []).map(([start, end]) => ({ start, end }))),
  };
}

describe('parseWorkingHours', () => {
  it.each<[string, WorkingHoursDraft]>([
    ['off with no ranges', draft({}, false)],
    ['two ranges that touch', draft({ 1: [['09:00', '12:00'], ['12:00', '17:00']] })],
    ['a split day', draft({ 2: [['08:00', '12:00'], ['13:00', '17:30']] })],
    ['a night shift every weekday', draft({ 1: [['22:00', '06:00']], 2: [['22:00', '06:00']], 3: [['22:00', '06:00']] })],
    ['a night shift then a late start the next day', draft({ 1: [['22:00', '06:00']], 2: [['06:00', '10:00']] })],
    ['Saturday night into Sunday morning', draft({ 6: [['20:00', '04:00']], 0: [['10:00', '12:00']] })],
  ])('accepts %s', (_name, d) => {
    const result = parseWorkingHours(d);
    expect(result.invalid).toBe(false);
    expect(result.value?.enabled).toBe(d.enabled);
  });

  it.each<[string, WorkingHoursDraft, number, number, RegExp]>([
    ['overlapping ranges on one day', draft({ 1: [['09:00', '13:00'], ['12:00', '17:00']] }), 1, 1, /Monday: 12:00 PM–5:00 PM overlaps Monday 9:00 AM–1:00 PM/],
    ['a range inside another', draft({ 3: [['08:00', '18:00'], ['10:00', '11:00']] }), 3, 1, /overlaps/],
    ['a night shift running into the next morning’s range', draft({ 1: [['22:00', '07:00']], 2: [['06:00', '10:00']] }), 2, 0, /Tuesday: 6:00 AM–10:00 AM overlaps Monday 10:00 PM–7:00 AM/],
    ['Saturday night overlapping Sunday morning', draft({ 6: [['20:00', '04:00']], 0: [['03:00', '12:00']] }), 6, 0, /overlaps/],
    ['the same range twice', draft({ 5: [['09:00', '17:00'], ['09:00', '17:00']] }), 5, 1, /overlaps/],
  ])('refuses %s and puts the message on the later range', (_name, d, day, index, message) => {
    const result = parseWorkingHours(d);
    expect(result.invalid).toBe(true);
    expect(result.value).toBeNull();
    expect(say(result.errors[day][index].range)).toMatch(message);
  });

  it('marks a malformed range and still reports the others', () => {
    const result = parseWorkingHours(draft({ 1: [['09:00', 'xx']], 2: [['09:00', '17:00']] }));
    expect(result.invalid).toBe(true);
    expect(say(result.errors[1][0].end)).toMatch(/Monday, range 1: the end must be a time/);
    expect(result.errors[2][0]).toEqual({});
  });

  it('round-trips the weekday preset through its text form', () => {
    const preset = weekdaysNineToFive();
    expect(parseWorkingHours(draftFromWorkingHours(preset)).value).toEqual(preset);
  });

  it.each(['en', 'en-GB', 'de', 'es', 'es-MX'])('round-trips ranges written as %s writes times, midnight and night shifts included', (locale) => {
    const hours = { enabled: true, days: [[{ start: 0, end: 1440 }], [{ start: 540, end: 1020 }], [{ start: 1320, end: 360 }], [{ start: 1080, end: 1440 }], [], [{ start: 5, end: 725 }], [{ start: 720, end: 1439 }]] };
    const text = draftFromWorkingHours(hours, clockIn(locale));
    expect(parseWorkingHours(text).value).toEqual(hours);
  });

  it('writes the editor’s times as the language does, 12- or 24-hour', () => {
    const say = (locale: string) => {
      const { start, end } = draftFromWorkingHours(weekdaysNineToFive(), clockIn(locale)).days[1][0];
      return { start: start.replace(/\s/g, ' '), end: end.replace(/\s/g, ' ') };
    };
    expect(say('en')).toEqual({ start: '9:00 AM', end: '5:00 PM' });
    expect(say('de')).toEqual({ start: '09:00', end: '17:00' });
    expect(say('es')).toEqual({ start: '9:00', end: '17:00' });
    expect(draftFromWorkingHours({ enabled: true, days: [[{ start: 1080, end: 1440 }]] }, clockIn('de')).days[0][0].end).toBe('24:00');
  });

  it('refuses a seventh range in a day', () => {
    const seven = Array.from({ length: 7 }, (_, i) => [`0${i}:00`, `0${i}:30`] as [string, string]);
    expect(parseWorkingHours(draft({ 1: seven })).invalid).toBe(true);
  });
});

describe('suggestRange', () => {
  it.each([
    [[], { start: '09:00', end: '17:00' }],
    [[{ start: '09:00', end: '12:00' }], { start: '12:00', end: '13:00' }],
    [[{ start: '18:00', end: '23:30' }], { start: '23:30', end: '24:00' }],
    [[{ start: '20:00', end: '23:30' }, { start: '23:30', end: 'bad' }], { start: '09:00', end: '17:00' }],
    [[{ start: '22:00', end: '06:00' }], { start: '09:00', end: '17:00' }],
    [[{ start: '18:00', end: '24:00' }], { start: '09:00', end: '17:00' }],
  ])('after %j suggests %j', (existing, expected) => {
    expect(suggestRange(existing)).toEqual(expected);
  });
});
