// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/adapters/i18n';
import { programmeItem } from '../../../lib/adapters/programme-item';
import { MOVEMENTS } from '../../../lib/movements';
import { PHASES } from '../../../lib/programme';
import { sessionPlan } from '../../../lib/programme-plan';
import { createProgrammeStore, type ProgrammeStore } from '../../../lib/stores/programme-store';
import { dayKey } from '../../../lib/time';
import { SessionPage } from '../../../components/programme/SessionPage';

const T0 = new Date(2027, 0, 13, 9, 0).getTime();
let store: ProgrammeStore;
let root: HTMLElement;

async function mount({ round = 1, onClose, onRun }: { round?: 1 | 2; onClose?: () => void; onRun?: (running: boolean) => void } = {}): Promise<void> {
  store = createProgrammeStore({ today: signal(dayKey(T0)), round });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SessionPage store={store} onClose={onClose} onRun={onRun} />, root);
    await store.ready;
  });
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const testId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const key = async (k: string) => {
  await act(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
  await settle();
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  render(null, root);
  root.remove();
  store.dispose();
  vi.useRealTimers();
});

describe('the session page', () => {
  it('says so when the programme is not running', async () => {
    await mount();
    expect(testId('session-not-running')!.textContent).toBe(t('programme.session.notRunning'));
  });

  it('shows the stop rule first, plays each set and rest, and records the session at the end', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [] });
    await mount();
    const plan = sessionPlan(PHASES[0]);
    expect(testId('session-safety')!.textContent).toBe(t(plan.safety));
    const floorAt = plan.items.findIndex((it) => it.kind === 'set' && MOVEMENTS[it.movement].floorSafety);
    // A session that starts on the floor says how to get down there before it begins.
    expect(!!testId('session-floor')).toBe(floorAt === 0);
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    expect(testId('session-title')!.textContent).toBe(t(MOVEMENTS['diaphragmatic-breathing'].title));
    expect(testId('session-set')!.textContent).toContain(t('programme.set', { n: '1', total: '3' }));
    expect(testId('step-seconds')!.textContent).toContain(String(plan.items[0].kind === 'set' && plan.items[0].estimateSec));
    // The countdown follows the clock.
    await settle(10_000);
    expect(testId('step-seconds')!.textContent).toContain(String((plan.items[0].kind === 'set' ? plan.items[0].estimateSec : 0) - 10));
    // Space pauses, and nothing moves while paused.
    await key(' ');
    expect(testId('session-item')!.dataset.paused).toBe('true');
    await settle(60_000);
    expect(testId('session-item')!.dataset.index).toBe('0');
    await key(' ');
    // → goes on: a rest.
    await key('ArrowRight');
    expect(testId('session-item')!.dataset.kind).toBe('rest');
    expect(testId('session-title')!.textContent).toBe(t('programme.rest'));
    // The first floor set has its safety line, before it (in the rest) and with it.
    while (Number(testId('session-item')!.dataset.index) < floorAt - 1) await key('ArrowRight');
    if (floorAt > 0) expect(testId('session-floor')).not.toBeNull();
    // Let the rest of the session play out by the clock.
    await settle(plan.totalSec * 1000);
    expect(testId('session-recorded')!.textContent).toBe(t('programme.session.recorded'));
    expect(((await programmeItem.item.getValue()) as { completed: string[] }).completed).toEqual([dayKey(T0)]);
  });

  it('Escape stops without recording', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [] });
    await mount();
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    await key('Escape');
    expect(testId('session-stopped')!.textContent).toBe(t('programme.session.stopped'));
    expect(((await programmeItem.item.getValue()) as { completed: string[] }).completed).toEqual([]);
  });

  it('in its own window, offers Close instead of the way back to Progress', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [] });
    const onClose = vi.fn();
    await mount({ onClose });
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    await key('Escape');
    expect(root.querySelector('a')).toBeNull();
    await act(() => button(t('programme.session.close'))!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('plays the second round (the breathing alone) after the day’s session', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [dayKey(T0)] });
    await mount({ round: 2 });
    const plan = sessionPlan(PHASES[0], 2);
    expect(plan.items.every((it) => it.kind === 'rest' || it.movement === 'diaphragmatic-breathing')).toBe(true);
    expect(root.querySelector('h1')!.textContent).toBe(t('programme.secondRoundTitle'));
    expect(testId('session-safety')!.textContent).toBe(t(plan.safety));
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    expect(testId('session-title')!.textContent).toBe(t(MOVEMENTS['diaphragmatic-breathing'].title));
    await settle(plan.totalSec * 1000);
    expect(testId('session-recorded')!.textContent).toBe(t('programme.session.secondRoundDone'));
    expect(((await programmeItem.item.getValue()) as { completed: string[] }).completed).toEqual([dayKey(T0)]);
  });

  it('a second round does not count as the day’s session', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [] });
    await mount({ round: 2 });
    await act(() => button(t('programme.session.begin'))!.click());
    await settle(sessionPlan(PHASES[0], 2).totalSec * 1000 + 1000);
    expect(testId('session-recorded')!.textContent).toBe(t('programme.session.secondRoundDone'));
    expect(((await programmeItem.item.getValue()) as { completed: string[] }).completed).toEqual([]);
  });

  it('says there is no second round in a phase that does nothing twice a day', async () => {
    // Week 3: mobility.
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0 - 15 * 86_400_000), repeats: [], completed: [] });
    await mount({ round: 2 });
    expect(testId('session-no-second-round')!.textContent).toBe(t('programme.session.noSecondRound'));
    expect(button(t('programme.session.begin'))).toBeUndefined();
  });

  it('takes a Y-T-W set through its positions, naming each with its cue', async () => {
    // Week 3: mobility, whose last exercise is done in three positions.
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0 - 15 * 86_400_000), repeats: [], completed: [] });
    await mount();
    const plan = sessionPlan(PHASES[1]);
    const index = plan.items.findIndex((it) => it.kind === 'set' && it.per === 'position');
    const set = plan.items[index];
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    for (let i = 0; i < index; i++) await key('ArrowRight');
    expect(testId('session-item')!.dataset.index).toBe(String(index));
    const positions = MOVEMENTS['ytw-raises'].positions!;
    const third = (set.kind === 'set' ? set.estimateSec : 0) * 1000 / 3;
    for (const [n, cue] of positions.entries()) {
      expect(testId('session-position')!.textContent).toBe(`${t('programme.session.position', { n: String(n + 1), total: '3' })} ${t(cue)}`);
      await settle(third);
    }
  });

  it('says when a run begins and ends, finished or stopped (the window is then brought back as it is, or reloaded)', async () => {
    await programmeItem.item.setValue({ v: 1, startDay: dayKey(T0), repeats: [], completed: [] });
    const onRun = vi.fn();
    await mount({ onRun });
    expect(onRun).not.toHaveBeenCalled();
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    expect(onRun.mock.calls).toEqual([[true]]);
    await settle(sessionPlan(PHASES[0]).totalSec * 1000);
    expect(onRun.mock.calls).toEqual([[true], [false]]);
    render(null, root);
    root.remove();
    store.dispose();
    const stopped = vi.fn();
    await mount({ onRun: stopped });
    await act(() => button(t('programme.session.begin'))!.click());
    await settle();
    await key('Escape');
    expect(stopped.mock.calls).toEqual([[true], [false]]);
  });
});
