/**
 * What to tell the user about a failure: its message. Errors Midbreak raises carry words
 * meant for the user (NewerVersionError, in lib/versioned.ts, says what to do about data a
 * newer Midbreak wrote); this module imports none of them, so a page that only shows an
 * error loads no parser (the popup, issue 13).
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
