import { describe, expect, it } from 'vitest';
import { sampleRestaurant } from '@forkcast/core/testing';
import { compilePattern, eventCatalog, toEventBridgeEvent, validatePattern, type EventEnvelope } from '@forkcast/events';
import { loadHandlerModule } from '../testing/testApi';
import { subscriptionRules } from './subscriptionRules';
import { subscriptions } from './subscriptionTable';

/** Valid data per catalog type; a new type must be added here, with the consumers it should reach. */
const sampleData: Record<string, Record<string, unknown>> = {
  RestaurantListed: sampleRestaurant(),
  RestaurantProfileUpdated: { city: 'Pasay City' },
  RestaurantDelisted: { reason: 'closed for good' },
  RestaurantContactAdded: { contactId: '01JH0000000000000000000009', email: 'manager@tasca.example', name: 'Ana' },
  RestaurantContactCorrected: { contactId: '01JH0000000000000000000009', phone: '+351 21 000 0000' },
  RestaurantClaimed: { claimId: '01JH000000000000000000000C', owner: 'diner-01JH0000000000000000000000' },
  SpecialPosted: { specialId: '01JH000000000000000000000E', kind: 'happy-hour', title: 'Two for one', validFrom: '2026-01-01T17:00:00.000Z', validTo: '2026-01-01T19:00:00.000Z', postedBy: 'diner-01JH0000000000000000000000' },
  SpecialWithdrawn: { specialId: '01JH000000000000000000000E', withdrawnBy: 'diner-01JH0000000000000000000000' },
  SpecialsReminderSent: { owner: 'diner-01JH0000000000000000000000', remindedAt: '2026-01-15T00:00:00.000Z', specialsUpdatedAt: '2026-01-01T00:00:00.000Z', periodDays: 14 },
  ImportRequested: { filename: 'pune.csv', objectKey: 'imports/01JH0000000000000000000000/pune.csv', uploadExpiresAt: '2026-01-01T00:15:00.000Z' },
  ImportUploaded: { objectKey: 'imports/01JH0000000000000000000000/pune.csv', size: 10 },
  ImportCompleted: { counts: { imported: 1, updated: 0, unchanged: 0, rejected: 0 }, rows: 1, summary: 'imported 1, updated 0, unchanged 0, rejected 0', reportKey: 'imports/01JH0000000000000000000000/report.json', reportEntries: 0 },
  ImportFailed: { code: 'error', reason: 'the import failed' },
  ImportOutcomeAwaited: { taskToken: 'token' },
  DinerRegistered: { displayName: 'Ana', referralCode: '0123456789' },
  DinerProfileUpdated: { homeCity: null },
  VisitRecorded: { diner: 'diner-01JH0000000000000000000000', restaurant: 'restaurant-01JH0000000000000000000000', visitedOn: '2026-01-01', overall: 2, factors: { food: 1 } },
  VisitCorrected: { overall: 1 },
  VisitDeleted: {},
  RestaurantRated: { diner: 'diner-01JH0000000000000000000000', restaurant: 'restaurant-01JH0000000000000000000000', stars: 4 },
  RatingRevised: { comment: null },
  RatingWithdrawn: {},
  FriendInvited: { inviter: 'diner-01JH0000000000000000000000', email: 'friend@example.org', sentAt: '2026-01-01T00:00:00.000Z' },
  InvitationAccepted: { inviter: 'diner-01JH0000000000000000000000', invitee: 'diner-01JH0000000000000000000001' },
  InvitationCredited: { inviter: 'diner-01JH0000000000000000000000', invitation: 'invitation-0123456789AB', acceptedInvitations: 1 },
  ContestEntryEarned: { inviter: 'diner-01JH0000000000000000000000', invitation: 'invitation-0123456789AB', acceptedInvitations: 5, entries: 1 },
  ContestWinnerDrawn: { seed: 7, entrants: [{ diner: 'diner-01JH0000000000000000000000', entries: 1 }], winner: 'diner-01JH0000000000000000000000' },
  ReviewSubmitted: { author: 'diner-01JH0000000000000000000000', restaurant: 'restaurant-01JH0000000000000000000000', title: 'Good', body: 'Very good.', stars: 4, language: 'en' },
  ReviewEdited: { stars: 5 },
  ReviewWithdrawn: {},
  ReviewShared: { sharer: 'diner-01JH0000000000000000000000', network: 'x', referralCode: '0123456789' },
  ReviewResponded: { respondedBy: 'diner-01JH0000000000000000000000', body: 'Thank you!' },
  ReviewResponseEdited: { respondedBy: 'diner-01JH0000000000000000000000', body: 'Thank you, come again.' },
  RestaurantClaimRequested: { restaurant: 'restaurant-01JH0000000000000000000000', restaurantName: 'Tasca', claimant: 'diner-01JH0000000000000000000000', execution: 'onboard-restaurant-01JH0000000000000000000000-01JH000000000000000000000C' },
  RestaurantClaimAwaitingContact: { taskToken: 'token' },
  RestaurantClaimVerificationSent: { contactId: '01JH0000000000000000000009', expiresAt: '2026-01-08T00:00:00.000Z' },
  RestaurantClaimVerificationAwaited: { taskToken: 'token' },
  RestaurantClaimVerificationResent: { contactId: '01JH0000000000000000000009', expiresAt: '2026-01-08T00:00:00.000Z' },
  RestaurantClaimVerified: {},
  RestaurantClaimGranted: { restaurant: 'restaurant-01JH0000000000000000000000' },
  RestaurantClaimRejected: { reason: 'restaurant-already-claimed' },
  RestaurantClaimExpired: { waitingFor: 'verification' },
  RestaurantClaimCancelled: { reason: 'asked by the restaurant' },
  RestaurantOwnerWelcomed: {},
  RestaurantOwnerTrainingSent: { day: 3 },
  RestaurantOwnerSpecialsChecked: { posted: false },
  RestaurantOwnerRemindedOfSpecials: {},
  ReviewOwnerNotified: { owner: 'diner-01JH0000000000000000000000', emailed: true },
  ReviewForwardedToRestaurant: { contactId: '01JH0000000000000000000009' },
  ReviewNotificationUndeliverable: { reason: 'no-restaurant-contact' },
  ReviewResponseAwaited: { taskToken: 'token' },
  ReviewerNotifiedOfResponse: { emailed: false },
  ReviewUnanswered: { waitedSeconds: 1209600 },
};

/** Who must receive each live event type: the routing the table is meant to declare. */
const expectedConsumers: Record<string, string[]> = {
  RestaurantListed: ['restaurant-profile', 'restaurants-by-city', 'restaurant-search', 'owned-restaurants', 'restaurant-specials'],
  RestaurantProfileUpdated: ['restaurant-profile', 'restaurants-by-city', 'restaurant-search', 'owned-restaurants', 'restaurant-specials'],
  RestaurantDelisted: ['restaurant-profile', 'restaurants-by-city', 'restaurant-search', 'owned-restaurants', 'restaurant-specials'],
  RestaurantContactAdded: ['restaurant-contacts', 'release-claim-contact-wait'],
  RestaurantContactCorrected: ['restaurant-contacts', 'release-claim-contact-wait'],
  RestaurantClaimed: ['owned-restaurants', 'restaurant-specials'],
  SpecialPosted: ['restaurant-search', 'restaurant-specials'],
  SpecialWithdrawn: ['restaurant-search', 'restaurant-specials'],
  SpecialsReminderSent: ['restaurant-specials'],
  ImportRequested: ['import-follow-up', 'import-status'],
  ImportUploaded: ['import-status'],
  ImportCompleted: ['import-status', 'release-import-follow-up'],
  ImportFailed: ['import-status', 'release-import-follow-up'],
  ImportOutcomeAwaited: ['release-import-follow-up'],
  DinerRegistered: ['diner-profile', 'recommendation-signals'],
  DinerProfileUpdated: ['diner-profile', 'recommendation-signals'],
  VisitRecorded: ['diner-visits', 'restaurant-visit-scores', 'recommendation-signals'],
  VisitCorrected: ['diner-visits', 'restaurant-visit-scores', 'recommendation-signals'],
  VisitDeleted: ['diner-visits', 'restaurant-visit-scores', 'recommendation-signals'],
  RestaurantRated: ['diner-ratings', 'restaurant-rating-stars', 'recommendation-signals'],
  RatingRevised: ['diner-ratings', 'restaurant-rating-stars', 'recommendation-signals'],
  RatingWithdrawn: ['diner-ratings', 'restaurant-rating-stars', 'recommendation-signals'],
  FriendInvited: ['diner-invitations'],
  InvitationAccepted: ['diner-invitations', 'earn-contest-entry'],
  InvitationCredited: ['contest-entries'],
  ContestEntryEarned: ['contest-entries'],
  ContestWinnerDrawn: [],
  ReviewSubmitted: ['diner-reviews', 'follow-review-notification', 'restaurant-reviews', 'recommendation-signals'],
  ReviewEdited: ['diner-reviews', 'restaurant-reviews', 'recommendation-signals'],
  ReviewWithdrawn: ['diner-reviews', 'follow-review-notification', 'restaurant-reviews', 'recommendation-signals'],
  ReviewShared: ['diner-reviews', 'restaurant-reviews'],
  ReviewResponded: ['diner-reviews', 'follow-review-notification', 'restaurant-reviews'],
  ReviewResponseEdited: ['diner-reviews', 'restaurant-reviews'],
  RestaurantClaimRequested: ['onboarding', 'start-restaurant-onboarding'],
  RestaurantClaimAwaitingContact: ['onboarding', 'release-claim-contact-wait'],
  RestaurantClaimVerificationSent: ['onboarding'],
  RestaurantClaimVerificationAwaited: ['release-claim-verification'],
  RestaurantClaimVerificationResent: ['onboarding'],
  RestaurantClaimVerified: ['onboarding', 'release-claim-verification'],
  RestaurantClaimGranted: ['onboarding'],
  RestaurantClaimRejected: ['onboarding'],
  RestaurantClaimExpired: ['onboarding'],
  RestaurantClaimCancelled: ['onboarding', 'stop-cancelled-onboarding'],
  RestaurantOwnerWelcomed: ['onboarding'],
  RestaurantOwnerTrainingSent: ['onboarding'],
  RestaurantOwnerSpecialsChecked: ['onboarding'],
  RestaurantOwnerRemindedOfSpecials: ['onboarding'],
  // The notification's journey is for the log (and staff): no view reads it yet.
  ReviewOwnerNotified: [],
  ReviewForwardedToRestaurant: [],
  ReviewNotificationUndeliverable: [],
  ReviewResponseAwaited: ['follow-review-notification'],
  ReviewerNotifiedOfResponse: [],
  ReviewUnanswered: [],
};

const streamPrefix = (type: string) =>
  type.startsWith('Import') ? 'import' : type.startsWith('Diner') ? 'diner' : type.startsWith('Visit') ? 'visit' : type.startsWith('Rating') || type === 'RestaurantRated' ? 'rating' : type.startsWith('Review') ? 'review'
    : type === 'FriendInvited' || type === 'InvitationAccepted' ? 'invitation' : type === 'ContestWinnerDrawn' ? 'draw' : type.startsWith('Contest') || type === 'InvitationCredited' ? 'contest' : 'restaurant';

function sampleEnvelope(type: string, replay?: { id: string }): EventEnvelope {
  return eventCatalog.parse({
    id: '01JH0000000000000000000001',
    stream: `${streamPrefix(type)}-01JH0000000000000000000000`,
    version: 1,
    type,
    schemaVersion: eventCatalog.latestVersion(type),
    occurredAt: '2026-01-01T00:00:00.000Z',
    data: sampleData[type],
    meta: { actor: { id: 'staff-1', role: 'staff' }, correlationId: 'corr-1', ...(replay ? { replay } : {}) },
  });
}

function consumersOf(envelope: EventEnvelope): string[] {
  const event = toEventBridgeEvent(envelope, { account: '123456789012', region: 'eu-west-1' });
  return subscriptions.filter((s) => compilePattern(s.pattern).matches(event)).map((s) => s.id).sort();
}

const catalogTypes = eventCatalog.types.map((t) => t.type);

describe('subscription table', () => {
  it('has valid EventBridge patterns and unique kebab-case ids', () => {
    for (const s of subscriptions) expect(validatePattern(s.pattern), s.id).toEqual({ valid: true });
    const ids = subscriptions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('covers every catalog type in this test', () => {
    expect(Object.keys(sampleData).sort()).toEqual([...catalogTypes].sort());
    expect(Object.keys(expectedConsumers).sort()).toEqual([...catalogTypes].sort());
  });

  it.each(catalogTypes)('routes a live %s to exactly its consumers', (type) => {
    expect(consumersOf(sampleEnvelope(type))).toEqual([...expectedConsumers[type]!].sort());
  });

  it.each(catalogTypes)('routes a replayed %s to no live consumer', (type) => {
    expect(consumersOf(sampleEnvelope(type, { id: 'replay-1' }))).toEqual([]);
  });

  it('excludes replays by a leaf: EventBridge exists does not see the replay object itself', () => {
    // The pattern DESIGN.md first suggested; kept here to show why the table tests meta.replay.id.
    const naive = compilePattern({ detail: { meta: { replay: [{ exists: false }] } } });
    const replayed = toEventBridgeEvent(sampleEnvelope('RestaurantListed', { id: 'r' }), { account: '1', region: 'r' });
    expect(naive.matches(replayed)).toBe(true);
  });

  it("sends each target exactly the types it handles: the pattern's detail-type is derived from them", () => {
    for (const s of subscriptions) {
      const handles = s.target.kind === 'projection' ? s.target.projection.handles : s.target.handles;
      const routed = catalogTypes.filter((type) => consumersOf(sampleEnvelope(type)).includes(s.id));
      expect(routed.sort(), s.id).toEqual([...handles].sort());
      expect(s.pattern['detail-type'], s.id).toEqual([...handles]);
    }
  });

  it('fails the check above when a pattern and its target disagree', () => {
    const row = subscriptions.find((s) => s.target.kind === 'projection')!;
    const drifted = { ...row, pattern: { ...row.pattern, 'detail-type': ['RestaurantListed'] } };
    const handles = row.target.kind === 'projection' ? row.target.projection.handles : [];
    const routed = catalogTypes.filter((type) => compilePattern(drifted.pattern).matches(toEventBridgeEvent(sampleEnvelope(type), { account: '1', region: 'r' })));
    expect(routed.sort()).not.toEqual([...handles].sort());
  });

  it('points every projection and policy target at a module exporting handler and build', async () => {
    for (const s of subscriptions) {
      if (s.target.kind === 'workflow') continue;
      const module = await loadHandlerModule<unknown>(s.target.handler);
      expect(typeof module.handler, s.id).toBe('function');
      expect(typeof module.build, s.id).toBe('function');
    }
  });
});

describe('subscriptionRules', () => {
  it('gives the Bus stack one rule per subscription, with retry policy and dead-letter queue', () => {
    const rules = subscriptionRules({ prefix: 'forkcast-dev' });
    expect(rules.map((r) => r.subscriptionId)).toEqual(subscriptions.map((s) => s.id));
    for (const [i, rule] of rules.entries()) {
      const s = subscriptions[i]!;
      expect(rule.ruleName).toBe(`forkcast-dev-${s.id}`);
      expect(rule.deadLetterQueueName).toBe(`forkcast-dev-${s.id}-dlq`);
      expect(JSON.parse(rule.eventPattern)).toEqual(s.pattern);
      expect(validatePattern(rule.eventPattern)).toEqual({ valid: true });
      expect(rule.target).toBe(s.target);
      expect(rule.retryPolicy).toEqual(s.retry ?? { maximumRetryAttempts: 185, maximumEventAgeSeconds: 86_400 });
    }
  });

  it('refuses names EventBridge or SQS would refuse', () => {
    expect(() => subscriptionRules({ prefix: 'x'.repeat(70) })).toThrow(/rule name/);
    expect(() => subscriptionRules({ prefix: 'bad prefix' })).toThrow(/not valid/);
  });
});
