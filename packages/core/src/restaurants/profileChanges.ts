import { clearableProfileFields, type RestaurantListedData, type RestaurantProfileUpdatedData } from '@forkcast/events';

const clearable = new Set<string>(clearableProfileFields);
/** Identity fields: an update never moves a restaurant to another source record. */
const fixed = new Set(['source', 'externalId']);

/**
 * The fields of `proposed` that differ from `profile` (null = clear, only for clearable fields
 * that are set). Empty when nothing would change: that is what makes a re-import append nothing.
 */
export function profileChanges(profile: RestaurantListedData, proposed: RestaurantProfileUpdatedData): RestaurantProfileUpdatedData {
  const changes: Record<string, unknown> = {};
  const current = profile as Record<string, unknown>;
  for (const [field, value] of Object.entries(proposed)) {
    if (value === undefined || fixed.has(field)) continue;
    if (value === null) {
      if (clearable.has(field) && current[field] !== undefined) changes[field] = null;
    } else if (canonical(value) !== canonical(current[field])) {
      changes[field] = value;
    }
  }
  return changes as RestaurantProfileUpdatedData;
}

/** JSON with sorted keys, so key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  ) ?? 'undefined';
}
