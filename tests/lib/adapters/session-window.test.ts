import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSessionWindow } from '../../../lib/adapters/session-window';
import { openBreakWindow } from '../../../lib/adapters/windows';

// The programme's session opens in a window of the break window's kind (issue 12), once:
// a second request focuses it; a closed one is opened again; where the browser has no
// windows to open, a tab does instead.

const url = (path: string) => fakeBrowser.runtime.getURL(path as '/session.html');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the session window', () => {
  it.each([
    [1, '/session.html?window'],
    [2, '/session.html?round=2&window'],
  ] as const)('round %i opens %s in a window without tabs, the break window’s size', async (round, path) => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openSessionWindow(round);
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0][0]).toMatchObject({ url: url(path), type: 'popup', width: 440, height: 820, focused: true });
  });

  it('focuses the open window instead of opening a second', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const update = vi.spyOn(fakeBrowser.windows, 'update');
    await openSessionWindow(1);
    await openSessionWindow(1);
    expect(create).toHaveBeenCalledOnce();
    const id = (await create.mock.results[0].value).id;
    expect(update).toHaveBeenCalledWith(id, { focused: true, drawAttention: true });
  });

  it('opens a new one when the remembered window was closed', async () => {
    await openSessionWindow(1);
    vi.spyOn(fakeBrowser.windows, 'update').mockRejectedValue(new Error('No window with id'));
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openSessionWindow(1);
    expect(create).toHaveBeenCalledOnce();
  });

  it('is not the break window: each is remembered on its own', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openBreakWindow();
    await openSessionWindow(1);
    expect(create.mock.calls.map(([data]) => data?.url)).toEqual([url('/break.html'), url('/session.html?window')]);
  });

  it('opens a tab (with a way back to Progress) when the browser opens no window', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('windows.create is not supported'));
    const tab = vi.spyOn(fakeBrowser.tabs, 'create');
    await openSessionWindow(2);
    expect(tab).toHaveBeenCalledWith({ url: url('/session.html?round=2') });
  });
});
