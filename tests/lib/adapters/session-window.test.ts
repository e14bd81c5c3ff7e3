import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteSessionWindow, openSessionWindow } from '../../../lib/adapters/session-window';
import { openBreakWindow } from '../../../lib/adapters/windows';

// The programme's session opens in a window of the break window's kind (issue 12), once:
// a second request brings it back; an idle one showing another round or day loads the one
// asked for, one with a run under way is left as it is; a closed one is opened again;
// where the browser has no windows to open, a tab does instead.

const TODAY = '2027-01-13';
const url = (path: string) => fakeBrowser.runtime.getURL(path as '/session.html');
const created = (create: { mock: { calls: unknown[][] } }) => create.mock.calls.map(([data]) => (data as { url?: string }).url);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The session window as open: the page in it said where it stands; its tab is tab 7. */
async function openAs(state: { round: 1 | 2; day: string; running: boolean }) {
  await openSessionWindow(state.round, state.day);
  await noteSessionWindow(state);
  const get = fakeBrowser.windows.get.bind(fakeBrowser.windows);
  vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(async (id, info) => ({ ...(await get(id, info))!, tabs: [{ id: 7 } as never] }));
  return {
    create: vi.spyOn(fakeBrowser.windows, 'create'),
    update: vi.spyOn(fakeBrowser.windows, 'update'),
    load: vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never),
  };
}

describe('the session window', () => {
  it.each([
    [1, '/session.html?window'],
    [2, '/session.html?round=2&window'],
  ] as const)('round %i opens %s in a window without tabs, the break window’s size', async (round, path) => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openSessionWindow(round, TODAY);
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0][0]).toMatchObject({ url: url(path), type: 'popup', width: 440, height: 820, focused: true });
  });

  it('brings back the open window, as it is, for the same round and day', async () => {
    const { create, update, load } = await openAs({ round: 1, day: TODAY, running: false });
    await openSessionWindow(1, TODAY);
    expect(create).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(expect.any(Number), { focused: true, drawAttention: true });
  });

  it.each([
    ['the other round', { round: 1, day: TODAY, running: false }, 2, '/session.html?round=2&window'],
    ['yesterday’s session', { round: 1, day: '2027-01-12', running: false }, 1, '/session.html?window'],
    ['yesterday’s second round', { round: 2, day: '2027-01-12', running: false }, 1, '/session.html?window'],
  ] as const)('an idle window showing %s loads the one asked for', async (_name, state, round, path) => {
    const { create, update, load } = await openAs(state);
    await openSessionWindow(round, TODAY);
    expect(create).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledWith(7, { url: url(path) });
    expect(update).toHaveBeenCalled();
  });

  it('leaves a run under way as it is, whatever is asked for', async () => {
    const { create, update, load } = await openAs({ round: 1, day: '2027-01-12', running: true });
    await openSessionWindow(2, TODAY);
    expect(create).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalled();
  });

  it('opens a new one when the remembered window was closed', async () => {
    await openSessionWindow(1, TODAY);
    vi.spyOn(fakeBrowser.windows, 'get').mockRejectedValue(new Error('No window with id'));
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openSessionWindow(1, TODAY);
    expect(create).toHaveBeenCalledOnce();
  });

  it('remembers the window even when only its page says so (the popup that opened it has closed)', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.windows.create({ url: url('/session.html?window'), type: 'popup', focused: true });
    await noteSessionWindow({ round: 1, day: TODAY, running: false });
    await openSessionWindow(1, TODAY);
    expect(create).toHaveBeenCalledOnce(); // the test's own, none more
  });

  it('opens one window for a double click', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await Promise.all([openSessionWindow(1, TODAY), openSessionWindow(1, TODAY)]);
    expect(create).toHaveBeenCalledOnce();
  });

  it('is not the break window: each is remembered on its own', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await openBreakWindow();
    await openSessionWindow(1, TODAY);
    expect(created(create)).toEqual([url('/break.html'), url('/session.html?window')]);
  });

  it('opens a tab (with a way back to Progress) when the browser opens no window', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('windows.create is not supported'));
    const tab = vi.spyOn(fakeBrowser.tabs, 'create');
    await openSessionWindow(2, TODAY);
    expect(tab).toHaveBeenCalledWith({ url: url('/session.html?round=2') });
  });

  it('says why when neither a window nor a tab opens', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no windows'));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no tabs either'));
    await expect(openSessionWindow(1, TODAY)).rejects.toThrow('no tabs either');
  });
});
