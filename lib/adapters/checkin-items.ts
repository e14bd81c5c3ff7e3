import { CHECKINS_SHAPE, noCheckIns, recordCheckIn, skipCheckIn, type CheckIn, type CheckIns } from '../checkin';
import { defineVersionedItem, readItem, watchItem, writeItem } from './versioned-item';
import { oneAtATime } from './one-at-a-time';

// The one module that writes check-ins (pages only: the finish screen, the Progress page,
// an import). Machine-local like the history they sit beside.

export const checkInsItem = defineVersionedItem('local:checkIns', CHECKINS_SHAPE, { shadow: 'session:checkIns' });

/** The stored check-ins at `now` (none when storage held nothing usable). */
export async function loadCheckIns(now: number): Promise<CheckIns> {
  return (await readItem(checkInsItem, now)).value ?? noCheckIns();
}

// One change at a time from this page, each against what storage holds then.
const inTurn = oneAtATime();

function update(change: (current: CheckIns) => CheckIns, now: number): Promise<CheckIns> {
  return inTurn(async () => {
    const current = await loadCheckIns(now);
    const next = change(current);
    if (JSON.stringify(next) !== JSON.stringify(current)) await writeItem(checkInsItem, next);
    return next;
  });
}

/** Adds or corrects the check-in of its day. */
export function saveCheckIn(entry: CheckIn, now: number): Promise<CheckIns> {
  return update((current) => recordCheckIn(current, entry), now);
}

/** "Not now": no question again today. */
export function skipCheckInToday(day: string, now: number): Promise<CheckIns> {
  return update((current) => skipCheckIn(current, day), now);
}

/** Replaces every check-in (an import). */
export function replaceCheckIns(all: CheckIns, now: number): Promise<CheckIns> {
  return update(() => all, now);
}

/** Calls `listener` when the check-ins change in any page; returns a disposer. */
export function watchCheckIns(listener: (all: CheckIns) => void, now: () => number): () => void {
  return watchItem(checkInsItem, (read) => listener(read.value ?? noCheckIns()), now);
}
