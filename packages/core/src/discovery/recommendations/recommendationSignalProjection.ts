import type { DinerEventEnvelope, RatingEventEnvelope, ReviewEventEnvelope, VisitEventEnvelope, VisitFactors, VisitScore } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import type { GeoPoint } from './recommendationInputs';

/**
 * What one stream tells the recommender, as of its latest event. One item per STREAM (a visit, a
 * rating, a review, a diner), like every projection: the runner orders, deduplicates and gap-fills
 * within a stream, so a correction always finds the visit it corrects (the diner and restaurant
 * named once, by VisitRecorded) and the item equals a rebuild of its stream.
 */
export type RecommendationSignal =
  | { kind: 'visit'; diner: string; restaurant: string; visitedOn: string; overall: VisitScore; factors: VisitFactors; at: string }
  | { kind: 'rating'; diner: string; restaurant: string; stars: number; at: string }
  | { kind: 'review'; diner: string; restaurant: string; stars: number; at: string }
  | { kind: 'preferences'; diner: string; cuisines: string[]; homeLocation?: GeoPoint };

type SignalEnvelope = VisitEventEnvelope | RatingEventEnvelope | ReviewEventEnvelope | DinerEventEnvelope;

function evolve(view: RecommendationSignal | null, event: SignalEnvelope): RecommendationSignal | null {
  const at = event.occurredAt;
  switch (event.type) {
    case 'VisitRecorded': {
      const { diner, restaurant, visitedOn, overall, factors } = event.data;
      return { kind: 'visit', diner, restaurant, visitedOn, overall, factors, at };
    }
    case 'VisitCorrected': {
      if (view?.kind !== 'visit') return view;
      const { visitedOn, overall, factors } = event.data;
      // `factors` replaces the factors whole (the event's contract).
      return { ...view, at, ...(visitedOn !== undefined ? { visitedOn } : {}), ...(overall !== undefined ? { overall } : {}), ...(factors !== undefined ? { factors } : {}) };
    }
    case 'RestaurantRated':
      return { kind: 'rating', diner: event.data.diner, restaurant: event.data.restaurant, stars: event.data.stars, at };
    case 'RatingRevised':
      if (view?.kind !== 'rating') return view;
      return event.data.stars !== undefined ? { ...view, stars: event.data.stars, at } : view;
    case 'ReviewSubmitted':
      return { kind: 'review', diner: event.data.author, restaurant: event.data.restaurant, stars: event.data.stars, at };
    case 'ReviewEdited':
      if (view?.kind !== 'review') return view;
      return event.data.stars !== undefined ? { ...view, stars: event.data.stars, at } : view;
    case 'ReviewShared':
    case 'ReviewResponded':
    case 'ReviewResponseEdited':
    case 'ReviewOwnerNotified':
    case 'ReviewForwardedToRestaurant':
    case 'ReviewNotificationUndeliverable':
    case 'ReviewResponseAwaited':
    case 'ReviewerNotifiedOfResponse':
    case 'ReviewUnanswered':
      // Sharing, the owner's reply and the notification's journey say nothing of the diner's taste.
      return view;
    case 'VisitDeleted':
    case 'RatingWithdrawn':
    case 'ReviewWithdrawn':
      return null;
    case 'DinerRegistered': {
      const { cuisines, homeLocation } = event.data;
      return { kind: 'preferences', diner: event.stream, cuisines: cuisines ?? [], ...(homeLocation ? { homeLocation } : {}) };
    }
    case 'DinerProfileUpdated': {
      if (view?.kind !== 'preferences') return view;
      const { cuisines, homeLocation } = event.data;
      const next: RecommendationSignal = { kind: 'preferences', diner: view.diner, cuisines: cuisines === undefined ? view.cuisines : (cuisines ?? []) };
      // null clears the home; undefined leaves it.
      const home = homeLocation === undefined ? view.homeLocation : (homeLocation ?? undefined);
      return home ? { ...next, homeLocation: home } : next;
    }
  }
}

/** The diner activity the recommender learns from: visits, ratings, reviews and stated tastes. */
export const recommendationSignalProjection: Projection<RecommendationSignal, SignalEnvelope> = {
  name: 'recommendationSignals',
  handles: [
    'VisitRecorded', 'VisitCorrected', 'VisitDeleted', 'RestaurantRated', 'RatingRevised', 'RatingWithdrawn',
    'ReviewSubmitted', 'ReviewEdited', 'ReviewWithdrawn', 'DinerRegistered', 'DinerProfileUpdated',
  ],
  initialView: () => null,
  evolve,
};
