import type { AnyProjection } from '@forkcast/core';
import { subscriptions } from '../app/subscriptionTable';

/** The projections of the subscription table by name: what a rebuild may target. */
export function rebuildableProjections(): Map<string, AnyProjection> {
  const found = new Map<string, AnyProjection>();
  for (const s of subscriptions) if (s.target.kind === 'projection') found.set(s.target.projection.name, s.target.projection);
  return found;
}

export class UnknownProjectionError extends Error {
  override name = 'UnknownProjectionError';
  constructor(name: string) {
    super(`no projection ${name}; known: ${[...rebuildableProjections().keys()].join(', ')}`);
  }
}

/** The projection named `name`, or UnknownProjectionError (not retried by the workflow). */
export function rebuildableProjection(name: string): AnyProjection {
  const projection = rebuildableProjections().get(name);
  if (!projection) throw new UnknownProjectionError(name);
  return projection;
}
