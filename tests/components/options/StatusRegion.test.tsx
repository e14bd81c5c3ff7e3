// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusRegion } from '../../../components/options/StatusRegion';

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('StatusRegion', () => {
  it('is a polite live region from the first render, even when empty', () => {
    render(<StatusRegion status={null} />, root);
    const region = root.querySelector('#status')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });

  it.each([
    ['saved', 5000],
    ['error', 12000],
  ] as const)('shows a %s message, then hides it after %d ms', (kind, ms) => {
    act(() => render(<StatusRegion status={{ kind, text: 'Saved: x.', id: 1 }} />, root));
    expect(root.textContent).toBe('Saved: x.');
    act(() => {
      vi.advanceTimersByTime(ms - 1);
    });
    expect(root.textContent).toBe('Saved: x.');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(root.textContent).toBe('');
    expect(root.querySelector('#status')).not.toBeNull();
  });

  it('a new message restarts the clock', () => {
    act(() => render(<StatusRegion status={{ kind: 'saved', text: 'one', id: 1 }} />, root));
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    act(() => render(<StatusRegion status={{ kind: 'saved', text: 'two', id: 2 }} />, root));
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(root.textContent).toBe('two');
  });
});
