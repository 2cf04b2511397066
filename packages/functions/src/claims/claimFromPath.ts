import { isClaimId } from '@forkcast/core';
import { notFound } from '../http/httpProblem';

/** The claim id a `/claims/{claimId}` path names; ids we could never have issued are not found. */
export function claimFromPath(claimId: string): string {
  if (!isClaimId(claimId)) throw notFound(`There is no claim ${claimId}.`);
  return claimId;
}
