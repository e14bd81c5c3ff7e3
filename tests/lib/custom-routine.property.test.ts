import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sayPhrase } from '../../lib/adapters/phrases';
import {
  CUSTOM_LIMITS,
  CUSTOM_ROUTINES_SHAPE,
  parseCustomRoutine,
  parseStoredRoutines,
  routineForBreak,
  STANDING_ROUTINE_ID,
  storedCustomRoutines,
  toRoutine,
  totalSeconds,
  updateCustomRoutines,
  type CustomChange,
  type CustomRoutine,
  type StoredCustomRoutine,
  isBreakChoice,
} from '../../lib/custom-routine';
import { fitsABreak, MOVEMENT_IDS, MOVEMENTS, type Movement } from '../../lib/movements';
import { DESK_ROUTINE_ID } from '../../lib/routine-progress';
import { holdSlotMs, repMs } from '../../lib/routine-guide';
import { readShape } from '../../lib/versioned';

// Properties of your own routines: what is valid reads back as itself, what isn't is
// refused with errors and never throws, a change to the list is made whole or not at all,
// and playing one keeps every step it can and fits each plan to its seconds.

const idArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 24 }).map((s) => `custom-${s}`);

/** A valid name: any characters but control ones, trimmed, 1–40 code points. */
const nameArb = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, '').trim())
  .filter((s) => s.length > 0);

const routineArb: fc.Arbitrary<CustomRoutine> = fc.boolean().chain((allowFloor) => {
  const fit = MOVEMENT_IDS.filter((id) => fitsABreak(MOVEMENTS[id], { floorAllowed: allowFloor }));
  return fc.record({
    id: idArb,
    name: nameArb,
    steps: fc.uniqueArray(fc.constantFrom(...fit), { minLength: 1, maxLength: 6 }).chain((ids) =>
      fc.tuple(...ids.map((movement) => fc.integer({ min: 10, max: 120 }).map((seconds) => ({ movement, seconds })))),
    ),
    allowFloor: fc.constant(allowFloor),
  });
});

const sameName = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** A list the editor could have saved: ids and names distinct, at most the limit. */
const listArb = fc.uniqueArray(routineArb, { maxLength: CUSTOM_LIMITS.routines, selector: (r) => r.id }).map((list) =>
  list.filter((r, i) => list.findIndex((o) => sameName(o.name, r.name)) === i),
);

/** One field of a valid routine spoiled in a way that is surely invalid. */
const spoiled: fc.Arbitrary<[string, (r: CustomRoutine) => unknown]> = fc.oneof(
  fc.integer({ min: -1000, max: 9 }).map((s): [string, (r: CustomRoutine) => unknown] => ['seconds', (r) => ({ ...r, steps: r.steps.map((x, i) => (i === 0 ? { ...x, seconds: s } : x)) })]),
  fc.integer({ min: 121, max: 100_000 }).map((s): [string, (r: CustomRoutine) => unknown] => ['seconds', (r) => ({ ...r, steps: r.steps.map((x, i) => (i === 0 ? { ...x, seconds: s } : x)) })]),
  fc.double({ min: 10, max: 120, noInteger: true }).map((s): [string, (r: CustomRoutine) => unknown] => ['seconds', (r) => ({ ...r, steps: r.steps.map((x, i) => (i === 0 ? { ...x, seconds: s } : x)) })]),
  fc.string({ minLength: 41, maxLength: 80 }).filter((s) => [...s.trim()].length > 40).map((n): [string, (r: CustomRoutine) => unknown] => ['name', (r) => ({ ...r, name: n })]),
  fc.constantFrom(' ', '', '\n', '\t \u00a0').map((n): [string, (r: CustomRoutine) => unknown] => ['name', (r) => ({ ...r, name: n })]),
  fc.tuple(nameArb, fc.constantFrom('\n', '\u0007', '\u007f', '\r', '\u2028', '\u2029', '\u0085'), nameArb).map(([a, c, b]): [string, (r: CustomRoutine) => unknown] => ['name', (r) => ({ ...r, name: `${a}${c}${b}` })]),
  fc.constant<[string, (r: CustomRoutine) => unknown]>(['steps', (r) => ({ ...r, steps: [] })]),
  fc.constant<[string, (r: CustomRoutine) => unknown]>(['steps', (r) => ({ ...r, steps: MOVEMENT_IDS.slice(0, 7).map((movement) => ({ movement, seconds: 20 })) })]),
  fc.string().filter((s) => !(s in MOVEMENTS)).map((m): [string, (r: CustomRoutine) => unknown] => ['movement', (r) => ({ ...r, steps: [{ movement: m, seconds: 20 }] })]),
  fc.constant<[string, (r: CustomRoutine) => unknown]>(['movement', (r) => ({ ...r, allowFloor: false, steps: [{ movement: 'dead-bugs', seconds: 20 }] })]),
  fc.constant<[string, (r: CustomRoutine) => unknown]>(['movement', (r) => ({ ...r, steps: [r.steps[0], r.steps[0]] })]),
  fc.anything().filter((v) => typeof v !== 'boolean').map((v): [string, (r: CustomRoutine) => unknown] => ['allowFloor', (r) => ({ ...r, allowFloor: v })]),
  fc.string().filter((s) => !/^custom-[a-z0-9]{1,24}$/.test(s)).map((id): [string, (r: CustomRoutine) => unknown] => ['id', (r) => ({ ...r, id })]),
);

/** Any value, and routines with any one field replaced by any value. */
const anyInput = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.tuple(routineArb, fc.constantFrom('id', 'name', 'steps', 'allowFloor'), fc.anything()).map(([r, field, v]) => ({ ...r, [field]: v })),
  fc.tuple(routineArb, fc.nat(5), fc.constantFrom('movement', 'seconds'), fc.anything()).map(([r, i, field, v]) => ({
    ...r,
    steps: r.steps.map((s, j) => (j === i % r.steps.length ? { ...s, [field]: v } : s)),
  })),
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Every error can be said in full: a key of the custom block, every placeholder filled. */
function expectSayable(errors: { message: Parameters<typeof sayPhrase>[0] }[]): void {
  for (const e of errors) {
    expect(e.message.key.startsWith('custom.check.')).toBe(true);
    const text = sayPhrase(e.message);
    expect(text).not.toMatch(/\{[A-Za-z]+\}/);
    expect(text.length).toBeGreaterThan(0);
  }
}

describe('checking a routine', () => {
  it('any valid routine parses back to itself, also through JSON and storage', () => {
    fc.assert(
      fc.property(routineArb, (r) => {
        expect(parseCustomRoutine(r)).toEqual({ ok: true, routine: r });
        expect(parseCustomRoutine(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, routine: r });
        const stored = JSON.parse(JSON.stringify(storedCustomRoutines([r])));
        expect(readShape(stored, CUSTOM_ROUTINES_SHAPE, undefined)).toEqual({ value: { choice: 'desk', routines: [r] }, outcome: 'ok' });
      }),
      { numRuns: 300 },
    );
  });

  it('a routine with a field spoiled is refused, with an error at that field', () => {
    fc.assert(
      fc.property(routineArb, spoiled, (r, [field, spoil]) => {
        const result = parseCustomRoutine(spoil(r));
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.errors.map((e) => e.field)).toContain(field);
          expectSayable(result.errors);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any input returns a valid routine or errors, and never throws', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const result = parseCustomRoutine(raw);
        if (result.ok) expect(parseCustomRoutine(result.routine)).toEqual(result);
        else {
          expect(result.errors.length).toBeGreaterThan(0);
          expectSayable(result.errors);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('changing the list', () => {
  const changeArb = (list: readonly StoredCustomRoutine[]): fc.Arbitrary<CustomChange> => {
    const ids = fc.oneof(fc.constantFrom(...list.map((r) => r.id), 'custom-none'), idArb);
    return fc.oneof(
      routineArb.map((routine) => ({ kind: 'save' as const, routine })),
      // An edit of one already there, sometimes spoiled, sometimes named like another.
      ...(list.length > 0
        ? [
            fc.tuple(fc.constantFrom(...list), routineArb, spoiled, fc.boolean()).map(([old, r, [, spoil], bad]) => ({ kind: 'save' as const, routine: bad ? spoil({ ...r, id: old.id }) : { ...r, id: old.id } })),
            fc.tuple(fc.constantFrom(...list), routineArb).map(([other, r]) => ({ kind: 'save' as const, routine: { ...r, name: other.name.toUpperCase() } })),
          ]
        : []),
      anyInput.map((routine) => ({ kind: 'save' as const, routine })),
      ids.map((id) => ({ kind: 'remove' as const, id })),
      fc.tuple(ids, fc.oneof(fc.integer({ min: -3, max: 8 }), fc.double())).map(([id, to]) => ({ kind: 'move' as const, id, to })),
    );
  };

  it('a change is made whole, exactly as asked, or refused with errors; the list passed in never changes', () => {
    fc.assert(
      fc.property(
        listArb.chain((list) => fc.tuple(fc.constant(list), changeArb(list))),
        ([list, change]) => {
          const current = deepFreeze(structuredClone(list));
          const result = updateCustomRoutines(current, change);
          expect(current).toEqual(list);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            expectSayable(result.errors);
            return;
          }
          const after = result.routines;
          // A list the editor could have saved.
          expect(after.length).toBeLessThanOrEqual(CUSTOM_LIMITS.routines);
          expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
          expect(new Set(after.map((r) => r.name.toLowerCase())).size).toBe(after.length);
          for (const r of after) expect(parseCustomRoutine(r).ok).toBe(true);
          // Exactly the change asked for, nothing else.
          switch (change.kind) {
            case 'save': {
              const saved = parseCustomRoutine(change.routine);
              expect(saved.ok).toBe(true);
              if (!saved.ok) return;
              const at = current.findIndex((r) => r.id === saved.routine.id);
              expect(after).toEqual(at >= 0 ? current.map((r, i) => (i === at ? saved.routine : r)) : [...current, saved.routine]);
              break;
            }
            case 'remove':
              expect(after).toEqual(current.filter((r) => r.id !== change.id));
              expect(after.length).toBe(current.length - 1);
              break;
            case 'move':
              expect([...after].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...current].sort((a, b) => a.id.localeCompare(b.id)));
              expect(after.filter((r) => r.id !== change.id)).toEqual(current.filter((r) => r.id !== change.id));
              break;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a sequence of changes keeps a list that reads back from storage as it is', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            routineArb.map((routine): CustomChange => ({ kind: 'save', routine })),
            fc.nat(6).map((i): CustomChange => ({ kind: 'remove', id: `custom-${i}` })),
          ),
          { maxLength: 12 },
        ),
        (changes) => {
          let list: StoredCustomRoutine[] = [];
          for (const change of changes) {
            const result = updateCustomRoutines(list, change);
            if (result.ok) list = result.routines;
            const stored = JSON.parse(JSON.stringify(storedCustomRoutines(list)));
            expect(readShape(stored, CUSTOM_ROUTINES_SHAPE, undefined).value).toEqual({ choice: 'desk', routines: list });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('playing a routine', () => {
  it('a valid routine plays every step, its plan fitting its seconds', () => {
    fc.assert(
      fc.property(routineArb, (r) => {
        const { routine, dropped } = toRoutine(r);
        expect(dropped).toEqual([]);
        expect(routine).not.toBeNull();
        expect(routine!.steps.map((s) => [s.id, s.durationSec])).toEqual(r.steps.map((s) => [s.movement, s.seconds]));
        expect(routine!.steps.reduce((sum, s) => sum + s.durationSec, 0)).toBe(totalSeconds(r));
        for (const s of routine!.steps) {
          expect(s.plan.kind === 'sides').toBe(s.sides);
          if (s.plan.kind === 'reps') expect(repMs(s)).toBeGreaterThanOrEqual(3000);
          if (s.plan.kind === 'holds') expect(holdSlotMs(s) - s.plan.holdSec * 1000).toBeGreaterThanOrEqual(1000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with movements missing from the library, it plays the rest in order and reports the others; none left is unplayable', () => {
    fc.assert(
      fc.property(routineArb, fc.subarray([...MOVEMENT_IDS]), (r, kept) => {
        const library = Object.fromEntries(kept.map((id) => [id, MOVEMENTS[id]])) as Record<string, Movement>;
        const { routine, dropped } = toRoutine(r, library);
        const playable = r.steps.filter((s) => kept.includes(s.movement));
        expect(dropped).toEqual(r.steps.filter((s) => !kept.includes(s.movement)).map((s) => s.movement));
        if (playable.length === 0) expect(routine).toBeNull();
        else expect(routine!.steps.map((s) => s.id)).toEqual(playable.map((s) => s.movement));
      }),
      { numRuns: 300 },
    );
  });

  it('the rotation goes desk, standing, then each of yours, round and round', () => {
    fc.assert(
      fc.property(listArb, fc.integer({ min: -1000, max: 1000 }), (list, i) => {
        const turns = [DESK_ROUTINE_ID, STANDING_ROUTINE_ID, ...list.map((r) => r.id)];
        const n = turns.length;
        expect(routineForBreak('rotation', list, i).routine.id).toBe(turns[((i % n) + n) % n]);
      }),
      { numRuns: 300 },
    );
  });

  it('a break always gets a routine with steps, whatever the choice and the list', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('desk' as const, 'standing' as const, 'rotation' as const), idArb.map((id) => id as `custom-${string}`)),
        fc.array(fc.jsonValue()).map((routines) => parseStoredRoutines({ v: 1, routines }) ?? []),
        listArb,
        fc.integer(),
        (choice, junk, list, i) => {
          const r = routineForBreak(choice, [...list, ...junk].slice(0, CUSTOM_LIMITS.routines), i);
          expect(r.routine.steps.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the stored list', () => {
  it('any value reads as a bounded list of routines with unique ids, or not at all, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(fc.oneof(routineArb, anyInput), { maxLength: 10 }).map((routines) => ({ v: 1, routines })),
          fc.record({ v: fc.integer({ min: -2, max: 5 }), routines: fc.array(routineArb, { maxLength: 3 }) }),
        ),
        (raw) => {
          const read = readShape(raw, CUSTOM_ROUTINES_SHAPE, undefined);
          if (read.value === null) return;
          const list = read.value.routines;
          expect(isBreakChoice(read.value.choice)).toBe(true);
          expect(list.length).toBeLessThanOrEqual(CUSTOM_LIMITS.routines);
          expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
          for (const r of list) {
            // Structurally a routine; only a movement this version lacks (or the floor) may keep it from saving as it is.
            const strict = parseCustomRoutine(r);
            if (!strict.ok) for (const e of strict.errors) expect(e.field).toBe('movement');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a newer version is never read, whatever it holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1000 }), fc.jsonValue(), (v, routines) => {
        const raw = { v, routines };
        expect(readShape(raw, CUSTOM_ROUTINES_SHAPE, undefined)).toEqual({ value: null, outcome: 'newer' });
      }),
    );
  });
});
