import { defineSchedule } from '../schedules/schedule';

/** The restaurants context's periodic handlers. */
export const restaurantsSchedules = [
  defineSchedule({
    id: 'specials-freshness',
    description: 'Reminds owners whose specials have not been updated for the freshness period (SPECIALS_STALE_AFTER_DAYS), once per period.',
    rate: { every: 1, unit: 'days' },
    handler: 'restaurants/checkSpecialsFreshness',
    needs: ['events:read', 'events:append', 'views:read', 'site:url', 'mail:send'],
    emits: ['SpecialsReminderSent'],
  }),
];
