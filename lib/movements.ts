import type { MessageKey } from './i18n';

// The movement library (issue 12): every movement the content facts list
// (shared/docs/content-facts.md), with its words as keys of locales/<lang>.yml, the dose
// as its source gives it, where it can be done, what it needs, and the seed article it
// comes from. A routine's step (lib/routine.ts) is a movement with a dose of its own.

export const MOVEMENT_IDS = [
  // The desk routine's three (lib/routine.ts).
  'wall-angels',
  'shoulder-squeezes',
  'seated-twist',
  // Upright: a countertop, a door frame, a band.
  'cat-camel',
  'rock-back',
  'chest-expansion',
  'external-rotation',
  'band-rows',
  // On the back, on the floor.
  'diaphragmatic-breathing',
  'lying-rotation',
  'foam-roller-extensions',
  'dead-bugs',
  // Face down or on hands and knees, on the floor.
  'prone-scapular-setting',
  'ytw-raises',
  'thread-the-needle',
  'quadruped-rotation',
  'bird-dog',
] as const;

export type MovementId = (typeof MOVEMENT_IDS)[number];

/** Where a movement can be done. */
export type Where = 'chair' | 'standing' | 'wall' | 'doorFrame' | 'countertop' | 'floor';
/** What it needs besides the body. */
export type Needs = 'nothing' | 'band' | 'foamRoller';

/** Every `Where`, in the order the filters list them. */
export const WHERES: readonly Where[] = ['chair', 'standing', 'wall', 'doorFrame', 'countertop', 'floor'];
/** Every `Needs`, in the order the filters list them. */
export const NEEDS: readonly Needs[] = ['nothing', 'band', 'foamRoller'];
/** What the filters call each place (keys). */
export const WHERE_LABELS: Record<Where, MessageKey> = {
  chair: 'library.where.chair',
  standing: 'library.where.standing',
  wall: 'library.where.wall',
  doorFrame: 'library.where.doorFrame',
  countertop: 'library.where.countertop',
  floor: 'library.where.floor',
};
/** What the filters call each kind of equipment (keys). */
export const NEEDS_LABELS: Record<Needs, MessageKey> = {
  nothing: 'library.needs.nothing',
  band: 'library.needs.band',
  foamRoller: 'library.needs.foamRoller',
};

/** One movement of the library. */
export interface Movement {
  id: MovementId;
  /** Its name (a key). */
  title: MessageKey;
  /** 2–4 short instructions, read at a glance (keys). */
  cues: readonly MessageKey[];
  /** The dose exactly as the source article gives it (a key). */
  dose: MessageKey;
  /** The dose is per side or per direction. */
  sides: boolean;
  /** Where it can be done (any one of these). */
  where: readonly Where[];
  /** What it needs besides the body. */
  needs: Needs;
  /** The seed articles its facts come from (file names in shared/seeds/). */
  sources: readonly string[];
  /** How to get down to the floor and up again (a key); every movement that can be done on the floor has it. */
  floorSafety?: MessageKey;
  /** A movement done in several positions in turn (Y, T, W), a dose for each: the cue of each, in order (some of `cues`). */
  positions?: readonly MessageKey[];
}

const SEED_000 = '000_b97fc5f85384ccfc.txt';
const SEED_002 = '002_7c16a0e742eeae05.txt';
const SEED_003 = '003_eb729e207637ddd1.txt';
const FLOOR_SAFETY: MessageKey = 'library.floorSafety';

/**
 * The library. The desk routine's three keep their name and cues under `routine.*` (the
 * routine's step and the library say the same words); their dose here is the source's full
 * dose, not the routine's 20-second one.
 */
export const MOVEMENTS: Record<MovementId, Movement> = {
  'wall-angels': {
    id: 'wall-angels',
    title: 'routine.wallAngels.title',
    cues: ['routine.wallAngels.cue1', 'routine.wallAngels.cue2', 'routine.wallAngels.cue3', 'routine.wallAngels.cue4'],
    dose: 'library.wallAngels.dose',
    sides: false,
    where: ['wall'],
    needs: 'nothing',
    sources: [SEED_003],
  },
  'shoulder-squeezes': {
    id: 'shoulder-squeezes',
    title: 'routine.shoulderSqueezes.title',
    cues: ['routine.shoulderSqueezes.cue1', 'routine.shoulderSqueezes.cue2', 'routine.shoulderSqueezes.cue3'],
    dose: 'library.shoulderSqueezes.dose',
    sides: false,
    where: ['chair', 'standing'],
    needs: 'nothing',
    sources: [SEED_003],
  },
  'seated-twist': {
    id: 'seated-twist',
    title: 'routine.seatedTwist.title',
    cues: ['routine.seatedTwist.cue1', 'routine.seatedTwist.cue2', 'routine.seatedTwist.cue3', 'routine.seatedTwist.cue4'],
    dose: 'library.seatedTwist.dose',
    sides: true,
    where: ['chair'],
    needs: 'nothing',
    sources: [SEED_002],
  },
  'cat-camel': {
    id: 'cat-camel',
    title: 'library.catCamel.title',
    cues: ['library.catCamel.cue1', 'library.catCamel.cue2', 'library.catCamel.cue3', 'library.catCamel.cue4'],
    dose: 'library.catCamel.dose',
    sides: false,
    where: ['countertop', 'floor'],
    needs: 'nothing',
    sources: [SEED_000, SEED_002],
    floorSafety: FLOOR_SAFETY,
  },
  'rock-back': {
    id: 'rock-back',
    title: 'library.rockBack.title',
    cues: ['library.rockBack.cue1', 'library.rockBack.cue2', 'library.rockBack.cue3', 'library.rockBack.cue4'],
    dose: 'library.rockBack.dose',
    sides: true,
    where: ['countertop', 'floor'],
    needs: 'nothing',
    sources: [SEED_000],
    floorSafety: FLOOR_SAFETY,
  },
  'chest-expansion': {
    id: 'chest-expansion',
    title: 'library.chestExpansion.title',
    cues: ['library.chestExpansion.cue1', 'library.chestExpansion.cue2', 'library.chestExpansion.cue3'],
    dose: 'library.chestExpansion.dose',
    sides: false,
    where: ['doorFrame'],
    // A band only adds resistance (the dose says so); the movement needs none.
    needs: 'nothing',
    sources: [SEED_002],
  },
  'external-rotation': {
    id: 'external-rotation',
    title: 'library.externalRotation.title',
    cues: ['library.externalRotation.cue1', 'library.externalRotation.cue2', 'library.externalRotation.cue3', 'library.externalRotation.cue4'],
    dose: 'library.externalRotation.dose',
    sides: false,
    where: ['chair', 'standing'],
    needs: 'band',
    sources: [SEED_000],
  },
  'band-rows': {
    id: 'band-rows',
    title: 'library.bandRows.title',
    cues: ['library.bandRows.cue1', 'library.bandRows.cue2', 'library.bandRows.cue3'],
    dose: 'library.bandRows.dose',
    sides: false,
    where: ['standing'],
    needs: 'band',
    sources: [SEED_003],
  },
  'diaphragmatic-breathing': {
    id: 'diaphragmatic-breathing',
    title: 'library.diaphragmaticBreathing.title',
    cues: ['library.diaphragmaticBreathing.cue1', 'library.diaphragmaticBreathing.cue2', 'library.diaphragmaticBreathing.cue3', 'library.diaphragmaticBreathing.cue4'],
    dose: 'library.diaphragmaticBreathing.dose',
    sides: false,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'lying-rotation': {
    id: 'lying-rotation',
    title: 'library.lyingRotation.title',
    cues: ['library.lyingRotation.cue1', 'library.lyingRotation.cue2', 'library.lyingRotation.cue3', 'library.lyingRotation.cue4'],
    dose: 'library.lyingRotation.dose',
    sides: true,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'foam-roller-extensions': {
    id: 'foam-roller-extensions',
    title: 'library.foamRollerExtensions.title',
    cues: ['library.foamRollerExtensions.cue1', 'library.foamRollerExtensions.cue2', 'library.foamRollerExtensions.cue3', 'library.foamRollerExtensions.cue4'],
    dose: 'library.foamRollerExtensions.dose',
    sides: false,
    where: ['floor'],
    needs: 'foamRoller',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'dead-bugs': {
    id: 'dead-bugs',
    title: 'library.deadBugs.title',
    cues: ['library.deadBugs.cue1', 'library.deadBugs.cue2', 'library.deadBugs.cue3', 'library.deadBugs.cue4'],
    dose: 'library.deadBugs.dose',
    sides: true,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'prone-scapular-setting': {
    id: 'prone-scapular-setting',
    title: 'library.proneScapularSetting.title',
    cues: ['library.proneScapularSetting.cue1', 'library.proneScapularSetting.cue2', 'library.proneScapularSetting.cue3'],
    dose: 'library.proneScapularSetting.dose',
    sides: false,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'ytw-raises': {
    id: 'ytw-raises',
    title: 'library.ytwRaises.title',
    cues: ['library.ytwRaises.cue1', 'library.ytwRaises.cue2', 'library.ytwRaises.cue3', 'library.ytwRaises.cue4'],
    dose: 'library.ytwRaises.dose',
    sides: false,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
    positions: ['library.ytwRaises.cue2', 'library.ytwRaises.cue3', 'library.ytwRaises.cue4'],
  },
  'thread-the-needle': {
    id: 'thread-the-needle',
    title: 'library.threadTheNeedle.title',
    cues: ['library.threadTheNeedle.cue1', 'library.threadTheNeedle.cue2', 'library.threadTheNeedle.cue3', 'library.threadTheNeedle.cue4'],
    dose: 'library.threadTheNeedle.dose',
    sides: true,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'quadruped-rotation': {
    id: 'quadruped-rotation',
    title: 'library.quadrupedRotation.title',
    cues: ['library.quadrupedRotation.cue1', 'library.quadrupedRotation.cue2', 'library.quadrupedRotation.cue3'],
    dose: 'library.quadrupedRotation.dose',
    sides: true,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
  'bird-dog': {
    id: 'bird-dog',
    title: 'library.birdDog.title',
    cues: ['library.birdDog.cue1', 'library.birdDog.cue2', 'library.birdDog.cue3'],
    dose: 'library.birdDog.dose',
    sides: true,
    where: ['floor'],
    needs: 'nothing',
    sources: [SEED_003],
    floorSafety: FLOOR_SAFETY,
  },
};

/** The movements, in library order, that can be done at `where` and need `needs` (either left out: any). */
export function movementsWhere(filter: { where?: Where; needs?: Needs }): Movement[] {
  return MOVEMENT_IDS.map((id) => MOVEMENTS[id]).filter(
    (m) => (filter.where === undefined || m.where.includes(filter.where)) && (filter.needs === undefined || m.needs === filter.needs),
  );
}

/** The movement can be done on the floor. */
export function canBeOnFloor(m: Movement): boolean {
  return m.where.includes('floor');
}

/**
 * The movement fits into a break: it can be done somewhere other than the floor, or the
 * user has said the floor is fine.
 */
export function fitsABreak(m: Movement, { floorAllowed }: { floorAllowed: boolean }): boolean {
  return floorAllowed || m.where.some((w) => w !== 'floor');
}
