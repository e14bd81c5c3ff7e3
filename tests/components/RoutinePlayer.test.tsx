// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routineProgressItem } from '../../lib/adapters/routine-progress-item';
import { scheduleItem } from '../../lib/adapters/schedule-item';
import { initialScheduleState } from '../../lib/schedule-state';
import { mount, pageTests, T0, type Mounted } from './harness';

const pages = pageTests();

async function startRoutine(opts: Parameters<typeof mount>[0] = {}): Promise<Mounted> {
  const page = await mount(opts);
  await page.click('Start routine');
  return page;
}

beforeEach(async () => {
  await scheduleItem.item.setValue(initialScheduleState(T0));
});

describe('RoutinePlayer', () => {
  it('advances step by step on its own, counting down each step', async () => {
    const page = await startRoutine();
    expect(pages.requests).toContainEqual({ type: 'startNow' });
    expect(page.text('step-title')).toBe('Wall angels');
    expect(page.text('step-seconds')).toBe('20s');
    expect(page.text('step-dose')).toBe('5 slow reps');

    const seen: [number, string, string][] = [];
    for (const at of [5, 19, 20, 39, 40, 59]) {
      await page.advance(at * 1000 - (Date.now() - T0));
      seen.push([at, page.text('step-title'), page.text('step-seconds')]);
    }
    expect(seen).toEqual([
      [5, 'Wall angels', '15s'],
      [19, 'Wall angels', '1s'],
      [20, 'Shoulder-blade squeezes', '20s'],
      [39, 'Shoulder-blade squeezes', '1s'],
      [40, 'Seated twist', '20s'],
      [59, 'Seated twist', '1s'],
    ]);
    const bar = page.root.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('59');
  });

  it('pause stops the countdown and resume carries on from the same second', async () => {
    const page = await startRoutine();
    await page.advance(6000);
    expect(page.text('step-seconds')).toBe('14s');
    await page.click('Pause');
    await page.advance(30_000);
    expect(page.text('step-seconds')).toBe('14s');
    expect(page.text('step-title')).toBe('Wall angels');
    await page.click('Resume');
    await page.advance(4000);
    expect(page.text('step-seconds')).toBe('10s');
  });

  it('Space pauses and resumes; the arrow keys move between steps', async () => {
    const page = await startRoutine();
    await page.advance(3000);
    await page.key(' ');
    expect(page.queryButton('Resume')).not.toBeNull();
    await page.advance(10_000);
    expect(page.text('step-seconds')).toBe('17s');
    await page.key('ArrowRight');
    expect(page.text('step-title')).toBe('Shoulder-blade squeezes');
    expect(page.text('step-seconds')).toBe('20s');
    await page.key('ArrowRight');
    expect(page.text('step-title')).toBe('Seated twist');
    await page.key('ArrowLeft');
    expect(page.text('step-title')).toBe('Shoulder-blade squeezes');
    await page.key(' ');
    await page.advance(5000);
    expect(page.text('step-seconds')).toBe('15s');
  });

  it('the buttons move between steps, and cannot go past either end', async () => {
    const page = await startRoutine();
    expect(page.button('Previous step').disabled).toBe(true);
    await page.click('Next step');
    await page.click('Next step');
    expect(page.text('step-title')).toBe('Seated twist');
    expect(page.button('Next step').disabled).toBe(true);
    await page.click('Previous step');
    expect(page.text('step-title')).toBe('Shoulder-blade squeezes');
  });

  it('shows the switch-sides cue at the seated twist’s midpoint', async () => {
    const page = await startRoutine();
    await page.advance(49_000);
    expect(page.text('step-title')).toBe('Seated twist');
    expect(page.text('switch-cue')).toBe('');
    expect(page.text('step-dose')).toContain('first side');
    await page.advance(1000);
    expect(page.text('switch-cue')).toBe('Switch sides: now turn the other way.');
    expect(page.text('step-dose')).toContain('second side');
    await page.advance(4000);
    expect(page.text('switch-cue')).toBe('');
    expect(page.text('step-dose')).toContain('second side');
  });

  it('finishing shows the finish screen, clears the progress and tells the background', async () => {
    const page = await startRoutine();
    await page.advance(59_000);
    expect(pages.requests).not.toContainEqual({ type: 'routineFinished' });
    await page.advance(1000);
    expect(page.root.querySelector('h2#finish-title')?.textContent).toBe('Routine done');
    expect(pages.requests.filter((r) => r.type === 'routineFinished')).toHaveLength(1);
    expect(await routineProgressItem.getValue()).toBeNull();
    expect(page.text('finish-next-break')).not.toBe('');
    await page.click('Desk checklist');
    expect(page.root.querySelector('h2')?.textContent).toBe('Desk checklist');
  });

  it('"Stop routine" tells the background the routine was abandoned', async () => {
    const page = await startRoutine();
    await page.advance(8000);
    await page.click('Stop routine');
    expect(pages.requests).toContainEqual({ type: 'routineAbandoned' });
    expect(pages.requests).not.toContainEqual({ type: 'routineFinished' });
    expect(await routineProgressItem.getValue()).toBeNull();
    expect(page.root.querySelector('[data-testid="status"]')).not.toBeNull();
  });

  it('closing the popup mid-routine and opening it again resumes from the stored progress', async () => {
    const first = await startRoutine();
    await first.advance(25_000);
    expect(first.text('step-title')).toBe('Shoulder-blade squeezes');
    expect(await routineProgressItem.getValue()).not.toBeNull();
    await first.close();

    await vi.advanceTimersByTimeAsync(40_000); // the popup stays closed for a while
    const again = await mount();
    expect(again.text('step-title')).toBe('Shoulder-blade squeezes');
    expect(again.text('step-seconds')).toBe('15s');
    expect(again.root.textContent).toContain('You stopped at step 2 of 3');
    await again.advance(10_000);
    expect(again.text('step-seconds')).toBe('15s'); // waits for the user
    await again.click('Carry on');
    await again.advance(5000);
    expect(again.text('step-seconds')).toBe('10s');
  });

  it('a popup closed without pagehide resumes from the last second it was seen', async () => {
    const first = await startRoutine();
    await first.advance(13_000);
    await first.close({ pagehide: false });
    await vi.advanceTimersByTimeAsync(60_000);
    const again = await mount();
    // Seen every 2 s while running: at most that much is repeated, nothing is skipped.
    expect(Number(again.text('step-seconds').replace('s', ''))).toBeGreaterThanOrEqual(7);
    expect(Number(again.text('step-seconds').replace('s', ''))).toBeLessThanOrEqual(9);
    expect(again.text('step-title')).toBe('Wall angels');
  });

  it('reopening offers to start over', async () => {
    const first = await startRoutine();
    await first.advance(45_000);
    await first.close();
    const again = await mount();
    expect(again.text('step-title')).toBe('Seated twist');
    await again.click('Start over');
    expect(again.text('step-title')).toBe('Wall angels');
    expect(again.text('step-seconds')).toBe('20s');
    await again.advance(1000);
    expect(again.text('step-seconds')).toBe('19s');
  });

  it('progress left far too long is not offered back', async () => {
    const first = await startRoutine();
    await first.advance(5000);
    await first.close();
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    const again = await mount();
    expect(again.root.querySelector('[data-testid="routine-player"]')).toBeNull();
    expect(await routineProgressItem.getValue()).toBeNull();
  });

  it('opens straight into the routine when a break was started elsewhere (the shortcut), its clock starting when shown', async () => {
    pages.browser.runCommand('start-routine');
    await vi.advanceTimersByTimeAsync(5000); // the routine waits, unseen, for a page to show it
    const page = await mount();
    expect(page.text('step-title')).toBe('Wall angels');
    await page.advance(2000);
    expect(page.text('step-seconds')).toBe('18s');
  });

  it('corrupt stored progress means no routine, not a crash', async () => {
    await routineProgressItem.setValue({ v: 1, routineId: 5, pauses: 'x' });
    const page = await mount();
    expect(page.root.querySelector('[data-testid="status"]')).not.toBeNull();
  });

  it.each([
    [false, 'figure-animated', 1],
    [true, 'figure-still', 2],
  ])('reduced motion %s shows %s', async (reduce, testId, pictures) => {
    const page = await startRoutine({ reduce });
    const figure = page.root.querySelector(`[data-testid="${testId}"]`)!;
    expect(figure).not.toBeNull();
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(pictures);
    // The picture moves with the routine's clock (the phase it is given), never on a loop of its own.
    expect(figure.querySelectorAll('animate')).toHaveLength(0);
    for (const svg of svgs) {
      const title = svg.querySelector('title')!.textContent!;
      expect(title).toMatch(/^Wall angels/);
      expect(svg.getAttribute('aria-labelledby')).toContain(svg.querySelector('title')!.id);
    }
    if (reduce) {
      expect([...svgs].map((s) => s.querySelector('title')!.textContent)).toEqual([
        'Wall angels: start position',
        'Wall angels: end position',
      ]);
    }
  });

  it('plays the step sound at every new cue (rep, squeeze, release, step, side) only when it is switched on', async () => {
    const beep = vi.fn();
    const quiet = await startRoutine({ beep });
    await quiet.advance(21_000);
    expect(beep).not.toHaveBeenCalled();
    await quiet.click('Step sound: off');
    expect(quiet.button('Step sound: on').getAttribute('aria-pressed')).toBe('true');
    // A tick at a time, as a page on screen renders (one long advance renders only where it ends).
    const walk = async (ms: number) => {
      for (let t = 0; t < ms; t += 250) await quiet.advance(250);
    };
    await walk(20_000); // release 25, squeeze 26.7, release 31.7, squeeze 33.3, release 38.3, the twist 40
    expect(beep).toHaveBeenCalledTimes(6);
    await walk(8000); // to 49 s
    expect(beep).toHaveBeenCalledTimes(6); // holding the first side: nothing new to do
    await walk(1000); // the side switch at 50 s
    expect(beep).toHaveBeenCalledTimes(7);
  });
});
