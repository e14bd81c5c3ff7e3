// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { checklistItem } from '../../lib/adapters/checklist-items';
import { mount, pageTests, T0, type Mounted } from './harness';

const DAY = 86_400_000;
pageTests();

async function openChecklist(): Promise<Mounted> {
  const page = await mount({ view: 'checklist' });
  return page;
}

function box(page: Mounted, id: string): HTMLInputElement {
  return page.root.querySelector<HTMLInputElement>(`#check-${id}`)!;
}

async function tick(page: Mounted, id: string) {
  await act(async () => {
    box(page, id).click();
    await vi.advanceTimersByTimeAsync(0);
  });
}


describe('Checklist', () => {
  it('ticks persist in storage and come back in a new page', async () => {
    expect(await checklistItem.item.getValue()).toBeNull();
    const page = await openChecklist();
    expect(page.text('checklist-summary')).toBe('0 of 8 in place · not reviewed yet');
    await tick(page, 'screen-height');
    await tick(page, 'hourly-breaks');
    expect(await checklistItem.item.getValue()).toEqual({ v: 1, ticked: ['screen-height', 'hourly-breaks'], reviewedAt: T0 });
    await page.close();

    const again = await openChecklist();
    expect(box(again, 'screen-height').checked).toBe(true);
    expect(box(again, 'hourly-breaks').checked).toBe(true);
    expect(box(again, 'laptop-keyboard').checked).toBe(false);
    expect(again.text('checklist-summary')).toBe('2 of 8 in place · last reviewed today');
    await tick(again, 'screen-height');
    expect(await checklistItem.item.getValue()).toMatchObject({ ticked: ['hourly-breaks'] });
  });

  it('every item has a labelled checkbox with its why and how', async () => {
    const page = await openChecklist();
    const boxes = page.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(8);
    for (const b of boxes) {
      expect(page.root.querySelector(`label[for="${b.id}"]`)?.textContent).toBeTruthy();
      for (const id of b.getAttribute('aria-describedby')!.split(' ')) {
        expect(page.root.querySelector(`#${id}`)?.textContent).toBeTruthy();
      }
    }
  });

  it.each([
    [29, false],
    [30, true],
  ])('%i days after the last review, a fresh review is offered: %s', async (days, offered) => {
    await checklistItem.item.setValue({ v: 1, ticked: ['screen-height', 'mid-back-support'], reviewedAt: T0 - days * DAY });
    const page = await openChecklist();
    expect(page.text('checklist-summary')).toContain(`last reviewed ${days} days ago`);
    expect(page.queryButton('Start a fresh review') !== null).toBe(offered);
    if (offered) {
      await page.click('Start a fresh review');
      expect(await checklistItem.item.getValue()).toMatchObject({ ticked: [] });
      await tick(page, 'screen-distance');
      expect(page.queryButton('Start a fresh review')).toBeNull();
      expect(page.text('checklist-summary')).toBe('1 of 8 in place · last reviewed today');
    }
  });

  it('"Mark as reviewed today" records the review', async () => {
    await checklistItem.item.setValue({ v: 1, ticked: [], reviewedAt: T0 - 40 * DAY });
    const page = await openChecklist();
    await page.click('Mark as reviewed today');
    expect(await checklistItem.item.getValue()).toMatchObject({ reviewedAt: T0 });
  });

  it('a corrupt stored list shows an empty checklist', async () => {
    await checklistItem.item.setValue('oops');
    const page = await openChecklist();
    expect(page.text('checklist-summary')).toBe('0 of 8 in place · not reviewed yet');
  });
});
