import type { FigureDef } from './poses';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// on back movements.

/** Skeleton only: replaced by each movement's drawing before this branch is merged. */
const TO_DRAW: FigureDef = { draw: () => [], label: 'ext.name', startText: 'ext.name', endText: 'ext.name' };

export const FIGURES_ON_BACK: Record<'diaphragmatic-breathing' | 'lying-rotation' | 'foam-roller-extensions' | 'dead-bugs', FigureDef> = {
  'diaphragmatic-breathing': TO_DRAW,
  'lying-rotation': TO_DRAW,
  'foam-roller-extensions': TO_DRAW,
  'dead-bugs': TO_DRAW,
};
