import type { ExecutionDescription, HistoryEvent } from './types';

/**
 * The ids an execution is about, for staff actions' paths: `<kind>Id` from every `<kind>-<id>`
 * stream in its input (`import-01…` gives importId), `restaurantId`/`claimId`-style fields, and
 * the variables its states assigned.
 */
export function executionFacts(description: ExecutionDescription, history: readonly HistoryEvent[]): Record<string, string> {
  const facts: Record<string, string> = { executionName: description.name };
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') {
        if (key === 'stream') {
          const m = /^([a-z]+)-(.+)$/.exec(child);
          if (m) facts[`${m[1]}Id`] ??= m[2]!;
        } else if (key === 'restaurant' && child.startsWith('restaurant-')) facts.restaurantId ??= child;
        else if (/Id$/.test(key) && child) facts[key] ??= child;
      } else visit(child, depth + 1);
    }
  };
  try {
    visit(JSON.parse(description.input), 0);
  } catch {
    // Not JSON: no facts from the input.
  }
  if (description.restaurantId) facts.restaurantId ??= description.restaurantId;
  for (const event of history) {
    const assigned = (event.stateExitedEventDetails as { assignedVariables?: Record<string, string> } | undefined)?.assignedVariables;
    for (const [name, json] of Object.entries(assigned ?? {})) {
      try {
        const value = JSON.parse(json) as unknown;
        if (typeof value === 'string' || typeof value === 'number') facts[name] = String(value);
      } catch {
        // A variable that is not JSON text is not a fact.
      }
    }
  }
  return facts;
}

/** `/restaurants/{restaurantId}/contacts` with the facts filled in, or undefined when one is missing. */
export function fillPath(template: string, facts: Record<string, string>): string | undefined {
  let missing = false;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (facts[name] === undefined) missing = true;
    return encodeURIComponent(facts[name] ?? '');
  });
  return missing ? undefined : path;
}
