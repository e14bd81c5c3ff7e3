// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../lib/adapters/i18n';
import { programmeItem } from '../../lib/adapters/programme-item';
import { addDays, dayKey } from '../../lib/time';
import { mount, pageTests, T0 } from './harness';

// Issue 12: the popup shows the programme's week and today's session, and plays it in the
// session window; with no programme running it shows nothing of it.

pageTests();

const line = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="popup-programme"]');
/** A programme started `daysAgo` days before T0's day, with the days in `completed` done. */
const started = (daysAgo: number, completed: string[] = []) =>
  programmeItem.item.setValue({ v: 1, startDay: addDays(dayKey(T0), -daysAgo), repeats: [], completed });

describe('the popup’s programme line', () => {
  it('is not there while no programme runs', async () => {
    const page = await mount();
    await page.advance(50); // the line is fetched after the status has been painted
    expect(page.root.querySelector('[data-testid="status"][data-phase]')).not.toBeNull();
    expect(line(page.root)).toBeNull();
  });

  it('is not there once the programme is over', async () => {
    await started(8 * 7);
    const page = await mount();
    await page.advance(50); // the line is fetched after the status has been painted
    expect(line(page.root)).toBeNull();
  });

  it('comes after the status, below the links, and nothing above it moves', async () => {
    await started(2);
    const page = await mount();
    await page.advance(50); // the line is fetched after the status has been painted
    const section = page.root.querySelector('[data-testid="status"]')!;
    expect(section.lastElementChild).toBe(line(page.root));
  });

  it.each([
    ['week 1, not done', 2, false, 'programme.phase.foundation.name', '1', 'programme.notDone', 'programme.play', '/session.html?window'],
    ['week 1, done: the second breathing round', 2, true, 'programme.phase.foundation.name', '1', 'programme.sessionDone', 'programme.playSecondRound', '/session.html?round=2&window'],
    ['week 4, not done', 3 * 7 + 1, false, 'programme.phase.mobility.name', '4', 'programme.notDone', 'programme.play', '/session.html?window'],
    ['week 6, done: nothing more today', 5 * 7, true, 'programme.phase.strength.name', '6', 'programme.sessionDone', null, null],
  ] as const)('%s', async (_name, daysAgo, done, phase, week, today, button, path) => {
    await started(daysAgo, done ? [dayKey(T0)] : []);
    const onCloseWindow = vi.fn();
    const page = await mount({ onCloseWindow });
    await page.advance(50); // the line is fetched after the status has been painted
    const el = line(page.root)!;
    expect(el.querySelector('h3')!.textContent).toBe(t('programme.title'));
    expect(el.textContent).toContain(t('programme.popupWeek', { n: week, phase: t(phase) }));
    expect(el.querySelector('[data-testid="popup-programme-today"]')!.textContent).toBe(t(today));
    if (!button) {
      expect(el.querySelector('button')).toBeNull();
      return;
    }
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await page.click(t(button));
    await page.advance(50); // the line is fetched after the status has been painted
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: fakeBrowser.runtime.getURL(path as '/session.html'), type: 'popup' }));
    // Then the popup closes, as when a routine moves to its window.
    expect(onCloseWindow).toHaveBeenCalledOnce();
  });

  it('follows the programme when another page records today’s session', async () => {
    await started(2);
    const page = await mount();
    await page.advance(50); // the line is fetched after the status has been painted
    expect(page.root.querySelector('[data-testid="popup-programme-today"]')!.textContent).toBe(t('programme.notDone'));
    await started(2, [dayKey(T0)]);
    await page.advance(50); // the line is fetched after the status has been painted
    expect(page.root.querySelector('[data-testid="popup-programme-today"]')!.textContent).toBe(t('programme.sessionDone'));
  });

  it('says why when the session cannot be opened, and stays open', async () => {
    await started(2);
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no windows'));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no tabs either'));
    const onCloseWindow = vi.fn();
    const page = await mount({ onCloseWindow });
    await page.advance(50);
    await page.click(t('programme.play'));
    await page.advance(0);
    expect(line(page.root)!.querySelector('[role="alert"]')!.textContent).toBe(t('programme.openFailed', { reason: 'no tabs either' }));
    expect(onCloseWindow).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
