import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInsItem } from '../../lib/adapters/checkin-items';
import { customRoutinesItem } from '../../lib/adapters/custom-routines-item';
import { checklistItem } from '../../lib/adapters/checklist-items';
import { programmeItem } from '../../lib/adapters/programme-item';
import { routineProgressVersioned } from '../../lib/adapters/routine-items';
import { safetyNoteSeenItem } from '../../lib/adapters/safety-items';
import { scheduleItem } from '../../lib/adapters/schedule-item';
import { settingsItem } from '../../lib/adapters/settings-item';
import { historyItem } from '../../lib/adapters/storage-items';
import { readItem, removeItem, writeItem, type VersionedItem } from '../../lib/adapters/versioned-item';
import { initialScheduleState } from '../../lib/schedule-state';
import { defaultSettings } from '../../lib/settings-parse';
import { NewerVersionError } from '../../lib/versioned';

// Every stored item, read through its migration chain: an old shape is brought up to date,
// a newer version's value is never read as ours and never overwritten.
const NOW = 1_800_000_000_000;
type Any = VersionedItem<unknown, number | undefined>;
const items: [name: string, item: Any, old: unknown, current: unknown][] = [
  ['settings (sync)', settingsItem as Any, { workMinutes: 30 }, { ...defaultSettings(), v: 2 }],
  ['schedule state', scheduleItem as Any, (({ today: _t, ...v1 }) => ({ ...v1, v: 1 }))(initialScheduleState(NOW)), initialScheduleState(NOW)],
  ['history', historyItem as Any, [{ kind: 'skipped', at: NOW - 1 }], { v: 4, events: [], days: [] }],
  ['check-ins', checkInsItem as Any, undefined, { v: 1, entries: [], skippedDay: null }],
  [
    'routine progress',
    routineProgressVersioned as Any,
    { v: 1, routineId: 'desk-60', beganAt: NOW, startedAt: NOW, pauses: [], seenAt: NOW },
    { v: 3, routineId: 'desk-60', beganAt: NOW, startedAt: NOW, pauses: [], seenAt: NOW, pending: false, done: [], runFrom: 0 },
  ],
  ['checklist', checklistItem as Any, undefined, { v: 1, ticked: [], reviewedAt: null }],
  [
    'custom routines (sync)',
    customRoutinesItem as Any,
    undefined,
    { v: 1, choice: 'custom-a1', routines: [{ id: 'custom-a1', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false }] },
  ],
  ['safety note', safetyNoteSeenItem as Any, true, { v: 2, seen: true }],
  ['8-week programme', programmeItem as Any, undefined, { v: 1, startDay: '2027-01-11', repeats: [2], completed: ['2027-01-11', '2027-01-13'] }],
];

beforeEach(() => fakeBrowser.reset());

describe.each(items)('%s', (_name, item, old, current) => {
  it.skipIf(old === undefined)('an old shape is migrated when read', async () => {
    await item.item.setValue(old);
    expect(await readItem(item, NOW)).toMatchObject({ outcome: 'migrated' });
  });

  it('the current shape reads back as written', async () => {
    await writeItem(item, current);
    expect(await readItem(item, NOW)).toEqual({ value: expect.anything(), outcome: 'ok' });
  });

  it('a newer version is never read as ours, nor overwritten, nor removed', async () => {
    const newer = { v: 99, fromTheFuture: true };
    await item.item.setValue(newer);
    expect((await readItem(item, NOW)).outcome).toBe('newer');
    if (item.shadow) {
      // Machine-local bookkeeping goes on in the session, beside the newer value.
      await writeItem(item, current);
      expect((await readItem(item, NOW)).outcome).toBe('ok');
      await removeItem(item);
    } else {
      await expect(writeItem(item, current)).rejects.toThrow(NewerVersionError);
      await expect(removeItem(item)).rejects.toThrow(NewerVersionError);
    }
    expect(await item.item.getValue()).toEqual(newer);
  });
});
