import { DomainNotFoundError, isVisitStream } from '@forkcast/core';

/** The stream a `/visits/{id}` path names; an id we could never have issued is not found, like any other. */
export function visitStreamFromPath(id: string): string {
  if (!isVisitStream(id)) throw new DomainNotFoundError('visit-not-found', 'there is no such visit of yours');
  return id;
}
