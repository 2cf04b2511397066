import type { RestaurantEventEnvelope, RestaurantListedData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { applyProfileChanges } from '../restaurantState';

/** GET /restaurants/{id}: the whole profile, kept (marked) after delisting. */
export type RestaurantProfileView = RestaurantListedData & {
  id: string;
  status: 'listed' | 'delisted';
  delistedReason?: string;
  listedAt: string;
  updatedAt: string;
};

function evolve(view: RestaurantProfileView | null, event: RestaurantEventEnvelope): RestaurantProfileView | null {
  switch (event.type) {
    case 'RestaurantListed':
      return { ...event.data, id: event.stream, status: 'listed', listedAt: event.occurredAt, updatedAt: event.occurredAt };
    case 'RestaurantProfileUpdated':
      if (!view) return null;
      // applyProfileChanges copies id/status too, and drops the fields an update clears.
      return { ...(applyProfileChanges(view, event.data) as RestaurantProfileView), updatedAt: event.occurredAt };
    case 'RestaurantDelisted':
      return view && { ...view, status: 'delisted', delistedReason: event.data.reason, updatedAt: event.occurredAt };
    case 'RestaurantContactAdded':
    case 'RestaurantContactCorrected':
    case 'RestaurantClaimed':
    case 'SpecialPosted':
    case 'SpecialWithdrawn':
    case 'SpecialsReminderSent':
      // Contacts are personal data for staff, never part of a public view.
      return view;
  }
}

/** One item per restaurant stream, keyed by the stream id. */
export const restaurantProfileProjection: Projection<RestaurantProfileView, RestaurantEventEnvelope> = {
  name: 'restaurantProfile',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted'],
  initialView: () => null,
  evolve,
};
