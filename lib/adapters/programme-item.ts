import { completeSession, parseProgramme, PROGRAMME_SHAPE, repeatWeek, startProgramme, type ProgrammePlan } from '../programme';
import { NewerVersionError } from '../versioned';
import { defineVersionedItem, readItem, removeItem, watchItem, writeItem } from './versioned-item';
import { oneAtATime } from './one-at-a-time';

// The user's 8-week programme (issue 12; lib/programme.ts), in `storage.local` beside the
// history and the check-ins it sits with: its days are this machine's local days, and a
// session is done at this desk. (In sync, two devices in different time zones would read
// the same start day as different weeks, and a session played on a laptop would tick off
// a day the desk machine never saw.) A newer version's value is never overwritten (no
// shadow: a programme is the user's choice, not bookkeeping). Read and written by the
// Progress page and the session page only, never the worker.

export const PROGRAMME_KEY = 'local:programme' as const;

export const programmeItem = defineVersionedItem(PROGRAMME_KEY, PROGRAMME_SHAPE);

/** What storage holds: the programme (null when none is started or it is unusable), and whether a newer version wrote it. */
export interface ProgrammeRead {
  plan: ProgrammePlan | null;
  newer: boolean;
}

export async function readProgramme(now: number): Promise<ProgrammeRead> {
  const read = await readItem(programmeItem, now);
  return { plan: read.value, newer: read.outcome === 'newer' };
}

/** Calls `listener` whenever the programme changes, here or in another page; returns a disposer. */
export function watchProgramme(listener: (read: ProgrammeRead) => void, now: () => number): () => void {
  return watchItem(programmeItem, (read) => listener({ plan: read.value, newer: read.outcome === 'newer' }), now);
}

// One change at a time, each against what storage holds at that moment.
const inTurn = oneAtATime();

/**
 * The one write path: `change` is applied to the latest stored programme (null when none)
 * and the result written when it differs. Resolves to the programme as stored afterwards;
 * rejects when storage holds a newer version's programme (NewerVersionError) or refuses the write.
 */
export function updateProgramme(change: (current: ProgrammePlan | null) => ProgrammePlan | null, now: number): Promise<ProgrammePlan | null> {
  return inTurn(async () => {
    const { plan: current, newer } = await readProgramme(now);
    if (newer) throw new NewerVersionError(PROGRAMME_SHAPE.name);
    const next = change(current);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    if (next === null) await removeItem(programmeItem);
    else await writeItem(programmeItem, next);
    return parseProgramme(next, now);
  });
}

/** Starts the programme on `today` (a day key); a programme already running is kept. */
export function startProgrammeOn(today: string, now: number): Promise<ProgrammePlan | null> {
  return updateProgramme((current) => current ?? startProgramme(today), now);
}

/** "Repeat this week" on `today`. */
export function repeatProgrammeWeek(today: string, now: number): Promise<ProgrammePlan | null> {
  return updateProgramme((current) => (current ? repeatWeek(current, today) : null), now);
}

/** Records today's session as done. */
export function completeProgrammeSession(today: string, now: number): Promise<ProgrammePlan | null> {
  return updateProgramme((current) => (current ? completeSession(current, today) : null), now);
}
