import type { MessageKey } from './i18n';
import { CLOCK_SLACK_MS, DAY, isStoredTime } from './time';
import { readShape, type Shape } from './versioned';

/** One thing to check at the desk; its words are in locales/<lang>.yml under `progress.checklist`. */
export interface ChecklistItem {
  id: string;
  title: MessageKey;
  /** One line on why it matters. */
  why: MessageKey;
  /** One line on how to do it. */
  how: MessageKey;
  /** The seed article(s) the facts come from (see shared/seeds/). */
  source: string;
}

/** The workstation checklist from the content facts, in our own words (the keys of those words). */
export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'screen-height',
    title: 'progress.checklist.screenHeight.title',
    why: 'progress.checklist.screenHeight.why',
    how: 'progress.checklist.screenHeight.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'screen-distance',
    title: 'progress.checklist.screenDistance.title',
    why: 'progress.checklist.screenDistance.why',
    how: 'progress.checklist.screenDistance.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'laptop-keyboard',
    title: 'progress.checklist.laptopKeyboard.title',
    why: 'progress.checklist.laptopKeyboard.why',
    how: 'progress.checklist.laptopKeyboard.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'mid-back-support',
    title: 'progress.checklist.midBackSupport.title',
    why: 'progress.checklist.midBackSupport.why',
    how: 'progress.checklist.midBackSupport.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'position-changes',
    title: 'progress.checklist.positionChanges.title',
    why: 'progress.checklist.positionChanges.why',
    how: 'progress.checklist.positionChanges.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'hourly-breaks',
    title: 'progress.checklist.hourlyBreaks.title',
    why: 'progress.checklist.hourlyBreaks.why',
    how: 'progress.checklist.hourlyBreaks.how',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'long-sitting',
    title: 'progress.checklist.longSitting.title',
    why: 'progress.checklist.longSitting.why',
    how: 'progress.checklist.longSitting.how',
    source: '002_7c16a0e742eeae05.txt',
  },
  {
    id: 'shoulders-head',
    title: 'progress.checklist.shouldersHead.title',
    why: 'progress.checklist.shouldersHead.why',
    how: 'progress.checklist.shouldersHead.how',
    source: '003_eb729e207637ddd1.txt',
  },
];

/** How long a review stays fresh before the checklist invites another. */
export const REVIEW_INTERVAL_DAYS = 30;

/** Bumped when the stored shape changes. */
export const CHECKLIST_VERSION = 1;

/** The user's ticks and when they last went through the list. */
export interface ChecklistState {
  v: typeof CHECKLIST_VERSION;
  ticked: string[];
  reviewedAt: number | null;
}

/** Nothing ticked, never reviewed. */
export function emptyChecklist(): ChecklistState {
  return { v: CHECKLIST_VERSION, ticked: [], reviewedAt: null };
}

/** True when the list was never reviewed or the last review is 30 days old or more. */
export function isReviewDue(state: ChecklistState, now: number): boolean {
  return state.reviewedAt === null || now - state.reviewedAt >= REVIEW_INTERVAL_DAYS * DAY;
}

/** Whole days since the last review (null when never reviewed). */
export function daysSinceReview(state: ChecklistState, now: number): number | null {
  return state.reviewedAt === null ? null : Math.max(0, Math.floor((now - state.reviewedAt) / DAY));
}

/** Ticks or unticks an item; any change counts as reviewing the list at `now`. */
export function toggleItem(state: ChecklistState, id: string, now: number): ChecklistState {
  if (!CHECKLIST.some((i) => i.id === id)) return state;
  const ticked = state.ticked.includes(id) ? state.ticked.filter((t) => t !== id) : [...state.ticked, id];
  return { ...state, ticked, reviewedAt: now };
}

/** Marks the list as reviewed at `now` without changing the ticks. */
export function markReviewed(state: ChecklistState, now: number): ChecklistState {
  return { ...state, reviewedAt: now };
}

/** Starts a fresh pass: every tick cleared, the last review date kept until the user ticks again. */
export function freshReview(state: ChecklistState): ChecklistState {
  return { ...state, ticked: [] };
}

/** The current shape: unknown items are dropped, a review date outside 2024..now is forgotten. */
function parseCurrent(raw: unknown, now: number): ChecklistState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const s = raw as Record<string, unknown>;
  const known = new Set(CHECKLIST.map((i) => i.id));
  const ticked = Array.isArray(s.ticked)
    ? [...new Set(s.ticked.filter((t): t is string => typeof t === 'string' && known.has(t)))]
    : [];
  const reviewedAt = isStoredTime(s.reviewedAt, now + CLOCK_SLACK_MS) ? s.reviewedAt : null;
  return { v: CHECKLIST_VERSION, ticked, reviewedAt };
}

/** How the checklist is stored: version 1 is the first; it has no migrations yet. */
export const CHECKLIST_SHAPE: Shape<ChecklistState, number> = {
  name: 'common.item.checklist',
  version: CHECKLIST_VERSION,
  steps: {},
  parse: parseCurrent,
};

/** Reads stored ticks at `now`; anything malformed, or from a newer version, becomes an empty list. */
export function parseChecklist(raw: unknown, now: number): ChecklistState {
  return readShape(raw, CHECKLIST_SHAPE, now).value ?? emptyChecklist();
}
