// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { t } from '../../../lib/adapters/i18n';
import { loadCustomRoutines, readCustomRoutines } from '../../../lib/adapters/custom-routines-item';
import { storedCustomRoutines } from '../../../lib/custom-routine';
import { createCustomRoutinesStore, type CustomRoutinesStore } from '../../../lib/stores/custom-routines-store';
import { createSettingsStore, type SettingsStore } from '../../../lib/stores/settings-store';
import { byButton, byLabel, errorFor, toggle, typeAndCommit } from './helpers';

// The options page's "Your own routines": build one, order it, save it, choose it for breaks, delete it.
const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let store: SettingsStore;
let routines: CustomRoutinesStore;
let root: HTMLElement;

async function mount() {
  store = createSettingsStore({ clock: () => T0, download: () => {}, send: async () => ({ ok: false, error: 'none' }) });
  routines = createCustomRoutinesStore({ clock: () => T0 });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<OptionsPage store={store} routines={routines} />, root);
    await Promise.all([store.ready, routines.ready]);
  });
}

const click = async (el: HTMLElement) => act(() => el.click());
const type = async (input: HTMLInputElement, text: string) => act(() => typeAndCommit(input, text));
const statusText = () => root.querySelector('[role="status"]')?.textContent;
const stepNames = () => [...root.querySelectorAll('.custom-step .step-name')].map((e) => e.textContent);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  root.remove();
  store.dispose();
  routines.dispose();
});

describe('your own routines on the options page', () => {
  it('builds a routine: movements in order, seconds each, the total, a name; saves it and offers it for breaks', async () => {
    await mount();
    await click(byButton(t('custom.editor.new')));
    expect(root.querySelector('[data-testid="custom-total"]')?.textContent).toBe('Total: 0 s');
    // Floor movements are offered only once allowed.
    expect(() => byLabel(t('library.birdDog.title'), root)).toThrow();
    await act(() => toggle(byLabel(t('library.chestExpansion.title'), root)));
    await act(() => toggle(byLabel(t('routine.wallAngels.title'), root)));
    expect(stepNames()).toEqual([t('library.chestExpansion.title'), t('routine.wallAngels.title')]);
    await type(byLabel(t('custom.editor.seconds', { movement: t('routine.wallAngels.title') }), root), '45');
    // Move wall angels up: by its own button, focus staying with it.
    await click(byButton(t('custom.editor.moveUp', { movement: t('routine.wallAngels.title') }), root));
    expect(stepNames()).toEqual([t('routine.wallAngels.title'), t('library.chestExpansion.title')]);
    expect(root.querySelector('[data-testid="custom-total"]')?.textContent).toBe('Total: 1 min 15 s');
    await type(byLabel(t('custom.editor.name'), root), '  Desk reset  ');
    await click(byButton(t('custom.editor.save'), root));
    await vi.waitFor(() => expect(statusText()).toBe('Saved: “Desk reset”.'));
    expect(await loadCustomRoutines()).toEqual([
      {
        id: expect.stringMatching(/^custom-/),
        name: 'Desk reset',
        allowFloor: false,
        steps: [
          { movement: 'wall-angels', seconds: 45 },
          { movement: 'chest-expansion', seconds: 30 },
        ],
      },
    ]);
    // Chosen for breaks, by its own name.
    const id = (await loadCustomRoutines())[0].id;
    await act(() => toggle(byLabel('Desk reset', root)));
    await vi.waitFor(async () => expect((await readCustomRoutines()).choice).toBe(id));
    expect(byLabel('Desk reset', root).checked).toBe(true);
    expect(statusText()).toBe(`Saved: ${t('custom.choice.label')}: Desk reset.`);
  });

  it('says a bad value beside its field, naming the step and the range, and stores nothing', async () => {
    await mount();
    await click(byButton(t('custom.editor.new')));
    await click(byButton(t('custom.editor.save'), root));
    await vi.waitFor(() => expect(errorFor(byLabel(t('custom.editor.name'), root))?.textContent).toBe('Name must be from 1 to 40 characters long.'));
    expect(root.querySelector('#custom-steps-error')?.textContent).toBe('A routine needs from 1 to 6 steps.');
    await act(() => toggle(byLabel(t('routine.wallAngels.title'), root)));
    const seconds = byLabel(t('custom.editor.seconds', { movement: t('routine.wallAngels.title') }), root);
    await type(seconds, '200');
    await type(byLabel(t('custom.editor.name'), root), 'Mine');
    await click(byButton(t('custom.editor.save'), root));
    await vi.waitFor(() => expect(errorFor(seconds)?.textContent).toBe('Step 1: seconds must be a whole number from 10 to 120.'));
    expect(seconds.getAttribute('aria-invalid')).toBe('true');
    expect(statusText()).toBe(t('custom.editor.fixFirst'));
    expect(await fakeBrowser.storage.sync.get('customRoutines')).toEqual({});
  });

  it('offers at most 6 movements: the rest are disabled once six are chosen', async () => {
    await mount();
    await click(byButton(t('custom.editor.new')));
    await act(() => toggle(byLabel(t('custom.editor.allowFloor'), root)));
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.movement-choices input')];
    for (const box of boxes.slice(0, 6)) await act(() => toggle(box));
    expect(boxes.slice(6).every((b) => b.disabled)).toBe(true);
    expect(boxes.slice(0, 6).every((b) => !b.disabled)).toBe(true);
  });

  it('deletes a routine, by its name', async () => {
    await fakeBrowser.storage.sync.set({
      customRoutines: storedCustomRoutines([{ id: 'custom-a', name: 'Morning', steps: [{ movement: 'wall-angels', seconds: 30 }], allowFloor: false }]),
    });
    await mount();
    expect(byLabel('Morning', root).type).toBe('radio');
    await click(byButton(t('custom.editor.deleteNamed', { name: 'Morning' }), root));
    await vi.waitFor(() => expect(statusText()).toBe('Deleted: “Morning”.'));
    expect(await loadCustomRoutines()).toEqual([]);
    expect(root.textContent).toContain(t('custom.editor.none'));
  });

  it('keeps a routine made by a newer version whole: no editing here (it would drop the step it cannot show), deleting allowed', async () => {
    const newer = { id: 'custom-n', name: 'From the laptop', steps: [{ movement: 'wall-angels', seconds: 30 }, { movement: 'neck-glide', seconds: 20 }], allowFloor: false };
    await fakeBrowser.storage.sync.set({ customRoutines: storedCustomRoutines([newer]) });
    await mount();
    expect(root.querySelector('[data-testid="custom-newer"]')!.textContent).toBe(t('custom.editor.newerMovements'));
    expect([...root.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === t('custom.editor.editNamed', { name: newer.name }))).toBe(false);
    expect(await loadCustomRoutines()).toEqual([newer]);
    await click(byButton(t('custom.editor.deleteNamed', { name: newer.name }), root));
    await vi.waitFor(async () => expect(await loadCustomRoutines()).toEqual([]));
  });
});
