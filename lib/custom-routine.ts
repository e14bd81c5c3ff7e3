import type { MessageKey } from './i18n';
import { fitsABreak, MOVEMENTS, type Movement, type MovementId } from './movements';
import { phrase, type Phrase } from './phrase';
import { DESK_ROUTINE, type Routine, type RoutineStep, type StepPlan } from './routine';
import type { Shape } from './versioned';

// Your own routines (issue 12): their shape and limits, why one can't be saved (phrases
// naming the field and what it allows, like every setting), a change to the saved list
// that is applied whole or not at all, the stored list (versioned, bounded), turning one
// into a routine the player plays, and which routine a break offers.
//
// Two levels of checking. What the user saves (`parseCustomRoutine`) must use movements
// this version has, fit a break and name each movement once. What storage holds
// (`CUSTOM_ROUTINES_SHAPE`) may name a movement this version doesn't know (a newer
// version's, or one since removed): the routine is kept as it is, so nothing of it is
// lost on the next write, and `toRoutine` plays the rest and says what it left out.

/** The limits of a routine and of the saved list. */
export const CUSTOM_LIMITS = {
  /** The name, in characters (code points) after trimming. */
  name: { min: 1, max: 40 },
  steps: { min: 1, max: 6 },
  /** Each step's length, whole seconds. */
  seconds: { min: 10, max: 120 },
  /** The characters after `custom-` in a routine's id. */
  idChars: { min: 1, max: 24 },
  /** Saved routines: a handful fits `storage.sync`'s 8 KB an item with room to spare (6 steps × 5 ≈ 2 KB). */
  routines: 5,
} as const;

/** The prefix of every custom routine's id, so one never collides with the desk or standing routine or a choice. */
export const CUSTOM_ID_PREFIX = 'custom-';
const ID_PATTERN = new RegExp(`^${CUSTOM_ID_PREFIX}[a-z0-9]{${CUSTOM_LIMITS.idChars.min},${CUSTOM_LIMITS.idChars.max}}$`);
/** A movement id as storage may hold one, known to this version or not (bounded, so a message can show it). */
const STORED_MOVEMENT_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Control characters (line breaks, tabs, NUL…) and the Unicode line and paragraph separators: a name is one line of plain text. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** One step: a movement and how long it lasts. */
export interface CustomStep<M extends string = MovementId> {
  movement: M;
  /** Whole seconds, CUSTOM_LIMITS.seconds. */
  seconds: number;
}

/** A routine the user built. */
export interface CustomRoutine<M extends string = MovementId> {
  /** `custom-` and 1–24 lower-case letters or digits (`newCustomId`). */
  id: string;
  /** The user's own name for it, trimmed, 1–40 characters, no control characters. */
  name: string;
  steps: readonly CustomStep<M>[];
  /** The user allows movements done on the floor. */
  allowFloor: boolean;
}

/** A routine as storage holds it: its movements may be ones this version doesn't know. */
export type StoredCustomRoutine = CustomRoutine<string>;

/** Which part of a routine an error is about, so the editor can show it beside that field; `step` counts from 1. */
export type CustomErrorAt =
  | { field: 'routine' | 'id' | 'name' | 'steps' | 'allowFloor' | 'list' | 'choice' }
  | { field: 'step' | 'movement' | 'seconds'; step: number };

/** One reason a routine can't be saved: where, and what to say (naming the field and what it allows). */
export type CustomError = CustomErrorAt & { message: Phrase };

export type CustomParse = { ok: true; routine: CustomRoutine } | { ok: false; errors: CustomError[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeIn(value: unknown, { min, max }: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The movement with this id, only if `movements` has it as its own (never `constructor` or `__proto__`). */
function movementOf(id: string, movements: Readonly<Record<string, Movement>>): Movement | undefined {
  return Object.prototype.hasOwnProperty.call(movements, id) ? movements[id] : undefined;
}

/** At most 40 characters of user text, for a message that quotes it. */
function quoted(text: string): string {
  const chars = [...text.slice(0, 2 * CUSTOM_LIMITS.name.max)];
  return chars.length > CUSTOM_LIMITS.name.max ? `${chars.slice(0, CUSTOM_LIMITS.name.max).join('')}…` : chars.join('');
}

/** The name trimmed, or why it can't be one. */
function checkName(raw: unknown): { name: string } | { error: Phrase } {
  const { min, max } = CUSTOM_LIMITS.name;
  const tooLongOrShort = { error: phrase('custom.check.name', { min, max }) };
  if (typeof raw !== 'string') return tooLongOrShort;
  const name = raw.trim();
  // A code point is one or two UTF-16 units: past 2 × max units it is surely too long.
  if (name.length > 2 * max) return tooLongOrShort;
  const length = [...name].length;
  if (length < min || length > max) return tooLongOrShort;
  if (CONTROL.test(name)) return { error: phrase('custom.check.nameControl') };
  return { name };
}

/** How strictly a step's movement is checked: what the user saves, or what storage may hold. */
type MovementRule = { strict: true; movements: Readonly<Record<string, Movement>> } | { strict: false };

/** Every error in a raw routine and, when there are none, the routine (trimmed, fresh, only the known fields). */
function check(raw: unknown, rule: MovementRule): { routine: StoredCustomRoutine | null; errors: CustomError[] } {
  if (!isPlainObject(raw)) return { routine: null, errors: [{ field: 'routine', message: phrase('custom.check.notObject') }] };
  const errors: CustomError[] = [];
  const { id, name: rawName, steps, allowFloor } = raw;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    errors.push({ field: 'id', message: phrase('custom.check.id', { min: CUSTOM_LIMITS.idChars.min, max: CUSTOM_LIMITS.idChars.max }) });
  }
  const name = checkName(rawName);
  if ('error' in name) errors.push({ field: 'name', message: name.error });
  const floorKnown = typeof allowFloor === 'boolean';
  if (!floorKnown) errors.push({ field: 'allowFloor', message: phrase('custom.check.allowFloor') });

  const out: CustomStep<string>[] = [];
  const { min, max } = CUSTOM_LIMITS.steps;
  if (!Array.isArray(steps) || steps.length < min || steps.length > max) {
    // A longer list is not looked into: one error, however long it is.
    errors.push({ field: 'steps', message: phrase('custom.check.steps', { min, max }) });
  } else {
    const firstStep = new Map<string, number>();
    steps.forEach((s: unknown, i) => {
      const step = i + 1;
      if (!isPlainObject(s)) {
        errors.push({ field: 'step', step, message: phrase('custom.check.step', { step }) });
        return;
      }
      const { movement, seconds } = s;
      let movementOk = false;
      if (typeof movement !== 'string' || movement === '' || (!rule.strict && !STORED_MOVEMENT_PATTERN.test(movement))) {
        errors.push({ field: 'movement', step, message: phrase('custom.check.movement', { step }) });
      } else if (rule.strict) {
        const m = movementOf(movement, rule.movements);
        if (!m) {
          errors.push({ field: 'movement', step, message: phrase('custom.check.unknownMovement', { step, id: quoted(movement) }) });
        } else if (floorKnown && !fitsABreak(m, { floorAllowed: allowFloor })) {
          errors.push({ field: 'movement', step, message: phrase('custom.check.floor', { step, movement: phrase(m.title) }) });
        } else movementOk = true;
      } else movementOk = true;
      if (movementOk) {
        const first = firstStep.get(movement as string);
        if (first !== undefined) {
          const m = rule.strict ? movementOf(movement as string, rule.movements) : undefined;
          const said = m ? phrase(m.title) : phrase('custom.unknownMovement', { id: movement as string });
          errors.push({ field: 'movement', step, message: phrase('custom.check.repeated', { step, movement: said, first }) });
        } else firstStep.set(movement as string, step);
      }
      const secondsOk = isWholeIn(seconds, CUSTOM_LIMITS.seconds);
      if (!secondsOk) {
        errors.push({ field: 'seconds', step, message: phrase('custom.check.seconds', { step, ...CUSTOM_LIMITS.seconds }) });
      }
      if (movementOk && secondsOk) out.push({ movement: movement as string, seconds: seconds as number });
    });
  }
  if (errors.length > 0) return { routine: null, errors };
  return { routine: { id: id as string, name: (name as { name: string }).name, steps: out, allowFloor: allowFloor as boolean }, errors };
}

/**
 * Checks a routine the user wants to save: ok with the routine (its name trimmed, a fresh
 * copy with only the known fields), or every error, each naming the field (and the step)
 * and what it allows. Never throws.
 */
export function parseCustomRoutine(raw: unknown, movements: Readonly<Record<string, Movement>> = MOVEMENTS): CustomParse {
  const { routine, errors } = check(raw, { strict: true, movements });
  return routine ? { ok: true, routine: routine as CustomRoutine } : { ok: false, errors };
}

/** A change to the saved list, as the editor makes it. */
export type CustomChange =
  /** Adds the routine when its id is new, or replaces the one with its id in place. */
  | { kind: 'save'; routine: unknown }
  | { kind: 'remove'; id: string }
  /** Moves the routine to position `to` (clamped to the list). */
  | { kind: 'move'; id: string; to: number };

export type CustomUpdate = { ok: true; routines: StoredCustomRoutine[] } | { ok: false; errors: CustomError[] };

/** Two names the user would take for the same (case and Unicode form aside). */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/**
 * The saved list with one change made, or why not: never a list changed in part, and never
 * `current` itself changed. Routines the change doesn't touch are kept as they are (a
 * movement this version doesn't know included).
 */
export function updateCustomRoutines(
  current: readonly StoredCustomRoutine[],
  change: CustomChange,
  movements: Readonly<Record<string, Movement>> = MOVEMENTS,
): CustomUpdate {
  const notFound: CustomUpdate = { ok: false, errors: [{ field: 'list', message: phrase('custom.check.notFound') }] };
  switch (change.kind) {
    case 'save': {
      const parsed = parseCustomRoutine(change.routine, movements);
      if (!parsed.ok) return parsed;
      const routine = parsed.routine;
      const at = current.findIndex((r) => r.id === routine.id);
      const taken = current.find((r) => r.id !== routine.id && sameName(r.name, routine.name));
      if (taken) return { ok: false, errors: [{ field: 'name', message: phrase('custom.check.nameTaken', { name: taken.name }) }] };
      if (at >= 0) return { ok: true, routines: current.map((r, i) => (i === at ? routine : r)) };
      if (current.length >= CUSTOM_LIMITS.routines) {
        return { ok: false, errors: [{ field: 'list', message: phrase('custom.check.tooMany', { max: CUSTOM_LIMITS.routines }) }] };
      }
      return { ok: true, routines: [...current, routine] };
    }
    case 'remove': {
      if (!current.some((r) => r.id === change.id)) return notFound;
      return { ok: true, routines: current.filter((r) => r.id !== change.id) };
    }
    case 'move': {
      const from = current.findIndex((r) => r.id === change.id);
      if (from < 0) return notFound;
      const to = Number.isFinite(change.to) ? Math.min(current.length - 1, Math.max(0, Math.trunc(change.to))) : from;
      const routines = current.filter((_, i) => i !== from);
      routines.splice(to, 0, current[from]);
      return { ok: true, routines };
    }
  }
}

/** A fresh id for a new routine, from the time it is made (`now`, ms), not one `existing` has. */
export function newCustomId(existing: readonly { id: string }[], now: number): string {
  const taken = new Set(existing.map((r) => r.id));
  let n = Number.isFinite(now) ? Math.max(0, Math.trunc(now)) : 0;
  while (taken.has(`${CUSTOM_ID_PREFIX}${n.toString(36)}`)) n++;
  return `${CUSTOM_ID_PREFIX}${n.toString(36)}`;
}

/** The routine's whole length in seconds. */
export function totalSeconds(routine: { steps: readonly { seconds: number }[] }): number {
  return routine.steps.reduce((sum, s) => sum + s.seconds, 0);
}

/** "Total: 1 min 30 s", "Total: 2 min", "Total: 45 s". */
export function totalPhrase(seconds: number): Phrase {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return phrase('custom.total.sec', { seconds: rest });
  if (rest === 0) return phrase('custom.total.min', { minutes });
  return phrase('custom.total.minSec', { minutes, seconds: rest });
}

// ── Playing one ─────────────────────────────────────────────────────────────

/**
 * How the player counts a movement without sides in a step of any length (a movement with
 * sides is held on one side for half the step, then the other: `{ kind: 'sides' }`).
 * Reps get `repSec` each, so they stay slow (the desk routine's wall angels: 4 s, 5 in
 * 20 s); holds get their hold from the dose (hold 5 s, hold 2–3 s) and at least `restSec`
 * to let go, as many as fit (the desk routine's squeezes: 3 × 5 s in 20 s).
 */
export type Pace = { kind: 'reps'; repSec: number } | { kind: 'holds'; holdSec: number; restSec: number };

/** Every movement without sides, with its pace (a test checks the list against MOVEMENTS and the doses). */
export const PACE: Readonly<Partial<Record<MovementId, Pace>>> = {
  'wall-angels': { kind: 'reps', repSec: 4 },
  'shoulder-squeezes': { kind: 'holds', holdSec: 5, restSec: 1 },
  'cat-camel': { kind: 'reps', repSec: 4 },
  'chest-expansion': { kind: 'reps', repSec: 4 },
  // Out, a brief pause (1–2 s), and back slowly.
  'external-rotation': { kind: 'reps', repSec: 4 },
  'band-rows': { kind: 'reps', repSec: 4 },
  // One slow breath in and out.
  'diaphragmatic-breathing': { kind: 'reps', repSec: 6 },
  // Hold 2–3 s, come back and shift the roller.
  'foam-roller-extensions': { kind: 'holds', holdSec: 3, restSec: 2 },
  'prone-scapular-setting': { kind: 'holds', holdSec: 5, restSec: 1 },
  'ytw-raises': { kind: 'reps', repSec: 4 },
};
/** A movement the table has no pace for (one added later) is counted as slow reps. */
const DEFAULT_PACE: Pace = { kind: 'reps', repSec: 4 };

/** The plan the player counts for `seconds` of `movement`: it always fits the seconds. */
export function planFor(movement: Movement, seconds: number): StepPlan {
  if (movement.sides) return { kind: 'sides' };
  const pace = PACE[movement.id] ?? DEFAULT_PACE;
  if (pace.kind === 'reps') return { kind: 'reps', count: Math.max(1, Math.floor(seconds / pace.repSec)) };
  return { kind: 'holds', count: Math.max(1, Math.floor(seconds / (pace.holdSec + pace.restSec))), holdSec: pace.holdSec };
}

/** Switch-sides cues of their own; every other movement with sides says `custom.switchSides`. */
const SWITCH_CUES: Partial<Record<MovementId, MessageKey>> = { 'seated-twist': 'routine.seatedTwist.switchCue' };

/** A step of a custom routine: its dose says its seconds (`doseSubs`, said with `dose`). */
export interface PlayableStep extends RoutineStep {
  doseSubs: { seconds: number };
}

/** A custom routine as the player plays it; `title` is `custom.title`, `name` the user's own. */
export interface PlayableRoutine extends Routine {
  name: string;
  steps: readonly PlayableStep[];
}

/** A custom routine turned into one to play; `routine` is null when nothing of it can be played. */
export interface ToRoutine {
  routine: PlayableRoutine | null;
  /** The movements left out, once each, in step order: not in this version, or on the floor without `allowFloor`. */
  dropped: string[];
}

/** The step the player shows for one step of a custom routine. */
function playableStep(m: Movement, seconds: number): PlayableStep {
  const step: PlayableStep = {
    id: m.id,
    title: m.title,
    cues: m.cues,
    dose: m.sides ? 'custom.doseSides' : 'custom.dose',
    doseSubs: { seconds },
    plan: planFor(m, seconds),
    durationSec: seconds,
    sides: m.sides,
    source: m.sources[0],
  };
  if (m.sides) step.switchCue = SWITCH_CUES[m.id] ?? 'custom.switchSides';
  return step;
}

/**
 * A custom routine as the player plays it: each step with its movement's name and cues,
 * its seconds as the dose, a plan that fits them, and its sides. A step whose movement
 * `movements` doesn't have, or that is on the floor when the routine doesn't allow it, is
 * left out and reported; with nothing left the routine is null (unplayable).
 */
export function toRoutine(custom: StoredCustomRoutine, movements: Readonly<Record<string, Movement>> = MOVEMENTS): ToRoutine {
  const steps: PlayableStep[] = [];
  const dropped: string[] = [];
  for (const s of custom.steps) {
    const m = movementOf(s.movement, movements);
    if (m && fitsABreak(m, { floorAllowed: custom.allowFloor })) steps.push(playableStep(m, s.seconds));
    else if (!dropped.includes(s.movement)) dropped.push(s.movement);
  }
  if (steps.length === 0) return { routine: null, dropped };
  return { routine: { id: custom.id, title: 'custom.title', name: custom.name, steps }, dropped };
}

/** Each left-out movement as a list says it: "Bird-dog (on the floor)", "twirl (not in this version of Midbreak)". */
function droppedItems(dropped: readonly string[], movements: Readonly<Record<string, Movement>>): { items: Phrase[] } {
  return {
    items: dropped.map((id) => {
      const m = movementOf(id, movements);
      return m ? phrase('custom.floorMovement', { movement: phrase(m.title) }) : phrase('custom.unknownMovement', { id: quoted(id) });
    }),
  };
}

/** "Left out: Bird-dog (on the floor), twirl (not in this version of Midbreak)"; null when nothing was. */
export function droppedPhrase(dropped: readonly string[], movements: Readonly<Record<string, Movement>> = MOVEMENTS): Phrase | null {
  return dropped.length === 0 ? null : phrase('custom.dropped', { names: droppedItems(dropped, movements) });
}

// ── The standing routine ────────────────────────────────────────────────────

/** The standing routine's id (beside DESK_ROUTINE_ID in routine progress). */
export const STANDING_ROUTINE_ID = 'standing';

/** A standing routine step: the movement's words, with a dose and plan of its own. */
function standingStep(id: MovementId, dose: MessageKey, plan: StepPlan, durationSec: number, source: string): RoutineStep {
  const m = MOVEMENTS[id];
  return { id, title: m.title, cues: m.cues, dose, plan, durationSec, sides: m.sides, source };
}

/**
 * A routine for standing up: at a wall, in a door frame, at a countertop, about 20 seconds
 * each, with the doses of the content facts: wall angels as in the desk routine (~5 slow
 * reps, 003), chest expansion 5 times (002), cat/camel leaning on a countertop, 6 reps
 * (6–8 reps, 000; 24 s so each rep keeps to a breath of 4 s).
 */
export const STANDING_ROUTINE: Routine = {
  id: STANDING_ROUTINE_ID,
  title: 'custom.standing.title',
  steps: [
    standingStep('wall-angels', 'routine.wallAngels.dose', { kind: 'reps', count: 5 }, 20, '003_eb729e207637ddd1.txt'),
    standingStep('chest-expansion', 'custom.standing.chestExpansionDose', { kind: 'reps', count: 5 }, 20, '002_7c16a0e742eeae05.txt'),
    standingStep('cat-camel', 'custom.standing.catCamelDose', { kind: 'reps', count: 6 }, 24, '000_b97fc5f85384ccfc.txt'),
  ],
};

// ── Which routine a break offers ────────────────────────────────────────────

/** The choices besides a custom routine's id. */
export const BREAK_CHOICES = ['desk', 'standing', 'rotation'] as const;
/**
 * Which routine a break offers: the desk routine (the default), the standing routine,
 * each in turn (desk, standing, then the user's own, in list order), or one of the
 * user's own by its id.
 */
export type BreakChoice = (typeof BREAK_CHOICES)[number] | `${typeof CUSTOM_ID_PREFIX}${string}`;
export const DEFAULT_BREAK_CHOICE: BreakChoice = 'desk';

/** A value that may be stored as the choice. A custom id is checked for its form only: one since deleted falls back to the desk routine. */
export function isBreakChoice(value: unknown): value is BreakChoice {
  return typeof value === 'string' && ((BREAK_CHOICES as readonly string[]).includes(value) || ID_PATTERN.test(value));
}

/**
 * Why `value` can't be stored as the choice (naming the field and the values it allows, as a
 * setting's check does); null when it can.
 */
export function checkBreakChoice(value: unknown): Phrase | null {
  if (isBreakChoice(value)) return null;
  const labels = { desk: 'custom.choice.desk', standing: 'custom.choice.standing', rotation: 'custom.choice.rotation' } as const;
  return phrase('custom.check.breakRoutine', {
    name: phrase('custom.choice.label'),
    options: { items: BREAK_CHOICES.map((c) => phrase(labels[c])) },
  });
}

/** What the choice's options say: a key, or the routine's own name (said as it is). */
export function breakChoiceOptions(custom: readonly StoredCustomRoutine[]): { value: BreakChoice; label: Phrase | string }[] {
  return [
    { value: 'desk', label: phrase('custom.choice.desk') },
    { value: 'standing', label: phrase('custom.choice.standing') },
    { value: 'rotation', label: phrase('custom.choice.rotation') },
    ...custom.map((r) => ({ value: r.id as BreakChoice, label: r.name })),
  ];
}

/** The routine a break plays, and what to tell the user about it. */
export interface BreakRoutine {
  routine: Routine;
  /** Movements of the chosen custom routine left out (see `toRoutine`). */
  dropped: string[];
  /** The chosen custom routine was deleted, or has nothing this version can play: the desk routine plays instead. */
  fellBack: 'gone' | 'unplayable' | null;
  /** What to say with the routine (left-out movements, or why the desk routine plays instead); null: nothing. */
  notice: Phrase | null;
}

/**
 * The routine break number `breakIndex` (any whole number; the rotation goes round)
 * plays for `choice`. The rotation takes the desk routine, the standing routine and each
 * custom routine that can be played, in list order, one after the other.
 */
export function routineForBreak(
  choice: BreakChoice,
  customRoutines: readonly StoredCustomRoutine[],
  breakIndex: number,
  movements: Readonly<Record<string, Movement>> = MOVEMENTS,
): BreakRoutine {
  const plain = (routine: Routine): BreakRoutine => ({ routine, dropped: [], fellBack: null, notice: null });
  const played = (custom: StoredCustomRoutine): BreakRoutine => {
    const { routine, dropped } = toRoutine(custom, movements);
    if (!routine) {
      const notice = phrase('custom.unplayable', { name: custom.name, names: droppedItems(dropped, movements) });
      return { routine: DESK_ROUTINE, dropped, fellBack: 'unplayable', notice };
    }
    return { routine, dropped, fellBack: null, notice: droppedPhrase(dropped, movements) };
  };
  switch (choice) {
    case 'desk':
      return plain(DESK_ROUTINE);
    case 'standing':
      return plain(STANDING_ROUTINE);
    case 'rotation': {
      const turns: (Routine | StoredCustomRoutine)[] = [DESK_ROUTINE, STANDING_ROUTINE, ...customRoutines.filter((r) => toRoutine(r, movements).routine)];
      const i = Number.isFinite(breakIndex) ? Math.trunc(breakIndex) : 0;
      const turn = turns[((i % turns.length) + turns.length) % turns.length];
      return 'title' in turn ? plain(turn) : played(turn);
    }
    default: {
      const custom = customRoutines.find((r) => r.id === choice);
      if (!custom) return { routine: DESK_ROUTINE, dropped: [], fellBack: 'gone', notice: phrase('custom.gone') };
      return played(custom);
    }
  }
}

/**
 * The routine with this id (the desk, the standing or a custom one), for a page that joins
 * a break under way (routine progress stores the id); null when there is none to play.
 */
export function routineById(
  id: string,
  customRoutines: readonly StoredCustomRoutine[],
  movements: Readonly<Record<string, Movement>> = MOVEMENTS,
): Routine | null {
  if (id === DESK_ROUTINE.id) return DESK_ROUTINE;
  if (id === STANDING_ROUTINE_ID) return STANDING_ROUTINE;
  const custom = customRoutines.find((r) => r.id === id);
  return custom ? toRoutine(custom, movements).routine : null;
}

// ── Stored ──────────────────────────────────────────────────────────────────

/** Version 1: `{ v, choice, routines }`. */
export const CUSTOM_ROUTINES_VERSION = 1;

/** What the item holds: the routine chosen for breaks, and your own routines. */
export interface CustomRoutinesState {
  choice: BreakChoice;
  routines: StoredCustomRoutine[];
}

/** The item as storage (`storage.sync`) and the export hold it. */
export interface StoredCustomRoutines extends CustomRoutinesState {
  v: typeof CUSTOM_ROUTINES_VERSION;
}

/**
 * Reads the stored list: each routine checked on its own (a corrupt one is left out, the
 * rest kept), ids unique, at most CUSTOM_LIMITS.routines; null when the value is not a list
 * at all. A movement this version doesn't know is kept (see the top of this file).
 */
export function parseStoredRoutines(raw: unknown): StoredCustomRoutine[] | null {
  if (!isPlainObject(raw) || !Array.isArray(raw.routines)) return null;
  const out: StoredCustomRoutine[] = [];
  for (const entry of raw.routines as unknown[]) {
    if (out.length >= CUSTOM_LIMITS.routines) break;
    const { routine } = check(entry, { strict: false });
    if (routine && !out.some((r) => r.id === routine.id)) out.push(routine);
  }
  return out;
}

/** Reads the item: the list as `parseStoredRoutines` does, and the choice (the default when it is missing or not one). */
export function parseStoredCustomRoutines(raw: unknown): CustomRoutinesState | null {
  const routines = parseStoredRoutines(raw);
  if (!routines) return null;
  const choice = (raw as Record<string, unknown>).choice;
  return { choice: isBreakChoice(choice) ? choice : DEFAULT_BREAK_CHOICE, routines };
}

/** How the item is stored and read back. */
export const CUSTOM_ROUTINES_SHAPE: Shape<CustomRoutinesState> = {
  name: 'custom.item',
  version: CUSTOM_ROUTINES_VERSION,
  steps: {},
  parse: (raw) => parseStoredCustomRoutines(raw),
};

/** The item as it is written: only the known fields, with the version (the choice, the default unless given). */
export function storedCustomRoutines(routines: readonly StoredCustomRoutine[], choice: BreakChoice = DEFAULT_BREAK_CHOICE): StoredCustomRoutines {
  return { v: CUSTOM_ROUTINES_VERSION, choice: isBreakChoice(choice) ? choice : DEFAULT_BREAK_CHOICE, routines: parseStoredRoutines({ routines }) ?? [] };
}
