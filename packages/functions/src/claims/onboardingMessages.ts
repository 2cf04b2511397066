import type { EmailTemplate } from '@forkcast/core';

/** The emails of a restaurant's onboarding. Restaurant names are user text: renderEmail escapes them. */
export const onboardingMessages = {
  verification: (restaurantName: string, link: string, days: number): EmailTemplate => ({
    subject: `Confirm that you run ${restaurantName} on Forkcast`,
    paragraphs: [
      [`Someone with a Forkcast account asked to manage ${restaurantName}. If that is you or your team, confirm it here:`],
      [{ link, label: 'Confirm the claim' }],
      [`The link works for ${days} day${days === 1 ? '' : 's'}. If you did not ask for this, ignore this email and nothing changes.`],
    ],
  }),
  welcome: (restaurantName: string): EmailTemplate => ({
    subject: `Welcome to Forkcast, ${restaurantName}`,
    paragraphs: [[`You now manage ${restaurantName} on Forkcast: you can answer reviews, keep your profile right and post specials.`]],
  }),
  'training-1': (restaurantName: string): EmailTemplate => ({
    subject: 'Forkcast for owners, day 1: your profile',
    paragraphs: [[`Diners find ${restaurantName} by its profile: check its cuisines, price range and opening hours.`]],
  }),
  'training-3': (restaurantName: string): EmailTemplate => ({
    subject: 'Forkcast for owners, day 3: answering reviews',
    paragraphs: [[`A short, friendly answer to a review of ${restaurantName} shows every later reader that you listen.`]],
  }),
  'training-7': (restaurantName: string): EmailTemplate => ({
    subject: 'Forkcast for owners, day 7: specials',
    paragraphs: [[`Post a special for ${restaurantName}, a happy hour or a set menu, and diners nearby see it first.`]],
  }),
  'specials-reminder': (restaurantName: string): EmailTemplate => ({
    subject: `${restaurantName} has no specials on Forkcast yet`,
    paragraphs: [[`Diners look for specials. Post one for ${restaurantName} in a minute from your owner page.`]],
  }),
  expired: (restaurantName: string, claimId: string, waitingFor: 'verification' | 'contact'): EmailTemplate => ({
    subject: `A claim of ${restaurantName} expired`,
    paragraphs: [[
      waitingFor === 'contact'
        ? `Claim ${claimId} of ${restaurantName} expired: the restaurant has no contact, and none was added in time.`
        : `Claim ${claimId} of ${restaurantName} expired: nobody confirmed the link sent to the restaurant's contact.`,
    ]],
  }),
};

export type OwnerEmail = 'welcome' | 'training-1' | 'training-3' | 'training-7' | 'specials-reminder';
