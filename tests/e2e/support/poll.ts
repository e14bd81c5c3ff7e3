import { inspect } from 'node:util';

/** How long a real-browser condition may take before the test says what it saw. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const INTERVAL_MS = 50;

/** An assertion failure that says what was expected and what the browser showed. */
export class ExpectationError extends Error {
  constructor(
    readonly expected: string,
    readonly saw: unknown,
  ) {
    super(`expected: ${expected}\n     saw: ${show(saw)}`);
    this.name = 'ExpectationError';
  }
}

/** A value printed compactly for a failure message. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, { depth: 6, breakLength: 120 });
}

/**
 * Reads `read()` until `ok` holds and returns that value; after `timeoutMs` it throws
 * with the expectation and the last value seen. Real-browser tests wait for a condition,
 * never for a fixed time.
 */
export async function waitFor<T>(
  expected: string,
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (error) {
      lastError = error; // a page mid-navigation or a worker mid-restart: try again
    }
    if (Date.now() >= deadline) {
      throw new ExpectationError(expected, lastError ? `(error) ${String(lastError)}` : last);
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}

/** Checks a value now; throws an ExpectationError naming the expectation when it fails. */
export function check<T>(expected: string, value: T, ok: (value: T) => boolean): T {
  if (!ok(value)) throw new ExpectationError(expected, value);
  return value;
}

