// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COUNTDOWN_TICK_MS, createLibraryStore, filterSearch, parseFilter, type LibraryStore, type NeedsChoice, type WhereChoice } from '../../../components/library/library-store';
import { LibraryPage } from '../../../components/library/LibraryPage';
import { canBeOnFloor, MOVEMENT_IDS, MOVEMENTS, movementsWhere, NEEDS, WHERES } from '../../../lib/movements';
import { mediaWindow } from '../harness';

const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
const WHERE_CHOICES: WhereChoice[] = ['all', ...WHERES];
const NEEDS_CHOICES: NeedsChoice[] = ['all', ...NEEDS];

let root: HTMLElement;
let store: LibraryStore;
let replaced: string[];
let doc: EventTarget & { hidden: boolean };

/** Opens the page at `search`, with reduced motion or not. */
async function mount(search = '', reduce = false): Promise<void> {
  replaced = [];
  const win = {
    location: { search, pathname: '/library.html', hash: '' },
    history: { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) },
  } as unknown as Pick<Window, 'location' | 'history'>;
  doc = Object.assign(new EventTarget(), { hidden: false });
  store = createLibraryStore({ win, doc: doc as unknown as Document });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<LibraryPage store={store} win={mediaWindow(reduce)} />, root);
  });
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const shown = () => [...root.querySelectorAll<HTMLElement>('[data-testid="movement"]')].map((c) => c.dataset.id);
const testId = (id: string, within: ParentNode = root) => within.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const card = (id: string) => root.querySelector<HTMLElement>(`[data-testid="movement"][data-id="${id}"]`)!;
const buttonIn = (el: ParentNode, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const radio = (name: string, value: string) => root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!;
const seconds = () => Number(testId('try-player')?.querySelector('.countdown-number')?.textContent);
const live = () => testId('try-live')!.textContent;

async function click(el: HTMLElement | undefined | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => el.click());
}

async function key(k: string): Promise<void> {
  await act(async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}

beforeEach(() => {
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

describe('the filters', () => {
  const cases = WHERE_CHOICES.flatMap((where) => NEEDS_CHOICES.map((needs) => [where, needs] as const));
  it.each(cases)('where %s, needs %s: the cards and the count are what the data says', async (where, needs) => {
    await mount();
    await click(radio('where', where));
    await click(radio('needs', needs));
    const expected = movementsWhere({ where: where === 'all' ? undefined : where, needs: needs === 'all' ? undefined : needs }).map((m) => m.id);
    expect(shown()).toEqual(expected);
    expect(testId('count')!.textContent).toBe(`${expected.length} ${expected.length === 1 ? 'movement' : 'movements'}`);
    expect(testId('none') !== null).toBe(expected.length === 0);
    expect(radio('where', where).checked).toBe(true);
    expect(radio('needs', needs).checked).toBe(true);
    // The address says the same, so a link opens it so (all, all: the page's own address, untouched).
    expect(replaced.at(-1) ?? '/library.html').toBe(`/library.html${filterSearch({ where, needs })}`);
    expect(parseFilter(filterSearch({ where, needs }))).toEqual({ where, needs });
  });

  it('lists every movement at first, each with its dose, 2–4 cues and its sources', async () => {
    await mount();
    expect(shown()).toEqual([...MOVEMENT_IDS]);
    for (const id of MOVEMENT_IDS) {
      const c = card(id);
      expect(c.querySelectorAll('.cues li').length).toBe(MOVEMENTS[id].cues.length);
      expect(c.querySelectorAll('.cues li').length).toBeGreaterThanOrEqual(2);
      expect(testId('dose', c)!.textContent).toMatch(/^Dose: \S/);
      expect(c.querySelector('.sources')!.textContent).toMatch(/^Sources?: articles? \d{3}( and \d{3})?$/);
      expect(c.textContent!.includes('Each side')).toBe(MOVEMENTS[id].sides);
      expect(testId('floor-safety', c) !== null).toBe(canBeOnFloor(MOVEMENTS[id]));
    }
    expect(card('cat-camel').querySelector('.sources')!.textContent).toBe('Sources: articles 000 and 002');
    expect(testId('floor-safety', card('bird-dog'))!.textContent).toContain('Getting up: roll onto your side');
  });

  it('shows all again from "none"', async () => {
    await mount('?where=floor&needs=band');
    expect(shown()).toEqual([]);
    expect(testId('count')!.textContent).toBe('0 movements');
    await click(buttonIn(testId('none')!, 'Show all'));
    expect(shown()).toEqual([...MOVEMENT_IDS]);
    expect(replaced.at(-1)).toBe('/library.html');
  });
});

describe('the address', () => {
  it.each([
    ['', 'all', 'all'],
    ['?where=floor', 'floor', 'all'],
    ['?needs=band', 'all', 'band'],
    ['?where=doorFrame&needs=nothing', 'doorFrame', 'nothing'],
    ['?where=ceiling&needs=band', 'all', 'band'],
    ['?where=floor&needs=rope', 'floor', 'all'],
    ['?where=FLOOR', 'all', 'all'],
    ['?where=__proto__&needs=toString', 'all', 'all'],
  ])('%j opens it at where %s, needs %s', async (search, where, needs) => {
    expect(parseFilter(search)).toEqual({ where, needs });
    await mount(search);
    expect(radio('where', where).checked).toBe(true);
    expect(radio('needs', needs).checked).toBe(true);
    expect(shown()).toEqual(movementsWhere({ where: where === 'all' ? undefined : (where as never), needs: needs === 'all' ? undefined : (needs as never) }).map((m) => m.id));
  });
});

describe('try it', () => {
  it('counts down on the clock, pauses, and Escape stops it, announcing each; nothing is stored', async () => {
    await mount();
    const c = card('wall-angels');
    await click(buttonIn(c, 'Try it'));
    expect(testId('try-player', c)).not.toBeNull();
    expect(seconds()).toBe(30);
    expect(live()).toBe('Trying Wall angels for 30 seconds.');
    expect(document.activeElement?.textContent).toBe('Pause');
    await advance(5_000);
    expect(seconds()).toBe(25);
    const phase = testId('try-player')!.dataset.phase;
    await advance(COUNTDOWN_TICK_MS * 2);
    expect(testId('try-player')!.dataset.phase).not.toBe(phase);

    await click(buttonIn(c, 'Pause'));
    await advance(10_000);
    expect(seconds()).toBe(25);
    expect(testId('try-paused', c)!.textContent).toBe('Paused');
    await click(buttonIn(c, 'Resume'));
    await advance(2_000);
    expect(seconds()).toBe(23);

    await key('Escape');
    expect(testId('try-player')).toBeNull();
    expect(live()).toBe('Stopped: Wall angels.');
    expect(buttonIn(c, 'Try it')).toBeDefined();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('runs to its end, switching sides halfway, and says it is done', async () => {
    await mount();
    const c = card('seated-twist');
    await click(buttonIn(c, 'Try it'));
    expect(testId('try-side', c)!.textContent).toBe('First side');
    await advance(15_000);
    expect(testId('try-side', c)!.textContent).toBe('Other side');
    expect(live()).toBe('Switch to the other side.');
    await advance(15_000);
    expect(testId('try-player')).toBeNull();
    expect(live()).toBe('Done: Seated twist.');
  });

  it('tries one movement at a time, and a filter that hides it stops it', async () => {
    await mount();
    await click(buttonIn(card('wall-angels'), 'Try it'));
    await click(buttonIn(card('bird-dog'), 'Try it'));
    expect(root.querySelectorAll('[data-testid="try-player"]').length).toBe(1);
    expect(testId('try-player', card('bird-dog'))).not.toBeNull();
    await click(radio('where', 'chair'));
    expect(testId('try-player')).toBeNull();
    expect(live()).toBe('Stopped: Bird-dog.');
  });

  it('plays a long hold for its dose: 30 s each side of thread the needle', async () => {
    await mount();
    await click(buttonIn(card('thread-the-needle'), 'Try it'));
    expect(seconds()).toBe(60);
    expect(live()).toBe('Trying Thread the needle for 60 seconds.');
  });
});

describe('the page clock', () => {
  it('moves the pictures gently, one timer for the page, stopped while the tab is hidden', async () => {
    await mount();
    expect(vi.getTimerCount()).toBe(1);
    const phase = () => testId('card-figure', card('wall-angels'))!.dataset.phase;
    const before = phase();
    await advance(1_000);
    expect(phase()).not.toBe(before);
    // Out and back in 4 s.
    const at = phase();
    await advance(4_000);
    expect(phase()).toBe(at);

    doc.hidden = true;
    await act(async () => void doc.dispatchEvent(new Event('visibilitychange')));
    expect(vi.getTimerCount()).toBe(0);
    doc.hidden = false;
    await act(async () => void doc.dispatchEvent(new Event('visibilitychange')));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('with reduced motion: still start/end pairs, and no clock until a try', async () => {
    await mount('', true);
    expect(root.querySelectorAll('[data-testid="figure-still"]').length).toBe(MOVEMENT_IDS.length);
    expect(root.querySelectorAll('[data-testid="figure-animated"]').length).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await click(buttonIn(card('wall-angels'), 'Try it'));
    expect(testId('figure-still', testId('try-player')!)).not.toBeNull();
    expect(vi.getTimerCount()).toBe(1);
    await advance(3_000);
    expect(seconds()).toBe(27);
    await key('Escape');
    expect(vi.getTimerCount()).toBe(0);
  });
});
