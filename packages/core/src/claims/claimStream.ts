import { ulid } from 'ulid';

const claimIdPattern = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A new claim's id (a ULID): its stream is `claim-<id>`. */
export function newClaimId(): string {
  return ulid();
}

/** Whether `value` is a claim id, e.g. a path parameter. */
export function isClaimId(value: string): boolean {
  return claimIdPattern.test(value);
}

/** The stream of one claim: the whole onboarding journey, from the request to the last reminder. */
export function claimStreamOf(claimId: string): string {
  return `claim-${claimId}`;
}

/** The claim id of a `claim-<id>` stream. */
export function claimIdOf(stream: string): string {
  return stream.replace(/^claim-/, '');
}

/**
 * The onboarding execution's name, so staff find it by restaurant and claim. Step Functions allows
 * 80 characters: `onboard-` + a restaurant stream (37) + `-` + a claim id (26) is 72.
 */
export function onboardingExecutionName(restaurant: string, claimId: string): string {
  return `onboard-${restaurant}-${claimId}`;
}
