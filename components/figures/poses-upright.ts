import type { FigureDef } from './poses';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// upright movements.

/** Skeleton only: replaced by each movement's drawing before this branch is merged. */
const TO_DRAW: FigureDef = { draw: () => [], label: 'ext.name', startText: 'ext.name', endText: 'ext.name' };

export const FIGURES_UPRIGHT: Record<'cat-camel' | 'rock-back' | 'chest-expansion' | 'external-rotation' | 'band-rows', FigureDef> = {
  'cat-camel': TO_DRAW,
  'rock-back': TO_DRAW,
  'chest-expansion': TO_DRAW,
  'external-rotation': TO_DRAW,
  'band-rows': TO_DRAW,
};
