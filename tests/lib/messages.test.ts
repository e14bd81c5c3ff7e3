import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../lib/messages';

describe('parseRequest', () => {
  it.each<[unknown, unknown]>([
    [{ type: 'status' }, { type: 'status' }],
    [{ type: 'pause', option: '1h' }, { type: 'pause', option: '1h' }],
    [{ type: 'snooze', extra: 'ignored' }, { type: 'snooze' }],
    [{ type: 'pause', option: '3h' }, null],
    [{ type: 'selfDestruct' }, null],
    ['status', null],
    [null, null],
  ])('%j → %j', (raw, parsed) => {
    expect(parseRequest(raw)).toEqual(parsed);
  });
});
