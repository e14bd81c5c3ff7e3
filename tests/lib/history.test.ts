import { describe, expect, it } from 'vitest';
import { appendHistory, HISTORY_LIMIT, parseHistory } from '../../lib/history';

describe('history', () => {
  it('drops the oldest entries past the limit', () => {
    const many = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ kind: 'skipped' as const, at: i }));
    const out = appendHistory(many, [{ kind: 'routine-completed', at: HISTORY_LIMIT }]);
    expect(out).toHaveLength(HISTORY_LIMIT);
    expect(out[0].at).toBe(1);
    expect(out.at(-1)?.kind).toBe('routine-completed');
  });

  it.each<[unknown, number]>([
    [undefined, 0],
    ['[]', 0],
    [[{ kind: 'skipped', at: 1 }, { kind: 'bogus', at: 2 }, { kind: 'snoozed', at: 'x' }, null], 1],
    [[{ kind: 'natural-break', at: 5, durationMs: -1 }], 0],
  ])('keeps only well-formed entries of %j', (raw, count) => {
    expect(parseHistory(raw)).toHaveLength(count);
  });
});
