import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Everything in sync and local storage, deep-copied, for before/after comparisons. */
export async function storageSnapshot(): Promise<{ sync: unknown; local: unknown }> {
  const [sync, local] = await Promise.all([fakeBrowser.storage.sync.get(null), fakeBrowser.storage.local.get(null)]);
  return structuredClone({ sync, local });
}

/** Lets queued promise callbacks and zero-delay timers run (storage events, store writes). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
