import type { FigureDef } from './poses';

// Figures of the movement library (issue 12), in the routine player's style (poses.ts):
// on floor movements.

/** Skeleton only: replaced by each movement's drawing before this branch is merged. */
const TO_DRAW: FigureDef = { draw: () => [], label: 'ext.name', startText: 'ext.name', endText: 'ext.name' };

export const FIGURES_ON_FLOOR: Record<'prone-scapular-setting' | 'ytw-raises' | 'thread-the-needle' | 'quadruped-rotation' | 'bird-dog', FigureDef> = {
  'prone-scapular-setting': TO_DRAW,
  'ytw-raises': TO_DRAW,
  'thread-the-needle': TO_DRAW,
  'quadruped-rotation': TO_DRAW,
  'bird-dog': TO_DRAW,
};
