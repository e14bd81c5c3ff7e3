/** What happened to one break, as the history records it. */
export type HistoryKind = 'natural-break' | 'routine-completed' | 'routine-abandoned' | 'skipped' | 'snoozed';
export const HISTORY_KINDS: readonly HistoryKind[] = [
  'natural-break',
  'routine-completed',
  'routine-abandoned',
  'skipped',
  'snoozed',
];

export interface HistoryEntry {
  kind: HistoryKind;
  /** When it began (for a natural break, when the user went idle or the gap began). */
  at: number;
  /** How long it lasted, where that is known. */
  durationMs?: number;
}

/** Enough for months of breaks while staying far inside storage.local's quota. */
export const HISTORY_LIMIT = 2000;

/** Appends entries, dropping the oldest beyond the limit. */
export function appendHistory(history: readonly HistoryEntry[], entries: readonly HistoryEntry[]): HistoryEntry[] {
  const all = [...history, ...entries];
  return all.length > HISTORY_LIMIT ? all.slice(all.length - HISTORY_LIMIT) : all;
}

function isEntry(e: unknown): e is HistoryEntry {
  if (typeof e !== 'object' || e === null) return false;
  const { kind, at, durationMs } = e as Record<string, unknown>;
  return (
    HISTORY_KINDS.includes(kind as HistoryKind) &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    (durationMs === undefined || (typeof durationMs === 'number' && Number.isFinite(durationMs) && durationMs >= 0))
  );
}

/** Keeps the well-formed entries of whatever storage held; anything else becomes an empty history. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isEntry).map((e) => (e.durationMs === undefined ? { kind: e.kind, at: e.at } : { ...e }));
}
