import { describe, expect, it } from 'vitest';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { checkWorkingHours, defaultSettings, parseSettings, validateSettings, type Settings } from '../../lib/settings';
import { checkSetting as checkSettingPhrase } from '../../lib/settings';
import { SETTING_FIELDS, SETTING_NAMES, settingsOfKind, type SettingField, type SettingName } from '../../lib/settings-fields';
import { nameOf, SETTING_WORDS } from '../../lib/settings-words';
import { noWorkingHours, weekdaysNineToFive } from '../../lib/working-hours';

/** The check's message as the page says it (in English: the tests' browser speaks English). */
const checkSetting = (name: SettingName, value: unknown) => {
  const error = checkSettingPhrase(name, value);
  return error && sayPhrase(error);
};

describe('defaults', () => {
  it('follow the content facts: 45 minutes, 5-minute snooze, 5-minute natural break', () => {
    expect(defaultSettings()).toMatchObject({ workMinutes: 45, snoozeMinutes: 5, naturalBreakMinutes: 5, maxSnoozes: 3, headsUpSeconds: 0 });
    expect(defaultSettings().workingHours.enabled).toBe(false);
    expect(validateSettings(defaultSettings())).toEqual({});
  });

  it('are one per table entry, and each may be stored', () => {
    const defaults = defaultSettings();
    expect(Object.keys(defaults)).toEqual(SETTING_NAMES);
    for (const name of SETTING_NAMES) expect(checkSetting(name, defaults[name]), name).toBeNull();
  });

  it('share nothing with the table or each other', () => {
    defaultSettings().workingHours.days[1].push({ start: 0, end: 60 });
    expect(defaultSettings().workingHours).toEqual(noWorkingHours());
    expect(SETTING_FIELDS.workingHours.default).toEqual(noWorkingHours());
  });
});

describe('field checks name the field and the range', () => {
  it.each<[SettingName, unknown, string | null]>([
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
    ['headsUpSeconds', 5, 'Heads-up before a break must be off, or a whole number from 10 to 300 seconds.'],
    ['promptStyle', 'badge', null],
    [
      'promptStyle',
      'shout',
      '“When a break is due” must be one of: Show a notification and open the routine, Open the break window in front, with snooze and skip, Show a notification only, Only mark the toolbar badge.',
    ],
    ['stepSound', 'yes', '“Play a sound at each routine step” must be on or off.'],
    ['badgeCountdown', undefined, '“Show a countdown on the toolbar badge” must be on or off.'],
    ['workingHours', { enabled: true, days: [] }, 'Working hours need an entry for each of the 7 days.'],
  ])('%s = %s', (field, value, error) => {
    expect(checkSetting(field, value)).toEqual(error);
  });

  it.each<[unknown, boolean]>([[0, true], [10, true], [300, true], [5, false], [301, false], [-1, false], [null, false]])(
    'heads-up %s valid: %s',
    (value, ok) => expect(checkSetting('headsUpSeconds', value) === null).toBe(ok),
  );

  // Every entry of the table, at and just past its limits, so a new setting is checked without a new test.
  it.each(settingsOfKind('whole'))('%s takes its whole-number range and nothing past it', (name) => {
    const { min, max } = SETTING_FIELDS[name];
    for (const ok of [min, max]) expect(checkSetting(name, ok)).toBeNull();
    for (const bad of [min - 1, max + 1, min + 0.5, String(min), null]) expect(checkSetting(name, bad)).toMatch(new RegExp(`^${t(nameOf(name))} must be`));
  });

  it.each(settingsOfKind('flag'))('%s is on or off', (name) => {
    for (const ok of [true, false]) expect(checkSetting(name, ok)).toBeNull();
    for (const bad of [0, 'true', null, undefined]) expect(checkSetting(name, bad)).toBe(`“${t(SETTING_WORDS[name].label)}” must be on or off.`);
  });

  it.each(settingsOfKind('choice'))('%s takes each of its options and nothing else', (name) => {
    for (const option of SETTING_FIELDS[name].options) expect(checkSetting(name, option)).toBeNull();
    for (const bad of ['', 'constructor', 'toString', 1, null]) expect(checkSetting(name, bad)).toMatch(/must be one of/);
  });

  it('messages name a number by its label without the unit, which the message states with the range', () => {
    expect(t(SETTING_WORDS.workMinutes.label)).toBe('Work interval (minutes)');
    expect(t(nameOf('workMinutes'))).toBe('Work interval');
    expect(t(nameOf('maxSnoozes'))).toBe('Snoozes in a row');
  });
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
    ['a start past 23:59', day([{ start: 1440, end: 60 }]), /^Monday: each range needs a start and an end within the day, in whole minutes\.$/],
    ['a fractional minute', day([{ start: 480.5, end: 600 }]), /within the day, in whole minutes/],
    ['an empty range, with its time', day([{ start: 600, end: 600 }]), /^Monday: a range must end at a different time than it starts \(10:00 AM\)\.$/],
    ['overlapping ranges, named by day and times', day([{ start: 480, end: 720 }, { start: 700, end: 900 }]), /^Monday: 11:40 AM–3:00 PM overlaps Monday 8:00 AM–12:00 PM\.$/],
    ['six days only', { enabled: true, days: [[], [], [], [], [], []] }, /7 days/],
    ['on with no ranges at all', { enabled: true, days: [[], [], [], [], [], [], []] }, /no day has a time range/],
    ['off with no ranges', noWorkingHours(), null],
  ])('%s', (_name, value, error) => {
    const errors = checkWorkingHours(value);
    if (error === null) expect(errors).toEqual([]);
    else expect(errors.map((e) => sayPhrase(e)).join(' ').replace(/\s/g, ' ')).toMatch(error);
  });
});

describe('parseSettings', () => {
  it('keeps valid fields and defaults the rest', () => {
    const parsed = parseSettings({ workMinutes: 30, snoozeMinutes: 'five', promptStyle: 'shout', badgeCountdown: false });
    expect(parsed).toEqual({ ...defaultSettings(), workMinutes: 30, badgeCountdown: false });
  });

  /** A valid value other than the default for every field, drawn from the table. */
  const notDefaults = Object.fromEntries(
    SETTING_NAMES.map((name) => {
      const field: SettingField = SETTING_FIELDS[name];
      switch (field.kind) {
        case 'whole':
        case 'offOrWhole':
          return [name, field.max];
        case 'choice':
          return [name, field.options.find((o) => o !== field.default)];
        case 'flag':
          return [name, !field.default];
        case 'hours':
          return [name, weekdaysNineToFive()];
      }
    }),
  ) as Settings;

  it.each(SETTING_NAMES)('a bad %s falls back to its default and the other fields are kept', (name) => {
    expect(validateSettings(notDefaults)).toEqual({});
    expect(parseSettings({ ...notDefaults, [name]: { not: 'valid' } })).toEqual({ ...notDefaults, [name]: defaultSettings()[name] });
  });

  it('drops fields it does not know', () => {
    expect(parseSettings({ ...notDefaults, volume: 11, v: 2 })).toEqual(notDefaults);
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
