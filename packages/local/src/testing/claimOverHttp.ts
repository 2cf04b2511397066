import { join } from 'node:path';
import { expect } from 'vitest';
import type { SentEmail } from '@forkcast/core';
import { readOutbox } from '../outbox/fileOutbox';
import { callRuntime } from './callRuntime';
import { eventually } from './eventually';

/** What POST /restaurants/{id}/claims answers: the claim and the onboarding execution it starts. */
export interface RequestedClaim {
  claimId: string;
  stream: string;
  execution: string;
}

/** POST /restaurants/{id}/claims as `token`'s diner (with an emailed invitation when given), expecting 202. */
export async function requestClaimOverHttp(runtime: { url: string }, token: string, restaurant: string, body: { invitation?: string } = {}): Promise<RequestedClaim> {
  const response = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/claims`, { token, body });
  expect(response.status, response.text).toBe(202);
  return response.json as RequestedClaim;
}

/** The claim's verification email in the outbox once the onboarding sent it, and the token its link carries. */
export async function claimVerificationEmail(runtime: { dataDir: string }, claim: { execution: string }): Promise<{ email: SentEmail; token: string }> {
  const email = await eventually('the verification email', async () =>
    (await readOutbox(join(runtime.dataDir, 'outbox'))).find((m) => m.id.startsWith(`${claim.execution}-verify-`)));
  const link = /https?:\/\/\S+\/claims\/[0-9A-Z]+\/verify\?token=[\w.-]+/.exec(email.text)?.[0];
  expect(link, email.text).toBeDefined();
  return { email, token: new URL(link!).searchParams.get('token')! };
}
