import { describe, expect, it } from 'vitest';
import { t } from '../../lib/adapters/i18n';
import {
  CHECKLIST,
  daysSinceReview,
  emptyChecklist,
  freshReview,
  isReviewDue,
  markReviewed,
  parseChecklist,
  REVIEW_INTERVAL_DAYS,
  toggleItem,
} from '../../lib/checklist';

const DAY = 86_400_000;
const T0 = 1_800_000_000_000;

describe('checklist content', () => {
  it('covers every item in the content facts, each with a why, a how and a source', () => {
    expect(CHECKLIST.map((i) => i.id)).toEqual([
      'screen-height',
      'screen-distance',
      'laptop-keyboard',
      'mid-back-support',
      'position-changes',
      'hourly-breaks',
      'long-sitting',
      'shoulders-head',
    ]);
    for (const item of CHECKLIST) {
      expect(t(item.title).length).toBeGreaterThan(10);
      expect(t(item.why).length).toBeGreaterThan(10);
      expect(t(item.how).length).toBeGreaterThan(10);
      expect(item.source).toMatch(/^00[23]_/);
    }
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(CHECKLIST.length);
    // The doses from the facts survive the rewording.
    expect(t(CHECKLIST.find((i) => i.id === 'position-changes')!.how)).toMatch(/30–45 minutes.*15 minutes/);
  });
});

describe('review due', () => {
  it.each([
    ['never reviewed', null, 0, true],
    ['reviewed just now', T0, T0, false],
    ['29 days later', T0, T0 + 29 * DAY, false],
    ['a moment before 30 days', T0, T0 + REVIEW_INTERVAL_DAYS * DAY - 1, false],
    ['30 days later', T0, T0 + 30 * DAY, true],
    ['90 days later', T0, T0 + 90 * DAY, true],
  ])('%s → %s', (_, reviewedAt, now, due) => {
    expect(isReviewDue({ ...emptyChecklist(), reviewedAt }, now)).toBe(due);
  });

  it.each([
    [null, T0, null],
    [T0, T0 + DAY - 1, 0],
    [T0, T0 + 3 * DAY, 3],
    [T0, T0 - DAY, 0],
  ])('days since %s at %s is %s', (reviewedAt, now, days) => {
    expect(daysSinceReview({ ...emptyChecklist(), reviewedAt }, now)).toBe(days);
  });
});

describe('ticks', () => {
  it('toggles a known item and counts it as a review', () => {
    const on = toggleItem(emptyChecklist(), 'screen-height', T0);
    expect(on.ticked).toEqual(['screen-height']);
    expect(on.reviewedAt).toBe(T0);
    const off = toggleItem(on, 'screen-height', T0 + 5);
    expect(off.ticked).toEqual([]);
    expect(off.reviewedAt).toBe(T0 + 5);
  });

  it('ignores an unknown item', () => {
    const s = emptyChecklist();
    expect(toggleItem(s, 'standing-on-head', T0)).toBe(s);
  });

  it('a fresh review clears the ticks but keeps the last date; marking reviewed sets it', () => {
    const s = toggleItem(emptyChecklist(), 'hourly-breaks', T0);
    expect(freshReview(s)).toEqual({ ...s, ticked: [] });
    expect(markReviewed(s, T0 + 9).reviewedAt).toBe(T0 + 9);
  });

  it.each([
    ['nothing', undefined, emptyChecklist()],
    ['junk', 'ticked!', emptyChecklist()],
    ['a newer version', { v: 9, ticked: ['screen-height'], reviewedAt: T0 }, emptyChecklist()],
    [
      'unknown and repeated ids',
      { v: 1, ticked: ['screen-height', 'nope', 'screen-height', 3], reviewedAt: T0 - 5 },
      { v: 1, ticked: ['screen-height'], reviewedAt: T0 - 5 },
    ],
    ['a bad date', { v: 1, ticked: [], reviewedAt: -4 }, emptyChecklist()],
    ['a review date in the far future', { v: 1, ticked: ['screen-height'], reviewedAt: 1e300 }, { v: 1, ticked: ['screen-height'], reviewedAt: null }],
    ['a review date before Midbreak existed', { v: 1, ticked: [], reviewedAt: 5 }, emptyChecklist()],
  ])('parses %s safely', (_, raw, expected) => {
    expect(parseChecklist(raw, T0)).toEqual(expected);
  });
});
