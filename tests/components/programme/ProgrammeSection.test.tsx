// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/adapters/i18n';
import { programmeItem } from '../../../lib/adapters/programme-item';
import { dayKey } from '../../../lib/time';
import { ProgressPage } from '../../../components/progress/ProgressPage';
import { createProgressStore, type ProgressStore } from '../../../lib/stores/progress-store';

// A zone with a daylight-saving change: Sunday 28 March 2027 has 23 hours in Berlin.
vi.hoisted(() => {
  process.env.TZ = 'Europe/Berlin';
});

let store: ProgressStore;
let root: HTMLElement;

async function mount(): Promise<void> {
  store = createProgressStore({ tickMs: 1000 });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<ProgressPage store={store} />, root);
    await store.ready;
  });
}

async function click(el: HTMLElement | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.click();
    await vi.advanceTimersByTimeAsync(0);
  });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** Moves the clock to `at` and lets the page's tick follow it. */
async function goTo(at: number): Promise<void> {
  await act(async () => {
    vi.setSystemTime(at);
    await vi.advanceTimersByTimeAsync(1000);
  });
}

const section = () => root.querySelector<HTMLElement>('[data-testid="programme"]')!;
const button = (name: string) => [...section().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const week = () => section().querySelector('[data-testid="programme-week"] strong')?.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.restoreAllMocks();
  render(null, root);
  root.remove();
  store.dispose();
  vi.useRealTimers();
});

describe('the 8-week programme on the Progress page', () => {
  it('says what it is before it starts, and starts today', async () => {
    const at = new Date(2027, 0, 13, 9, 0).getTime();
    vi.setSystemTime(at);
    await mount();
    expect(section().dataset.state).toBe('none');
    expect(section().textContent).toContain(t('programme.consistency'));
    expect(section().textContent).toContain(t('programme.improvement'));
    await click(button(t('programme.start')));
    expect(await programmeItem.item.getValue()).toEqual({ v: 1, startDay: dayKey(at), repeats: [], completed: [] });
    expect(section().dataset.state).toBe('running');
    expect(week()).toBe(t('programme.weekOfEight', { n: '1' }));
    expect(section().textContent).toContain(t('programme.phase.foundation.name'));
    const items = [...section().querySelectorAll('[data-testid="programme-exercises"] li')].map((li) => (li as HTMLElement).dataset.movement);
    expect(items).toEqual(['diaphragmatic-breathing', 'lying-rotation', 'prone-scapular-setting']);
    expect(section().querySelector('[data-testid="programme-today"]')!.getAttribute('data-done')).toBe('false');
    // Foundation breathes twice a day: a second round is offered.
    expect(section().querySelector('[data-testid="programme-second"]')!.textContent).toContain(t('programme.secondRound'));
    expect(section().querySelector('[role="status"]')!.textContent).toBe(t('programme.started'));
  });

  it('counts weeks in local calendar days across a daylight-saving change', async () => {
    // Started late on Saturday 27 March; the clocks go forward that night.
    expect(new Date(2027, 2, 28, 12).getTimezoneOffset()).not.toBe(new Date(2027, 2, 27, 12).getTimezoneOffset());
    const start = new Date(2027, 2, 27, 23, 30).getTime();
    vi.setSystemTime(start);
    await mount();
    await click(button(t('programme.start')));
    expect(week()).toBe(t('programme.weekOfEight', { n: '1' }));
    // Seven calendar days later is 7 × 24 h − 1 h: still week 1 just before midnight…
    await goTo(new Date(2027, 3, 2, 23, 50).getTime());
    expect(week()).toBe(t('programme.weekOfEight', { n: '1' }));
    // …and week 2 from midnight, though 7 × 24 h have not yet passed.
    await goTo(new Date(2027, 3, 3, 0, 10).getTime());
    expect(new Date(2027, 3, 3, 0, 10).getTime() - start).toBeLessThan(7 * 24 * 3600_000);
    expect(week()).toBe(t('programme.weekOfEight', { n: '2' }));
  });

  it('shows a session done, repeats a week, and asks the check-in at the end of a block', async () => {
    // Week 2, its last day (day 14), session done today.
    vi.setSystemTime(new Date(2027, 0, 14, 18, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-01', repeats: [], completed: ['2027-01-14'] });
    await mount();
    expect(week()).toBe(t('programme.weekOfEight', { n: '2' }));
    expect(section().querySelector('[data-testid="programme-today"]')!.textContent).toBe(t('programme.sessionDone'));
    expect(section().querySelector('[data-testid="programme-checkin"]')!.textContent).toContain(t('programme.checkIn'));
    await click(button(t('programme.repeatWeek')));
    expect(((await programmeItem.item.getValue()) as { repeats: number[] }).repeats).toEqual([2]);
    expect(button(t('programme.repeatWeek'))).toBeUndefined();
    // Next calendar week is week 2 again, foundation still.
    await goTo(new Date(2027, 0, 15, 9, 0).getTime());
    expect(week()).toBe(t('programme.weekOfEight', { n: '2' }));
    expect(section().textContent).toContain(t('programme.repeated'));
  });

  it('answers the phase-end check-in through the page’s check-in', async () => {
    vi.setSystemTime(new Date(2027, 0, 28, 18, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-01', repeats: [], completed: [] });
    await mount();
    expect(week()).toBe(t('programme.weekOfEight', { n: '4' }));
    const form = section().querySelector<HTMLElement>('[data-testid="programme-checkin"]')!;
    await click(form.querySelector<HTMLInputElement>('input[value="3"]'));
    await click(form.querySelector<HTMLButtonElement>('button[type="submit"]'));
    expect(store.checkIns.todays()).toMatchObject({ day: '2027-01-28', score: 3 });
  });

  it('says when the programme is finished', async () => {
    vi.setSystemTime(new Date(2027, 5, 1, 9, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-03-01', repeats: [], completed: [] });
    await mount();
    expect(section().querySelector('[data-testid="programme-finished"]')!.textContent).toBe(t('programme.finished'));
    expect(section().querySelector('[data-testid="programme-rule"]')!.textContent).toBe(t('programme.improvementRule'));
  });

  // The 6–8-week rule comes with the check-ins from week 6 on (RULE_WEEKS), and at the end.
  it.each([
    [2, false],
    [4, false],
    [6, true],
    [8, true],
  ])('at the check-in of week %i, the 6–8-week rule: %s', async (week, shown) => {
    vi.setSystemTime(new Date(2027, 0, week * 7, 18, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-01', repeats: [], completed: [] });
    await mount();
    expect(section().querySelector('[data-testid="programme-checkin"]')).not.toBeNull();
    expect(!!section().querySelector('[data-testid="programme-rule"]')).toBe(shown);
  });

  it.each([
    [t('programme.play'), '/session.html?window'],
    [t('programme.playSecondRound'), '/session.html?round=2&window'],
  ])('"%s" opens %s in the session window', async (name, path) => {
    vi.setSystemTime(new Date(2027, 0, 13, 9, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-10', repeats: [], completed: [] });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await mount();
    await click(button(name));
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: fakeBrowser.runtime.getURL(path as '/session.html'), type: 'popup' }));
  });

  it('offers no second round in a phase that does nothing twice a day', async () => {
    vi.setSystemTime(new Date(2027, 0, 20, 9, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-01', repeats: [], completed: [] });
    await mount();
    expect(section().textContent).toContain(t('programme.phase.mobility.name'));
    expect(section().querySelector('[data-testid="programme-second"]')).toBeNull();
    expect(button(t('programme.playSecondRound'))).toBeUndefined();
  });

  it('says why when the session cannot be opened', async () => {
    vi.setSystemTime(new Date(2027, 0, 13, 9, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-10', repeats: [], completed: [] });
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no windows'));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no tabs either'));
    await mount();
    await click(button(t('programme.play')));
    expect(section().querySelector('[data-testid="programme-open-error"]')!.textContent).toBe(t('programme.openFailed', { reason: 'no tabs either' }));
  });

  it('counts the rule’s weeks in calendar weeks: with two weeks repeated, it comes at the check-in of programme week 4', async () => {
    // Started 1 January, weeks 1 and 2 repeated: programme week 4 ends on calendar day 42.
    vi.setSystemTime(new Date(2027, 0, 42, 18, 0).getTime());
    await programmeItem.item.setValue({ v: 1, startDay: '2027-01-01', repeats: [1, 2], completed: [] });
    await mount();
    expect(week()).toBe(t('programme.weekOfEight', { n: '4' }));
    expect(section().querySelector('[data-testid="programme-checkin"]')).not.toBeNull();
    expect(section().querySelector('[data-testid="programme-rule"]')).not.toBeNull();
  });
});
