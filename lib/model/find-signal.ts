import type { Signal } from './signal';
import type { Entity } from './vocab';

/**
 * The first signal of one field: readers add the most trusted source first. Kept apart
 * from the schemas so that the content-script readers use it without bundling zod.
 */
export function findSignal(
  signals: readonly Signal[],
  entity: Entity,
  field: string,
): Signal | undefined {
  return signals.find((s) => s.entity === entity && s.field === field);
}
