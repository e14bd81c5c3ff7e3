import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Gives WXT's fake browser the APIs it lacks (idle, commands, action.openPopup) as spies,
 * so the real background wiring can run against it. Call after `fakeBrowser.reset()`.
 */
export function completeFakeBrowser() {
  const idleListeners: ((state: string) => void)[] = [];
  const commandListeners: ((command: string) => void)[] = [];
  const fb = fakeBrowser as unknown as Record<string, unknown> & { action: Record<string, unknown> };
  fb.idle = {
    setDetectionInterval: vi.fn(),
    queryState: vi.fn(async () => 'active'),
    onStateChanged: {
      addListener: (l: (s: string) => void) => idleListeners.push(l),
      removeListener: (l: (s: string) => void) => idleListeners.splice(idleListeners.indexOf(l), 1),
    },
  };
  fb.commands = {
    onCommand: {
      addListener: (l: (c: string) => void) => commandListeners.push(l),
      removeListener: (l: (c: string) => void) => commandListeners.splice(commandListeners.indexOf(l), 1),
    },
  };
  const openPopup = vi.fn(async () => {
    throw new Error('openPopup is not allowed here');
  });
  fb.action.openPopup = openPopup;
  return {
    setIdle: (state: 'active' | 'idle' | 'locked') => idleListeners.forEach((l) => l(state)),
    runCommand: (command: string) => commandListeners.forEach((l) => l(command)),
    openPopup,
  };
}
