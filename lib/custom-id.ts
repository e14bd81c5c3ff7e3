// Which routine a break offers, as a setting stores it: one of the fixed choices or one of
// the user's own routines by its id. Kept apart from lib/custom-routine.ts (which re-exports
// all of it) so the settings parser, which the popup and the worker load, checks the value
// without loading the routines' code.

/** The prefix of every custom routine's id, so one never collides with the desk or standing routine or a choice. */
export const CUSTOM_ID_PREFIX = 'custom-';
/** The characters after `custom-` in a routine's id. */
export const CUSTOM_ID_CHARS = { min: 1, max: 24 } as const;
export const CUSTOM_ID_PATTERN = new RegExp(`^${CUSTOM_ID_PREFIX}[a-z0-9]{${CUSTOM_ID_CHARS.min},${CUSTOM_ID_CHARS.max}}$`);

/** The choices besides a custom routine's id. */
export const BREAK_CHOICES = ['desk', 'standing', 'rotation'] as const;
export type FixedBreakChoice = (typeof BREAK_CHOICES)[number];
/**
 * Which routine a break offers: the desk routine (the default), the standing routine,
 * each in turn (desk, standing, then the user's own, in list order), or one of the
 * user's own by its id.
 */
export type BreakChoice = FixedBreakChoice | `${typeof CUSTOM_ID_PREFIX}${string}`;
export const DEFAULT_BREAK_CHOICE = 'desk' satisfies BreakChoice;

/** A value that may be stored as the choice. A custom id is checked for its form only: one since deleted falls back to the desk routine. */
export function isBreakChoice(value: unknown): value is BreakChoice {
  return typeof value === 'string' && ((BREAK_CHOICES as readonly string[]).includes(value) || CUSTOM_ID_PATTERN.test(value));
}

/** True for a custom routine's id (not a fixed choice). */
export function isCustomChoice(value: string): value is `${typeof CUSTOM_ID_PREFIX}${string}` {
  return CUSTOM_ID_PATTERN.test(value);
}
