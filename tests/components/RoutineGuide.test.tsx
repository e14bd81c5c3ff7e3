// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleItem } from '../../lib/adapters/schedule-item';
import { historyItem } from '../../lib/adapters/storage-items';
import { updateSettings } from '../../lib/adapters/settings-write';
import { initialScheduleState } from '../../lib/schedule-state';
import { mount, pageTests, T0, type Mounted } from './harness';

const pages = pageTests();

/** The routine entries the background recorded, as stored. */
async function routineHistory() {
  await pages.backgroundSettled();
  const h = (await historyItem.item.getValue()) as { events: { kind: string; steps?: string[] }[] };
  return h.events.filter((e) => e.kind.startsWith('routine-')).map((e) => (e.steps ? [e.kind, e.steps] : [e.kind]));
}

async function startRoutine(opts: Parameters<typeof mount>[0] = {}): Promise<Mounted> {
  const page = await mount(opts);
  await page.click('Start routine');
  return page;
}

/** Moves the page's clock to `sec` seconds after the routine started (at T0). */
async function at(page: Mounted, sec: number): Promise<void> {
  await page.advance(sec * 1000 - (Date.now() - T0));
}

/** Moves on a tick at a time, as a page on screen renders (one `advance` renders only where it ends). */
async function walk(page: Mounted, toSec: number): Promise<void> {
  while (Date.now() - T0 < toSec * 1000) await page.advance(250);
}

const phase = (page: Mounted) => Number(page.root.querySelector('[data-testid="figure-wrap"]')!.getAttribute('data-phase'));

beforeEach(async () => {
  await scheduleItem.item.setValue(initialScheduleState(T0));
});

describe('guidance that counts with you', () => {
  it('counts reps, holds and the side switch at the right seconds, with the figure’s pose from the same clock', async () => {
    const page = await startRoutine();
    const seen: [number, string, number][] = [];
    for (const sec of [0, 1, 2, 4, 9, 10, 16, 20, 21, 24, 25, 27, 40, 49, 50, 51, 53]) {
      await at(page, sec);
      seen.push([sec, page.text('guide-line'), phase(page)]);
    }
    expect(seen).toEqual([
      [0, 'Rep 1 of 5', 0],
      [1, 'Rep 1 of 5', 0.5],
      [2, 'Rep 1 of 5', 1],
      [4, 'Rep 2 of 5', 0],
      [9, 'Rep 3 of 5', 0.5],
      [10, 'Rep 3 of 5', 1],
      [16, 'Rep 5 of 5', 0],
      [20, 'Squeeze 1 of 3 — hold 5…', 1],
      [21, 'Squeeze 1 of 3 — hold 4…', 1],
      [24, 'Squeeze 1 of 3 — hold 1', 1],
      [25, 'Release', 0],
      [27, 'Squeeze 2 of 3 — hold 5…', 1],
      [40, 'Turn to one side — hold', 1],
      [49, 'Turn to one side — hold', 1],
      [50, 'Switch sides', 0],
      [51, 'Switch sides', 1],
      [53, 'Other side — hold', 1],
    ]);
  });

  it('announces to screen readers only when the cue changes, not every second', async () => {
    const page = await startRoutine();
    await at(page, 20);
    expect(page.text('guide-cue')).toBe('Squeeze 1 of 3');
    await at(page, 23);
    expect(page.text('guide-line')).toBe('Squeeze 1 of 3 — hold 2…');
    expect(page.text('guide-cue')).toBe('Squeeze 1 of 3');
    const live = page.root.querySelector('[data-testid="guide-cue"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(page.root.querySelector('[data-testid="guide-line"]')!.hasAttribute('aria-live')).toBe(false);
  });

  it('paused is unmistakable: a "Paused" label, and the line, pose and countdown stand still', async () => {
    const page = await startRoutine();
    await at(page, 9);
    expect(page.root.querySelector('[data-testid="paused-label"]')).toBeNull();
    await page.click('Pause');
    expect(page.text('paused-label')).toBe('Paused');
    expect(page.root.querySelector('[data-testid="figure-wrap"]')!.getAttribute('data-paused')).toBe('true');
    const frozen = [page.text('guide-line'), phase(page), page.text('step-seconds')];
    expect(frozen).toEqual(['Rep 3 of 5', 0.5, '11s']);
    await page.advance(7000);
    expect([page.text('guide-line'), phase(page), page.text('step-seconds')]).toEqual(frozen);
    await page.click('Resume');
    expect(page.root.querySelector('[data-testid="paused-label"]')).toBeNull();
    await page.advance(1000);
    expect([page.text('guide-line'), phase(page)]).toEqual(['Rep 3 of 5', 1]);
  });

  it('speaks each new cue when spoken cues are on, naming the step as it begins; silent when off', async () => {
    const speak = vi.fn();
    const page = await startRoutine({ speak });
    await at(page, 5);
    expect(speak).not.toHaveBeenCalled();
    await updateSettings((s) => ({ ...s, spokenCues: true }));
    await walk(page, 8);
    expect(speak.mock.calls.map((c) => c[0])).toEqual(['Rep 3 of 5']);
    await walk(page, 26);
    expect(speak.mock.calls.map((c) => c[0]).slice(1)).toEqual([
      'Rep 4 of 5',
      'Rep 5 of 5',
      'Shoulder-blade squeezes. Squeeze 1 of 3.',
      'Release',
    ]);
    await page.click('Pause');
    await page.advance(10_000);
    expect(speak).toHaveBeenCalledTimes(5); // nothing while paused
  });

  it('a routine started with spoken cues on says its first step at once', async () => {
    await updateSettings((s) => ({ ...s, spokenCues: true }));
    const speak = vi.fn();
    await startRoutine({ speak });
    expect(speak.mock.calls.map((c) => c[0])).toEqual(['Wall angels. Rep 1 of 5.']);
  });

  it('a routine run through is recorded as completed', async () => {
    const page = await startRoutine();
    await page.advance(60_000);
    expect(await routineHistory()).toEqual([['routine-completed']]);
  });

  it('a routine finished after skipping steps is recorded as partial, with the steps done', async () => {
    const page = await startRoutine();
    await page.advance(5000);
    await page.click('Next step'); // wall angels skipped after 5 s
    await page.advance(17_000);
    await page.click('Next step'); // squeezes past 80 %: done
    await page.advance(20_000);
    expect(page.root.querySelector('h2#finish-title')?.textContent).toBe('Routine done');
    expect(pages.requests).toContainEqual({ type: 'routineFinished', stepsDone: ['shoulder-squeezes', 'seated-twist'], skipped: ['wall-angels'] });
    expect(await routineHistory()).toEqual([['routine-partial', ['shoulder-squeezes', 'seated-twist']]]);
  });
});
