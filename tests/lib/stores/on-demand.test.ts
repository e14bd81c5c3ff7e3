import { describe, expect, it, vi } from 'vitest';
import { onDemandStore } from '../../../lib/stores/on-demand';

describe('onDemandStore', () => {
  const fakeStore = (ready: Promise<void>) => ({ ready, dispose: vi.fn() });

  it('tries again after a failed fetch, and drops a store that could not read storage', async () => {
    const broken = fakeStore(Promise.reject(new Error('storage')));
    broken.ready.catch(() => {});
    const good = fakeStore(Promise.resolve());
    const create = vi
      .fn<() => Promise<ReturnType<typeof fakeStore>>>()
      .mockRejectedValueOnce(new Error('chunk'))
      .mockResolvedValueOnce(broken)
      .mockResolvedValueOnce(good);
    const store = onDemandStore(create);
    await expect(store.load()).rejects.toThrow('chunk');
    await expect(store.load()).rejects.toThrow('storage');
    expect(broken.dispose).toHaveBeenCalledOnce();
    expect(store.current.value).toBeNull();
    expect(await store.load()).toBe(good);
    expect(store.current.value).toBe(good);
    store.dispose();
    expect(good.dispose).toHaveBeenCalledOnce();
  });
});
