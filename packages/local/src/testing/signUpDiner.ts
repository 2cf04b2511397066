import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { ulid } from 'ulid';
import { dinerStreamFor, type EventStore } from '@forkcast/core';
import { functionsSourceUrl } from '../handlers/functionsSource';

export interface SignedUpDiner {
  sub: string;
  /** The diner's stream (`diner-…`), what owners and reviews name. */
  stream: string;
  /** A diner's bearer token for the runtime's gateway. */
  token: string;
  email?: string;
}

type SignUpTrigger = (event: PostConfirmationTriggerEvent) => Promise<PostConfirmationTriggerEvent>;

/**
 * A diner registered as a Cognito sign-up registers them: the post-confirmation trigger's own
 * module, built on the runtime's store, with the email the sign-up verified, which every email to a
 * diner or an owner needs (POST /me knows one only from a token with a verified email claim).
 */
export async function signUpDiner(
  runtime: { store: EventStore; issueToken(input: { role: 'diner'; sub: string }): Promise<string> },
  name: string,
  email?: string,
): Promise<SignedUpDiner> {
  const sub = `${name.toLowerCase()}-${ulid()}`;
  // Loaded as the runtime's handler loader loads modules: packages/functions/src, by file URL.
  const trigger = (await import(/* @vite-ignore */ new URL('diners/registerDinerOnSignUp.ts', functionsSourceUrl()).href)) as { build: (deps: { events: EventStore }) => SignUpTrigger };
  await trigger.build({ events: runtime.store })({
    version: '1', region: 'eu-west-1', userPoolId: 'eu-west-1_local', userName: sub, triggerSource: 'PostConfirmation_ConfirmSignUp',
    callerContext: { awsSdkVersion: 'test', clientId: 'local' },
    request: { userAttributes: { sub, name, ...(email ? { email, email_verified: 'true' } : {}) } },
    response: {},
  });
  return { sub, stream: dinerStreamFor(sub), email, token: await runtime.issueToken({ role: 'diner', sub }) };
}
