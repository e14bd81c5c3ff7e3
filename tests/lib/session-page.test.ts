import { describe, expect, it } from 'vitest';
import { parseSessionQuery, sessionPath, type SessionQuery } from '../../lib/session-page';

describe('the session page address', () => {
  it.each<[SessionQuery, string]>([
    [{ round: 1, inWindow: false }, '/session.html'],
    [{ round: 1, inWindow: true }, '/session.html?window'],
    [{ round: 2, inWindow: false }, '/session.html?round=2'],
    [{ round: 2, inWindow: true }, '/session.html?round=2&window'],
  ])('%o is %s, and reads back the same', (query, path) => {
    expect(sessionPath(query)).toBe(path);
    expect(parseSessionQuery(new URL(path, 'chrome-extension://midbreak').search)).toEqual(query);
  });

  it.each([
    ['', { round: 1, inWindow: false }],
    ['?round=3', { round: 1, inWindow: false }],
    ['?round=two&window=1', { round: 1, inWindow: true }],
    ['?foo', { round: 1, inWindow: false }],
  ])('reads %j as %o', (search, query) => {
    expect(parseSessionQuery(search)).toEqual(query);
  });
});
