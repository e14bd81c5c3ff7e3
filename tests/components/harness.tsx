import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { saveSafetyNoteSeen } from '../../lib/adapters/safety-items';
import { startBackground } from '../../lib/background/start';
import type { Request } from '../../lib/messages';
import { loading, loadsSettled } from '../../lib/stores/loading';
import { createStores, type Stores } from '../../lib/stores/stores';
import type { View } from '../../lib/views';
import { completeFakeBrowser } from '../lib/background/fake-env';

/** A fixed Monday, 10:00 local time. */
export const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();

/** Records every request pages send; the real background (started by `pageTests`) answers them. */
export function listenForRequests(): Request[] {
  const seen: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message as Request);
    return undefined;
  });
  return seen;
}

/** Pages mounted and not yet closed; `pageTests()` closes what a test left open. */
const openPages = new Set<Mounted>();

/**
 * The per-test setup every page test shares: a reset fake browser, a fake clock at T0,
 * the first-run note already seen and the pages' requests recorded (read them through
 * the returned object); pages a test leaves open are closed after it.
 */
export function pageTests(): {
  readonly requests: Request[];
  readonly browser: ReturnType<typeof completeFakeBrowser>;
  /** Resolves once the background has handled every event so far (a storage write it reacts to). */
  backgroundSettled(): Promise<void>;
} {
  let requests: Request[] = [];
  let background: ReturnType<typeof startBackground> | null = null;
  let env: ReturnType<typeof completeFakeBrowser>;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    requests = listenForRequests();
    // The real background on the fake browser: pages and worker share storage, as in a browser.
    env = completeFakeBrowser();
    background = startBackground();
    await background.engine.settled();
    await saveSafetyNoteSeen();
  });
  afterEach(async () => {
    for (const page of [...openPages]) await page.close();
    await background?.engine.settled();
    background?.dispose();
    vi.useRealTimers();
  });
  return {
    get requests() {
      return requests;
    },
    /** The browser events the fake lacks (the keyboard shortcut, idle changes). */
    get browser() {
      return env;
    },
    async backgroundSettled() {
      await vi.advanceTimersByTimeAsync(0); // let the storage event reach the background
      await background?.engine.settled();
    },
  };
}

/** A matchMedia stand-in that answers the reduced-motion query with `reduce`. */
export function mediaWindow(reduce: boolean): Pick<Window, 'matchMedia'> {
  return {
    matchMedia: (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  };
}

export interface Mounted {
  stores: Stores;
  root: HTMLElement;
  /** Moves the fake clock on and lets the page re-render. */
  advance(ms: number): Promise<void>;
  /** Finds a button by its accessible name (aria-label, else its text). */
  button(name: string): HTMLButtonElement;
  queryButton(name: string): HTMLButtonElement | null;
  click(name: string): Promise<void>;
  key(key: string): Promise<void>;
  text(testId: string): string;
  /** Closes the page as a browser would: pagehide (unless the browser skips it), then the stores and DOM go away. */
  close(opts?: { pagehide?: boolean }): Promise<void>;
}

/**
 * Lets the page re-render until no view or store is still loading: code fetched on demand
 * arrives after a dynamic import, which no fake clock can hurry, so the wait is for those
 * loads themselves, never for a stretch of real time.
 */
async function settle(): Promise<void> {
  do {
    await act(async () => {
      await loadsSettled();
      await vi.advanceTimersByTimeAsync(0);
    });
  } while (loading());
}

function nameOf(b: HTMLButtonElement): string {
  return (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
}

/** Mounts one Midbreak page (a fresh set of stores) and waits until it has read storage. */
export async function mount(
  opts: {
    place?: 'popup' | 'window';
    view?: View | null;
    reduce?: boolean;
    beep?: () => void;
    speak?: (text: string) => void;
    onCloseWindow?: () => void;
  } = {},
): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  const stores = createStores();
  await act(async () => {
    render(
      <App
        stores={stores}
        place={opts.place ?? 'popup'}
        initialView={opts.view ?? null}
        win={mediaWindow(opts.reduce ?? false)}
        beep={opts.beep}
        speak={opts.speak}
        onCloseWindow={opts.onCloseWindow}
      />,
      root,
    );
    await stores.ready;
  });
  await settle();
  const queryButton = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => nameOf(b) === name) ?? null;
  const m: Mounted = {
    stores,
    root,
    async advance(ms) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
      await settle();
    },
    queryButton,
    button(name) {
      const b = queryButton(name);
      if (!b) throw new Error(`No button "${name}" in: ${[...root.querySelectorAll('button')].map(nameOf).join(' | ')}`);
      return b;
    },
    async click(name) {
      await act(async () => {
        m.button(name).click();
        await vi.advanceTimersByTimeAsync(0);
      });
      await settle();
    },
    async key(key) {
      await act(async () => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : key, bubbles: true }));
        await vi.advanceTimersByTimeAsync(0);
      });
      await settle();
    },
    text(testId) {
      return root.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
    },
    async close({ pagehide = true } = {}) {
      openPages.delete(m);
      await act(async () => {
        if (pagehide) stores.leave(); // what the page's pagehide listener does (entrypoints/*/main.tsx)
        render(null, root);
        stores.dispose();
        root.remove();
        await vi.advanceTimersByTimeAsync(0);
      });
    },
  };
  openPages.add(m);
  return m;
}
