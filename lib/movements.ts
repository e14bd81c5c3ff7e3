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
