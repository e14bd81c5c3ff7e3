// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkInsItem, loadCheckIns } from '../../lib/adapters/checkin-items';
import { scheduleItem } from '../../lib/adapters/schedule-item';
import { CHECKIN_VERSION, type CheckIns } from '../../lib/checkin';
import { initialScheduleState } from '../../lib/schedule-state';
import { addDays, dayKey } from '../../lib/time';
import { t } from '../../lib/adapters/i18n';
import { CHECKIN_QUESTION, SCALE_WORDS, SYMPTOMS_LABEL } from '../../components/CheckInForm';
import { mount, pageTests, T0, type Mounted } from './harness';

pageTests();

const TODAY = dayKey(T0);
const YESTERDAY = addDays(TODAY, -1);

beforeEach(async () => {
  await scheduleItem.item.setValue(initialScheduleState(T0));
});

const question = (page: Mounted) => page.root.querySelector<HTMLElement>('[data-testid="finish-checkin"]');
const radios = (page: Mounted) => [...page.root.querySelectorAll<HTMLInputElement>('.finish-checkin input[type="radio"]')];

/** Lets the check-in's own storage read land and the page re-render. */
async function settled(page: Mounted): Promise<void> {
  await page.advance(0);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** Starts a routine in `page` (a fresh popup when none) and lets it run to the finish screen. */
async function finishRoutine(page?: Mounted): Promise<Mounted> {
  const p = page ?? (await mount());
  await p.click('Start routine');
  await p.advance(60_000);
  expect(p.root.querySelector('#finish-title')?.textContent).toBe('Routine done');
  await settled(p);
  return p;
}

async function choose(page: Mounted, score: number, symptoms = false): Promise<void> {
  await act(async () => {
    radios(page)[score].click();
    if (symptoms) page.root.querySelector<HTMLInputElement>('.checkin-symptoms input')!.click();
  });
}

async function storeCheckIns(value: Omit<CheckIns, 'v'>): Promise<void> {
  await checkInsItem.item.setValue({ v: CHECKIN_VERSION, ...value });
}

describe('the check-in on the finish screen', () => {
  it('asks how the mid back feels: 0 to 10 with the words for both ends, the symptoms box, Save and Not now', async () => {
    const page = await finishRoutine();
    const form = question(page)!;
    expect(form).not.toBeNull();
    expect(form.querySelector('legend')?.textContent).toBe(t(CHECKIN_QUESTION));
    expect(t(CHECKIN_QUESTION)).toBe('How does your mid back feel right now?');
    expect(radios(page).map((r) => r.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // Every choice is a radio in one group, so the arrow keys move along the scale.
    expect(new Set(radios(page).map((r) => r.name)).size).toBe(1);
    const label = (i: number) => radios(page)[i].closest('label')!.textContent;
    expect(label(0)).toBe('0, no stiffness or ache');
    expect(label(10)).toBe('10, the worst you can imagine');
    expect(label(5)).toBe('5');
    expect(form.querySelector('.scale-ends')?.textContent).toBe(`0: ${t(SCALE_WORDS[0])}10: ${t(SCALE_WORDS[10])}`);
    expect(form.querySelector('.checkin-symptoms')?.textContent).toBe(t(SYMPTOMS_LABEL));
    expect(t(SYMPTOMS_LABEL)).toBe('New numbness, tingling or weakness');
    expect(page.queryButton('Save')).not.toBeNull();
    expect(page.queryButton('Not now')).not.toBeNull();
    // The heading keeps the focus: the question is there for whoever wants it.
    expect(document.activeElement?.id).toBe('finish-title');
  });

  it('Save keeps today\'s answer, says so, and the next routine today does not ask again', async () => {
    const page = await finishRoutine();
    await choose(page, 3);
    await page.click('Save');
    await settled(page);
    const stored = await loadCheckIns(Date.now());
    expect(stored.entries).toEqual([{ day: TODAY, score: 3, symptoms: false, at: expect.any(Number) }]);
    expect(question(page)).toBeNull();
    expect(page.text('checkin-saved')).toBe('Noted: 3 out of 10 today. Your progress page shows how it changes.');
    expect(page.root.querySelector('[data-testid="checkin-saved"] [role="alert"]')).toBeNull();

    await page.click('Done');
    await finishRoutine(page);
    expect(question(page)).toBeNull();
    expect(page.root.querySelector('[data-testid="checkin-saved"]')).toBeNull();
  });

  it('"Not now" puts the question off until tomorrow, in every page', async () => {
    const page = await finishRoutine();
    await page.click('Not now');
    await settled(page);
    expect(question(page)).toBeNull();
    expect((await loadCheckIns(Date.now())).skippedDay).toBe(TODAY);
    expect((await loadCheckIns(Date.now())).entries).toEqual([]);
    await page.close();
    expect(question(await finishRoutine())).toBeNull();
  });

  it('asks again on a new day, whatever was answered or put off the day before', async () => {
    await storeCheckIns({ entries: [{ day: YESTERDAY, score: 6, symptoms: false, at: T0 - 86_400_000 }], skippedDay: YESTERDAY });
    expect(question(await finishRoutine())).not.toBeNull();
  });

  it('does not ask when today already has a check-in (given on the Progress page, say)', async () => {
    await storeCheckIns({ entries: [{ day: TODAY, score: 4, symptoms: false, at: T0 - 60_000 }], skippedDay: null });
    const page = await finishRoutine();
    expect(question(page)).toBeNull();
    expect(page.root.querySelector('#finish-title')).not.toBeNull();
  });

  it('saving with new numbness, tingling or weakness shows the way to "When to get checked" at once', async () => {
    const page = await finishRoutine();
    await choose(page, 2, true);
    await page.click('Save');
    await settled(page);
    expect((await loadCheckIns(Date.now())).entries[0]).toMatchObject({ score: 2, symptoms: true });
    const alert = page.root.querySelector('[data-testid="checkin-saved"] [role="alert"]');
    expect(alert?.textContent).toContain('New numbness, tingling or weakness is a reason to have your back checked');
    await page.click('When to get checked');
    expect(page.root.querySelector('h2')?.textContent).toBe('When to get checked');
  });

  it('Save without a number says what is missing and stores nothing', async () => {
    const page = await finishRoutine();
    await page.click('Save');
    await settled(page);
    expect(page.root.querySelector('.finish-checkin [role="alert"]')?.textContent).toBe('Choose a number from 0 to 10 first.');
    expect((await loadCheckIns(Date.now())).entries).toEqual([]);
    expect(question(page)).not.toBeNull();
  });

  it('a routine stopped early asks nothing', async () => {
    const page = await mount();
    await page.click('Start routine');
    await page.advance(10_000);
    await page.click('Stop routine');
    await settled(page);
    expect(page.root.querySelector('[data-testid="status"]')).not.toBeNull();
    expect(question(page)).toBeNull();
  });

  it('links to the Progress page', async () => {
    const page = await finishRoutine();
    const link = [...page.root.querySelectorAll('a')].find((a) => a.textContent === 'Your progress');
    expect(link?.getAttribute('href')).toBe('/progress.html');
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});
