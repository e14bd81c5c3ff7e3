import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  customRoutinesItem,
  loadCustomRoutines,
  chooseBreakRoutine,
  readCustomRoutines,
  updateCustomRoutineList,
} from '../../../lib/adapters/custom-routines-item';
import { NewerVersionError } from '../../../lib/versioned';
import { sayPhrase } from '../../../lib/adapters/phrases';
import type { CustomError } from '../../../lib/custom-routine';

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
    expect(await readCustomRoutines()).toEqual({ routines: [], choice: 'desk', newer: true });
    await expect(chooseBreakRoutine('standing')).rejects.toThrow(NewerVersionError);
    await expect(updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine') })).rejects.toThrow(NewerVersionError);
    expect(await customRoutinesItem.item.getValue()).toEqual({ v: 9, routines: 'future' });
  });

  it('stores the routine chosen for breaks with the list, and keeps it through the list’s changes', async () => {
    expect((await readCustomRoutines()).choice).toBe('desk');
    await updateCustomRoutineList({ kind: 'save', routine: mine('custom-a', 'Mine') });
    expect(await chooseBreakRoutine('custom-a')).toEqual({ ok: true, choice: 'custom-a' });
    await updateCustomRoutineList({ kind: 'save', routine: mine('custom-b', 'Other') });
    expect(await customRoutinesItem.item.getValue()).toEqual({ v: 1, choice: 'custom-a', routines: [mine('custom-a', 'Mine'), mine('custom-b', 'Other')] });
    expect(await chooseBreakRoutine('rotation')).toEqual({ ok: true, choice: 'rotation' });
    expect(await readCustomRoutines()).toMatchObject({ choice: 'rotation', routines: [mine('custom-a', 'Mine'), mine('custom-b', 'Other')] });
  });

  it('refuses a choice that is not one, naming the field and the values it allows, and writes nothing', async () => {
    await chooseBreakRoutine('standing');
    for (const bad of ['Desk', 'custom-', 'custom-ABC', 3, null]) {
      const result = await chooseBreakRoutine(bad);
      expect(result).toMatchObject({ ok: false, errors: [{ field: 'choice', message: { key: 'custom.check.breakRoutine' } }] });
      expect(sayPhrase((result as { errors: CustomError[] }).errors[0].message)).toMatch(/^“Routine for breaks” must be one of: .*, or one of your own routines\.$/);
    }
    expect(await customRoutinesItem.item.getValue()).toEqual({ v: 1, choice: 'standing', routines: [] });
  });
});
