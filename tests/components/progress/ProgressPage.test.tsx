// @vitest-environment happy-dom
import { waitUntil } from '../../lib/support/storage';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInsItem, loadCheckIns } from '../../../lib/adapters/checkin-items';
import { t } from '../../../lib/adapters/i18n';
import { scheduleItem } from '../../../lib/adapters/schedule-item';
import { historyItem } from '../../../lib/adapters/storage-items';
import { programmeItem } from '../../../lib/adapters/programme-item';
import { CHECKIN_VERSION, type CheckIn } from '../../../lib/checkin';
import { HISTORY_VERSION, type HistoryEntry } from '../../../lib/history';
import { initialScheduleState } from '../../../lib/schedule-state';
import { createProgressStore, type ProgressStore } from '../../../lib/stores/progress-store';
import { addDays, dayKey, dayStart, HOUR, MINUTE } from '../../../lib/time';
import { HELP_URL } from '../../../components/progress/AdviceNotice';
import { ProgressPage } from '../../../components/progress/ProgressPage';
import { WEEK_METRICS } from '../../../components/progress/WeekTable';

/** Wednesday 18 November 2026, 10:00 local time. */
const T0 = new Date(2026, 10, 18, 10, 0).getTime();
const TODAY = dayKey(T0);
const FIRST = addDays(TODAY, -55);

let store: ProgressStore;
let root: HTMLElement;
let downloads: { name: string; text: string; type: string }[];

/** Routines completed on the day `i` days after FIRST: a weekly pattern with gaps (today, 55, has 4). */
const routinesOn = (i: number) => [3, 0, 1, 4, 2, 0, 0][(i + 4) % 7];
/** A check-in every third day, from 7 down towards 2; none on the others. */
const scoreOn = (i: number) => (i % 3 === 0 ? Math.max(2, 7 - Math.floor(i / 10)) : null);

function history(): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (let i = 0; i < 56; i++) {
    const day = addDays(FIRST, i);
    for (let n = 0; n < routinesOn(i); n++) {
      const at = dayStart(day) + 8 * HOUR + n * 10 * MINUTE;
      out.push({ kind: 'due', at }, { kind: 'routine-completed', at: at + MINUTE });
    }
  }
  return out;
}

function checkIns(): CheckIn[] {
  const out: CheckIn[] = [];
  for (let i = 0; i < 56; i++) {
    const score = scoreOn(i);
    const day = addDays(FIRST, i);
    if (score !== null && day < TODAY) out.push({ day, score, symptoms: false, at: dayStart(day) + 12 * HOUR });
  }
  return out;
}

async function mount(): Promise<void> {
  store = createProgressStore({ download: (name, text, type) => downloads.push({ name, text, type }) });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<ProgressPage store={store} />, root);
    await store.ready;
  });
}

async function flush(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

async function click(el: HTMLElement | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.click();
    await vi.advanceTimersByTimeAsync(0);
  });
  await flush();
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const testId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** What the chart draws, day by day: each bar's routines, each point's score. */
function chartData(): Map<string, { routines: number; score: number | null }> {
  const data = new Map<string, { routines: number; score: number | null }>();
  for (let i = 0; i < 56; i++) data.set(addDays(FIRST, i), { routines: 0, score: null });
  for (const bar of root.querySelectorAll<SVGElement>('[data-testid="chart"] rect[data-day]')) {
    data.get(bar.dataset.day!)!.routines = Number(bar.dataset.value);
  }
  for (const point of root.querySelectorAll<SVGElement>('[data-testid="chart"] circle[data-day]')) {
    data.get(point.dataset.day!)!.score = Number(point.dataset.score);
  }
  return data;
}

/** What the table lists, day by day, read from its cells as a user sees them. */
function tableData(): Map<string, { routines: number; score: number | null }> {
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('[data-testid="chart-table"] tbody tr')];
  return new Map(
    rows.map((tr) => {
      const [routines, score] = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
      return [tr.dataset.day!, { routines: Number(routines), score: /^\d+$/.test(score) ? Number(score) : null }];
    }),
  );
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  downloads = [];
  await historyItem.item.setValue({ v: HISTORY_VERSION, events: history(), days: [] });
  await checkInsItem.item.setValue({ v: CHECKIN_VERSION, entries: checkIns(), skippedDay: null });
  await scheduleItem.item.setValue({ ...initialScheduleState(T0), today: { day: TODAY, activeMs: 75 * MINUTE } });
});

afterEach(() => {
  render(null, root);
  root.remove();
  store.dispose();
  vi.useRealTimers();
});

describe('the eight-week chart', () => {
  it('draws a bar for each day with a completed routine, as tall as its count', async () => {
    await mount();
    const bars = [...root.querySelectorAll<SVGRectElement>('[data-testid="chart"] rect[data-day]')];
    const expected = Array.from({ length: 56 }, (_, i) => [addDays(FIRST, i), routinesOn(i)] as const).filter(([, n]) => n > 0);
    expect(bars.map((b) => [b.dataset.day, Number(b.dataset.value)])).toEqual(expected);
    // Height is proportional to the count: the same height per routine for every bar.
    const perRoutine = bars.map((b) => Number(b.getAttribute('height')) / Number(b.dataset.value));
    for (const h of perRoutine) expect(h).toBeCloseTo(perRoutine[0], 0);
    const tallest = bars.reduce((a, b) => (Number(a.dataset.value) >= Number(b.dataset.value) ? a : b));
    expect(Number(tallest.dataset.value)).toBe(4);
  });

  it('puts a point on each check-in, joined only across days in a row', async () => {
    await mount();
    const points = [...root.querySelectorAll<SVGCircleElement>('[data-testid="chart"] circle[data-day]')];
    expect(points.map((p) => [p.dataset.day, Number(p.dataset.score)])).toEqual(checkIns().map((c) => [c.day, c.score]));
    // Check-ins every third day: no two in a row, so no line, only points.
    expect(root.querySelectorAll('[data-testid="chart"] .chart-line path')).toHaveLength(0);
  });

  it('is an image named by its heading and a text summary, reachable from the keyboard', async () => {
    await mount();
    const svg = testId('chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('tabindex')).toBe('0');
    const names = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => root.querySelector(`#${id}`)?.textContent);
    expect(names[0]).toBe('Eight weeks');
    expect(names[1]).toMatch(/^From Sep 24 to Nov 18: \d+ routines completed \([\d.]+ a working day\); 19 check-ins, 7 at first and 2 at the latest\.$/);
  });

  it('"Show as table" swaps the chart for a table that holds exactly the chart\'s data, and back', async () => {
    await mount();
    const toggle = button('Show as table')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    const drawn = chartData();
    await click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(testId('chart')).toBeNull();
    const listed = tableData();
    expect([...listed.keys()]).toEqual([...drawn.keys()]);
    expect(listed).toEqual(drawn);
    // Days without a check-in read as "none" to a screen reader.
    expect(root.querySelector('[data-testid="chart-table"] tbody tr td:last-child')?.textContent).toMatch(/^\d+$|^–none$/);
    await click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(testId('chart')).not.toBeNull();
    expect(testId('chart-table')).toBeNull();
  });
});

describe('the Progress page', () => {
  it('shows this week at a glance, a column a day, today marked in words', async () => {
    await mount();
    const table = testId('week-table')!;
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.map((th) => th.textContent)).toEqual(['Mon16', 'Tue17', 'Wed18today', 'Thu19', 'Fri20', 'Sat21', 'Sun22']);
    expect(heads.map((th) => th.getAttribute('aria-current'))).toEqual([null, null, 'date', null, null, null, null]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(WEEK_METRICS.map((m) => t(m.label)));
    const completed = [routinesOn(53), routinesOn(54), routinesOn(55)].map(String);
    expect(rows[0]).toEqual(['Routines completed', ...completed, '–', '–', '–', '–']);
    expect(rows[2]).toEqual(['Breaks due', ...completed, '–', '–', '–', '–']);
    expect(rows[7].slice(3, 4)).toEqual(['1.3']); // today: 75 active minutes
  });

  it('shows the streak and the trend in words', async () => {
    await mount();
    // Today (index 55) has routines, yesterday (54) too, the day before (53) none.
    expect([routinesOn(55) > 0, routinesOn(54) > 0, routinesOn(53) > 0]).toEqual([true, true, false]);
    expect(testId('streak')?.textContent).toBe('2 days in a row');
    expect(testId('trend')?.textContent).toMatch(/^Stiffness down from 7 to 2 over 8 weeks, with [\d.]+ routines a day\.$/);
  });

  it('says plainly when six weeks of check-ins show no clear improvement, linking "When to get checked"', async () => {
    const steady = checkIns().map((c) => ({ ...c, score: 5 }));
    await checkInsItem.item.setValue({ v: CHECKIN_VERSION, entries: steady, skippedDay: null });
    await mount();
    const advice = testId('advice')!;
    expect(advice.dataset.advice).toBe('no-clear-improvement');
    expect(advice.textContent).toContain('have not come down by 2 points or more: no clear improvement');
    const link = advice.querySelector('a')!;
    expect(link.textContent).toBe('When to get checked');
    expect(link.getAttribute('href')).toBe(HELP_URL);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('counts the 8-week programme’s sessions as the regular exercise the rule asks for', async () => {
    const steady = checkIns().map((c) => ({ ...c, score: 5 }));
    await checkInsItem.item.setValue({ v: CHECKIN_VERSION, entries: steady, skippedDay: null });
    // No routines at all: not regular exercise, so nothing to say…
    await historyItem.item.setValue({ v: HISTORY_VERSION, events: [], days: [] });
    await mount();
    expect(testId('advice')).toBeNull();
    render(null, root);
    root.remove();
    store.dispose();
    // …but the programme's sessions on every day of those six weeks are.
    const startDay = addDays(TODAY, -48);
    const completed = Array.from({ length: 49 }, (_, i) => addDays(startDay, i)).filter((d) => d < TODAY);
    await programmeItem.item.setValue({ v: 1, startDay, repeats: [], completed });
    await mount();
    expect(testId('advice')?.dataset.advice).toBe('no-clear-improvement');
  });

  it('says nothing of the kind while scores are falling', async () => {
    await mount();
    expect(testId('advice')).toBeNull();
  });

  it('adds today\'s check-in, then corrects it; new symptoms bring the notice at once', async () => {
    await mount();
    expect(testId('today-checkin')?.textContent).toBe('None yet today.');
    const radio = (n: number) => root.querySelector<HTMLInputElement>(`input[name="today-checkin-score"][value="${n}"]`)!;
    await click(radio(4));
    await click(button('Save check-in'));
    await waitUntil(() => expect(testId('today-checkin')?.textContent).toBe('4 out of 10 at 10:00. Change it below if it is not right.'));
    expect(root.querySelector('.today-checkin [role="status"]')?.textContent).toBe("Saved today's check-in: 4 out of 10.");
    expect(radio(4).checked).toBe(true);

    await click(radio(6));
    await click(root.querySelector<HTMLInputElement>('.today-checkin .checkin-symptoms input'));
    await click(button('Update check-in'));
    await waitUntil(async () => expect((await loadCheckIns(T0)).entries.at(-1)).toMatchObject({ day: TODAY, score: 6, symptoms: true }));
    await flush();
    expect(testId('advice')?.dataset.advice).toBe('symptoms');
    expect(testId('advice')?.querySelector('a')?.getAttribute('href')).toBe(HELP_URL);
  });

  it('exports every day as CSV for a spreadsheet, and says so', async () => {
    await mount();
    await click(button('Export CSV'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ name: `midbreak-progress-${TODAY}.csv`, type: 'text/csv' });
    expect(downloads[0].text.split('\r\n')).toHaveLength(1 + 56 + 1); // header, 56 days, final line end
    expect(root.querySelector('[aria-labelledby="data-title"] [role="status"]')?.textContent).toBe(`Exported 56 days to midbreak-progress-${TODAY}.csv.`);
  });
});
