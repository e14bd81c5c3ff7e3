import fc from 'fast-check';
import { checkWorkingHours, type Settings } from '../../../lib/settings';
import { SETTING_FIELDS, SETTING_NAMES, type SettingField } from '../../../lib/settings-fields';
import type { TimeRange, WorkingHours } from '../../../lib/working-hours';

/** One day's ranges: sorted, non-overlapping spans inside the day, sometimes ending in a night shift. */
const dayRanges: fc.Arbitrary<TimeRange[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 1439 })))
  .map(([points, overnightEnd]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length && ranges.length < 3; i += 2) {
      if (sorted[i] < 1440) ranges.push({ start: sorted[i], end: sorted[i + 1] });
    }
    const lastEnd = ranges.length ? ranges[ranges.length - 1].end : 0;
    if (overnightEnd !== null && lastEnd < 1439 && overnightEnd < lastEnd + 1) {
      ranges.push({ start: Math.max(lastEnd, 1), end: overnightEnd }); // crosses midnight
    }
    return ranges;
  });

/** Valid working hours (overlaps across days are filtered out with the real rule). */
export const workingHoursArb: fc.Arbitrary<WorkingHours> = fc
  .record({ enabled: fc.boolean(), days: fc.array(dayRanges, { minLength: 7, maxLength: 7 }) }, { noNullPrototype: true })
  .filter((wh) => checkWorkingHours(wh).length === 0);

/** Every value a field of this kind may store. */
function valueArb(field: SettingField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'whole':
      return fc.integer({ min: field.min, max: field.max });
    case 'offOrWhole':
      return fc.oneof(fc.constant(0), fc.integer({ min: field.min, max: field.max }));
    case 'choice':
      return fc.constantFrom(...field.options);
    case 'flag':
      return fc.boolean();
    case 'hours':
      return workingHoursArb;
  }
}

/** Any settings object that may be stored, drawn from the field table. */
export const settingsArb = fc.record(
  Object.fromEntries(SETTING_NAMES.map((name) => [name, valueArb(SETTING_FIELDS[name])])),
  { noNullPrototype: true },
) as fc.Arbitrary<Settings>;


/** Anything at all, JSON-shaped or not, including values one edit away from valid settings. */
export const anySettingsLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  settingsArb.chain((s) =>
    fc
      .record({ key: fc.constantFrom(...Object.keys(s)), value: fc.anything() })
      .map(({ key, value }) => ({ ...s, [key]: value })),
  ),
);
