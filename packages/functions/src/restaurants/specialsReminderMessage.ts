import type { EmailTemplate } from '@forkcast/core';

/** The reminder an owner gets when the restaurant's specials have gone stale. */
export function specialsReminderMessage(input: { name: string; restaurantId: string; specialsUpdatedAt: string; periodDays: number; siteUrl: string }): EmailTemplate {
  const since = input.specialsUpdatedAt.slice(0, 10);
  return {
    subject: `Time to refresh the specials of ${input.name}`,
    paragraphs: [
      [`The specials of ${input.name} on Forkcast have not changed since ${since} (over ${input.periodDays} days).`],
      ['Diners look for what is on this week: post a food special, a happy hour or live music, or withdraw the ones that ended.'],
      [{ link: `${input.siteUrl}/restaurants/${encodeURIComponent(input.restaurantId)}`, label: 'Your restaurant on Forkcast' }],
    ],
  };
}
