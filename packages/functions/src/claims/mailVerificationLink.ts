import { claimVerificationLink, renderEmail, type Mailer } from '@forkcast/core';
import { onboardingMessages } from './onboardingMessages';

/**
 * Signs a verification link for the claim, valid for `expiresInSeconds`, and mails it to the
 * contact under `sendKey` (the mailer sends once per key). The workflow's first email and a staff
 * resend both go through here, so every link redeems the same way.
 */
export async function mailVerificationLink(
  deps: { mailer: Mailer; linkSecret: string; publicSiteUrl: string },
  input: { claimId: string; restaurantName: string; to: string; expiresInSeconds: number; now: Date; sendKey: string },
): Promise<void> {
  const link = await claimVerificationLink({
    secret: deps.linkSecret, publicSiteUrl: deps.publicSiteUrl, claimId: input.claimId, expiresInSeconds: input.expiresInSeconds, now: input.now,
  });
  const days = Math.max(1, Math.round(input.expiresInSeconds / 86_400));
  await deps.mailer.send(renderEmail(input.to, onboardingMessages.verification(input.restaurantName, link, days)), input.sendKey);
}
