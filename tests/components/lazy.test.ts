import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../components/lazy';
import { loading, loadsSettled } from '../../lib/stores/loading';

describe('onDemand', () => {
  it('fetches once, on first use, and keeps what arrived', async () => {
    const fetch = vi.fn(async () => 'view');
    const view = onDemand(fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect(view.current).toBeUndefined();
    const first = view.load();
    expect(loading()).toBe(true);
    expect(await first).toBe('view');
    expect(await view.load()).toBe('view');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(view.current).toBe('view');
    await loadsSettled();
    expect(loading()).toBe(false);
  });

  it('tries again after a failed fetch', async () => {
    const fetch = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce('view');
    const view = onDemand(fetch);
    await expect(view.load()).rejects.toThrow('gone');
    expect(view.current).toBeUndefined();
    expect(await view.load()).toBe('view');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
