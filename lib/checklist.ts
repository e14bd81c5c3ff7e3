import { CLOCK_SLACK_MS, DAY, isStoredTime } from './time';
import { readShape, type Shape } from './versioned';

/** One thing to check at the desk. */
export interface ChecklistItem {
  id: string;
  title: string;
  /** One line on why it matters. */
  why: string;
  /** One line on how to do it. */
  how: string;
  /** The seed article(s) the facts come from (see shared/seeds/). */
  source: string;
}

/** The workstation checklist from the content facts, in our own words. */
export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'screen-height',
    title: 'Top of the screen at eye level',
    why: 'A low screen pulls your head forward and rounds your upper back all day.',
    how: 'Raise the monitor on a stand or a stack of books until its top edge meets your eye line.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'screen-distance',
    title: 'Screen about an arm’s length away',
    why: 'Too close and you crane back; too far and you lean in towards it.',
    how: 'Sit back in your chair, stretch an arm out: your fingertips should about reach the screen.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'laptop-keyboard',
    title: 'On a laptop: a separate keyboard and mouse',
    why: 'With its own keyboard, the laptop screen can go up without bending your wrists.',
    how: 'Put the laptop on a stand or books and type on a plug-in keyboard and mouse.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'mid-back-support',
    title: 'Your chair supports your mid back',
    why: 'Support that follows the spine’s natural curve keeps you from slumping.',
    how: 'Set the chair’s back support to that curve, or tuck a small cushion or rolled towel behind your mid back.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'position-changes',
    title: 'Change position often',
    why: 'Staying in one posture for hours loads the same muscles without a rest.',
    how: 'With a standing desk, switch every 30–45 minutes; begin with 15 minutes of standing and add more over time.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'hourly-breaks',
    title: 'A short break every hour',
    why: 'A minute of movement resets your posture before stiffness builds.',
    how: 'Stand up, squeeze your shoulder blades together a few times, or take a short walk.',
    source: '003_eb729e207637ddd1.txt',
  },
  {
    id: 'long-sitting',
    title: 'No long spells in one sitting position',
    why: 'Sitting the same way for a long time strains the muscles of the mid back.',
    how: 'Shift your position, stand for a call, or walk to get a drink.',
    source: '002_7c16a0e742eeae05.txt',
  },
  {
    id: 'shoulders-head',
    title: 'Shoulders back, head over your shoulders',
    why: 'Rounded shoulders and a head pushed forward are common causes of mid-back ache.',
    how: 'Now and then, check: ears above shoulders, shoulders relaxed and drawn slightly back.',
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
  name: 'checklist',
  version: CHECKLIST_VERSION,
  steps: {},
  parse: parseCurrent,
};

/** Reads stored ticks at `now`; anything malformed, or from a newer version, becomes an empty list. */
export function parseChecklist(raw: unknown, now: number): ChecklistState {
  return readShape(raw, CHECKLIST_SHAPE, now).value ?? emptyChecklist();
}
