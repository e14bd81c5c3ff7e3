import { describe, expect, it } from 'vitest';
import {
  DAY_LIMIT,
  EVENT_LIMIT,
  HISTORY_SHAPE,
  emptyHistory,
  parseHistory,
  RAW_DAYS,
  recordHistory,
  type History,
  type HistoryEntry,
} from '../../lib/history';
import { DAY, HOUR } from '../../lib/time';
import { readShape } from '../../lib/versioned';

// A fixed Monday, 10:00 local time.
const NOW = new Date(2026, 10, 16, 10, 0).getTime();
const counts = (patch: Partial<Record<HistoryEntry['kind'], number>>) => ({
  'natural-break': 0,
  'routine-completed': 0,
  'routine-partial': 0,
  'routine-abandoned': 0,
  skipped: 0,
  snoozed: 0,
  due: 0,
  ...patch,
});

describe('history: reading what storage held', () => {
  it('migrates a version-1 list (no version, no day totals) to version 2, keeping every entry', () => {
    const v1 = [
      { kind: 'skipped', at: NOW - HOUR },
      { kind: 'natural-break', at: NOW - 2 * HOUR, durationMs: 600_000 },
    ];
    expect(readShape(v1, HISTORY_SHAPE, NOW)).toEqual({
      value: { v: 4, events: v1, days: [] },
      outcome: 'migrated',
    });
  });

  it('migrates version 2 (day totals without active time) to version 3', () => {
    const v2 = { v: 2, events: [], days: [{ day: '2026-01-05', counts: { skipped: 2 } }] };
    expect(readShape(v2, HISTORY_SHAPE, NOW)).toEqual({
      value: { v: 4, events: [], days: [{ day: '2026-01-05', counts: counts({ skipped: 2 }), activeMs: 0 }] },
      outcome: 'migrated',
    });
  });

  it('migrates version 3 (no partial routines yet) to version 4 unchanged', () => {
    const events = [{ kind: 'routine-completed', at: NOW - HOUR, durationMs: 60_000 }];
    const days = [{ day: '2026-01-05', counts: counts({ 'routine-abandoned': 1 }), activeMs: 0 }];
    const { 'routine-partial': _none, ...v3Counts } = days[0].counts;
    expect(readShape({ v: 3, events, days: [{ ...days[0], counts: v3Counts }] }, HISTORY_SHAPE, NOW)).toEqual({
      value: { v: 4, events, days },
      outcome: 'migrated',
    });
  });

  it.each<[string, unknown, boolean]>([
    ['a partial routine with the steps done', { kind: 'routine-partial', at: NOW - HOUR, steps: ['wall-angels'] }, true],
    ['a partial routine with none done', { kind: 'routine-partial', at: NOW - HOUR, steps: [] }, true],
    ['steps that are not a list of ids', { kind: 'routine-partial', at: NOW - HOUR, steps: [3] }, false],
    ['steps on another kind', { kind: 'skipped', at: NOW - HOUR, steps: ['wall-angels'] }, false],
  ])('reads %s: %s', (_label, entry, kept) => {
    expect(parseHistory({ v: 4, events: [entry], days: [] }, NOW).events).toEqual(kept ? [entry] : []);
  });

  it('a version-1 list whose entries are older than eight weeks is folded into day totals, not dropped', () => {
    const old = new Date(2026, 5, 1, 9, 0).getTime();
    const read = parseHistory([{ kind: 'routine-completed', at: old }, { kind: 'routine-completed', at: old + HOUR }], NOW);
    expect(read.events).toEqual([]);
    expect(read.days).toEqual([{ day: '2026-06-01', counts: counts({ 'routine-completed': 2 }), activeMs: 0 }]);
  });

  it('keeps a history written by a newer version out of reach (outcome "newer", no value)', () => {
    expect(readShape({ v: 5, events: [], somethingNew: true }, HISTORY_SHAPE, NOW)).toEqual({ value: null, outcome: 'newer' });
  });

  it.each<[string, unknown, number]>([
    ['nothing stored', undefined, 0],
    ['a string', '[]', 0],
    ['good and malformed entries: only the good one stays', [{ kind: 'skipped', at: NOW - 1 }, { kind: 'bogus', at: NOW - 2 }, { kind: 'snoozed', at: 'x' }, null], 1],
    ['a negative duration', [{ kind: 'natural-break', at: NOW - 5, durationMs: -1 }], 0],
    ['a time in the far past (before Midbreak existed)', [{ kind: 'skipped', at: 5 }], 0],
    ['a time in the far future', [{ kind: 'skipped', at: NOW + 30 * DAY }], 0],
    ['a time of 1e300', [{ kind: 'skipped', at: 1e300 }], 0],
    ['a duration longer than 60 days', [{ kind: 'natural-break', at: NOW - DAY, durationMs: 61 * DAY }], 0],
  ])('%s', (_name, raw, count) => {
    expect(parseHistory(raw, NOW).events).toHaveLength(count);
  });

  it.each<[string, unknown]>([
    ['a malformed day', { day: 'yesterday', counts: {}, activeMs: 0 }],
    ['a negative count', { day: '2026-01-01', counts: { skipped: -1 }, activeMs: 0 }],
    ['a fractional count', { day: '2026-01-01', counts: { skipped: 1.5 }, activeMs: 0 }],
    ['more than a day of active time', { day: '2026-01-01', counts: {}, activeMs: 86_400_001 }],
    ['no active time', { day: '2026-01-01', counts: {} }],
  ])('drops day totals with %s', (_name, day) => {
    expect(parseHistory({ v: 3, events: [], days: [day] }, NOW).days).toEqual([]);
  });

  it('merges doubled days and sorts them', () => {
    const raw = {
      v: 3,
      events: [],
      days: [
        { day: '2026-02-02', counts: counts({ skipped: 1 }), activeMs: 60_000 },
        { day: '2026-01-01', counts: counts({ snoozed: 2 }), activeMs: 0 },
        { day: '2026-02-02', counts: counts({ skipped: 3 }), activeMs: 30_000 },
      ],
    };
    expect(parseHistory(raw, NOW).days).toEqual([
      { day: '2026-01-01', counts: counts({ snoozed: 2 }), activeMs: 0 },
      { day: '2026-02-02', counts: counts({ skipped: 4 }), activeMs: 90_000 },
    ]);
  });
});

describe('history: recording keeps it bounded and loses nothing', () => {
  it(`keeps events of the last ${RAW_DAYS} days raw and folds older ones into their day`, () => {
    const old: HistoryEntry = { kind: 'snoozed', at: NOW - (RAW_DAYS + 1) * DAY };
    const recent: HistoryEntry = { kind: 'skipped', at: NOW - DAY };
    const h = recordHistory({ ...emptyHistory(), events: [old, recent] }, [{ kind: 'routine-completed', at: NOW }], NOW);
    expect(h.events).toEqual([recent, { kind: 'routine-completed', at: NOW }]);
    expect(h.days).toHaveLength(1);
    expect(h.days[0].counts.snoozed).toBe(1);
  });

  it(`folds the oldest events early past ${EVENT_LIMIT}, so every event is still counted`, () => {
    const many = Array.from({ length: EVENT_LIMIT }, (_, i): HistoryEntry => ({ kind: 'skipped', at: NOW - DAY + i }));
    const h = recordHistory({ ...emptyHistory(), events: many }, [{ kind: 'routine-completed', at: NOW }], NOW);
    expect(h.events).toHaveLength(EVENT_LIMIT);
    expect(h.events.at(-1)?.kind).toBe('routine-completed');
    const folded = h.days.reduce((n, d) => n + d.counts.skipped, 0);
    expect(folded + h.events.filter((e) => e.kind === 'skipped').length).toBe(EVENT_LIMIT);
  });

  it(`keeps at most ${DAY_LIMIT} days of totals`, () => {
    const days = Array.from({ length: DAY_LIMIT + 5 }, (_, i) => ({
      day: new Date(2020, 0, 1 + i).toISOString().slice(0, 10),
      counts: counts({ skipped: 1 }),
      activeMs: 0,
    }));
    const h: History = parseHistory({ v: 3, events: [], days }, NOW);
    expect(h.days).toHaveLength(DAY_LIMIT);
    expect(h.days[0].day).toBe(days[5].day);
  });

  it('adds to an existing day rather than repeating it', () => {
    const at = NOW - (RAW_DAYS + 2) * DAY;
    const first = recordHistory(emptyHistory(), [{ kind: 'skipped', at }], NOW);
    const second = recordHistory(first, [{ kind: 'skipped', at: at + HOUR }], NOW);
    expect(second.days).toHaveLength(1);
    expect(second.days[0].counts.skipped).toBe(2);
  });
});

describe('history: active time a day', () => {
  it('adds whole days the schedule hands over, beside the events', () => {
    const h = recordHistory(emptyHistory(), [], NOW, [{ day: '2026-11-15', activeMs: 3 * HOUR }]);
    expect(h.days).toEqual([{ day: '2026-11-15', counts: counts({}), activeMs: 3 * HOUR }]);
    const again = recordHistory(h, [], NOW, [{ day: '2026-11-15', activeMs: HOUR }]);
    expect(again.days[0].activeMs).toBe(4 * HOUR);
  });
});
