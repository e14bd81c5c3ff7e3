import { describe, expect, it } from 'vitest';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import {
  breakChoiceOptions,
  CUSTOM_LIMITS,
  CUSTOM_ROUTINES_SHAPE,
  droppedPhrase,
  checkBreakChoice,
  isBreakChoice,
  newCustomId,
  PACE,
  parseCustomRoutine,
  parseStoredRoutines,
  planFor,
  routineById,
  routineForBreak,
  STANDING_ROUTINE,
  STANDING_ROUTINE_ID,
  storedCustomRoutines,
  toRoutine,
  totalPhrase,
  totalSeconds,
  updateCustomRoutines,
  type CustomError,
  type CustomParse,
  type StoredCustomRoutine,
} from '../../lib/custom-routine';
import { canBeOnFloor, fitsABreak, MOVEMENT_IDS, MOVEMENTS, type Movement, type MovementId } from '../../lib/movements';
import { DESK_ROUTINE, routineSeconds, type RoutineStep } from '../../lib/routine';
import { holdSlotMs, repMs } from '../../lib/routine-guide';
import { DESK_ROUTINE_ID } from '../../lib/routine-progress';
import { readShape } from '../../lib/versioned';

const base = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'custom-abc',
  name: 'Morning',
  steps: [{ movement: 'wall-angels', seconds: 20 }],
  allowFloor: false,
  ...over,
});
const steps = (...ids: string[]) => ids.map((movement) => ({ movement, seconds: 20 }));
/** Six and seven movements that fit a break without the floor. */
const SIX = ['wall-angels', 'shoulder-squeezes', 'seated-twist', 'cat-camel', 'rock-back', 'chest-expansion'];
const SEVEN = [...SIX, 'external-rotation'];

/** The errors as the page says them (English, the tests' language), with where each is. */
function said(result: CustomParse | ReturnType<typeof updateCustomRoutines>): { at: string; text: string }[] {
  if (result.ok) return [];
  return result.errors.map((e: CustomError) => ({ at: 'step' in e ? `${e.field}@${e.step}` : e.field, text: sayPhrase(e.message) }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('parseCustomRoutine: each field and its limits', () => {
  const SECONDS = 'seconds must be a whole number from 10 to 120.';
  it.each([
    // [what, the routine, the errors: where and what is said]
    ['the smallest', base(), []],
    ['9 seconds', base({ steps: [{ movement: 'wall-angels', seconds: 9 }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['10 seconds', base({ steps: [{ movement: 'wall-angels', seconds: 10 }] }), []],
    ['120 seconds', base({ steps: [{ movement: 'wall-angels', seconds: 120 }] }), []],
    ['121 seconds', base({ steps: [{ movement: 'wall-angels', seconds: 121 }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['20.5 seconds', base({ steps: [{ movement: 'wall-angels', seconds: 20.5 }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['"20" seconds (text)', base({ steps: [{ movement: 'wall-angels', seconds: '20' }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['NaN seconds', base({ steps: [{ movement: 'wall-angels', seconds: Number.NaN }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['Infinity seconds', base({ steps: [{ movement: 'wall-angels', seconds: Infinity }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    ['no seconds', base({ steps: [{ movement: 'wall-angels' }] }), [['seconds@1', `Step 1: ${SECONDS}`]]],
    [
      'step 3 of 3 at 5 s',
      base({ steps: [...steps('wall-angels', 'shoulder-squeezes'), { movement: 'seated-twist', seconds: 5 }] }),
      [['seconds@3', `Step 3: ${SECONDS}`]],
    ],
    ['0 steps', base({ steps: [] }), [['steps', 'A routine needs from 1 to 6 steps.']]],
    ['1 step', base({ steps: steps('wall-angels') }), []],
    ['6 steps', base({ steps: steps(...SIX) }), []],
    ['7 steps', base({ steps: steps(...SEVEN) }), [['steps', 'A routine needs from 1 to 6 steps.']]],
    ['steps not a list', base({ steps: { 0: { movement: 'wall-angels', seconds: 20 } } }), [['steps', 'A routine needs from 1 to 6 steps.']]],
    ['a step that is not an object', base({ steps: [null] }), [['step@1', 'Step 1 needs a movement and its seconds.']]],
    ['no movement', base({ steps: [{ seconds: 20 }] }), [['movement@1', 'Step 1: choose a movement from the library.']]],
    [
      'a movement this version lacks',
      base({ steps: [{ movement: 'twirl', seconds: 20 }] }),
      [['movement@1', 'Step 1: “twirl” isn’t a movement this version of Midbreak knows; choose one from the library.']],
    ],
    [
      '__proto__ as a movement',
      base({ steps: [{ movement: '__proto__', seconds: 20 }] }),
      [['movement@1', 'Step 1: “__proto__” isn’t a movement this version of Midbreak knows; choose one from the library.']],
    ],
    [
      'constructor as a movement',
      base({ steps: [{ movement: 'constructor', seconds: 20 }] }),
      [['movement@1', 'Step 1: “constructor” isn’t a movement this version of Midbreak knows; choose one from the library.']],
    ],
    [
      'a floor movement without the floor',
      base({ steps: steps('wall-angels', 'bird-dog') }),
      [['movement@2', 'Step 2: Bird-dog is done on the floor. Allow floor movements, or choose another.']],
    ],
    ['a floor movement with the floor', base({ steps: steps('wall-angels', 'bird-dog'), allowFloor: true }), []],
    ['cat/camel (countertop or floor) without the floor', base({ steps: steps('cat-camel') }), []],
    [
      'a movement twice',
      base({ steps: steps('wall-angels', 'seated-twist', 'wall-angels') }),
      [['movement@3', 'Step 3: Wall angels is already step 1. Give that step more seconds instead.']],
    ],
    ['an empty name', base({ name: '' }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['a name of spaces', base({ name: '   ' }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['a 1-character name', base({ name: 'a' }), []],
    ['a 40-character name', base({ name: 'x'.repeat(40) }), []],
    ['a 41-character name', base({ name: 'x'.repeat(41) }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['40 characters and spaces around them', base({ name: `  ${'x'.repeat(40)}\t` }), []],
    ['40 emoji (80 UTF-16 units)', base({ name: '🙆'.repeat(40) }), []],
    ['41 emoji', base({ name: '🙆'.repeat(41) }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['a line break inside', base({ name: 'Neck\nand back' }), [['name', 'Name can’t contain line breaks, tabs or other control characters.']]],
    ['a tab inside', base({ name: 'Neck\tback' }), [['name', 'Name can’t contain line breaks, tabs or other control characters.']]],
    ['a NUL inside', base({ name: 'a\u0000b' }), [['name', 'Name can’t contain line breaks, tabs or other control characters.']]],
    ['a line separator inside', base({ name: 'a\u2028b' }), [['name', 'Name can’t contain line breaks, tabs or other control characters.']]],
    ['an empty movement', base({ steps: [{ movement: '', seconds: 20 }] }), [['movement@1', 'Step 1: choose a movement from the library.']]],
    ['a number as the name', base({ name: 42 }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['no name', base({ name: undefined }), [['name', 'Name must be from 1 to 40 characters long.']]],
    ['a name in German', base({ name: 'Rücken für Büroschluss' }), []],
    ['allowFloor as text', base({ allowFloor: 'yes' }), [['allowFloor', 'Floor movements must be either allowed or not (on or off).']]],
    ['no allowFloor', base({ allowFloor: undefined }), [['allowFloor', 'Floor movements must be either allowed or not (on or off).']]],
    ['the id of the desk routine', base({ id: DESK_ROUTINE_ID }), [['id', 'The routine’s id must be “custom-” followed by 1 to 24 lower-case letters or digits.']]],
    ['"custom-" alone', base({ id: 'custom-' }), [['id', 'The routine’s id must be “custom-” followed by 1 to 24 lower-case letters or digits.']]],
    ['capitals in the id', base({ id: 'custom-ABC' }), [['id', 'The routine’s id must be “custom-” followed by 1 to 24 lower-case letters or digits.']]],
    ['an id of 24 characters', base({ id: `custom-${'a'.repeat(24)}` }), []],
    ['an id of 25 characters', base({ id: `custom-${'a'.repeat(25)}` }), [['id', 'The routine’s id must be “custom-” followed by 1 to 24 lower-case letters or digits.']]],
  ] as [string, Record<string, unknown>, [string, string][]][])('%s', (_what, raw, want) => {
    const result = parseCustomRoutine(raw);
    expect(said(result).map((e) => [e.at, e.text.replaceAll("'", '’')])).toEqual(want.map(([at, text]) => [at, text.replaceAll("'", '’')]));
    expect(result.ok).toBe(want.length === 0);
  });

  it.each([null, undefined, 42, 'custom-abc', [], [base()], true])('%j is not a routine', (raw) => {
    expect(said(parseCustomRoutine(raw))).toEqual([{ at: 'routine', text: 'This routine can’t be read: it needs an id, a name, steps and the floor setting.'.replace('’', "'") }]);
  });

  it('says every error at once, each at its field and step', () => {
    const result = parseCustomRoutine({ id: 'x', name: '', allowFloor: false, steps: [{ movement: 'bird-dog', seconds: 9 }, { movement: 'twirl', seconds: 200 }] });
    expect(said(result).map((e) => e.at)).toEqual(['id', 'name', 'movement@1', 'seconds@1', 'movement@2', 'seconds@2']);
  });

  it('trims the name, keeps only the known fields and shares nothing with the input', () => {
    const raw = base({ name: '  Morning  ', extra: 1, steps: [{ movement: 'wall-angels', seconds: 20, note: 'x' }] });
    const result = parseCustomRoutine(raw);
    expect(result).toEqual({ ok: true, routine: { id: 'custom-abc', name: 'Morning', steps: [{ movement: 'wall-angels', seconds: 20 }], allowFloor: false } });
    if (result.ok) expect(result.routine.steps).not.toBe(raw.steps);
  });

  it('checks movements against the library it is given', () => {
    const { 'wall-angels': _gone, ...rest } = MOVEMENTS;
    expect(parseCustomRoutine(base(), rest).ok).toBe(false);
  });

  it('says one error for a long list of steps, however bad they are, without looking into it', () => {
    expect(said(parseCustomRoutine(base({ steps: Array.from({ length: 10_000 }, () => ({ movement: 7, seconds: -1 })) })))).toEqual([
      { at: 'steps', text: 'A routine needs from 1 to 6 steps.' },
    ]);
  });
});

describe('updateCustomRoutines', () => {
  const routine = (n: number, over: Partial<StoredCustomRoutine> = {}): StoredCustomRoutine => ({
    id: `custom-r${n}`,
    name: `Routine ${n}`,
    steps: [{ movement: 'wall-angels', seconds: 20 }],
    allowFloor: false,
    ...over,
  });
  const list = (n: number) => deepFreeze(Array.from({ length: n }, (_, i) => routine(i + 1)));

  it('adds a new routine at the end', () => {
    const current = list(2);
    const result = updateCustomRoutines(current, { kind: 'save', routine: routine(3) });
    expect(result).toEqual({ ok: true, routines: [...current, routine(3)] });
  });

  it('replaces one with the same id in place and keeps the others as they are', () => {
    const current = list(3);
    const edited = routine(2, { name: 'Evening', steps: [{ movement: 'seated-twist', seconds: 30 }] });
    const result = updateCustomRoutines(current, { kind: 'save', routine: edited });
    expect(result).toEqual({ ok: true, routines: [current[0], edited, current[2]] });
    if (result.ok) {
      expect(result.routines[0]).toBe(current[0]);
      expect(result.routines[2]).toBe(current[2]);
    }
  });

  it(`keeps at most ${CUSTOM_LIMITS.routines}, but a full list can still be edited`, () => {
    const full = list(CUSTOM_LIMITS.routines);
    expect(said(updateCustomRoutines(full, { kind: 'save', routine: routine(9) }))).toEqual([
      { at: 'list', text: 'You can keep up to 5 routines. Delete one to add another.' },
    ]);
    expect(updateCustomRoutines(full, { kind: 'save', routine: routine(1, { name: 'Renamed' }) }).ok).toBe(true);
  });

  it('refuses a name another routine has (in any case), but not its own', () => {
    const current = list(2);
    expect(said(updateCustomRoutines(current, { kind: 'save', routine: routine(3, { name: '  routine 1 ' }) }))).toEqual([
      { at: 'name', text: 'Name: you already have a routine called “Routine 1”.' },
    ]);
    expect(updateCustomRoutines(current, { kind: 'save', routine: routine(1, { name: 'ROUTINE 1' }) }).ok).toBe(true);
  });

  it('refuses an invalid routine with its errors, the list untouched', () => {
    const current = list(2);
    const before = structuredClone(current);
    const result = updateCustomRoutines(current, { kind: 'save', routine: routine(1, { steps: [{ movement: 'wall-angels', seconds: 9 }] }) });
    expect(said(result)).toEqual([{ at: 'seconds@1', text: 'Step 1: seconds must be a whole number from 10 to 120.' }]);
    expect(current).toEqual(before);
  });

  it('removes one; an id that is not there is refused', () => {
    const current = list(3);
    expect(updateCustomRoutines(current, { kind: 'remove', id: 'custom-r2' })).toEqual({ ok: true, routines: [current[0], current[2]] });
    expect(said(updateCustomRoutines(current, { kind: 'remove', id: 'custom-r9' }))).toEqual([
      { at: 'list', text: 'That routine isn’t there any more (it may have been deleted on another device).'.replace('’', "'") },
    ]);
  });

  it.each([
    // [id, to, the order after]
    ['custom-r3', 0, [3, 1, 2]],
    ['custom-r1', 2, [2, 3, 1]],
    ['custom-r1', 99, [2, 3, 1]],
    ['custom-r3', -5, [3, 1, 2]],
    ['custom-r2', 1, [1, 2, 3]],
    ['custom-r2', Number.NaN, [1, 2, 3]],
    ['custom-r2', 0.7, [2, 1, 3]],
  ])('moves %s to %d', (id, to, order) => {
    const result = updateCustomRoutines(list(3), { kind: 'move', id, to });
    expect(result.ok && result.routines.map((r) => r.id)).toEqual(order.map((n) => `custom-r${n}`));
  });

  it('keeps a stored routine with a movement this version lacks while another changes', () => {
    const future = routine(1, { steps: [{ movement: 'future-move', seconds: 30 }] });
    const current = deepFreeze([future, routine(2)]);
    const result = updateCustomRoutines(current, { kind: 'save', routine: routine(2, { name: 'Other' }) });
    expect(result.ok && result.routines[0]).toBe(future);
    // Saving that one itself asks for a movement this version has.
    expect(said(updateCustomRoutines(current, { kind: 'save', routine: future }))[0].at).toBe('movement@1');
  });
});

describe('newCustomId', () => {
  it('makes a valid id from the time, not one already taken', () => {
    const now = 1_800_000_000_000;
    const first = newCustomId([], now);
    expect(first).toBe(`custom-${now.toString(36)}`);
    const second = newCustomId([{ id: first }], now);
    expect(second).not.toBe(first);
    for (const id of [first, second, newCustomId([], Number.NaN), newCustomId([], -5)]) {
      expect(parseCustomRoutine(base({ id })).ok, id).toBe(true);
      expect(isBreakChoice(id)).toBe(true);
    }
  });
});

describe('the total', () => {
  it.each([
    [[20], 'Total: 20 s'],
    [[30, 30], 'Total: 1 min'],
    [[20, 20, 20, 30], 'Total: 1 min 30 s'],
    [[10, 10, 10, 10, 10, 10], 'Total: 1 min'],
    [[120, 120, 120, 120, 120, 120], 'Total: 12 min'],
    [[45, 10], 'Total: 55 s'],
    [[119, 10], 'Total: 2 min 9 s'],
  ])('%j → %s', (seconds, text) => {
    const r = { steps: seconds.map((s) => ({ movement: 'wall-angels', seconds: s })) };
    expect(totalSeconds(r)).toBe(seconds.reduce((a, b) => a + b, 0));
    expect(sayPhrase(totalPhrase(totalSeconds(r)))).toBe(text);
  });
});

describe('the pace of each movement', () => {
  it('every movement without sides has one, none with sides', () => {
    for (const id of MOVEMENT_IDS) expect(PACE[id] !== undefined, id).toBe(!MOVEMENTS[id].sides);
  });

  it.each(MOVEMENT_IDS.filter((id) => PACE[id]?.kind === 'holds'))('%s holds as long as its dose says', (id) => {
    const pace = PACE[id] as { holdSec: number };
    const numbers = (t(MOVEMENTS[id].dose).match(/\d+/g) ?? []).map(Number);
    expect(numbers).toContain(pace.holdSec);
  });
});

/** The plan fits the step's seconds as the player counts it (the checks of tests/lib/routine-guide.test.ts). */
function expectPlanFits(s: RoutineStep): void {
  const plan = s.plan;
  expect(plan.kind === 'sides', s.id).toBe(s.sides);
  if (plan.kind === 'reps') {
    expect(plan.count).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(plan.count)).toBe(true);
    expect(repMs(s)).toBeGreaterThanOrEqual(3000);
  } else if (plan.kind === 'holds') {
    expect(plan.count).toBeGreaterThanOrEqual(1);
    expect(plan.count * plan.holdSec).toBeLessThan(s.durationSec);
    expect(holdSlotMs(s) - plan.holdSec * 1000).toBeGreaterThanOrEqual(1000);
  }
}

describe('toRoutine', () => {
  const stored = (over: Partial<StoredCustomRoutine> = {}): StoredCustomRoutine => ({ ...(base() as unknown as StoredCustomRoutine), ...over });

  it('the desk routine built by hand counts as the desk routine does', () => {
    const { routine, dropped } = toRoutine(stored({ steps: [{ movement: 'wall-angels', seconds: 20 }, { movement: 'shoulder-squeezes', seconds: 20 }, { movement: 'seated-twist', seconds: 20 }] }));
    expect(dropped).toEqual([]);
    expect(routine!.steps.map((s) => s.plan)).toEqual(DESK_ROUTINE.steps.map((s) => s.plan));
    expect(routine!.steps.map((s) => [s.title, s.cues, s.sides, s.switchCue])).toEqual(DESK_ROUTINE.steps.map((s) => [s.title, s.cues, s.sides, s.switchCue]));
  });

  it('a step takes its movement’s name, cues, sides and source, and its seconds as the dose', () => {
    const { routine } = toRoutine(stored({ name: 'Mine', allowFloor: true, steps: [{ movement: 'bird-dog', seconds: 45 }, { movement: 'band-rows', seconds: 30 }] }));
    expect(routine).toMatchObject({ id: 'custom-abc', title: 'custom.title', name: 'Mine' });
    const [bird, rows] = routine!.steps;
    expect(bird).toMatchObject({ id: 'bird-dog', title: MOVEMENTS['bird-dog'].title, cues: MOVEMENTS['bird-dog'].cues, sides: true, durationSec: 45, plan: { kind: 'sides' }, switchCue: 'custom.switchSides', source: '003_eb729e207637ddd1.txt' });
    expect(t(bird.dose, bird.doseSubs)).toBe('45 s, switching sides halfway');
    expect(rows).toMatchObject({ id: 'band-rows', sides: false, plan: { kind: 'reps', count: 7 } });
    expect(rows.switchCue).toBeUndefined();
    expect(t(rows.dose, rows.doseSubs)).toBe('30 s');
    expect(routineSeconds(routine!)).toBe(75);
  });

  it.each(MOVEMENT_IDS)('%s: the plan fits every length from 10 to 120 s', (id) => {
    for (let seconds = CUSTOM_LIMITS.seconds.min; seconds <= CUSTOM_LIMITS.seconds.max; seconds++) {
      const { routine } = toRoutine(stored({ allowFloor: true, steps: [{ movement: id, seconds }] }));
      const step = routine!.steps[0];
      expect(step.durationSec).toBe(seconds);
      expect(step.plan).toEqual(planFor(MOVEMENTS[id], seconds));
      expectPlanFits(step);
    }
  });

  it('plays the rest and reports a movement it doesn’t have', () => {
    const { routine, dropped } = toRoutine(stored({ steps: [{ movement: 'twirl', seconds: 20 }, { movement: 'wall-angels', seconds: 30 }] }));
    expect(routine!.steps.map((s) => s.id)).toEqual(['wall-angels']);
    expect(dropped).toEqual(['twirl']);
    expect(sayPhrase(droppedPhrase(dropped)!)).toBe('Left out: twirl (not in this version of Midbreak)');
  });

  it('reports a movement since removed from the library it is given', () => {
    const { 'seated-twist': _gone, ...library } = MOVEMENTS;
    const { routine, dropped } = toRoutine(stored({ steps: [{ movement: 'seated-twist', seconds: 20 }, { movement: 'wall-angels', seconds: 20 }] }), library as Record<string, Movement>);
    expect(routine!.steps.map((s) => s.id)).toEqual(['wall-angels']);
    expect(dropped).toEqual(['seated-twist']);
  });

  it('leaves out a floor movement the routine doesn’t allow (a stored one), saying so', () => {
    const { routine, dropped } = toRoutine(stored({ allowFloor: false, steps: [{ movement: 'bird-dog', seconds: 20 }, { movement: 'wall-angels', seconds: 20 }] }));
    expect(routine!.steps.map((s) => s.id)).toEqual(['wall-angels']);
    expect(sayPhrase(droppedPhrase(dropped)!)).toBe('Left out: Bird-dog (on the floor)');
  });

  it('is unplayable when every movement is left out', () => {
    expect(toRoutine(stored({ steps: [{ movement: 'twirl', seconds: 20 }, { movement: 'spin', seconds: 20 }] }))).toEqual({ routine: null, dropped: ['twirl', 'spin'] });
    expect(droppedPhrase([])).toBeNull();
  });
});

describe('the standing routine', () => {
  it('has three steps at a wall, a door frame and a countertop, none on the floor', () => {
    expect(STANDING_ROUTINE.steps.map((s) => s.id)).toEqual(['wall-angels', 'chest-expansion', 'cat-camel']);
    expect(STANDING_ROUTINE.steps.map((s) => MOVEMENTS[s.id].where.find((w) => w === 'wall' || w === 'doorFrame' || w === 'countertop'))).toEqual(['wall', 'doorFrame', 'countertop']);
    for (const s of STANDING_ROUTINE.steps) expect(fitsABreak(MOVEMENTS[s.id], { floorAllowed: false })).toBe(true);
  });

  it.each(STANDING_ROUTINE.steps.map((s) => [s.id, s] as const))('%s: about 20 s, its words and source from the library, its plan saying its dose', (id, s) => {
    const m = MOVEMENTS[id];
    expect(s.durationSec).toBeGreaterThanOrEqual(18);
    expect(s.durationSec).toBeLessThanOrEqual(25);
    expect([s.title, s.cues, s.sides]).toEqual([m.title, m.cues, m.sides]);
    expect(m.sources).toContain(s.source);
    expectPlanFits(s);
    // The dose says the plan's count, and that count is within the source's dose.
    const numbers = (t(s.dose).match(/\d+/g) ?? []).map(Number);
    expect(s.plan.kind === 'reps' && numbers).toEqual([s.plan.kind === 'reps' ? s.plan.count : -1]);
  });

  it.each([
    // [movement, the count, what the facts give for about 20 s]
    ['wall-angels', 5, 'the desk routine’s ~5 slow reps'],
    ['chest-expansion', 5, '5 times'],
    ['cat-camel', 6, '6–8 reps'],
  ] as [MovementId, number, string][])('%s: %d (%s)', (id, count, _fact) => {
    const s = STANDING_ROUTINE.steps.find((x) => x.id === id)!;
    expect(s.plan).toEqual({ kind: 'reps', count });
  });

  it('the desk routine’s wall angels and the source doses agree', () => {
    expect(DESK_ROUTINE.steps[0].plan).toEqual(STANDING_ROUTINE.steps[0].plan);
    const catCamel = (t(MOVEMENTS['cat-camel'].dose).match(/\d+/g) ?? []).map(Number);
    expect(catCamel.slice(0, 2)).toEqual([6, 8]);
    expect(t(MOVEMENTS['chest-expansion'].dose)).toMatch(/^5 times/);
  });
});

describe('routineForBreak', () => {
  const a: StoredCustomRoutine = { id: 'custom-a', name: 'A', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false };
  const b: StoredCustomRoutine = { id: 'custom-b', name: 'B', steps: [{ movement: 'seated-twist', seconds: 40 }, { movement: 'twirl', seconds: 20 }], allowFloor: false };
  const broken: StoredCustomRoutine = { id: 'custom-x', name: 'Broken', steps: [{ movement: 'twirl', seconds: 20 }], allowFloor: false };

  it.each([
    ['desk', DESK_ROUTINE_ID],
    ['standing', STANDING_ROUTINE_ID],
    ['custom-a', 'custom-a'],
  ] as const)('%s plays %s, whatever the break', (choice, id) => {
    for (const i of [0, 1, 2, 7]) {
      const r = routineForBreak(choice, [a, b], i);
      expect(r.routine.id).toBe(id);
      expect(r).toMatchObject({ dropped: [], fellBack: null, notice: null });
    }
  });

  it('a custom routine with a movement left out plays and says so', () => {
    const r = routineForBreak('custom-b', [a, b], 0);
    expect(r.routine.steps.map((s) => s.id)).toEqual(['seated-twist']);
    expect(r.dropped).toEqual(['twirl']);
    expect(sayPhrase(r.notice!)).toBe('Left out: twirl (not in this version of Midbreak)');
  });

  it('a deleted routine falls back to the desk routine', () => {
    const r = routineForBreak('custom-gone', [a], 0);
    expect(r).toMatchObject({ routine: DESK_ROUTINE, fellBack: 'gone' });
    expect(sayPhrase(r.notice!)).toBe('The routine chosen for breaks was deleted. Here is the desk routine instead.');
  });

  it('an unplayable routine falls back to the desk routine, naming what it lacks', () => {
    const r = routineForBreak('custom-x', [broken], 0);
    expect(r).toMatchObject({ routine: DESK_ROUTINE, fellBack: 'unplayable', dropped: ['twirl'] });
    expect(sayPhrase(r.notice!)).toBe('“Broken” has no step that can be played here (twirl (not in this version of Midbreak)). Here is the desk routine instead.');
  });

  it('the rotation takes desk, standing, then each playable routine of the list in order, and goes round', () => {
    const ids = Array.from({ length: 9 }, (_, i) => routineForBreak('rotation', [a, broken, b], i).routine.id);
    expect(ids).toEqual([DESK_ROUTINE_ID, STANDING_ROUTINE_ID, 'custom-a', 'custom-b', DESK_ROUTINE_ID, STANDING_ROUTINE_ID, 'custom-a', 'custom-b', DESK_ROUTINE_ID]);
  });

  it.each([
    [0, DESK_ROUTINE_ID],
    [1, STANDING_ROUTINE_ID],
    [2, DESK_ROUTINE_ID],
    [-1, STANDING_ROUTINE_ID],
    [Number.NaN, DESK_ROUTINE_ID],
    [Infinity, DESK_ROUTINE_ID],
    [3.9, STANDING_ROUTINE_ID],
  ])('without routines of your own, break %d gets %s', (i, id) => {
    expect(routineForBreak('rotation', [], i).routine.id).toBe(id);
  });

  it('the rotation says what a routine of yours left out', () => {
    expect(routineForBreak('rotation', [b], 2).dropped).toEqual(['twirl']);
  });
});

describe('the choice and finding a routine by id', () => {
  it.each([
    ['desk', true],
    ['standing', true],
    ['rotation', true],
    ['custom-a1', true],
    ['custom-', false],
    ['Desk', false],
    [DESK_ROUTINE_ID, false],
    ['', false],
    [null, false],
    [3, false],
  ])('%j may be the choice: %s', (value, ok) => {
    expect(isBreakChoice(value)).toBe(ok);
    // A value that can't be stored says so like a setting: the field, and the values it allows.
    const error = checkBreakChoice(value);
    if (ok) expect(error).toBeNull();
    else expect(sayPhrase(error!)).toBe('“Routine for breaks” must be one of: The 60-second desk routine, Standing routine: wall, door frame, countertop, Take turns: desk, standing, then your own, or one of your own routines.');
  });

  it('offers the three routines, then yours by name', () => {
    const options = breakChoiceOptions([{ id: 'custom-a', name: 'Mine', steps: [], allowFloor: false }]);
    expect(options.map((o) => [o.value, typeof o.label === 'string' ? o.label : sayPhrase(o.label)])).toEqual([
      ['desk', 'The 60-second desk routine'],
      ['standing', 'Standing routine: wall, door frame, countertop'],
      ['rotation', 'Take turns: desk, standing, then your own'],
      ['custom-a', 'Mine'],
    ]);
  });

  it('finds the routine a break under way plays', () => {
    const mine: StoredCustomRoutine = { id: 'custom-a', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false };
    expect(routineById(DESK_ROUTINE_ID, [])).toBe(DESK_ROUTINE);
    expect(routineById(STANDING_ROUTINE_ID, [])).toBe(STANDING_ROUTINE);
    expect(routineById('custom-a', [mine])?.steps.map((s) => s.durationSec)).toEqual([30]);
    expect(routineById('custom-b', [mine])).toBeNull();
    expect(routineById('custom-a', [{ ...mine, steps: [{ movement: 'twirl', seconds: 30 }] }])).toBeNull();
  });
});

describe('the stored list', () => {
  const good: StoredCustomRoutine = { id: 'custom-a', name: 'Mine', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false };
  const read = (raw: unknown) => readShape(raw, CUSTOM_ROUTINES_SHAPE, undefined);

  it('reads back as written, through JSON', () => {
    const written = JSON.parse(JSON.stringify(storedCustomRoutines([good])));
    expect(written).toEqual({ v: 1, choice: 'desk', routines: [good] });
    expect(read(written)).toEqual({ value: { choice: 'desk', routines: [good] }, outcome: 'ok' });
  });

  it('holds the routine chosen for breaks: any fixed choice or a custom id by its form; a bad one reads as the desk routine', () => {
    for (const choice of ['standing', 'rotation', 'custom-a', 'custom-gone1'] as const) {
      expect(read(JSON.parse(JSON.stringify(storedCustomRoutines([good], choice)))).value).toEqual({ choice, routines: [good] });
    }
    for (const bad of ['Desk', 'custom-', 'custom-ABC', 7, null, undefined]) {
      expect(read({ v: 1, choice: bad, routines: [good] }).value).toEqual({ choice: 'desk', routines: [good] });
    }
  });

  it('nothing stored is empty', () => {
    expect(read(undefined)).toEqual({ value: null, outcome: 'empty' });
    expect(read(null)).toEqual({ value: null, outcome: 'empty' });
  });

  it.each([
    ['text', 'custom-a'],
    ['a number', 42],
    ['a bare list (no version: there was never such a shape)', [good]],
    ['no list', { v: 1 }],
    ['a list that is not one', { v: 1, routines: { 0: good } }],
    ['version 0', { v: 0, routines: [good] }],
    ['a version as text', { v: '1', routines: [good] }],
    ['a fractional version', { v: 1.5, routines: [good] }],
  ])('%s is corrupt', (_what, raw) => {
    expect(read(raw)).toEqual({ value: null, outcome: 'corrupt' });
  });

  it('a newer version is reported, not read, and left as it was', () => {
    const newer = deepFreeze({ v: 2, routines: [{ ...good, steps: [{ movement: 'wall-angels', seconds: 300, tempo: 'slow' }] }], pinned: 'custom-a' });
    const copy = structuredClone(newer);
    expect(read(newer)).toEqual({ value: null, outcome: 'newer' });
    expect(newer).toEqual(copy);
  });

  it('leaves out a corrupt routine or a second one with the same id, and keeps the rest', () => {
    const value = read({ v: 1, routines: [good, { ...good, name: 'Twin' }, { ...good, id: 'custom-b', steps: [] }, null, { ...good, id: 'custom-c' }] }).value;
    expect(value!.routines.map((r) => r.id)).toEqual(['custom-a', 'custom-c']);
  });

  it(`keeps at most ${CUSTOM_LIMITS.routines}`, () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...good, id: `custom-${i}` }));
    expect(read({ v: 1, routines: many }).value!.routines.map((r) => r.id)).toEqual(['custom-0', 'custom-1', 'custom-2', 'custom-3', 'custom-4']);
  });

  it('keeps a movement this version doesn’t know, and a floor movement the routine doesn’t allow (playing leaves them out)', () => {
    const future = { ...good, steps: [{ movement: 'future-move', seconds: 20 }, { movement: 'bird-dog', seconds: 20 }, { movement: 'wall-angels', seconds: 20 }] };
    expect(read({ v: 1, routines: [future] }).value?.routines).toEqual([future]);
    expect(toRoutine(future).dropped).toEqual(['future-move', 'bird-dog']);
  });

  it('leaves out a routine whose movement is not even a movement id', () => {
    const odd = (movement: unknown) => ({ ...good, steps: [{ movement, seconds: 20 }] });
    expect(parseStoredRoutines({ v: 1, routines: [odd('Not An Id'), odd(''), odd('x'.repeat(41)), odd(7), odd('ok-id')] })!.map((r) => r.steps[0].movement)).toEqual(['ok-id']);
  });

  it('strips fields it doesn’t know as it writes', () => {
    expect(storedCustomRoutines([{ ...good, extra: true } as StoredCustomRoutine])).toEqual({ v: 1, choice: 'desk', routines: [good] });
  });

  it('every movement of the library can be stored and played (those on the floor when allowed)', () => {
    for (const id of MOVEMENT_IDS) {
      const r = { ...good, allowFloor: canBeOnFloor(MOVEMENTS[id]), steps: [{ movement: id, seconds: 20 }] };
      expect(read(storedCustomRoutines([r])).value?.routines).toEqual([r]);
      expect(toRoutine(r).routine).not.toBeNull();
    }
  });
});
