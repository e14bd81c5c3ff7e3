import { ROUTINE_PROGRESS_VERSION } from '../routine-progress';
import { ROUTINE_PROGRESS_SHADOW, routineProgressItem } from './routine-progress-item';
import { defineItem } from './storage-item';

/**
 * The routine under way as a write target (`writeItems` in versioned-item.ts): all the
 * worker needs to store the routine a break starts or ends, without the parser's code
 * (routine-items.ts has the item for reading; the keys are the same).
 */
export const routineProgressTarget = {
  item: routineProgressItem,
  shadow: defineItem<unknown>(ROUTINE_PROGRESS_SHADOW),
  shape: { name: 'common.item.routineProgress' as const, version: ROUTINE_PROGRESS_VERSION },
};
