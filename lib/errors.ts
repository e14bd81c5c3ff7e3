import { NewerVersionError } from './versioned';

/** What to tell the user about a failure: its message; for data a newer Midbreak wrote, what to do about it. */
export function messageOf(error: unknown): string {
  if (error instanceof NewerVersionError) {
    return `The stored ${error.itemName} come from a newer version of Midbreak and are kept as they are; update Midbreak to change them here.`;
  }
  return error instanceof Error ? error.message : String(error);
}
