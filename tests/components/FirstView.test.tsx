// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App';
import { saveRoutineProgress } from '../../lib/adapters/routine-items';
import { startProgress } from '../../lib/routine-progress';
import { createStores, type Stores } from '../../lib/stores/stores';
import { renderPopupFirstView } from '../../scripts/prerender-popup';
import { pageTests, T0 } from './harness';

// The popup's first view is rendered into popup.html at build time (scripts/popup-build.ts).
// The page must take it over without drawing it again: App's first render is that markup,
// node for node, and the script keeps the nodes the HTML made.

const env = pageTests();
let stores: Stores | null = null;
let root: HTMLElement | null = null;
afterEach(async () => {
  await act(async () => {
    if (root) render(null, root);
    stores?.dispose();
    root?.remove();
  });
});

/** What a browser builds from the HTML: the pre-rendered markup, parsed. */
function prerendered(): HTMLElement {
  const el = document.createElement('div');
  el.id = 'app';
  el.innerHTML = renderPopupFirstView();
  document.body.append(el);
  return el;
}

/** The page's script: real stores on the fake browser, rendered over what the HTML holds. */
function takeOver(into: HTMLElement): Stores {
  const s = createStores();
  render(<App stores={s} place="popup" initialView={null} />, into);
  return s;
}

describe('the pre-rendered first view', () => {
  it('is what the page draws before it has read anything', () => {
    const page = document.createElement('div');
    stores = takeOver(page);
    root = page;
    const html = prerendered();
    expect(page.innerHTML).toBe(html.innerHTML);
    html.remove();
  });

  it('shows a placeholder status (aria-busy) with the primary button, which waits for the script', () => {
    root = prerendered();
    const status = root.querySelector('[data-testid="status"]')!;
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.hasAttribute('data-phase')).toBe(false);
    const primary = root.querySelector<HTMLButtonElement>('[data-primary]')!;
    expect(primary.textContent).toBe('Start routine');
    expect(primary.disabled).toBe(true);
  });

  it('is kept, node for node, when the script takes it over, and then shows the status', async () => {
    root = prerendered();
    const primary = root.querySelector('[data-primary]')!;
    const card = root.querySelector('.status-card')!;
    await act(async () => {
      stores = takeOver(root!);
    });
    expect(root.querySelector('[data-primary]')).toBe(primary);
    expect(root.querySelector('.status-card')).toBe(card);
    expect((primary as HTMLButtonElement).disabled).toBe(false); // the script is in charge now
    await act(async () => {
      await stores!.ready;
    });
    const status = root.querySelector('[data-testid="status"]')!;
    expect(status.getAttribute('data-phase')).toBe('working');
    expect(status.hasAttribute('aria-busy')).toBe(false);
    expect(root.querySelector('[data-testid="next-break"]')?.textContent).toBe('45:00');
    expect(root.querySelector('[data-primary]')).toBe(primary);
    expect(root.querySelector('.status-card')).toBe(card);
    expect(root.querySelector('nav.links')).not.toBeNull(); // drawn once the status is known
  });
});

describe('a press before the status is read', () => {
  it('starts the routine once the page knows none is under way', async () => {
    root = prerendered();
    act(() => {
      stores = takeOver(root!); // the script runs; its first effects enable the button
    });
    expect(stores!.schedule.status.value).toBeNull(); // nothing read yet
    await act(async () => {
      (root!.querySelector('[data-primary]') as HTMLButtonElement).click();
      await stores!.ready;
      await vi.advanceTimersByTimeAsync(0);
      await stores!.loadRoutine();
      await vi.advanceTimersByTimeAsync(0);
    });
    await env.backgroundSettled();
    expect(env.requests.filter((r) => r.type === 'startNow')).toHaveLength(1);
    expect(stores!.routine.value?.progress.value?.beganAt).toBe(T0);
  });

  it('joins a routine under way instead of starting it over', async () => {
    const running = { ...startProgress('desk-60', T0 - 10_000), pending: false };
    await saveRoutineProgress(running);
    root = prerendered();
    act(() => {
      stores = takeOver(root!);
    });
    expect(stores!.schedule.status.value).toBeNull();
    await act(async () => {
      (root!.querySelector('[data-primary]') as HTMLButtonElement).click();
      await stores!.ready;
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(env.requests.filter((r) => r.type === 'startNow')).toHaveLength(0);
    expect(stores!.routine.value?.progress.value?.beganAt).toBe(T0 - 10_000);
  });
});
