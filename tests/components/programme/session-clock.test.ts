import { describe, expect, it } from 'vitest';
import { firstFloorSet, itemMs, momentAt, newRun, nextItem, pauseOrResume, repOf, settle, stopRun } from '../../../components/programme/session-clock';
import { MOVEMENTS } from '../../../lib/movements';
import { PHASES } from '../../../lib/programme';
import { sessionPlan, type SetItem } from '../../../lib/programme-plan';

const T0 = 1_800_000_000_000;
const [foundation, mobility, strength] = PHASES;
const items = sessionPlan(foundation).items;

describe('the session clock', () => {
  it('starts on the stop rule and plays nothing until begun', () => {
    const run = newRun(T0);
    expect(settle(run, items, T0 + 3_600_000)).toBe(run);
    expect(momentAt(run, items, T0)).toMatchObject({ index: -1, item: null, done: false });
  });

  it('plays each item for its estimate, the next starting the moment the last one ended', () => {
    let run = nextItem(newRun(T0), items, T0);
    const first = itemMs(items[0]);
    expect(momentAt(settle(run, items, T0), items, T0)).toMatchObject({ index: 0, secondsLeft: first / 1000 });
    expect(momentAt(settle(run, items, T0 + 1), items, T0 + 1).secondsLeft).toBe(first / 1000);
    run = settle(run, items, T0 + first + 2000);
    expect(run.index).toBe(1);
    expect(momentAt(run, items, T0 + first + 2000)).toMatchObject({ item: items[1], secondsLeft: itemMs(items[1]) / 1000 - 2 });
    const total = items.reduce((s, it) => s + itemMs(it), 0);
    expect(momentAt(settle(run, items, T0 + total), items, T0 + total).done).toBe(true);
  });

  it('holds still while paused, and goes on from where it was', () => {
    let run = nextItem(newRun(T0), items, T0);
    run = pauseOrResume(run, items, T0 + 5000);
    const later = T0 + 10 * 60_000;
    expect(settle(run, items, later).index).toBe(0);
    expect(momentAt(run, items, later)).toMatchObject({ paused: true, secondsLeft: itemMs(items[0]) / 1000 - 5 });
    run = pauseOrResume(run, items, later);
    expect(momentAt(run, items, later + 1000)).toMatchObject({ paused: false, secondsLeft: itemMs(items[0]) / 1000 - 6 });
  });

  it('next skips to the following item; stop ends without finishing', () => {
    let run = nextItem(newRun(T0), items, T0);
    run = nextItem(run, items, T0 + 1000);
    expect(momentAt(run, items, T0 + 1000)).toMatchObject({ index: 1, item: { kind: 'rest' } });
    run = stopRun(run);
    expect(nextItem(run, items, T0 + 2000)).toBe(run);
    expect(momentAt(settle(run, items, T0 + 3_600_000), items, T0 + 3_600_000).done).toBe(false);
    // Next past the last item ends the session.
    let all = newRun(T0);
    for (let i = 0; i <= items.length; i++) all = nextItem(all, items, T0 + i);
    expect(momentAt(all, items, T0 + items.length).done).toBe(true);
  });

  it('turns the picture through each rep, side by side for a set done on each side', () => {
    const sided = sessionPlan(strength).items.find((it): it is SetItem => it.kind === 'set' && it.per === 'side')!;
    const list = [sided];
    const run = nextItem(newRun(T0), list, T0);
    const { cycleMs } = repOf(sided);
    expect(momentAt(run, list, T0)).toMatchObject({ phase: 0, side: 1 });
    expect(momentAt(run, list, T0 + cycleMs / 2).phase).toBeCloseTo(1);
    expect(momentAt(run, list, T0 + itemMs(sided) / 2 + 1).side).toBe(2);
    // A hold keeps the end pose for the hold.
    const held = sessionPlan(foundation).items.find((it): it is SetItem => it.kind === 'set' && !!it.holdSec)!;
    const h = repOf(held);
    expect(h.holdMs).toBe(held.holdSec!.max * 1000);
    const r = nextItem(newRun(T0), [held], T0);
    expect(momentAt(r, [held], T0 + (h.cycleMs - h.holdMs) / 2 + h.holdMs / 2).phase).toBe(1);
  });

  it('finds the first floor set', () => {
    const plan = sessionPlan(mobility).items;
    const at = firstFloorSet(plan, (it) => !!MOVEMENTS[it.movement].floorSafety);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(plan.slice(0, at).some((it) => it.kind === 'set' && MOVEMENTS[it.movement].floorSafety)).toBe(false);
  });

  // Y-T-W raises: "2 sets of 10 per position": a third of the set in each position, in order.
  it.each([
    [0, 0],
    [1 / 3 - 0.001, 0],
    [1 / 3, 1],
    [2 / 3 - 0.001, 1],
    [2 / 3, 2],
    [0.999, 2],
  ])('a Y-T-W set at %f of its time is in position %i, with no side', (fraction, position) => {
    const sets = sessionPlan(mobility).items;
    const index = sets.findIndex((it) => it.kind === 'set' && it.per === 'position');
    const run = { ...newRun(T0), index };
    const at = T0 + Math.floor(itemMs(sets[index]) * fraction);
    expect(momentAt(run, sets, at)).toMatchObject({ index, position, side: null });
  });

  it('gives a position only to sets done in positions, a side only to sets done on each side', () => {
    for (const phase of PHASES) {
      const all = sessionPlan(phase).items;
      all.forEach((item, index) => {
        const m = momentAt({ ...newRun(T0), index }, all, T0 + itemMs(item) - 1);
        expect(m.position !== null).toBe(item.kind === 'set' && item.per === 'position');
        expect(m.side !== null).toBe(item.kind === 'set' && (item.per === 'side' || item.per === 'direction'));
      });
    }
  });
});
