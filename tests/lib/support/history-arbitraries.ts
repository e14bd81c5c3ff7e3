import fc from 'fast-check';
import { HISTORY_KINDS, HISTORY_VERSION, MAX_EVENT_MS, type DayTotals, type History, type HistoryEntry } from '../../../lib/history';
import { EARLIEST_TIME } from '../../../lib/time';

/** The moment the generated histories are read at: every generated time is at or before it. */
export const HISTORY_NOW = new Date(2026, 2, 14, 9, 30).getTime();

/** A well-formed history entry of the last eight weeks (times as the background writes them: whole milliseconds). */
export const historyEntryArb: fc.Arbitrary<HistoryEntry> = fc.oneof(
  fc.record({ kind: fc.constantFrom(...HISTORY_KINDS), at: fc.integer({ min: HISTORY_NOW - 55 * 86_400_000, max: HISTORY_NOW }) }, { noNullPrototype: true }),
  fc.record({
    kind: fc.constantFrom(...HISTORY_KINDS),
    at: fc.integer({ min: HISTORY_NOW - 55 * 86_400_000, max: HISTORY_NOW }),
    durationMs: fc.oneof(fc.nat({ max: MAX_EVENT_MS }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })),
  }, { noNullPrototype: true }),
);

const dayArb: fc.Arbitrary<DayTotals> = fc.record({
  day: fc.integer({ min: EARLIEST_TIME, max: HISTORY_NOW - 60 * 86_400_000 }).map((t) => new Date(t).toISOString().slice(0, 10)),
  counts: fc.record(Object.fromEntries(HISTORY_KINDS.map((k) => [k, fc.nat({ max: 50 })])) as Record<HistoryEntry['kind'], fc.Arbitrary<number>>, { noNullPrototype: true }),
  activeMs: fc.nat({ max: 86_400_000 }),
}, { noNullPrototype: true });

/** A valid stored history: recent events in order, older days with totals, one entry a day. */
export const historyArb: fc.Arbitrary<History> = fc
  .record({ events: fc.array(historyEntryArb, { maxLength: 40 }), days: fc.uniqueArray(dayArb, { maxLength: 20, selector: (d) => d.day }) })
  .map(({ events, days }) => ({
    v: HISTORY_VERSION,
    events: [...events].sort((a, b) => a.at - b.at),
    days: [...days].sort((a, b) => (a.day < b.day ? -1 : 1)),
  }));
