import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  customRoutinesItem,
  loadCustomRoutines,
  readCustomRoutines,
  updateCustomRoutineList,
} from '../../../lib/adapters/custom-routines-item';
import { NewerVersionError } from '../../../lib/versioned';

const mine = (id: string, name: string, seconds = 30) => ({
  id,
  name,
  steps: [{ movement: 'wall-angels', seconds }],
  allowFloor: false,
});

beforeEach(() => fakeBrowser.reset());

describe('the custom routines write path', () => {
  it('saves a valid routine, read back as stored (with its version)', async () => {
    const result = await updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine') });
    expect(result.ok).toBe(true);
    expect(await loadCustomRoutines()).toEqual([mine('custom-a', 'Mine')]);
    expect(await customRoutinesItem.item.getValue()).toMatchObject({ v: 1 });
  });

  it('writes nothing on a bad value, and says which step and the range', async () => {
    await updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine') });
    const result = await updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine', 200) });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'seconds', step: 1 }] });
    expect(await loadCustomRoutines()).toEqual([mine('custom-a', 'Mine')]);
  });

  it('runs changes one at a time, each against the latest list', async () => {
    await Promise.all([
      updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'A') }),
      updateCustomRoutineList({ kind: 'save', routine: mine('custom-b', 'B') }),
      updateCustomRoutineList({ kind: 'save', routine: mine('custom-c', 'C') }),
    ]);
    expect((await loadCustomRoutines()).map((r) => r.id)).toEqual(['custom-a', 'custom-b', 'custom-c']);
    await updateCustomRoutineList({ kind: 'remove', id: 'custom-b' });
    expect((await loadCustomRoutines()).map((r) => r.id)).toEqual(['custom-a', 'custom-c']);
  });

  it('never overwrites a newer version’s list', async () => {
    await customRoutinesItem.item.setValue({ v: 9, routines: 'future' });
    expect(await readCustomRoutines()).toEqual({ routines: [], newer: true });
    await expect(updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine') })).rejects.toThrow(NewerVersionError);
    expect(await customRoutinesItem.item.getValue()).toEqual({ v: 9, routines: 'future' });
  });
});
